/**
 * Splits a total in proportion to weights (population or another key), rounded so that the parts add up
 * to the total exactly: the Midtjylland 2022 key rounds each part alone and sums to 39,009 of 39,010.
 */
import { allocateByNumbers } from "./allocate";
import { ARGUMENT } from "./argumentNames";
import {
  Grid,
  isBlank,
  readExclusionFlags,
  readNonNegativeNumbers,
  readNonNegativeScalar,
  readScalarNumber,
  requireGrid,
  requireSameShape,
  reshapeLike,
} from "./cells";
import { EXCEL_DIGITS, fromUnits, powerOfTen, toDecimal, wholeUnits } from "./decimal";
import { LocalizedText, divisionByZeroError, numberError, showNumber } from "./errors";

export interface PopAllocOptions {
  /** Decimals to round to: 0 whole units (default), 2 øre, −3 whole thousands. */
  decimals?: unknown;
  /** TRUE, 1 or "x" per cell leaves that row out of the split; it gets 0. */
  exclude?: Grid;
}

const MAX_DECIMALS = 15;
/** The most rounding units a total may hold: every part must stay an exact double that Excel shows exactly. */
const MAX_UNITS = powerOfTen(EXCEL_DIGITS);

export function popAlloc(total: unknown, weightGrid: Grid, options: PopAllocOptions = {}): number[][] {
  const decimals = readDecimals(options.decimals);
  const units = totalInUnits(total, decimals);
  const weights = requireGrid(weightGrid, ARGUMENT.weights);
  const excluded = exclusionFlags(weights, ARGUMENT.weights, options.exclude);
  // An excluded row's weight is not read: a municipality outside the scheme may have no figure at all.
  const numbers = readNonNegativeNumbers(ARGUMENT.weights, weights, excluded);
  if (numbers.every((weight) => weight === 0)) {
    throw divisionByZeroError(
      "Alle vægte er 0 (eller udeladt), så der er intet at fordele efter.",
      "All weights are 0 (or excluded), so there is nothing to split by.",
    );
  }
  const parts = allocateByNumbers(units, numbers);
  return reshapeLike(weights, decimals === 0 ? parts : parts.map((part) => fromUnits(part, decimals)));
}

export function readDecimals(value: unknown): number {
  if (isBlank(value)) return 0;
  const places = readScalarNumber(value, ARGUMENT.decimals);
  if (!Number.isInteger(places) || Math.abs(places) > MAX_DECIMALS) {
    throw numberError(
      `Decimaler skal være et helt tal fra -${MAX_DECIMALS} til ${MAX_DECIMALS} (fik ${showNumber(places).da}).`,
      `Decimals must be a whole number from -${MAX_DECIMALS} to ${MAX_DECIMALS} (got ${showNumber(places).en}).`,
    );
  }
  return places;
}

/**
 * The total as a whole number of rounding units, read at Excel's 15 significant digits. A total finer than
 * the rounding (100,5 to whole kroner) or beyond 15 digits of units has no split that adds up to the very
 * number in the cell, so it is refused rather than silently changed.
 */
export function totalInUnits(value: unknown, decimals: number): bigint {
  const total = readNonNegativeScalar(value, ARGUMENT.total);
  const units = wholeUnits(toDecimal(total), decimals);
  const shown = showNumber(total);
  if (units === undefined) {
    throw numberError(
      `Totalen ${shown.da} har flere decimaler end ${decimals}, så delene kan ikke give netop totalen; afrund totalen (fx med AFRUND) eller tillad flere decimaler.`,
      `The total ${shown.en} has more decimals than ${decimals}, so the parts cannot add up to exactly the total; round the total (e.g. with ROUND) or allow more decimals.`,
    );
  }
  if (units > MAX_UNITS) {
    throw numberError(
      `Totalen ${shown.da} er for stor til at fordele præcist med ${decimals} decimaler (højst 15 cifre); fordel i tusinder (decimaler -3) eller med færre decimaler.`,
      `The total ${shown.en} is too large to split exactly at ${decimals} decimals (15 digits at most); split in thousands (decimals -3) or with fewer decimals.`,
    );
  }
  return units;
}

/** Per cell of `reference`, whether it is excluded; empty when nothing is (a missing flag reads as false). */
export function exclusionFlags(reference: Grid, referenceName: LocalizedText, exclude: Grid | undefined): boolean[] {
  if (exclude === undefined) return [];
  requireSameShape(reference, referenceName, exclude, ARGUMENT.exclude);
  return readExclusionFlags(exclude, ARGUMENT.exclude);
}
