/**
 * NEWSHARE: the share of distinct firms served this year that were not served the year before (Midtjylland
 * 2022: at least 50 % new firms). Firms are CVR numbers, as numbers or text; blanks are ignored and a firm
 * listed twice counts once.
 */
import { ARGUMENT } from "./argumentNames";
import { Cell, Grid, cellError, isBlank, requireGrid, showCell } from "./cells";
import { LocalizedText, divisionByZeroError } from "./errors";

/** A firm's identity: its number without spaces, so 12345678, "12345678" and "1234 5678" are one firm. */
function firmKey(cell: Cell, grid: Grid, row: number, column: number, argument: LocalizedText): string {
  if (typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 0) return String(cell);
  if (typeof cell === "string") return cell.replace(/\s+/g, "").toUpperCase();
  throw cellError(argument, grid, row, column, {
    da: `${showCell(cell).da} er ikke et CVR-nummer; skriv nummeret som tal eller tekst.`,
    en: `${showCell(cell).en} is not a CVR number; write the number as a number or as text.`,
  });
}

function firms(values: Grid, argument: LocalizedText): Set<string> {
  const grid = requireGrid(values, argument);
  const keys = new Set<string>();
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (!isBlank(cell)) keys.add(firmKey(cell, grid, row, column, argument));
    }),
  );
  return keys;
}

export function newShare(ids: Grid, previousIds: Grid): number {
  const current = firms(ids, ARGUMENT.ids);
  const previous = firms(previousIds, ARGUMENT.previousIds);
  if (current.size === 0) {
    throw divisionByZeroError("Der er ingen virksomheder i årets liste.", "There are no firms in this year's list.");
  }
  let newFirms = 0;
  for (const firm of current) if (!previous.has(firm)) newFirms++;
  return newFirms / current.size;
}
