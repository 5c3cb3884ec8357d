/**
 * Judges a result against a goal: the fulfilment fraction by the goal's ladder, a status, and a short
 * Danish explanation. The Excel formulas in ./formulas.ts compute the same, cell by cell.
 */
import { subtractExactly } from "../core/decimal";
import { GoalInForce } from "./catalogue";
import { Comparator, Level, Measure } from "./schema";

export type GoalStatus = "met" | "partlyMet" | "missed" | "noData" | "manual";

export const STATUS_LABELS: Record<GoalStatus, { da: string; en: string }> = {
  met: { da: "Opfyldt", en: "Met" },
  partlyMet: { da: "Delvist opfyldt", en: "Partly met" },
  missed: { da: "Ikke opfyldt", en: "Missed" },
  noData: { da: "Ingen data", en: "No data" },
  manual: { da: "Manuel vurdering", en: "Check by hand" },
};

export interface Evaluation {
  /** 0..1, or null when there is nothing to judge yet. */
  fulfilment: number | null;
  status: GoalStatus;
  explanation: string;
}

/** The actual value: a number for measured goals; TRUE/FALSE or "ja"/"nej" for goals checked by hand. */
export type Actual = number | boolean | string | null | undefined;

export function evaluateGoal(goal: GoalInForce, actual: Actual, context: { baseline?: number } = {}): Evaluation {
  if (goal.measure === "qualitative") return evaluateByHand(actual);
  if (typeof actual !== "number" || !Number.isFinite(actual)) {
    return { fulfilment: null, status: "noData", explanation: "Intet resultat indtastet." };
  }
  const baseline = context.baseline ?? goal.baseline;
  if (goal.measure === "changePp" && baseline === undefined) {
    return {
      fulfilment: null,
      status: "noData",
      explanation: "Udgangspunktet mangler (vælg erhvervshus eller udfyld det).",
    };
  }
  const value = goal.measure === "changePp" ? subtractExactly(actual, baseline as number) : actual;
  const passed = goal.levels.find((level) => passes(goal.comparator, value, level.threshold));
  const fulfilment = passed?.fulfilment ?? 0;
  const status: GoalStatus = fulfilment >= 1 ? "met" : fulfilment > 0 ? "partlyMet" : "missed";
  return { fulfilment, status, explanation: explain(goal, value, passed) };
}

function passes(comparator: Comparator, value: number, threshold: number): boolean {
  switch (comparator) {
    case "atLeast":
      return value >= threshold;
    case "atMost":
      return value <= threshold;
    case "greaterThan":
      return value > threshold;
    case "within":
      return Math.abs(value) <= threshold;
  }
}

function evaluateByHand(actual: Actual): Evaluation {
  const answer = typeof actual === "string" ? actual.toLowerCase() : actual;
  if (answer === true || answer === "ja")
    return { fulfilment: 1, status: "met", explanation: "Afkrydset som opfyldt." };
  if (answer === false || answer === "nej")
    return { fulfilment: 0, status: "missed", explanation: "Afkrydset som ikke opfyldt." };
  return { fulfilment: null, status: "manual", explanation: 'Vurderes manuelt: skriv "ja" eller "nej".' };
}

const MEASURE_LABELS: Record<Measure, string> = {
  nps: "NPS",
  share: "Andel",
  count: "Antal",
  changePp: "Stigning",
  growthVsControlPp: "Mervækst",
  populationDeviation: "Afvigelse",
  qualitative: "",
};

const SYMBOLS: Record<Comparator, [pass: string, fail: string]> = {
  atLeast: ["≥ ", "< "],
  atMost: ["≤ ", "> "],
  greaterThan: ["> ", "≤ "],
  within: ["inden for ±", "uden for ±"],
};

/** E.g. "NPS 64 < 70 (drift)" or "Andel 65 % ≥ 60 % (50 % opfyldt; fuldt ved 70 %)". */
function explain(goal: GoalInForce, value: number, passed: Level | undefined): string {
  const show = (number: number) => formatMeasure(goal.measure, goal.comparator, number);
  const [passSymbol, failSymbol] = SYMBOLS[goal.comparator];
  const top = goal.levels[0];
  const shown = goal.comparator === "within" ? show(Math.abs(value)) : show(value);
  const base = passed
    ? `${MEASURE_LABELS[goal.measure]} ${shown} ${passSymbol}${show(passed.threshold)}`
    : `${MEASURE_LABELS[goal.measure]} ${shown} ${failSymbol}${show(top.threshold)}`;
  const partly =
    passed && passed.fulfilment < 1
      ? ` (${formatPercent(passed.fulfilment)} opfyldt; fuldt ved ${show(top.threshold)})`
      : "";
  const segment = goal.segment ? ` (${goal.segment})` : "";
  return `${base}${partly}${segment}`;
}

const number = (maximumFractionDigits: number) => new Intl.NumberFormat("da-DK", { maximumFractionDigits });
const formatPercent = (fraction: number): string => `${number(1).format(fraction * 100)} %`;

/** A value as the secretariat reads it: NPS in points, shares in %, changes in percentage points. */
export function formatMeasure(measure: Measure, comparator: Comparator, value: number): string {
  switch (measure) {
    case "nps":
      return number(1).format(value);
    case "count":
      return number(2).format(value);
    case "share":
      return formatPercent(value);
    case "populationDeviation":
      return comparator === "within" ? formatPercent(value) : `${number(1).format(value * 100)} pp`;
    default:
      return `${number(1).format(value * 100)} pp`;
  }
}
