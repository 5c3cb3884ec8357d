/**
 * Judges a result against a goal: the fulfilment fraction by the goal's ladder, a status, and a short
 * Danish explanation. The Excel formulas in ./formulas.ts compute the same, cell by cell.
 */
import { subtractExactly } from "../core/decimal";
import { GoalInForce } from "./catalogue";
import { Comparator, Level, Measure } from "./schema";

export type GoalStatus = "met" | "metUncertain" | "partlyMet" | "missedUncertain" | "missed" | "noData" | "manual";

/**
 * A goal met, but whose confidence interval reaches below the full threshold, is "met within the
 * uncertainty"; a goal missed, but whose interval reaches the lowest threshold, is "missed within the
 * uncertainty": with the survey's sample size the difference may be noise.
 */
export const STATUS_LABELS: Record<GoalStatus, { da: string; en: string }> = {
  met: { da: "Opfyldt", en: "Met" },
  metUncertain: { da: "Opfyldt, inden for usikkerheden", en: "Met, within the uncertainty" },
  partlyMet: { da: "Delvist opfyldt", en: "Partly met" },
  missedUncertain: { da: "Ikke opfyldt, inden for usikkerheden", en: "Missed, within the uncertainty" },
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

/** A confidence interval of the actual value, as the goal table's two interval cells hold it. */
export interface ActualInterval {
  lower?: number;
  upper?: number;
}

export interface EvaluationContext {
  baseline?: number;
  interval?: ActualInterval;
}

/** Goals whose interval can say "within the uncertainty": a one-sided threshold on a measured value. */
export const hasUncertainty = (comparator: Comparator): boolean => comparator !== "within";

export function evaluateGoal(goal: GoalInForce, actual: Actual, context: EvaluationContext = {}): Evaluation {
  if (goal.measure === "qualitative") return evaluateByHand(actual);
  if (goal.levels.length === 0) {
    return { fulfilment: null, status: "noData", explanation: "Målet har ingen tærskler for dette år." };
  }
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
  const measured = (raw: number) => (goal.measure === "changePp" ? subtractExactly(raw, baseline as number) : raw);
  const value = measured(actual);
  const passed = goal.levels.find((level) => passes(goal.comparator, value, level.threshold));
  const fulfilment = passed?.fulfilment ?? 0;
  const status: GoalStatus = fulfilment >= 1 ? "met" : fulfilment > 0 ? "partlyMet" : "missed";
  return {
    fulfilment,
    status: withUncertainty(goal, status, context.interval, measured),
    explanation: explain(goal, value, passed),
  };
}

/** Met or missed, refined by where the interval's worse and better bounds fall against the thresholds. */
function withUncertainty(
  goal: GoalInForce,
  status: GoalStatus,
  interval: ActualInterval | undefined,
  measured: (raw: number) => number,
): GoalStatus {
  if (!interval || !hasUncertainty(goal.comparator)) return status;
  const [worse, better] =
    goal.comparator === "atMost" ? [interval.upper, interval.lower] : [interval.lower, interval.upper];
  const full = goal.levels[0].threshold;
  const lowest = goal.levels[goal.levels.length - 1].threshold;
  const isNumber = (bound: number | undefined): bound is number => typeof bound === "number" && Number.isFinite(bound);
  if (status === "met" && isNumber(worse) && !passes(goal.comparator, measured(worse), full)) return "metUncertain";
  if (status === "missed" && isNumber(better) && passes(goal.comparator, measured(better), lowest))
    return "missedUncertain";
  return status;
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
  if (answer === true || answer === "ja" || answer === "yes")
    return { fulfilment: 1, status: "met", explanation: "Afkrydset som opfyldt." };
  if (answer === false || answer === "nej" || answer === "no")
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
