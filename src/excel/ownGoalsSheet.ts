/**
 * The Excel layer of the "Egne mål" sheet: make or open it, append rows, read and check it. In a module of
 * its own: the pane loads it (and the validator it needs) only when the user works with own goals.
 */
import { CellBlock, blockAddress, parseAddress } from "../sheets/addresses";
import { asText } from "../sheets/goalTable";
import {
  EXAMPLE_ROW,
  OWN_COLUMNS,
  OWN_GOALS_SHEET,
  OWN_GOALS_TABLE,
  OWN_LISTS,
  OwnGoalsResult,
  rowsToGoals,
} from "../sheets/ownGoals";
import { ExcelRun, addFreeSheet } from "./run";

export type OwnGoalsRead = { found: false } | ({ found: true } & OwnGoalsResult);

/**
 * Opens the "Egne mål" sheet, making it (with its table, drop-down lists and an example row, or with the
 * given rows) when the workbook has none; with `rows` and an existing table, appends them. 2 syncs.
 */
export async function openOwnGoals(
  run: ExcelRun,
  rows?: (string | number | boolean)[][],
): Promise<{ sheetName: string; added: number }> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(OWN_GOALS_TABLE);
    table.load("name");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (!table.isNullObject) {
      const sheet = table.worksheet;
      sheet.load("name");
      if (rows?.length) table.rows.add(undefined, rows);
      sheet.activate();
      await context.sync();
      return { sheetName: sheet.name, added: rows?.length ?? 0 };
    }
    const sheet = addFreeSheet(sheets, OWN_GOALS_SHEET);
    sheet.load("name");
    const body = rows?.length ? rows : [EXAMPLE_ROW];
    const block: CellBlock = { row: 0, column: 0, rows: body.length + 1, columns: OWN_COLUMNS.length };
    sheet.getRange(blockAddress(block)).formulas = [
      [...OWN_COLUMNS],
      ...body.map((row) => row.map((cell) => (typeof cell === "string" ? asText(cell) : cell))),
    ];
    const created = sheet.tables.add(blockAddress(block), true);
    created.name = OWN_GOALS_TABLE;
    created.style = "TableStyleMedium4";
    // Drop-down lists for the fixed choices, down the rows a secretariat will fill.
    for (const [column, choices] of Object.entries(OWN_LISTS)) {
      const index = OWN_COLUMNS.indexOf(column as (typeof OWN_COLUMNS)[number]);
      const range = sheet.getRange(blockAddress({ row: 1, column: index, rows: OWN_GOALS_ROWS, columns: 1 }));
      range.dataValidation.rule = { list: { inCellDropDown: true, source: (choices as string[]).join(",") } };
    }
    sheet.freezePanes.freezeRows(1);
    sheet.getRange(blockAddress(block)).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheetName: sheet.name, added: rows?.length ?? 0 };
  });
}

/** How many rows get the drop-down lists. */
const OWN_GOALS_ROWS = 500;

/** Reads the "Egne mål" table and checks every row; problems are named by sheet cell. 2 syncs. */
export async function readOwnGoals(run: ExcelRun): Promise<OwnGoalsRead> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(OWN_GOALS_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) return { found: false };
    const body = table.getDataBodyRange();
    body.load("address, values");
    await context.sync();
    const { sheet, row, column } = parseAddress(body.address);
    return { found: true, ...rowsToGoals(body.values, { sheet: sheet as string, row, column }) };
  });
}
