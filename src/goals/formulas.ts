/**
 * Native Excel formulas that compute a goal's fulfilment and status from cells, so a workbook keeps
 * flagging for a colleague without the add-in. Tests hold them to a reference model (tests/goals/referenceModel.ts).
 * Formulas use Excel's invariant syntax (English names, commas), as Office.js and OOXML expect.
 */
import { GoalInForce } from "./catalogue";
import { GoalStatus, hasUncertainty } from "./status";
import { Language, wordsFor } from "../locale";
import { Comparator } from "./schema";

export interface GoalCells {
  /** The actual value (a number, or ja/nej/TRUE/FALSE for goals checked by hand). */
  actual: string;
  /** One cell per level of the goal, in the goal's order (highest fulfilment first). */
  thresholds: readonly string[];
  /** The baseline, for change goals. */
  baseline?: string;
  /** The cell that holds the fulfilment formula; the status formula reads it. */
  fulfilment: string;
  /** The confidence interval's lower and upper bound, where the table has them. */
  interval?: { lower: string; upper: string };
}

export interface GoalFormulas {
  fulfilment: string;
  status: string;
}

/** A text as an Excel string literal in a formula: quoted, its quotes doubled. */
export const excelString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function comparison(comparator: Comparator, value: string, threshold: string): string {
  switch (comparator) {
    case "atLeast":
      return `${value}>=${threshold}`;
    case "atMost":
      return `${value}<=${threshold}`;
    case "greaterThan":
      return `${value}>${threshold}`;
    case "within":
      return `ABS(${value})<=${threshold}`;
  }
}

/** The formulas of a goal's row; the status texts are in the table's language. */
export function goalFormulas(goal: GoalInForce, cells: GoalCells, language: Language = "da"): GoalFormulas {
  return { fulfilment: fulfilmentFormula(goal, cells), status: statusFormula(goal, cells, language) };
}

/** The measured value a threshold is compared with: the cell itself, or its change from the baseline. */
function measuredValue(goal: GoalInForce, cell: string, baseline: string | undefined): string {
  if (goal.measure !== "changePp") return cell;
  if (!baseline) throw new Error(`goalFormulas: ${goal.id} is a change goal and needs a baseline cell`);
  // Rounded like the TypeScript side's exact subtraction: 39 % − 34 % must be 5 pp, not a float hair below.
  return `ROUND(${cell}-${baseline},10)`;
}

function fulfilmentFormula(goal: GoalInForce, cells: GoalCells): string {
  const actual = cells.actual;
  if (goal.measure === "qualitative") {
    // A blank cell equals FALSE in Excel, so blank is tested first. Danish and English ticks both count.
    return `=IF(${actual}="","",IF(OR(${actual}=TRUE,${actual}="ja",${actual}="yes"),1,IF(OR(${actual}=FALSE,${actual}="nej",${actual}="no"),0,"")))`;
  }
  if (cells.thresholds.length !== goal.levels.length) {
    throw new Error(
      `goalFormulas: ${goal.id} has ${goal.levels.length} levels but ${cells.thresholds.length} threshold cells`,
    );
  }
  // A goal without thresholds (which the schema refuses) has nothing to judge: no data, never "missed".
  if (goal.levels.length === 0) return '=""';
  const missing = [`NOT(ISNUMBER(${actual}))`];
  if (goal.measure === "changePp") missing.push(`NOT(ISNUMBER(${cells.baseline}))`);
  const value = measuredValue(goal, actual, cells.baseline);
  const ladder = goal.levels.reduceRight(
    (otherwise, level, index) =>
      `IF(${comparison(goal.comparator, value, cells.thresholds[index])},${level.fulfilment},${otherwise})`,
    "0",
  );
  return `=IF(OR(${missing.join(",")}),"",${ladder})`;
}

/**
 * The status from the fulfilment; with interval cells, a met goal whose worse bound misses the full
 * threshold, or a missed goal whose better bound reaches the lowest threshold, is "within the uncertainty".
 */
function statusFormula(goal: GoalInForce, cells: GoalCells, language: Language): string {
  const label = (status: GoalStatus) => excelString(wordsFor(language).statuses[status]);
  const fulfilment = cells.fulfilment;
  const empty = goal.measure === "qualitative" ? label("manual") : label("noData");
  let met = label("met");
  let missed = label("missed");
  if (cells.interval && goal.measure !== "qualitative" && hasUncertainty(goal.comparator)) {
    const { lower, upper } = cells.interval;
    const [worse, better] = goal.comparator === "atMost" ? [upper, lower] : [lower, upper];
    const full = cells.thresholds[0];
    const lowest = cells.thresholds[cells.thresholds.length - 1];
    const test = (bound: string, threshold: string) =>
      comparison(goal.comparator, measuredValue(goal, bound, cells.baseline), threshold);
    // Nested IFs, not AND(): AND evaluates every argument, and a text bound would turn the status into #VALUE!.
    met = `IF(ISNUMBER(${worse}),IF(${test(worse, full)},${met},${label("metUncertain")}),${met})`;
    missed = `IF(ISNUMBER(${better}),IF(${test(better, lowest)},${label("missedUncertain")},${missed}),${missed})`;
  }
  return (
    `=IF(${fulfilment}="",${empty},IF(${fulfilment}>=1,${met},` +
    `IF(${fulfilment}>0,${label("partlyMet")},${missed})))`
  );
}
