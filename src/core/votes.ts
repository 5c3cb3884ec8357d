/**
 * What the election functions (KKR.DHONDT, KKR.SEATS) read alike: whole vote counts, a number of seats,
 * and parties named by their place among the votes.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellErrorAt, cellPosition, placeOf, readNonNegativeNumbers, readScalarNumber } from "./cells";
import { LocalizedText, numberError, showNumber } from "./errors";

const VOTES: LocalizedText = { da: "stemmer", en: "votes" };

/** Each cell as an exact whole count of `unit` (votes by default), row by row. */
export function readCounts(grid: Grid, argument: LocalizedText = ARGUMENT.votes, unit = VOTES): bigint[] {
  return readNonNegativeNumbers(argument, grid).map((count, index) => {
    if (Number.isInteger(count) && count <= Number.MAX_SAFE_INTEGER) return BigInt(count);
    throw cellErrorAt(argument, grid, index, {
      da: `${showNumber(count).da} er ikke et helt antal ${unit.da}.`,
      en: `${showNumber(count).en} is not a whole number of ${unit.en}.`,
    });
  });
}

/** The number of seats: a whole number from 0 to 10,000 (far above any body KKR appoints to). */
export function readSeats(value: unknown): number {
  const seats = readScalarNumber(value, ARGUMENT.seats);
  if (!Number.isInteger(seats) || seats < 0 || seats > 10_000) {
    throw numberError(
      `Pladser skal være et helt tal fra 0 til 10.000 (fik ${showNumber(seats).da}).`,
      `Seats must be a whole number from 0 to 10,000 (got ${showNumber(seats).en}).`,
    );
  }
  return seats;
}

/** A party named by its place among the votes ("række 3", or "række 1, kolonne 2" in a block). */
export const partyName = (grid: Grid, index: number): LocalizedText => {
  const { row, column } = placeOf(grid, index);
  return cellPosition(grid.length, grid[0]?.length ?? 1, row, column);
};

/** "række 2 og række 3", "række 1, række 2 og række 3" / "row 1, row 2 and row 3". */
export function listNames(names: readonly LocalizedText[], language: "da" | "en"): string {
  const words = names.map((name) => name[language]);
  const last = words.pop();
  return words.length === 0 ? (last ?? "") : `${words.join(", ")} ${language === "da" ? "og" : "and"} ${last}`;
}
