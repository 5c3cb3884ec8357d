/**
 * Helpers for the cell grids Excel hands to custom functions: a range arrives as rows of cells, a blank
 * cell as "" (or null). Kept free of Office so the calculations can be tested directly.
 */
import { LocalizedText, valueError } from "./errors";

export type Cell = unknown;
export type Grid = readonly (readonly Cell[])[];

export const isBlank = (cell: Cell): boolean =>
  cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Where a cell sits, the way a user reads the range: "række 3", "kolonne 2" or both. */
export function cellPosition(grid: Grid, row: number, column: number): LocalizedText {
  const columnCount = grid[0]?.length ?? 0;
  if (columnCount === 1) return { da: `række ${row + 1}`, en: `row ${row + 1}` };
  if (grid.length === 1) return { da: `kolonne ${column + 1}`, en: `column ${column + 1}` };
  return { da: `række ${row + 1}, kolonne ${column + 1}`, en: `row ${row + 1}, column ${column + 1}` };
}

/** A cell's value as it should read in a message. */
export function showCell(cell: Cell): LocalizedText {
  if (isBlank(cell)) return { da: "(tom)", en: "(blank)" };
  if (typeof cell === "boolean") return cell ? { da: "SAND", en: "TRUE" } : { da: "FALSK", en: "FALSE" };
  const shown = typeof cell === "string" ? `"${cell}"` : String(cell);
  return { da: shown, en: shown };
}

/** Capitalizes a position for the start of a message. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A #VALUE! error about one cell: "<argument>, række 3: <problem>". */
export function cellError(
  argument: LocalizedText,
  grid: Grid,
  row: number,
  column: number,
  problem: LocalizedText,
): Error {
  const where = cellPosition(grid, row, column);
  return valueError(
    `${capitalize(argument.da)}, ${where.da}: ${problem.da}`,
    `${capitalize(argument.en)}, ${where.en}: ${problem.en}`,
  );
}

export function cellCount(grid: Grid): number {
  return grid.reduce((count, row) => count + row.length, 0);
}

/** Fails unless `other` has exactly the shape of `reference`. */
export function requireSameShape(
  reference: Grid,
  referenceName: LocalizedText,
  other: Grid,
  otherName: LocalizedText,
): void {
  const sameShape =
    other.length === reference.length && other.every((row, index) => row.length === reference[index].length);
  if (!sameShape) {
    const size = (grid: Grid): string => `${grid.length}×${grid[0]?.length ?? 0}`;
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
 * Reads a non-negative number from a cell. Text is refused even when it looks like a number, because a
 * number stored as text is usually a sign of a bad import; the message says so.
 */
export function readNonNegativeNumber(argument: LocalizedText, grid: Grid, row: number, column: number): number {
  const cell = grid[row][column];
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) return cell;
  let problem: LocalizedText;
  if (isBlank(cell)) {
    problem = {
      da: "cellen er tom; skriv 0, hvis tallet er nul.",
      en: "the cell is blank; enter 0 if the number is zero.",
    };
  } else if (typeof cell === "number") {
    problem = { da: `${cell} er negativ.`, en: `${cell} is negative.` };
  } else if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell))) {
    problem = {
      da: `${showCell(cell).da} er tekst, ikke et tal (tal gemt som tekst?).`,
      en: `${showCell(cell).en} is text, not a number (number stored as text?).`,
    };
  } else {
    problem = { da: `${showCell(cell).da} er ikke et tal.`, en: `${showCell(cell).en} is not a number.` };
  }
  return fail(argument, grid, row, column, problem);
}

/** Every cell of a range as a non-negative number, row by row; cells flagged in `skip` are read as 0. */
export function readNonNegativeNumbers(argument: LocalizedText, grid: Grid, skip: readonly boolean[] = []): number[] {
  let index = 0;
  return grid.flatMap((cells, row) =>
    cells.map((_, column) => (skip[index++] ? 0 : readNonNegativeNumber(argument, grid, row, column))),
  );
}

function fail(argument: LocalizedText, grid: Grid, row: number, column: number, problem: LocalizedText): never {
  throw cellError(argument, grid, row, column, problem);
}

/** Reads an exclusion flag: TRUE, 1 or "x" exclude; FALSE, 0 or blank include; anything else is an error. */
export function readExclusionFlags(exclude: Grid, argument: LocalizedText): boolean[] {
  const flags: boolean[] = [];
  exclude.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell === true || cell === 1 || (typeof cell === "string" && normalizeText(cell) === "x")) flags.push(true);
      else if (cell === false || cell === 0 || isBlank(cell)) flags.push(false);
      else
        fail(argument, exclude, row, column, {
          da: `${showCell(cell).da} forstås ikke; brug SAND, 1 eller "x" for at udelade rækken, ellers lad cellen stå tom.`,
          en: `${showCell(cell).en} is not understood; use TRUE, 1 or "x" to exclude the row, else leave the cell blank.`,
        });
    }),
  );
  return flags;
}

/** Lays `values` (in row-major order) out in the shape of `grid`. */
export function reshapeLike<T>(grid: Grid, values: readonly T[]): T[][] {
  let next = 0;
  return grid.map((row) => row.map(() => values[next++]));
}
