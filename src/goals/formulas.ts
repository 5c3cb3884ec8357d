/**
 * Native Excel formulas that compute a goal's fulfilment and status from cells, so a workbook keeps
 * flagging for a colleague without the add-in. They mirror evaluateGoal: same comparisons, same ladder.
 * Formulas use Excel's invariant syntax (English names, commas), as Office.js and OOXML expect.
 */
import { GoalInForce } from "./catalogue";
import { STATUS_LABELS } from "./evaluate";
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
}

export interface GoalFormulas {
  fulfilment: string;
  status: string;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

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

export function goalFormulas(goal: GoalInForce, cells: GoalCells): GoalFormulas {
  return { fulfilment: fulfilmentFormula(goal, cells), status: statusFormula(goal, cells.fulfilment) };
}

function fulfilmentFormula(goal: GoalInForce, cells: GoalCells): string {
  const actual = cells.actual;
  if (goal.measure === "qualitative") {
    // A blank cell equals FALSE in Excel, so blank is tested first.
    return `=IF(${actual}="","",IF(OR(${actual}=TRUE,${actual}="ja"),1,IF(OR(${actual}=FALSE,${actual}="nej"),0,"")))`;
  }
  if (cells.thresholds.length !== goal.levels.length) {
    throw new Error(
      `goalFormulas: ${goal.id} has ${goal.levels.length} levels but ${cells.thresholds.length} threshold cells`,
    );
  }
  const missing = [`NOT(ISNUMBER(${actual}))`];
  let value = actual;
  if (goal.measure === "changePp") {
    if (!cells.baseline) throw new Error(`goalFormulas: ${goal.id} is a change goal and needs a baseline cell`);
    missing.push(`NOT(ISNUMBER(${cells.baseline}))`);
    // Rounded like the TypeScript side's exact subtraction: 39 % − 34 % must be 5 pp, not a float hair below.
    value = `ROUND(${actual}-${cells.baseline},10)`;
  }
  const ladder = goal.levels.reduceRight(
    (otherwise, level, index) =>
      `IF(${comparison(goal.comparator, value, cells.thresholds[index])},${level.fulfilment},${otherwise})`,
    "0",
  );
  return `=IF(OR(${missing.join(",")}),"",${ladder})`;
}

function statusFormula(goal: GoalInForce, fulfilment: string): string {
  const empty = goal.measure === "qualitative" ? STATUS_LABELS.manual.da : STATUS_LABELS.noData.da;
  return (
    `=IF(${fulfilment}="",${quoted(empty)},IF(${fulfilment}>=1,${quoted(STATUS_LABELS.met.da)},` +
    `IF(${fulfilment}>0,${quoted(STATUS_LABELS.partlyMet.da)},${quoted(STATUS_LABELS.missed.da)})))`
  );
}
