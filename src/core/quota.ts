/**
 * The refugee quota model of integrationsloven §§ 6-8 ("den matematiske model"), per municipality k:
 *   fordelingsandel = 2·p/P − i/I;  beregnet = fordelingsandel·(L + F);  foreløbigt = beregnet − f;
 * negative foreløbigt numbers give 0, the positive ones share the quota in proportion, in whole persons.
 */
import { allocateLargestRemainder } from "./allocate";
import { ARGUMENT } from "./argumentNames";
import {
  Grid,
  isBlank,
  readNonNegativeNumbers,
  readNonNegativeScalar,
  requireGrid,
  requireSameShape,
  reshapeLike,
} from "./cells";
import { toCommonScale, toDecimal } from "./decimal";
import { LocalizedText, capitalize, divisionByZeroError, numberError, showNumber, valueError } from "./errors";
import { exclusionFlags } from "./popAlloc";

export interface QuotaOptions {
  /** L, the national number (landstallet); defaults to the total. */
  landstal?: unknown;
  /** P, I and F: the national totals; default to the sums of the given columns. */
  totalPopulation?: unknown;
  totalImmigrants?: unknown;
  totalFamilyReunified?: unknown;
  /** Municipalities kept free of quota by agreement (TRUE, 1 or "x"). */
  exclude?: Grid;
}

/** Quotas must stay exact doubles. */
const MAX_PERSONS = 1e15;

export function quota(
  totalValue: unknown,
  populationGrid: Grid,
  immigrants: Grid,
  familyReunified: Grid,
  options: QuotaOptions = {},
): number[][] {
  const total = readNonNegativeScalar(totalValue, ARGUMENT.total);
  if (!Number.isInteger(total) || total > MAX_PERSONS) {
    throw numberError(
      `Totalen skal være et helt antal personer, højst 10^15 (fik ${showNumber(total).da}).`,
      `The total must be a whole number of persons, at most 10^15 (got ${showNumber(total).en}).`,
    );
  }
  const population = requireGrid(populationGrid, ARGUMENT.population);
  requireSameShape(population, ARGUMENT.population, immigrants, ARGUMENT.immigrants);
  requireSameShape(population, ARGUMENT.population, familyReunified, ARGUMENT.familyReunified);
  const excluded = exclusionFlags(population, ARGUMENT.population, options.exclude);
  const p = readNonNegativeNumbers(ARGUMENT.population, population);
  const i = readNonNegativeNumbers(ARGUMENT.immigrants, immigrants);
  const f = readNonNegativeNumbers(ARGUMENT.familyReunified, familyReunified);
  // Every scalar is checked before any exact arithmetic: NaN, TRUE or text has no exact value.
  const optional = (value: unknown, argument: LocalizedText): number | undefined =>
    isBlank(value) ? undefined : readNonNegativeScalar(value, argument);
  const L = optional(options.landstal, ARGUMENT.landstal) ?? total;
  const givenTotals = [
    optional(options.totalPopulation, ARGUMENT.totalPopulation),
    optional(options.totalImmigrants, ARGUMENT.totalImmigrants),
    optional(options.totalFamilyReunified, ARGUMENT.totalFamilyReunified),
  ];

  // Every input as an integer of one decimal scale, so the whole model runs in exact arithmetic.
  const n = p.length;
  const scaled = toCommonScale([...p, ...i, ...f, L, ...givenTotals.map((given) => given ?? 0)].map(toDecimal)).units;
  const sp = scaled.slice(0, n);
  const si = scaled.slice(n, 2 * n);
  const sf = scaled.slice(2 * n, 3 * n);
  const [sL, givenP, givenI, givenF] = scaled.slice(3 * n);
  const sP = nationalTotal(givenTotals[0], givenP, sp, ARGUMENT.totalPopulation, ARGUMENT.population);
  const sI = nationalTotal(givenTotals[1], givenI, si, ARGUMENT.totalImmigrants, ARGUMENT.immigrants);
  const sF = nationalTotal(givenTotals[2], givenF, sf, ARGUMENT.totalFamilyReunified, ARGUMENT.familyReunified);
  if (sP === 0n || sI === 0n) {
    throw divisionByZeroError(
      "Befolkningen og antallet af indvandrere i alt skal være større end 0.",
      "The total population and the total number of immigrants must be greater than 0.",
    );
  }

  // Multiplying by P·I (> 0) keeps the order and proportions of the foreløbige fordelingstal:
  //   foreløbigt·P·I = (2·p·I − i·P)·(L + F) − f·P·I
  const weights = sp.map((pk, k) => {
    const preliminary = (2n * pk * sI - si[k] * sP) * (sL + sF) - sf[k] * sP * sI;
    return excluded[k] || preliminary <= 0n ? 0n : preliminary;
  });
  if (weights.every((weight) => weight === 0n)) {
    throw divisionByZeroError(
      "Ingen kommune har et positivt foreløbigt fordelingstal, så kvoten kan ikke fordeles.",
      "No municipality has a positive preliminary number, so the quota cannot be distributed.",
    );
  }
  return reshapeLike(population, allocateLargestRemainder(BigInt(total), weights).map(Number));
}

/** A national total: the given one (which cannot be below the listed municipalities' sum) or that sum. */
function nationalTotal(
  given: number | undefined,
  scaledGiven: bigint,
  scaledColumn: readonly bigint[],
  argument: LocalizedText,
  columnName: LocalizedText,
): bigint {
  const sum = scaledColumn.reduce((a, b) => a + b, 0n);
  if (given === undefined) return sum;
  if (scaledGiven < sum) {
    throw valueError(
      `${capitalize(argument.da)} (${showNumber(given).da}) er mindre end summen af ${columnName.da}.`,
      `${capitalize(argument.en)} (${showNumber(given).en}) is less than the sum of ${columnName.en}.`,
    );
  }
  return scaledGiven;
}
