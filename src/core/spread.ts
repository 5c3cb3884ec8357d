/**
 * SPREAD: geographic spread goals compare each municipality's activity with its population share.
 * - "pp": the activity share minus the population share, a_k/A − p_k/P (Sjælland 2019: at most 2 pp).
 * - "relative": actual ÷ expected − 1, where expected = A·p_k/P exactly, unrounded (Midtjylland 2022: ±10 %),
 *   so a small municipality never divides by an expected count rounded to zero.
 * Computed in exact integers of one scale; the goal's actual value is the largest absolute deviation,
 * =MAX(ABS(KKR.SPREAD(…))).
 */
import { ARGUMENT } from "./argumentNames";
import {
  Grid,
  cellError,
  isBlank,
  normalizeText,
  readNonNegativeNumbers,
  requireGrid,
  requireSameShape,
  reshapeLike,
  showCell,
} from "./cells";
import { ratioToNumber, toCommonScale, toDecimal } from "./decimal";
import { divisionByZeroError, valueError } from "./errors";

export type SpreadKind = "pp" | "relative";

const KINDS = new Map<string, SpreadKind>([
  ["pp", "pp"],
  ["procentpoint", "pp"],
  ["percentage points", "pp"],
  ["relative", "relative"],
  ["relativ", "relative"],
]);

function parseSpreadKind(kind: unknown): SpreadKind {
  const parsed = typeof kind === "string" ? KINDS.get(normalizeText(kind)) : undefined;
  if (parsed === undefined) {
    const shown = isBlank(kind) ? { da: "(tom)", en: "(blank)" } : showCell(kind);
    throw valueError(
      `Type ${shown.da} forstås ikke; brug "procentpoint" (andel minus befolkningsandel) eller "relativ" (faktisk ÷ forventet − 1).`,
      `Kind ${shown.en} is not understood; use "pp" (share minus population share) or "relative" (actual ÷ expected − 1).`,
    );
  }
  return parsed;
}

/** The deviation per municipality, in the shape of `counts`. */
export function spread(countGrid: Grid, populationGrid: Grid, kind: unknown): number[][] {
  const rule = parseSpreadKind(kind);
  const counts = requireGrid(countGrid, ARGUMENT.counts);
  const population = requireGrid(populationGrid, ARGUMENT.population);
  requireSameShape(counts, ARGUMENT.counts, population, ARGUMENT.population);
  const activity = readNonNegativeNumbers(ARGUMENT.counts, counts);
  const people = readNonNegativeNumbers(ARGUMENT.population, population);
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
  const deviations = a.map((ak, k) => {
    if (rule === "pp") return ratioToNumber(ak * P - p[k] * A, A * P);
    // actual ÷ (A·p/P) − 1 = (a·P − A·p) ÷ (A·p)
    if (p[k] === 0n) {
      const width = counts[0].length;
      throw cellError(ARGUMENT.population, population, Math.floor(k / width), k % width, {
        da: "befolkningen er 0, så kommunen har ingen forventet aktivitet at sammenligne med.",
        en: "the population is 0, so the municipality has no expected activity to compare with.",
      });
    }
    return ratioToNumber(ak * P - A * p[k], A * p[k]);
  });
  return reshapeLike(counts, deviations);
}
