/**
 * Geographic spread goals compare each municipality's activity with its population share: within ±10 %
 * of the expected count (Midtjylland 2022) or at most 2 percentage points off the population share
 * (Sjælland 2019). The expected counts are the activity split by population with POPALLOC's exact rule.
 */
import { allocateLargestRemainder } from "../core/allocate";
import { Grid, readNonNegativeNumbers, requireSameShape } from "../core/cells";
import { Decimal, powerOfTen, toCommonScale, toDecimal } from "../core/decimal";
import { divisionByZeroError } from "../core/errors";

export type SpreadRule =
  /** Deviation relative to the expected count: (actual − expected) / expected, allowed ±band. */
  | { kind: "relative"; band: number }
  /** Deviation of the activity share from the population share, in percentage points, at most maxPp. */
  | { kind: "sharePp"; maxPp: number };

export interface MunicipalitySpread {
  expected: number;
  deviation: number;
  outside: boolean;
}

export interface SpreadResult {
  municipalities: MunicipalitySpread[];
  /** The deviation furthest from 0: what the goal's actual value is. */
  worstDeviation: number;
}

const COUNTS = { da: "antal", en: "counts" };
const POPULATION = { da: "befolkning", en: "population" };

export function geographicSpread(counts: Grid, population: Grid, rule: SpreadRule): SpreadResult {
  requireSameShape(counts, COUNTS, population, POPULATION);
  const activity = readNonNegativeNumbers(COUNTS, counts);
  const people = readNonNegativeNumbers(POPULATION, population);
  // Exact integers of one scale, so a deviation of exactly the limit is inside the band, not a float hair over it.
  const scaled = toCommonScale([...activity, ...people].map(toDecimal)).units;
  const a = scaled.slice(0, activity.length);
  const p = scaled.slice(activity.length);
  const A = a.reduce((x, y) => x + y, 0n);
  const P = p.reduce((x, y) => x + y, 0n);
  if (A === 0n || P === 0n) {
    throw divisionByZeroError(
      "Der er ingen aktivitet eller ingen befolkning at sammenligne.",
      "There is no activity or no population to compare.",
    );
  }
  const totalActivity = activity.reduce((x, y) => x + y, 0);
  const expected = allocateLargestRemainder(BigInt(Math.round(totalActivity)), p);
  const limit = toDecimal(rule.kind === "relative" ? rule.band : rule.maxPp);
  const municipalities = activity.map((actual, k) => {
    // deviation = numerator / denominator: (actual − expected) / expected, or actual/A − population/P.
    const [numerator, denominator] =
      rule.kind === "relative" ? [BigInt(Math.round(actual)) - expected[k], expected[k]] : [a[k] * P - p[k] * A, A * P];
    const deviation = denominator === 0n ? (numerator === 0n ? 0 : Infinity) : Number(numerator) / Number(denominator);
    const outside = denominator === 0n ? numerator !== 0n : exceeds(numerator, denominator, limit);
    return { expected: Number(expected[k]), deviation, outside };
  });
  const worstDeviation = municipalities.reduce(
    (worst, { deviation }) => (Math.abs(deviation) > Math.abs(worst) ? deviation : worst),
    0,
  );
  return { municipalities, worstDeviation };
}

/** |numerator / denominator| > limit, exactly. */
function exceeds(numerator: bigint, denominator: bigint, limit: Decimal): boolean {
  const magnitude = numerator < 0n ? -numerator : numerator;
  return limit.exponent >= 0
    ? magnitude > limit.units * powerOfTen(limit.exponent) * denominator
    : magnitude * powerOfTen(-limit.exponent) > limit.units * denominator;
}
