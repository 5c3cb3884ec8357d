/**
 * The Excel layer of the "Egne mål" sheet: make or open it, append goals, read and check it. In a module of
 * its own: the pane loads it (and the validator it needs) only when the user works with own goals.
 */
import { GoalTemplate } from "../goals";
import { Language } from "../locale";
import { CellBlock, blockAddress, parseAddress } from "../sheets/addresses";
import { asText } from "../sheets/goalTable";
import {
  OWN_GOALS_TABLE,
  OwnGoalsResult,
  exampleRow,
  goalsToRows,
  ownColumns,
  ownLists,
  ownPrintWidths,
  ownSheetName,
  rowsToGoals,
} from "../sheets/ownGoals";
import { Cell } from "../sheets/plan";
import { ExcelRun, addFreeSheet } from "./run";
import { preparePrinting, wrapColumns } from "./writing";

export type OwnGoalsRead = { found: false } | ({ found: true } & OwnGoalsResult);

export interface OwnGoalsOpened {
  sheetName: string;
  added: number;
  /** Goals with a part an older table has no column for (made before the sheet held a whole contract). */
  simplified: string[];
}

/** How many rows get the drop-down lists. */
const OWN_GOALS_ROWS = 500;

/**
 * Opens the "Egne mål" sheet, making it (in `language`, with its table, drop-down lists, print settings and
 * an example row, or with the given goals) when the workbook has none: 2 syncs. With `goals` and an existing
 * table, appends them in the table's own column order, read from its headers: 3 syncs.
 */
export async function openOwnGoals(
  run: ExcelRun,
  language: Language,
  goals: readonly GoalTemplate[] = [],
): Promise<OwnGoalsOpened> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(OWN_GOALS_TABLE);
    table.load("name");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (!table.isNullObject) {
      const sheet = table.worksheet;
      sheet.load("name");
      const header = table.getHeaderRowRange();
      header.load("values");
      await context.sync();
      // Rows in the pane's language: the sheet reads its lists' words in either language.
      const { rows, simplified } = goalsToRows(goals, language, header.values[0]);
      if (rows.length > 0) table.rows.add(undefined, rows.map(asCells));
      sheet.activate();
      await context.sync();
      return { sheetName: sheet.name, added: goals.length, simplified };
    }
    const { rows, simplified } = goalsToRows(goals, language);
    const sheet = addFreeSheet(sheets, ownSheetName(language));
    sheet.load("name");
    writeNewTable(sheet, rows.length > 0 ? rows : [exampleRow(language)], language);
    await context.sync();
    return { sheetName: sheet.name, added: goals.length, simplified };
  });
}

/** Text that would read as a formula stays text. */
const asCells = (row: readonly Cell[]): Cell[] => row.map((cell) => (typeof cell === "string" ? asText(cell) : cell));

/** The table, its drop-down lists down the rows a secretariat will fill, frozen headers (queued). */
function writeNewTable(sheet: Excel.Worksheet, body: readonly Cell[][], language: Language): void {
  const columns = ownColumns(language);
  const block: CellBlock = { row: 0, column: 0, rows: body.length + 1, columns: columns.length };
  sheet.getRange(blockAddress(block)).formulas = [[...columns], ...body.map(asCells)];
  const created = sheet.tables.add(blockAddress(block), true);
  created.name = OWN_GOALS_TABLE;
  created.style = "TableStyleMedium4";
  for (const { column, choices } of ownLists(language)) {
    const range = sheet.getRange(blockAddress({ row: 1, column, rows: OWN_GOALS_ROWS, columns: 1 }));
    range.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
  }
  sheet.freezePanes.freezeRows(1);
  // Long text wraps at a width of its own; three pages across, each with the goal's id.
  wrapColumns(
    sheet,
    ownPrintWidths().map(({ column, characters }) => ({
      columns: blockAddress({ row: 0, column, rows: block.rows, columns: 1 }),
      characters,
    })),
  );
  preparePrinting(sheet, ownSheetName(language), "$1:$1", { pagesWide: 3, titleColumns: "$A:$A" });
  sheet.activate();
}

/** Reads the "Egne mål" table and checks every row, worded in the table's language. 2 syncs. */
export async function readOwnGoals(run: ExcelRun): Promise<OwnGoalsRead> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(OWN_GOALS_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) return { found: false };
    const body = table.getDataBodyRange();
    body.load("address, values");
    const header = table.getHeaderRowRange();
    header.load("values");
    await context.sync();
    const { sheet, row, column } = parseAddress(body.address);
    return { found: true, ...rowsToGoals(body.values, { sheet: sheet as string, row, column }, header.values[0]) };
  });
}
