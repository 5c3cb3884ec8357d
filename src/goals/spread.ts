/**
 * Geographic spread goals compare each municipality's activity with its population share: within ±10 %
 * of the expected count (Midtjylland 2022) or at most 2 percentage points off the population share
 * (Sjælland 2019). The expected counts are the activity split by population with POPALLOC's exact rule.
 */
import { allocateLargestRemainder } from "../core/allocate";
import { Grid, readNonNegativeNumber, requireSameShape } from "../core/cells";
import { toCommonScale, toDecimal } from "../core/decimal";
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
  const read = (grid: Grid, name: typeof COUNTS) =>
    grid.flatMap((cells, row) => cells.map((_, column) => readNonNegativeNumber(name, grid, row, column)));
  const activity = read(counts, COUNTS);
  const people = read(population, POPULATION);
  const totalActivity = activity.reduce((a, b) => a + b, 0);
  const totalPeople = people.reduce((a, b) => a + b, 0);
  if (totalActivity === 0 || totalPeople === 0) {
    throw divisionByZeroError(
      "Der er ingen aktivitet eller ingen befolkning at sammenligne.",
      "There is no activity or no population to compare.",
    );
  }
  const expected = allocateLargestRemainder(BigInt(Math.round(totalActivity)), toCommonScale(people.map(toDecimal)).units).map(Number);
  const municipalities = activity.map((actual, index) => {
    const deviation =
      rule.kind === "relative"
        ? expected[index] === 0
          ? actual === 0
            ? 0
            : Infinity
          : (actual - expected[index]) / expected[index]
        : actual / totalActivity - people[index] / totalPeople;
    const limit = rule.kind === "relative" ? rule.band : rule.maxPp;
    return { expected: expected[index], deviation, outside: Math.abs(deviation) > limit };
  });
  const worstDeviation = municipalities.reduce(
    (worst, { deviation }) => (Math.abs(deviation) > Math.abs(worst) ? deviation : worst),
    0,
  );
  return { municipalities, worstDeviation };
}
