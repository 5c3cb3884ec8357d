/** A1 addresses: the arithmetic the Excel layer needs to place rows and formulas, free of Office. */

export const columnLetter = (index: number): string => {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

const columnIndex = (letters: string): number =>
  letters
    .toUpperCase()
    .split("")
    .reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;

export interface CellBlock {
  sheet?: string;
  /** Zero-based first row and column, and the size. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "'Mål 2022'!$A$1:B2" → the sheet (unquoted) and the cells' part without $: "A1", "B2". */
function splitAddress(address: string): { sheet?: string; first: string; last?: string } {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const [first, last] = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":");
  return { sheet, first, last };
}

/** Parses "Ark1!B2:D9", "'Mål 2022'!A1" or "B2". */
export function parseAddress(address: string): CellBlock {
  const { sheet, first, last = first } = splitAddress(address);
  const cell = (text: string) => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(text);
    if (!match) throw new Error(`not an A1 address: ${address}`);
    return { column: columnIndex(match[1]), row: Number(match[2]) - 1 };
  };
  const start = cell(first);
  const end = cell(last);
  return {
    sheet,
    row: start.row,
    column: start.column,
    rows: end.row - start.row + 1,
    columns: end.column - start.column + 1,
  };
}

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

export function blockAddress({ row, column, rows, columns }: CellBlock): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** Sheet names Excel would read as something else unquoted: a cell ("NPS2024", "Q1"), an R1C1 cell ("R1C1", "R", "C"), a boolean. */
const READS_AS_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc]|true|false)$/i;

/** A sheet name as a formula must write it: quoted unless it is plain letters, digits and _ and reads as nothing else. */
export const sheetReference = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !READS_AS_REFERENCE.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/**
 * The sheet and top-left cell of a range address as Excel reports it: "Data!B2:B90", "'Mål 2022'!C3",
 * a whole column "Data!C:C" or whole rows "Data!2:9". Undefined for anything else (an array constant).
 */
export function rangeOrigin(address: string | undefined): { sheet?: string; row: number; column: number } | undefined {
  if (!address) return undefined;
  const { sheet, first } = splitAddress(address);
  const match = /^([A-Za-z]{1,3})?(\d+)?$/.exec(first);
  if (!match || (!match[1] && !match[2])) return undefined;
  return { sheet, row: match[2] ? Number(match[2]) - 1 : 0, column: match[1] ? columnIndex(match[1]) : 0 };
}
