/**
 * A planned sheet as it prints: the plan's cells (with the values a KKR formula would spill put in), its
 * formats and print settings written into an .xlsx, converted to PDF by LibreOffice headless and each page
 * to a PNG in test-results/, to be looked at. Columns are fitted as Excel's autofit would, roughly: to the
 * longest text in the fitted block, headers that wrap aside.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseAddress } from "../../src/sheets/addresses";
import { SheetPlan } from "../../src/sheets/financeSheets";
import { Cell } from "../../src/sheets/plan";
import { runWaiting } from "../limits";
import { DataSheet, addDataSheets } from "./planWorkbook";

const output = join(__dirname, "..", "..", "test-results");

/** Writes the sheet's pages to test-results/sheet-<name>-<n>.png; returns how many pages it printed on. */
export async function printPages(
  plan: SheetPlan,
  cells: Map<string, Cell>,
  name: string,
  dataSheets: readonly DataSheet[] = [],
): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ark");
  for (const [key, value] of cells) {
    const [row, col] = key.split(",").map(Number);
    const target = sheet.getCell(row + 1, col + 1);
    target.value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
  }
  applyFormats(sheet, plan);
  fitColumns(sheet, plan, cells);
  const [first, last] = (plan.print?.titleRows ?? "$1:$1").replace(/\$/g, "").split(":");
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${first}:${last}`,
  };
  sheet.headerFooter.oddFooter = `&L${plan.print?.footer ?? ""}&R&D`;
  addDataSheets(workbook, dataSheets);
  const folder = mkdtempSync(join(tmpdir(), "kkr-pages-"));
  const xlsx = join(folder, `${name}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  const soffice = [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "pdf"];
  runWaiting("LibreOffice to print the sheet to PDF", "soffice", [...soffice, "--outdir", folder, xlsx], {
    stdio: "pipe",
  });
  mkdirSync(output, { recursive: true });
  const prefix = join(output, `sheet-${name}`);
  runWaiting("pdftoppm to draw the PDF's pages", "pdftoppm", [
    "-png",
    "-r",
    "110",
    join(folder, `${name}.pdf`),
    prefix,
  ]);
  return readdirSync(output).filter((file) => file.startsWith(`sheet-${name}-`) && file.endsWith(".png")).length;
}

function applyFormats(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const { address, numberFormat, bold, fill, wrap } of plan.formats) {
    const { row, column, rows, columns } = parseAddress(address);
    for (let r = row; r < row + rows; r++)
      for (let c = column; c < column + columns; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        if (numberFormat) cell.numFmt = numberFormat;
        if (bold !== undefined) cell.font = { name: "Calibri", size: 11, bold };
        if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1)}` } };
        if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
      }
  }
}

/** Widths from the longest text per column of the autofit blocks; a formula counts as a 10-digit number. */
function fitColumns(sheet: ExcelJS.Worksheet, plan: SheetPlan, cells: Map<string, Cell>): void {
  const wrapped = new Set(
    plan.formats
      .filter((format) => format.wrap)
      .flatMap((format) => {
        const block = parseAddress(format.address);
        return Array.from({ length: block.rows }, (_, r) => block.row + r);
      }),
  );
  const widths = new Map<number, number>();
  for (const { row, column, rows, columns } of plan.autofit.map(parseAddress)) {
    for (let c = column; c < column + columns; c++) {
      for (let r = row; r < row + rows; r++) {
        const value = cells.get(`${r},${c}`);
        if (value === undefined || wrapped.has(r)) continue;
        const shown = typeof value === "string" && value.startsWith("=") ? 10 : String(value).length;
        widths.set(c, Math.max(widths.get(c) ?? 8, shown));
      }
    }
  }
  for (const [c, longest] of widths) sheet.getColumn(c + 1).width = Math.min(longest + 2, 60);
  for (const { columns, characters } of plan.widths ?? []) {
    const column = parseAddress(columns).column;
    sheet.getColumn(column + 1).width = characters;
    widths.set(column, characters);
  }
  // As autofitRows does: a wrapped row is as tall as its longest text needs at its column's width.
  for (const r of wrapped) {
    let lines = 1;
    for (const [c] of widths) {
      const value = cells.get(`${r},${c}`) ?? "";
      // A formula shows its value: about a 10-digit number, as for the widths.
      const length = typeof value === "string" && value.startsWith("=") ? 10 : String(value).length;
      lines = Math.max(lines, Math.ceil(length / Math.max((sheet.getColumn(c + 1).width ?? 10) - 1, 1)));
    }
    sheet.getRow(r + 1).height = 15 * lines;
  }
}
