/**
 * A goal's status and how its values read. The status formulas (./formulas.ts) compute a status in the
 * workbook; the words for each status are in the locale folder.
 */
import { LOCALES, Language, formatNumber } from "../locale";
import { Comparator, Measure } from "./schema";

/**
 * A goal met, but whose confidence interval reaches below the full threshold, is "met within the
 * uncertainty"; a goal missed, but whose interval reaches the lowest threshold, is "missed within the
 * uncertainty": with the survey's sample size the difference may be noise.
 */
export type GoalStatus = "met" | "metUncertain" | "partlyMet" | "missedUncertain" | "missed" | "noData" | "manual";

/** Goals whose interval can say "within the uncertainty": a one-sided threshold on a measured value. */
export const hasUncertainty = (comparator: Comparator): boolean => comparator !== "within";

const percent = (fraction: number, language: Language): string => `${formatNumber(fraction * 100, language, 1)} %`;
const points = (fraction: number, language: Language): string =>
  `${formatNumber(fraction * 100, language, 1)} ${LOCALES[language].numbers.points}`;

/** A value as the secretariat reads it: NPS in points, shares in %, changes in percentage points. */
export function formatMeasure(measure: Measure, comparator: Comparator, value: number, language: Language): string {
  switch (measure) {
    case "nps":
      return formatNumber(value, language, 1);
    case "count":
      return formatNumber(value, language, 2);
    case "share":
      return percent(value, language);
    case "populationDeviation":
      return comparator === "within" ? percent(value, language) : points(value, language);
    default:
      return points(value, language);
  }
}
