/**
 * The reference model of a goal's judgement: the fulfilment fraction by the goal's ladder, a status, and a
 * short Danish explanation, written from the definitions in plain TypeScript. The status formulas the
 * add-in writes (src/goals/formulas.ts) are held to it, recalculated in LibreOffice.
 */
import { subtractExactly } from "../../src/core/decimal";
import { Comparator, GoalInForce, GoalStatus, Level, Measure, formatMeasure as formatIn } from "../../src/goals";

/** The status words of a Danish workbook, as version 0.2 wrote them: spelt here, not read from the locale. */
export const STATUS_WORDS_DA: Record<GoalStatus, string> = {
  met: "Opfyldt",
  metUncertain: "Opfyldt, inden for usikkerheden",
  partlyMet: "Delvist opfyldt",
  missedUncertain: "Ikke opfyldt, inden for usikkerheden",
  missed: "Ikke opfyldt",
  noData: "Ingen data",
  manual: "Manuel vurdering",
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

const hasUncertainty = (comparator: Comparator): boolean => comparator !== "within";

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
const formatMeasure = (measure: Measure, comparator: Comparator, value: number): string =>
  formatIn(measure, comparator, value, "da");
