/**
 * The goal tables in the workbook: the import (read, plan, write), the review rows, go-to, linking an
 * actual value and watching for changes. Every operation is one Excel.run with a fixed number of
 * context.sync() calls, whatever the number of goals: an import costs 2 (new table) or 3 (re-import).
 */
import { GoalInForce, Language } from "../goals";
import { blockAddress, parseAddress, sheetReference } from "../sheets/addresses";
import { COLUMN, GOAL_TABLE_PREFIX, GoalSelection, addedColumns, goalSheetPrint, tableName } from "../sheets/goalTable";
import { BodyFormats, ExistingTable, ImportCounts, ImportPlan, importPlan } from "../sheets/importPlan";
import { Cell } from "../sheets/plan";
import { ExcelRun, addFreeSheet } from "./run";
import { flagStatuses, preparePrinting, wrapColumns } from "./writing";

export interface ImportResult extends ImportCounts {
  sheetName: string;
  tableName: string;
}

/** Inserts the goals as a new table, or re-imports them into the table of the same choice. */
export async function importGoals(
  run: ExcelRun,
  selection: GoalSelection,
  goals: readonly GoalInForce[],
  language: Language = "da",
): Promise<ImportResult> {
  return run(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const table = context.workbook.tables.getItemOrNullObject(tableName(selection));
      table.load("name");
      await context.sync();
      const existing = table.isNullObject ? undefined : await readExisting(context, table);
      const plan = importPlan(selection, goals, existing, language);
      const sheet = plan.kind === "new" ? writeNewTable(sheets, plan) : writeReimport(context, table, plan);
      sheet.activate();
      await context.sync();
      return {
        sheetName: plan.kind === "new" ? sheet.name : plan.sheetName,
        tableName: plan.tableName,
        ...plan.counts,
      };
    },
    { undoGroup: true },
  );
}

/** What the plan needs of an existing table. 1 sync. */
async function readExisting(context: Excel.RequestContext, table: Excel.Table): Promise<ExistingTable> {
  const body = table.getDataBodyRange();
  body.load("address, values, formulas, numberFormat");
  const header = table.getHeaderRowRange();
  header.load("values");
  table.autoFilter.load("isDataFiltered");
  // Used only for a table of version 0.1: the cells its new columns would take.
  const besides = table.getRange().getColumnsAfter(addedColumns("da").length);
  besides.load("address, values");
  await context.sync();
  return {
    bodyAddress: body.address,
    firstHeader: header.values[0][0],
    values: body.values,
    formulas: body.formulas,
    numberFormats: body.numberFormat,
    filtered: table.autoFilter.isDataFiltered,
    besides: { address: besides.address, values: besides.values },
  };
}

function writeNewTable(sheets: Excel.WorksheetCollection, plan: Extract<ImportPlan, { kind: "new" }>) {
  const sheet = addFreeSheet(sheets, plan.sheetName);
  sheet.load("name");
  sheet.getRange(plan.address).formulas = plan.formulas;
  const table = sheet.tables.add(plan.address, true);
  table.name = plan.tableName;
  table.style = "TableStyleMedium2";
  writeBodyFormats(sheet, plan);
  sheet.freezePanes.freezeRows(1);
  sheet.getRange(plan.address).format.autofitColumns();
  const print = goalSheetPrint(parseAddress(plan.address));
  wrapColumns(sheet, print.widths);
  preparePrinting(sheet, plan.footer);
  sheet.pageLayout.setPrintArea(print.printArea);
  return sheet;
}

function writeReimport(
  context: Excel.RequestContext,
  table: Excel.Table,
  plan: Extract<ImportPlan, { kind: "reimport" }>,
) {
  const sheet = context.workbook.worksheets.getItem(plan.sheetName);
  for (const column of plan.newColumns) table.columns.add(undefined, column);
  for (const { address, formulas } of plan.cells) sheet.getRange(address).formulas = formulas;
  if (plan.newRows.length > 0) table.rows.add(undefined, plan.newRows);
  writeBodyFormats(sheet, plan);
  return sheet;
}

/** Number formats and the status flags, as conditional formats that live in the workbook. */
function writeBodyFormats(sheet: Excel.Worksheet, plan: BodyFormats): void {
  for (const { address, formats } of plan.numberFormats) sheet.getRange(address).numberFormat = formats;
  for (const { address, statusCell, language } of plan.flags)
    flagStatuses(sheet.getRange(address), statusCell, language);
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
