/* global CustomFunctions, Office */
/**
 * Excel's custom functions KKR.NPS, KKR.EFFECTSHARE, KKR.POPALLOC and KKR.QUOTA. Each is a thin adapter:
 * omitted optional arguments arrive as null, the calculation lives in ../core, and a domain error becomes
 * an Excel error whose message (shown for #VALUE!) is in the language Office runs in.
 *
 * custom-functions-metadata-plugin builds functions.json from the JSDoc tags below and adds the
 * CustomFunctions.associate calls to the bundle; parameter types must stay plain (a union type would turn
 * a range parameter into a scalar in the metadata).
 */
import {
  DomainError,
  DomainErrorKind,
  effectShare as computeEffectShare,
  nps as computeNps,
  popAlloc as computePopAlloc,
  quota as computeQuota,
} from "../core";

/**
 * Net Promoter Score: the share of promoters (9-10) minus the share of detractors (0-6), in points from -100 to 100.
 * @customfunction NPS
 * @param scores Scores from 0 to 10, one per cell; blank cells are ignored.
 * @param [segments] A segment per score (e.g. drift or vækst), in the same shape as scores.
 * @param [segment] The segment to count, e.g. "drift".
 * @returns The Net Promoter Score in points.
 */
export function nps(scores: any[][], segments?: any[][], segment?: string): number {
  return toExcel(() => computeNps(scores, { segments: given(segments), segment: given(segment) }));
}

/**
 * Share of respondents reporting effect: a row is a respondent, a column a sub-question.
 * @customfunction EFFECTSHARE
 * @param answers Answers such as "i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke".
 * @param [level] "high" (default): "i høj grad" counts; "medium": "i nogen grad" counts too.
 * @param [excludeDontKnow] TRUE leaves respondents who only answered "ved ikke" out of the calculation.
 * @returns The share of respondents with effect, from 0 to 1.
 */
export function effectShare(answers: any[][], level?: string, excludeDontKnow?: boolean): number {
  return toExcel(() => computeEffectShare(answers, { level: given(level), excludeDontKnow: given(excludeDontKnow) }));
}

/**
 * Splits a total in proportion to weights (e.g. population), rounded so that the parts add up to the total exactly.
 * @customfunction POPALLOC
 * @param total The amount to split.
 * @param weights The key: population or another non-negative weight per row.
 * @param [decimals] Decimals to round to: 0 (default) whole units, 2 øre, -3 whole thousands.
 * @param [exclude] TRUE, 1 or "x" leaves a row out of the split.
 * @returns The parts, in the shape of weights.
 */
export function popAlloc(total: number, weights: any[][], decimals?: number, exclude?: any[][]): number[][] {
  return toExcel(() => computePopAlloc(total, weights, { decimals: given(decimals), exclude: given(exclude) }));
}

/**
 * Municipal refugee quotas by the model of integrationsloven (fordelingsandel = 2p/P - i/I), in whole persons that add up to the total.
 * @customfunction QUOTA
 * @param total The number of refugees to distribute among the given municipalities.
 * @param population Population per municipality.
 * @param immigrants Immigrants and refugees from non-Western countries per municipality.
 * @param familyReunified Family-reunified persons to refugees in the previous year per municipality.
 * @param [landstal] The national number (landstallet); defaults to total.
 * @param [totalPopulation] National population; defaults to the sum of population.
 * @param [totalImmigrants] National number of immigrants; defaults to the sum of immigrants.
 * @param [totalFamilyReunified] National number of family-reunified persons; defaults to the sum of familyReunified.
 * @param [exclude] TRUE, 1 or "x" keeps a municipality free of quota.
 * @returns The quota per municipality.
 */
export function quota(
  total: number,
  population: any[][],
  immigrants: any[][],
  familyReunified: any[][],
  landstal?: number,
  totalPopulation?: number,
  totalImmigrants?: number,
  totalFamilyReunified?: number,
  exclude?: any[][],
): number[][] {
  return toExcel(() =>
    computeQuota(total, population, immigrants, familyReunified, {
      landstal: given(landstal),
      totalPopulation: given(totalPopulation),
      totalImmigrants: given(totalImmigrants),
      totalFamilyReunified: given(totalFamilyReunified),
      exclude: given(exclude),
    }),
  );
}

/** Excel passes an omitted optional argument as null (or undefined). */
const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** Looked up at call time: the CustomFunctions global exists only inside Excel's runtime. */
function excelErrorCode(kind: DomainErrorKind): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  return { value: codes.invalidValue, divisionByZero: codes.divisionByZero, number: codes.invalidNumber }[kind];
}

function toExcel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new CustomFunctions.Error(
      excelErrorCode(error.kind),
      officeLanguage() === "en" ? error.text.en : error.text.da,
    );
  }
}

/** English where Office runs in English; Danish otherwise. */
function officeLanguage(): "da" | "en" {
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return language?.toLowerCase().startsWith("en") ? "en" : "da";
}
