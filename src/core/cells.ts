/**
 * Helpers for the cell grids Excel hands to custom functions: a range arrives as rows of cells, a blank
 * cell as "" (or null), an error cell as an error object with a code. Kept free of Office so the
 * calculations can be tested directly.
 */
import { CellError, LocalizedText, capitalize, numberError, showNumber, valueError } from "./errors";

/** A value as Excel passes it to a custom function: a number, text, a boolean, "" for a blank, an error: anything. */
export type ExcelValue = unknown;
export type Grid = readonly (readonly ExcelValue[])[];

export const isBlank = (cell: ExcelValue): boolean =>
  cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Excel error codes and their Danish names, as a Danish Excel shows them in the cell. */
const ERROR_NAMES_DA: Record<string, string> = {
  "#N/A": "#I/T",
  "#VALUE!": "#VÆRDI!",
  "#REF!": "#REFERENCE!",
  "#NAME?": "#NAVN?",
  "#NULL!": "#NUL!",
  "#NUM!": "#NUM!",
  "#DIV/0!": "#DIVISION/0!",
};

/** An Excel error value in a cell (#N/A, #VALUE!, …): the runtime passes it as an object with its code. */
export const excelErrorCode = (cell: ExcelValue): string | undefined => {
  const code = typeof cell === "object" && cell !== null ? (cell as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
};

/** Where a cell sits, the way a user reads the range: "række 3", "kolonne 2" or both. */
export function cellPosition(rows: number, columns: number, row: number, column: number): LocalizedText {
  if (columns === 1) return { da: `række ${row + 1}`, en: `row ${row + 1}` };
  if (rows === 1) return { da: `kolonne ${column + 1}`, en: `column ${column + 1}` };
  return { da: `række ${row + 1}, kolonne ${column + 1}`, en: `row ${row + 1}, column ${column + 1}` };
}

/** A cell's value as it should read in a message: text quoted, numbers the language's way, errors by name. */
export function showCell(cell: ExcelValue): LocalizedText {
  if (isBlank(cell)) return { da: "(tom)", en: "(blank)" };
  if (typeof cell === "boolean") return cell ? { da: "SAND", en: "TRUE" } : { da: "FALSK", en: "FALSE" };
  if (typeof cell === "number") return showNumber(cell);
  const code = excelErrorCode(cell);
  if (code !== undefined) return { da: ERROR_NAMES_DA[code] ?? code, en: code };
  if (typeof cell === "string") return { da: `"${cell}"`, en: `"${cell}"` };
  // What a message cannot show is described by its kind (a caller from script can pass anything).
  if (Array.isArray(cell)) return { da: "en matrix", en: "an array" };
  if (typeof cell === "object") return { da: "et objekt", en: "an object" };
  return { da: `en værdi af typen ${typeof cell}`, en: `a value of type ${typeof cell}` };
}

/** "1 celle", "2 celler": a count with its noun in the right number, in both languages. */
export function countOf(count: number, singular: LocalizedText, plural: LocalizedText): LocalizedText {
  const noun = count === 1 ? singular : plural;
  return { da: `${count} ${noun.da}`, en: `${count} ${noun.en}` };
}

const CELLS = [
  { da: "celle", en: "cell" },
  { da: "celler", en: "cells" },
] as const;

/** A #VALUE! about one cell: "<argument>, række 3: <problem>". */
export function cellError(
  argument: LocalizedText,
  grid: Grid,
  row: number,
  column: number,
  problem: LocalizedText,
): CellError {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  return new CellError({ argument, row, column, rows, columns }, problem, cellPosition(rows, columns, row, column));
}

/** The row and column of a grid's `index`-th cell, counted row by row as `grid.flat()` lists them. */
export function placeOf(grid: Grid, index: number): { row: number; column: number } {
  const columns = Math.max(grid[0]?.length ?? 1, 1);
  return { row: Math.floor(index / columns), column: index % columns };
}

/** A #VALUE! about a grid's `index`-th cell, counted row by row. */
export function cellErrorAt(argument: LocalizedText, grid: Grid, index: number, problem: LocalizedText): CellError {
  const { row, column } = placeOf(grid, index);
  return cellError(argument, grid, row, column, problem);
}

/**
 * Fails unless `grid` is a range as Excel sends one: rows of cells, every row as long as the first. A
 * caller from script can pass anything; refusing a ragged grid keeps shapes and positions meaningful.
 */
export function requireGrid(grid: unknown, argument: LocalizedText): Grid {
  const rows = Array.isArray(grid) ? (grid as unknown[]) : [];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  if (width === 0) {
    throw valueError(
      `${capitalize(argument.da)} skal være et område af celler.`,
      `${capitalize(argument.en)} must be a range of cells.`,
    );
  }
  // A plain loop: this runs over every row of a million-row range before any calculation.
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index];
    if (Array.isArray(row) && row.length === width) continue;
    const length = countOf(Array.isArray(row) ? row.length : 0, ...CELLS);
    throw valueError(
      `${capitalize(argument.da)}: række ${index + 1} har ${length.da}, række 1 har ${width}; alle rækker skal være lige lange.`,
      `${capitalize(argument.en)}: row ${index + 1} has ${length.en}, row 1 has ${width}; every row must be as long.`,
    );
  }
  return rows as Grid;
}

const size = (grid: Grid): string => `${grid.length}×${grid[0]?.length ?? 0}`;

/** Fails unless `other` has exactly the shape of `reference`. */
export function requireSameShape(
  reference: Grid,
  referenceName: LocalizedText,
  other: Grid,
  otherName: LocalizedText,
): void {
  // Both are rectangular (requireGrid), so their sizes say whether they have the same shape.
  requireGrid(other, otherName);
  if (other.length !== reference.length || other[0].length !== reference[0].length) {
    throw valueError(
      `${capitalize(otherName.da)} (${size(other)}) skal have samme størrelse som ${referenceName.da} (${size(reference)}).`,
      `${capitalize(otherName.en)} (${size(other)}) must have the same size as ${referenceName.en} (${size(reference)}).`,
    );
  }
}

/** Normalizes free text for matching: trimmed, lower case, inner spaces folded, typographic apostrophes plain. */
export function normalizeText(text: string): string {
  return text.trim().toLocaleLowerCase("da").replace(/\s+/g, " ").replace(/[’`´]/g, "'");
}

/**
 * One key per value a user means as the same when matching answers or segments: text ignoring case and
 * spaces, 4 and "4" alike, booleans apart from text; undefined for anything that cannot be matched.
 */
export function matchKey(cell: ExcelValue): string | undefined {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "\u0000true" : "\u0000false";
  if (typeof cell !== "string") return undefined;
  const text = normalizeText(cell);
  return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text;
}

/** Text that a user meant as a number: "100", "1,5", "1.234,50", "-3". */
const NUMBER_AS_TEXT = /^\s*[-+]?\d[\d.,\s]*\s*$/;

/** What is wrong with a cell that should hold a number: blank, text (maybe a number stored as text), an error. */
export function notANumber(cell: ExcelValue): LocalizedText {
  if (isBlank(cell)) {
    return {
      da: "cellen er tom; skriv 0, hvis tallet er nul.",
      en: "the cell is blank; enter 0 if the number is zero.",
    };
  }
  const shown = showCell(cell);
  if (excelErrorCode(cell) !== undefined) {
    return {
      da: `cellen viser fejlen ${shown.da}; ret den først.`,
      en: `the cell shows the error ${shown.en}; correct it first.`,
    };
  }
  if (typeof cell === "string" && NUMBER_AS_TEXT.test(cell)) {
    return {
      da: `${shown.da} er tekst, ikke et tal (tal gemt som tekst?).`,
      en: `${shown.en} is text, not a number (number stored as text?).`,
    };
  }
  return { da: `${shown.da} er ikke et tal.`, en: `${shown.en} is not a number.` };
}

/**
 * Reads a non-negative number from a cell. Text is refused even when it looks like a number, because a
 * number stored as text is usually a sign of a bad import; the message says so.
 */
export function readNonNegativeNumber(argument: LocalizedText, grid: Grid, row: number, column: number): number {
  const cell = grid[row][column];
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) return cell;
  const problem =
    typeof cell === "number" && Number.isFinite(cell)
      ? { da: `${showNumber(cell).da} er negativ.`, en: `${showNumber(cell).en} is negative.` }
      : notANumber(cell);
  throw cellError(argument, grid, row, column, problem);
}

/** Every cell of a range as a non-negative number, row by row; cells flagged in `skip` are read as 0. */
export function readNonNegativeNumbers(argument: LocalizedText, grid: Grid, skip: readonly boolean[] = []): number[] {
  const numbers: number[] = [];
  for (let row = 0; row < grid.length; row++) {
    for (let column = 0; column < grid[row].length; column++) {
      numbers.push(skip[numbers.length] ? 0 : readNonNegativeNumber(argument, grid, row, column));
    }
  }
  return numbers;
}

/** A single number given as an argument (a total, a share): a finite number, or #VALUE! saying what it is. */
export function readScalarNumber(value: unknown, argument: LocalizedText): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const problem =
    typeof value === "number"
      ? { da: `${showNumber(value).da} er ikke et tal.`, en: `${showNumber(value).en} is not a number.` }
      : notANumber(value);
  throw valueError(`${capitalize(argument.da)}: ${problem.da}`, `${capitalize(argument.en)}: ${problem.en}`);
}

/** A non-negative scalar (a total): as readScalarNumber, and #NUM! when negative. */
export function readNonNegativeScalar(value: unknown, argument: LocalizedText): number {
  const number = readScalarNumber(value, argument);
  if (number < 0) {
    throw numberError(
      `${capitalize(argument.da)} må ikke være negativ (${showNumber(number).da}).`,
      `${capitalize(argument.en)} must not be negative (${showNumber(number).en}).`,
    );
  }
  return number;
}

const YES = new Set(["sand", "true", "ja", "yes", "x", "1"]);
const NO = new Set(["falsk", "false", "nej", "no", "0"]);

/** A yes/no cell: TRUE/FALSE, 1/0, "sand"/"falsk", "true"/"false", "ja"/"nej", "x"; undefined when not understood. */
export function parseFlag(cell: ExcelValue): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell !== "string") return undefined;
  const text = normalizeText(cell);
  return YES.has(text) ? true : NO.has(text) ? false : undefined;
}

/** An optional yes/no argument: omitted is `fallback`; anything but a yes or a no is #VALUE!. */
export function readFlagArgument(value: unknown, argument: LocalizedText, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  const flag = parseFlag(value);
  if (flag === undefined) {
    const shown = showCell(value);
    throw valueError(
      `${capitalize(argument.da)}: ${shown.da} forstås ikke; brug SAND eller FALSK (også 1/0, "ja"/"nej").`,
      `${capitalize(argument.en)}: ${shown.en} is not understood; use TRUE or FALSE (also 1/0, "yes"/"no").`,
    );
  }
  return flag;
}

/** Reads exclusion flags: a yes (TRUE, 1, "x", "ja") excludes; a no or a blank includes; anything else is an error. */
export function readExclusionFlags(exclude: Grid, argument: LocalizedText): boolean[] {
  const flags: boolean[] = [];
  exclude.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      const flag = isBlank(cell) ? false : parseFlag(cell);
      if (flag === undefined) {
        throw cellError(argument, exclude, row, column, {
          da: `${showCell(cell).da} forstås ikke; brug SAND, 1 eller "x" for at udelade rækken, ellers lad cellen stå tom.`,
          en: `${showCell(cell).en} is not understood; use TRUE, 1 or "x" to exclude the row, else leave the cell blank.`,
        });
      }
      flags.push(flag);
    }),
  );
  return flags;
}

/** Lays `values` (in row-major order) out in the shape of `grid`. */
export function reshapeLike<T>(grid: Grid, values: readonly T[]): T[][] {
  let next = 0;
  return grid.map((row) => row.map(() => values[next++]));
}
