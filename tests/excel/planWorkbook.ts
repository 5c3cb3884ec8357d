/**
 * A sheet plan as LibreOffice sees it: the plan's cells in an .xlsx (exceljs), recalculated headless. Since
 * LibreOffice has no KKR functions, a test puts the values a KKR formula spills where it stood.
 */
import ExcelJS from "exceljs";
import { parseAddress } from "../../src/sheets/addresses";
import { Cell, CellsPlan } from "../../src/sheets/plan";
import { recalculate } from "../libreOffice";

/** Every cell of a plan by "row,column", 0-based. */
export function planCells(plan: CellsPlan): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const { address, formulas } of plan.cells) {
    const { row, column: first } = parseAddress(address);
    formulas.forEach((line, r) => line.forEach((value, c) => cells.set(`${row + r},${first + c}`, value)));
  }
  return cells;
}

export const at = (cells: Map<string, Cell>, row: number, col: number) => cells.get(`${row},${col}`);

/** A sheet of plain rows (the data a plan's formulas refer to), after the plan's own sheet. */
export interface DataSheet {
  name: string;
  rows: Cell[][];
}

/** Hidden, so a PDF of the workbook prints the plan's sheet only. */
export function addDataSheets(workbook: ExcelJS.Workbook, sheets: readonly DataSheet[]): void {
  for (const { name, rows } of sheets) workbook.addWorksheet(name, { state: "hidden" }).addRows(rows);
}

/** The cells written into a workbook (before any data sheets) and recalculated; refuses a KKR formula left in. */
export async function recalculated(
  cells: Map<string, Cell>,
  dataSheets: readonly DataSheet[] = [],
): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ark");
  for (const [key, value] of cells) {
    const [row, col] = key.split(",").map(Number);
    const target = sheet.getCell(row + 1, col + 1);
    if (typeof value === "string" && value.startsWith("=")) {
      if (value.includes("KKR.")) throw new Error(`a KKR formula was left at ${key}: ${value}`);
      target.value = { formula: value.slice(1) };
    } else target.value = value;
  }
  addDataSheets(workbook, dataSheets);
  return recalculate(workbook);
}

/** Puts a spill's values down a column from (row, col), where the KKR formula stood. */
export function spillDown(cells: Map<string, Cell>, row: number, col: number, values: readonly Cell[]): void {
  values.forEach((value, index) => cells.set(`${row + index},${col}`, value));
}
