/**
 * NEWSHARE: the share of distinct firms served this year that were not served the year before (Midtjylland
 * 2022: at least 50 % new firms). Firms are CVR numbers: eight digits, the first not 0 (CVR numbers run
 * from 10000000), as a number or as text; spaces inside and a "DK" prefix (as in a VAT number) are understood,
 * so 12345678, "12345678", "1234 5678" and "DK12345678" are one firm. Anything else ("12-34-56-78",
 * "012345678", a 7-digit number, "abc") is #VALUE! naming the cell: a silent extra firm would miscount the
 * share of new ones. Blanks are ignored and a firm listed twice counts once.
 */
import { ARGUMENT } from "./argumentNames";
import { ExcelValue, Grid, cellError, isBlank, requireGrid, showCell } from "./cells";
import { LocalizedText, divisionByZeroError } from "./errors";
import type { ShareCounts } from "./share";

const CVR = /^[1-9]\d{7}$/;

/** A firm's identity: its eight digits, whichever of the understood ways the cell writes them. */
function firmKey(cell: ExcelValue, grid: Grid, row: number, column: number, argument: LocalizedText): number {
  const digits =
    typeof cell === "number"
      ? String(cell)
      : typeof cell === "string"
        ? cell.replace(/\s+/g, "").replace(/^dk/i, "")
        : "";
  if (CVR.test(digits)) return Number(digits);
  throw cellError(argument, grid, row, column, {
    da: `${showCell(cell).da} er ikke et CVR-nummer; et CVR-nummer er otte cifre (fx 12345678 eller "DK 1234 5678").`,
    en: `${showCell(cell).en} is not a CVR number; a CVR number is eight digits (e.g. 12345678 or "DK 1234 5678").`,
  });
}

function firms(values: Grid, argument: LocalizedText): Set<number> {
  const grid = requireGrid(values, argument);
  const keys = new Set<number>();
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (!isBlank(cell)) keys.add(firmKey(cell, grid, row, column, argument));
    }),
  );
  return keys;
}

/** This year's distinct firms (the respondents) and the new ones among them (counted). */
export function newShareCounts(ids: Grid, previousIds: Grid): ShareCounts {
  const current = firms(ids, ARGUMENT.ids);
  const previous = firms(previousIds, ARGUMENT.previousIds);
  if (current.size === 0) {
    throw divisionByZeroError("Der er ingen virksomheder i årets liste.", "There are no firms in this year's list.");
  }
  let newFirms = 0;
  for (const firm of current) if (!previous.has(firm)) newFirms++;
  return { counted: newFirms, respondents: current.size };
}

export function newShare(ids: Grid, previousIds: Grid): number {
  const { counted, respondents } = newShareCounts(ids, previousIds);
  return counted / respondents;
}
