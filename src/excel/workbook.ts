/* global Excel, Office */
/**
 * The only room that talks to Excel. Every operation is one Excel.run with a fixed number of
 * context.sync() calls, whatever the number of goals: an import costs 2 (new table) or 3 (re-import).
 * The run function is injected so tests can pass a mock and the pane gets it through context.
 */
import { GoalInForce, Language } from "../goals";
import { CellBlock, blockAddress, columnLetter, parseAddress, sheetReference } from "./addresses";
import {
  COLUMN,
  COLUMNS,
  COLUMNS_BY_LANGUAGE,
  Cell,
  GOAL_TABLE_PREFIX,
  GoalSelection,
  LAYOUT,
  TableLayout,
  addedColumns,
  freeSheetName,
  goalRowCells,
  layoutOf,
  sheetName,
  tableLanguage,
  tableName,
} from "./goalTable";
import { flagStatuses, preparePrinting } from "./writing";

export interface RunOptions {
  /** One user action that makes one change (an import): one undo step, where Excel can (ExcelApi 1.20). */
  undoGroup?: boolean;
  /** Run in this request context: an event handler is removed in the context that added it. */
  context?: Excel.RequestContext;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) => Promise<T>;

/**
 * Excel.run as the add-in needs it in real Excel: a batch that starts while the user edits a cell waits for
 * the edit to end instead of failing (ExcelApi 1.11), and an import is one undo step where Excel supports
 * undo grouping (ExcelApi 1.20). Nothing is ever run twice: a failed batch is reported, not retried.
 */
export const excelRun: ExcelRun = (batch, { undoGroup = false, context } = {}) => {
  if (context) return Excel.run(context, batch);
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const options: Excel.RunOptions = {};
  if (supports("1.11")) options.delayForCellEdit = true;
  if (undoGroup && supports("1.20")) options.mergeUndoGroup = true;
  return Excel.run(options, batch);
};

/** A new sheet named `wanted`, or "wanted (2)" … where a sheet has the name: an existing sheet is never reused. */
export function addFreeSheet(sheets: Excel.WorksheetCollection, wanted: string): Excel.Worksheet {
  return sheets.add(
    freeSheetName(
      wanted,
      sheets.items.map((item) => item.name),
    ),
  );
}

export interface ImportResult {
  sheetName: string;
  tableName: string;
  inserted: number;
  updated: number;
  /** Rows of goals no longer in the template: left as they are, with the user's values. */
  kept: number;
  /**
   * A table made by an earlier version could not get the computation and interval columns because the
   * cells to its right are not empty (they are never overwritten): their address.
   */
  widenBlockedAt?: string;
  /**
   * New goals not added because the table is filtered: Excel refuses new rows under an active filter
   * (office-js#994), and clearing the user's filter is not the add-in's to do.
   */
  notAddedFiltered?: number;
}

const isEmpty = (values: readonly (readonly unknown[])[]): boolean =>
  values.every((row) => row.every((cell) => cell === "" || cell === null));

export async function importGoals(
  run: ExcelRun,
  selection: GoalSelection,
  goals: readonly GoalInForce[],
  language: Language = "da",
): Promise<ImportResult> {
  const name = tableName(selection);
  return run(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const existing = context.workbook.tables.getItemOrNullObject(name);
      existing.load("name");
      await context.sync();

      if (existing.isNullObject) {
        const sheet = sheets.add(
          freeSheetName(
            sheetName(selection, language),
            sheets.items.map((item) => item.name),
          ),
        );
        sheet.load("name");
        const rows = goals.map((goal, index) =>
          goalRowCells(goal, selection.sourceTitle, index + 1, 0, LAYOUT, language),
        );
        const block: CellBlock = { row: 0, column: 0, rows: goals.length + 1, columns: COLUMNS.length };
        sheet.getRange(blockAddress(block)).formulas = [
          [...COLUMNS_BY_LANGUAGE[language]],
          ...rows.map((row) => row.fresh),
        ];
        const table = sheet.tables.add(blockAddress(block), true);
        table.name = name;
        table.style = "TableStyleMedium2";
        formatBody(
          sheet,
          { row: 1, column: 0, rows: goals.length, columns: COLUMNS.length },
          LAYOUT,
          rows.map((row) => row.numberFormats),
          language,
        );
        sheet.freezePanes.freezeRows(1);
        sheet.getRange(blockAddress(block)).format.autofitColumns();
        preparePrinting(sheet, `${selection.sourceTitle} ${selection.year}`);
        sheet.activate();
        await context.sync();
        return { sheetName: sheet.name, tableName: name, inserted: goals.length, updated: 0, kept: 0 };
      }

      const body = existing.getDataBodyRange();
      body.load("address, values, numberFormat");
      // A table keeps the language it was made in: its headers say which.
      const header = existing.getHeaderRowRange();
      header.load("values");
      // Rows hidden by a filter are still written by address; new rows cannot be added under a filter.
      existing.autoFilter.load("isDataFiltered");
      // Read now, used only for a table of an earlier version: the cells its new columns would take.
      const besides = existing.getRange().getColumnsAfter(addedColumns("da").length);
      besides.load("address, values");
      await context.sync();
      const tableLang = tableLanguage(header.values[0][0]);

      const start = parseAddress(body.address);
      const existingSheet = start.sheet as string;
      const sheet = context.workbook.worksheets.getItem(existingSheet);
      const existingRows = body.values;
      const existingFormats = body.numberFormat;
      let layout = layoutOf(start.columns);
      let widenBlockedAt: string | undefined;
      if (layout !== LAYOUT) {
        if (isEmpty(besides.values)) {
          for (const title of addedColumns(tableLang)) {
            existing.columns.add(undefined, [[title], ...existingRows.map(() => [""])]);
          }
          layout = LAYOUT;
        } else {
          widenBlockedAt = besides.address;
        }
      }
      const goalById = new Map(goals.map((goal) => [goal.id, goal]));
      const existingIds = new Set(existingRows.map((row) => String(row[COLUMN.id])));
      const missing = goals.filter((goal) => !existingIds.has(goal.id));
      const filtered = existing.autoFilter.isDataFiltered;
      const added = filtered ? [] : missing;
      // Rewrite only the add-in's own blocks of the existing rows; the user's cells stay untouched.
      const allRows = existingRows.map((row, index) => {
        const goal = goalById.get(String(row[COLUMN.id]));
        return goal && goalRowCells(goal, selection.sourceTitle, start.row + index, start.column, layout, tableLang);
      });
      const updated = allRows.filter(Boolean).length;
      for (const [index, row] of allRows.entries()) {
        if (!row) continue;
        layout.owned.forEach((owned, blockIndex) => {
          const address = blockAddress({
            row: start.row + index,
            column: start.column + owned.first,
            rows: 1,
            columns: owned.count,
          });
          sheet.getRange(address).formulas = [row.owned[blockIndex]];
        });
      }
      const newRows = added.map((goal, index) =>
        goalRowCells(
          goal,
          selection.sourceTitle,
          start.row + existingRows.length + index,
          start.column,
          layout,
          tableLang,
        ),
      );
      if (newRows.length > 0)
        existing.rows.add(
          undefined,
          newRows.map((row) => row.fresh),
        );
      // A row kept from an older template keeps its formats; a column it did not have gets General.
      const keptFormats = (index: number) =>
        layout.formatted.map(({ first, count }) =>
          Array.from({ length: count }, (_, offset) => existingFormats[index][first + offset] ?? "General"),
        );
      const formats = [...allRows, ...newRows].map((row, index) => row?.numberFormats ?? keptFormats(index));
      formatBody(sheet, { ...start, rows: existingRows.length + newRows.length }, layout, formats, tableLang);
      sheet.activate();
      await context.sync();
      return {
        sheetName: existingSheet,
        tableName: name,
        inserted: added.length,
        updated,
        kept: existingRows.length - updated,
        ...(widenBlockedAt ? { widenBlockedAt } : {}),
        ...(filtered && missing.length > 0 ? { notAddedFiltered: missing.length } : {}),
      };
    },
    { undoGroup: true },
  );
}

/** Number formats and the status flags, as conditional formats that live in the workbook. */
function formatBody(
  sheet: Excel.Worksheet,
  body: CellBlock,
  layout: TableLayout,
  numberFormats: string[][][],
  language: Language,
): void {
  layout.formatted.forEach(({ first, count }, blockIndex) => {
    sheet.getRange(blockAddress({ ...body, column: body.column + first, columns: count })).numberFormat =
      numberFormats.map((row) => row[blockIndex]);
  });
  // Column absolute, row relative: each row's flag follows that row's status.
  const statusCell = `$${columnLetter(body.column + COLUMN.status)}${body.row + 1}`;
  for (const column of [COLUMN.actual, COLUMN.status]) {
    flagStatuses(
      sheet.getRange(blockAddress({ ...body, column: body.column + column, columns: 1 })),
      statusCell,
      language,
    );
  }
}

export interface GoalRow {
  tableName: string;
  sheetName: string;
  goalId: string;
  title: string;
  status: string;
  actual: Cell;
  /** The actual value and the full threshold as Excel displays them ("30,0 %"). */
  actualText: string;
  thresholdText: string;
  /** The row's actual-value and status cells, with their sheet. */
  actualAddress: string;
  statusAddress: string;
}

/** Every goal row of every goal table in the workbook, with the status Excel computed. 2 syncs. */
export async function readGoalRows(run: ExcelRun): Promise<GoalRow[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const ours = tables.items.filter((table) => table.name.startsWith(GOAL_TABLE_PREFIX));
    const bodies = ours.map((table) => {
      const body = table.getDataBodyRange();
      body.load("address, values, text");
      return { table, body };
    });
    await context.sync();
    return bodies.flatMap(({ table, body }) => {
      const start = parseAddress(body.address);
      const sheet = start.sheet as string;
      const at = (row: number, column: number) =>
        `${sheetReference(sheet)}!${blockAddress({ row: start.row + row, column: start.column + column, rows: 1, columns: 1 })}`;
      return body.values.map((row, index) => ({
        tableName: table.name,
        sheetName: sheet,
        goalId: String(row[COLUMN.id]),
        title: String(row[1]),
        status: String(row[COLUMN.status]),
        actual: row[COLUMN.actual] as Cell,
        actualText: body.text[index][COLUMN.actual],
        thresholdText: body.text[index][COLUMN.threshold],
        actualAddress: at(index, COLUMN.actual),
        statusAddress: at(index, COLUMN.status),
      }));
    });
  });
}

/** Selects a cell (with its sheet) for the user. 1 sync. */
export async function goToCell(run: ExcelRun, address: string): Promise<void> {
  const { sheet } = parseAddress(address);
  await run(async (context) => {
    const worksheet = sheet
      ? context.workbook.worksheets.getItem(sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    worksheet.activate();
    worksheet.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
    await context.sync();
  });
}

export type LinkResult =
  | { linked: true; formula: string }
  | { linked: false; reason: "notOneCell" | "sameCell" | "occupied" | "goalNotFound"; current?: Cell };

/**
 * Sets a goal's actual value to a formula referring to the cell selected elsewhere (e.g. one holding
 * =KKR.NPS(...)). A value the user typed is replaced only when `overwrite` confirms it. 2 syncs.
 */
export async function linkActualToSelection(
  run: ExcelRun,
  target: { tableName: string; goalId: string },
  overwrite = false,
): Promise<LinkResult> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address, cellCount");
    const table = context.workbook.tables.getItem(target.tableName);
    const body = table.getDataBodyRange();
    body.load("address, formulas");
    await context.sync();

    if (selected.cellCount !== 1) return { linked: false, reason: "notOneCell" };
    const rows = body.formulas;
    const index = rows.findIndex((row) => String(row[COLUMN.id]) === target.goalId);
    if (index < 0) return { linked: false, reason: "goalNotFound" };
    const start = parseAddress(body.address);
    const actual = blockAddress({ row: start.row + index, column: start.column + COLUMN.actual, rows: 1, columns: 1 });
    const source = parseAddress(selected.address);
    const sheet = start.sheet as string;
    if ((source.sheet ?? sheet) === sheet && blockAddress(source) === actual)
      return { linked: false, reason: "sameCell" };
    const current = rows[index][COLUMN.actual] as Cell;
    if (current !== "" && !overwrite) return { linked: false, reason: "occupied", current };
    const formula = `=${sheetReference(source.sheet ?? sheet)}!${blockAddress(source)}`;
    body.getCell(index, COLUMN.actual).formulas = [[formula]];
    await context.sync();
    return { linked: true, formula };
  });
}

/** Calls `onChange` after any change to the workbook's cells; returns a function that stops listening. */
export async function watchWorkbook(run: ExcelRun, onChange: () => void): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async () => onChange());
    await context.sync();
    return handler;
  });
  // Removed in the request context that added it, as Excel requires.
  return async () =>
    run(
      async (context) => {
        registration.remove();
        await context.sync();
      },
      { context: registration.context as Excel.RequestContext },
    );
}
