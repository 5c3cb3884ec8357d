/**
 * A sheet of the fake workbook as it prints: its cells, the widths and wraps the Excel layer set, the
 * blocks it autofitted as wide as their longest text there (as Excel's autofit makes them), its print area
 * and print settings, written to .xlsx, converted to PDF by LibreOffice and drawn to PNG pages in
 * test-results/. The print scale is read off the PDF: the median height of the words, against the same sheet
 * printed at 100 %.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CellBlock, parseAddress } from "../../src/sheets/addresses";
import { FakeExcel, FakeSheet } from "../fakes/fakeExcel";
import { runWaiting } from "../limits";

const output = join(__dirname, "..", "..", "test-results");
/** As the Excel layer converts: points per character of the default font. */
const POINTS_PER_CHARACTER = 5.6;

const inBlock = (block: CellBlock, row: number, column: number) =>
  row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns;

/** The blocks the Excel layer asked to autofit on the sheet, as the fake logged them. */
function autofitBlocks(excel: FakeExcel, sheet: string) {
  return excel.log
    .filter((entry) => entry.op === "autofitColumns" && entry.sheet === sheet)
    .map((entry) => parseAddress(String(entry.address)));
}

function workbookOf(excel: FakeExcel, sheet: FakeSheet, fitted: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const autofit = autofitBlocks(excel, sheet.name);
  const inAutofit = (row: number, column: number) => autofit.some((block) => inBlock(block, row, column));
  const target = workbook.addWorksheet("Ark");
  const longest = new Map<number, number>();
  const setWidths = new Map<number, number>();
  const wrapped = sheet.formats.filter((format) => format.wrap).map((format) => parseAddress(format.address));
  const isWrapped = (row: number, column: number) => wrapped.some((block) => inBlock(block, row, column));
  for (const format of sheet.formats) {
    if (format.width === undefined) continue;
    const { column, columns } = parseAddress(format.address);
    for (let c = column; c < column + columns; c++) setWidths.set(c, format.width / POINTS_PER_CHARACTER);
  }
  for (const [address, cell] of sheet.cells) {
    const { row, column } = parseAddress(address);
    const shown = cell.value !== "" && cell.value !== undefined ? cell.value : cell.formula;
    const text = typeof shown === "string" && shown.startsWith("=") ? "" : shown;
    const written = target.getCell(row + 1, column + 1);
    written.value = text as ExcelJS.CellValue;
    if (isWrapped(row, column)) written.alignment = { wrapText: true, vertical: "top" };
    if (setWidths.has(column)) continue;
    if (inAutofit(row, column)) longest.set(column, Math.max(longest.get(column) ?? 8, String(text).length));
  }
  for (const [column, characters] of longest) target.getColumn(column + 1).width = characters + 2;
  for (const [column, characters] of setWidths) target.getColumn(column + 1).width = characters;
  // As autofitRows does: a row as tall as its longest wrapped text needs at its column's width.
  target.eachRow((line) => {
    let lines = 1;
    line.eachCell((cell, column) => {
      const width = setWidths.get(column - 1);
      if (width && cell.alignment?.wrapText)
        lines = Math.max(lines, Math.ceil(String(cell.value ?? "").length / Math.max(width - 1, 1)));
    });
    line.height = 15 * lines;
  });
  const area = sheet.print.area ?? "";
  const pagesWide = (sheet.print.zoom as { horizontalFitToPages?: number } | undefined)?.horizontalFitToPages ?? 1;
  const titleColumns = sheet.print.titleColumns?.replace(/\$/g, "");
  target.pageSetup = {
    ...target.pageSetup,
    orientation: "landscape",
    paperSize: 9, // A4
    ...(fitted ? { fitToPage: true, fitToWidth: pagesWide, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
    ...(titleColumns ? { printTitlesColumn: titleColumns } : {}),
    // Absolute, as LibreOffice reads a print area: "B$1" becomes "$B$1" (exceljs adds the column's $ itself).
    ...(area ? { printArea: area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  return workbook;
}

/** Word heights in points off a PDF, by poppler's pdftotext -bbox. */
function wordHeights(pdf: string): number[] {
  const html = join(pdf.replace(/\.pdf$/, ".html"));
  runWaiting("pdftotext to read the words' boxes", "pdftotext", ["-bbox", pdf, html]);
  const boxes = [...readFileSync(html, "utf8").matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)];
  return boxes.map((box) => Number(box[2]) - Number(box[1]));
}

async function toPdf(workbook: ExcelJS.Workbook, name: string): Promise<{ folder: string; pdf: string }> {
  const folder = mkdtempSync(join(tmpdir(), "kkr-print-"));
  const xlsx = join(folder, `${name}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  const soffice = [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "pdf"];
  runWaiting("LibreOffice to print the sheet to PDF", "soffice", [...soffice, "--outdir", folder, xlsx], {
    stdio: "pipe",
  });
  return { folder, pdf: join(folder, `${name}.pdf`) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Prints the sheet as set (one page wide, or as many as its settings say) to test-results/printed-<name>-<n>.png, and reports its pages and
 * its print scale: the median word height against the same sheet at 100 %.
 */
export async function printSheet(
  excel: FakeExcel,
  sheetName: string,
  name: string,
): Promise<{ pages: number; scale: number }> {
  const sheet = excel.sheet(sheetName);
  const fitted = await toPdf(workbookOf(excel, sheet, true), name);
  const full = await toPdf(workbookOf(excel, sheet, false), `${name}-100`);
  mkdirSync(output, { recursive: true });
  const prefix = join(output, `printed-${name}`);
  runWaiting("pdftoppm to draw the PDF's pages", "pdftoppm", ["-png", "-r", "110", fitted.pdf, prefix]);
  const pages = readdirSync(output).filter((file) => file.startsWith(`printed-${name}-`)).length;
  return { pages, scale: median(wordHeights(fitted.pdf)) / median(wordHeights(full.pdf)) };
}
