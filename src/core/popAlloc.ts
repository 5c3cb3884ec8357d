/**
 * Splits a total in proportion to weights (population or another key), rounded so that the parts add up
 * to the total exactly: the Midtjylland 2022 key rounds each part alone and sums to 39,009 of 39,010.
 */
import { allocateLargestRemainder } from "./allocate";
import { ARGUMENT } from "./argumentNames";
import { Grid, readExclusionFlags, readNonNegativeNumbers, requireSameShape, reshapeLike } from "./cells";
import { fromUnits, roundToUnits, toCommonScale, toDecimal } from "./decimal";
import { LocalizedText, divisionByZeroError, numberError, valueError } from "./errors";

export interface PopAllocOptions {
  /** Decimals to round to: 0 whole units (default), 2 øre, −3 whole thousands. */
  decimals?: number;
  /** TRUE, 1 or "x" per cell leaves that row out of the split; it gets 0. */
  exclude?: Grid;
}

const MAX_DECIMALS = 15;

export function popAlloc(total: number, weights: Grid, options: PopAllocOptions = {}): number[][] {
  const units = totalInUnits(total, options.decimals);
  const decimals = options.decimals ?? 0;
  if (weights.length === 0 || weights[0].length === 0) {
    throw valueError("Vægtene mangler.", "The weights are missing.");
  }
  const excluded = exclusionFlags(weights, ARGUMENT.weights, options.exclude);
  // An excluded row's weight is not read: a municipality outside the scheme may have no figure at all.
  const scaled = toCommonScale(readNonNegativeNumbers(ARGUMENT.weights, weights, excluded).map(toDecimal)).units;
  if (scaled.every((weight) => weight === 0n)) {
    throw divisionByZeroError(
      "Alle vægte er 0 (eller udeladt), så der er intet at fordele efter.",
      "All weights are 0 (or excluded), so there is nothing to split by.",
    );
  }
  const parts = allocateLargestRemainder(units, scaled);
  return reshapeLike(
    weights,
    parts.map((part) => fromUnits(part, decimals)),
  );
}

/** Validates the total and the decimals, and gives the total as a whole number of rounding units. */
export function totalInUnits(total: number, decimals: number | undefined): bigint {
  if (!Number.isFinite(total) || total < 0) {
    throw numberError(`Totalen må ikke være negativ (${total}).`, `The total must not be negative (${total}).`);
  }
  const places = decimals ?? 0;
  if (!Number.isInteger(places) || Math.abs(places) > MAX_DECIMALS) {
    throw numberError(
      `Decimaler skal være et helt tal fra -${MAX_DECIMALS} til ${MAX_DECIMALS} (fik ${places}).`,
      `Decimals must be a whole number from -${MAX_DECIMALS} to ${MAX_DECIMALS} (got ${places}).`,
    );
  }
  return roundToUnits(toDecimal(total), places);
}

export function exclusionFlags(reference: Grid, referenceName: LocalizedText, exclude: Grid | undefined): boolean[] {
  if (exclude === undefined) return reference.flat().map(() => false);
  requireSameShape(reference, referenceName, exclude, ARGUMENT.exclude);
  return readExclusionFlags(exclude, ARGUMENT.exclude);
}
