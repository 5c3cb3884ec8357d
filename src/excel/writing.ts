/**
 * What the Excel layer's operations share: the status flags as conditional formats, a plan's cells and
 * formats, and the print settings for the KKR meeting's agenda. Queued on a sheet; the caller syncs.
 */
import { GoalStatus } from "../goals";
import { Language, wordsFor } from "../locale";
import { parseAddress } from "../sheets/addresses";
import { CellsPlan, excelString } from "../sheets/plan";

/** Status colours: fill and font, readable also in grey scale; the status text says the same in words. */
const STATUS_STYLES: [status: GoalStatus, fill: string, font: string][] = [
  ["missed", "#FFC7CE", "#9C0006"],
  ["missedUncertain", "#FCE4D6", "#833C0B"],
  ["partlyMet", "#FFEB9C", "#9C5700"],
  ["metUncertain", "#E2EFDA", "#375623"],
  ["met", "#C6EFCE", "#006100"],
  ["noData", "#EDEDED", "#404040"],
  ["manual", "#DDEBF7", "#1F3864"],
];

/** The status flags on a range: one colour rule per status, comparing `statusCell` (its row relative). */
export function flagStatuses(range: Excel.Range, statusCell: string, language: Language): void {
  range.conditionalFormats.clearAll();
  for (const [status, fill, font] of STATUS_STYLES) {
    const rule = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    rule.custom.rule.formula = `=${statusCell}=${excelString(wordsFor(language).statuses[status])}`;
    rule.custom.format.fill.color = fill;
    rule.custom.format.font.color = font;
  }
}

/** Cells and formats of a plan, written onto a sheet (queued; the caller syncs). */
export function writeCells(sheet: Excel.Worksheet, plan: CellsPlan): void {
  for (const { address, formulas } of plan.cells) sheet.getRange(address).formulas = formulas;
  for (const { address, numberFormat, bold, fill, wrap } of plan.formats) {
    const range = sheet.getRange(address);
    const { rows, columns } = parseAddress(address);
    if (numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array(columns).fill(numberFormat));
    if (bold !== undefined) range.format.font.bold = bold;
    if (fill) range.format.fill.color = fill;
    if (wrap !== undefined) range.format.wrapText = wrap;
  }
}

/**
 * Print settings for the KKR meeting's agenda: landscape, one page wide, the header row repeated on every
 * page, and a footer with the source and the date (ExcelApi 1.9).
 */
export function preparePrinting(
  sheet: Excel.Worksheet,
  footer: string,
  titleRows = "$1:$1",
  across?: { pagesWide: number; titleColumns: string },
): void {
  sheet.pageLayout.orientation = "Landscape";
  // A sheet too wide for one legible page (Egne mål) runs over pages across, its key column on each.
  sheet.pageLayout.zoom = { horizontalFitToPages: across?.pagesWide ?? 1, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows(titleRows);
  if (across) sheet.pageLayout.setPrintTitleColumns(across.titleColumns);
  // "&&" is a literal ampersand in a footer; "&D" is the print date.
  sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = footer.replace(/&/g, "&&");
  sheet.pageLayout.headersFooters.defaultForAllPages.rightFooter = "&D";
}

/** Excel's points per character of the default font, for a column width given in characters. */
const POINTS_PER_CHARACTER = 5.6;

/**
 * Columns given a width in characters, their text wrapped and the rows fitted to it: long text reads on
 * the page instead of widening it (queued; the caller syncs).
 */
export function wrapColumns(sheet: Excel.Worksheet, widths: readonly { columns: string; characters: number }[]): void {
  for (const { columns, characters } of widths) {
    const range = sheet.getRange(columns);
    range.format.columnWidth = characters * POINTS_PER_CHARACTER;
    range.format.wrapText = true;
    // A wrapped cell in a tall row reads from its top, level with the other cells of the row.
    range.format.verticalAlignment = "Top";
    range.format.autofitRows();
  }
}
