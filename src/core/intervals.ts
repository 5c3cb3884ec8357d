/**
 * Confidence intervals for survey measures, so a secretariat can tell a real miss from sampling noise:
 * - NPS: the adjusted-Wald interval of Rocks (2016, The American Statistician): add 3 to n and ¾ to both
 *   promoters and detractors, centre on the adjusted NPS, standard error of a difference of two proportions
 *   from one multinomial sample, clamped to −100..100.
 * - Shares: the Wilson score interval.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, isBlank, readScalarNumber } from "./cells";
import { LocalizedText, capitalize, showNumber, valueError } from "./errors";
import { NpsOptions, npsCounts } from "./nps";

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The standard normal quantile (inverse CDF), by Acklam's rational approximation (relative error below
 * 1.2e-9), which is far finer than any survey's uncertainty.
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  const low = 0.02425;
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** A confidence level strictly between 0 and 1, 0,95 when omitted; 95 is refused suggesting 0,95. */
export function readConfidence(confidenceValue: unknown): number {
  if (isBlank(confidenceValue)) return 0.95;
  const confidence = readScalarNumber(confidenceValue, ARGUMENT.confidence);
  if (!(confidence > 0 && confidence < 1)) {
    const shown = showNumber(confidence);
    // Only a level typed in per cent (95 for 95 %) gets a hint; 1,5 has no reading that is surely meant.
    const meant = showNumber(confidence / 100);
    const hint =
      confidence >= 50 && confidence < 100
        ? { da: ` (mente du ${meant.da}?)`, en: ` (did you mean ${meant.en}?)` }
        : { da: "", en: "" };
    throw valueError(
      `Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik ${shown.da})${hint.da}.`,
      `Confidence must lie between 0 and 1, e.g. 0.95 (got ${shown.en})${hint.en}.`,
    );
  }
  return confidence;
}

/**
 * The two-sided z for a confidence level, e.g. 1.96 for 0.95. Computed from the tail, (1 − confidence) / 2,
 * so a confidence a hair below 1 (0,9999999999999999) gives a large z, not the NaN of 1 − tiny = 1.
 */
export const zFor = (confidenceValue: unknown): number => -normalQuantile((1 - readConfidence(confidenceValue)) / 2);

export const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The adjusted-Wald interval of the NPS, in points. */
export function npsInterval(scores: Grid, confidence?: unknown, options: NpsOptions = {}): Interval {
  const z = zFor(confidence);
  const { promoters, detractors, responses } = npsCounts(scores, options);
  const n = responses + 3;
  const promoterShare = (promoters + 0.75) / n;
  const detractorShare = (detractors + 0.75) / n;
  const adjusted = promoterShare - detractorShare;
  const standardError = Math.sqrt((promoterShare + detractorShare - adjusted * adjusted) / n);
  return {
    lower: clamp((adjusted - z * standardError) * 100, -100, 100),
    upper: clamp((adjusted + z * standardError) * 100, -100, 100),
  };
}

/** A share and the number of respondents it was computed on. */
export interface ObservedShare {
  share: number;
  respondents: number;
}

interface ShareArguments {
  share: LocalizedText;
  respondents: LocalizedText;
}

/**
 * The share and its respondents from two arguments, or from the first alone when it holds the pair a share
 * function spills with `withRespondents` (=KKR.ANDEL(…; SAND) gives {share, respondents}).
 */
export function readObservedShare(
  shareValue: unknown,
  respondentsValue: unknown,
  names: ShareArguments,
): ObservedShare {
  const cells = Array.isArray(shareValue) ? (shareValue as unknown[][]).flat() : [shareValue];
  if (cells.length === 2) {
    if (!isBlank(respondentsValue)) {
      throw valueError(
        `${capitalize(names.respondents.da)} er givet to gange: ${names.share.da} har allerede respondenterne med (to celler); lad ${names.respondents.da} stå tom.`,
        `${capitalize(names.respondents.en)} is given twice: ${names.share.en} already holds the respondents (two cells); leave ${names.respondents.en} blank.`,
      );
    }
    return { share: readShare(cells[0], names.share), respondents: readRespondents(cells[1], names) };
  }
  if (cells.length !== 1) {
    throw valueError(
      `${capitalize(names.share.da)} skal være én andel eller {andel; respondenter}, som KKR.ANDEL(…; SAND) giver (fik ${cells.length} celler).`,
      `${capitalize(names.share.en)} must be one share or {share, respondents}, as KKR.SHARE(…, TRUE) gives (got ${cells.length} cells).`,
    );
  }
  return { share: readShare(cells[0], names.share), respondents: readRespondents(respondentsValue, names) };
}

function readShare(value: unknown, argument: LocalizedText): number {
  const share = readScalarNumber(value, argument);
  if (share < 0 || share > 1) {
    throw valueError(
      `${capitalize(argument.da)} skal ligge mellem 0 og 1 (fik ${showNumber(share).da}); en andel på 65 % skrives 0,65.`,
      `${capitalize(argument.en)} must lie between 0 and 1 (got ${showNumber(share).en}); a share of 65 % is 0.65.`,
    );
  }
  return share;
}

function readRespondents(value: unknown, names: ShareArguments): number {
  const argument = names.respondents;
  if (isBlank(value)) {
    throw valueError(
      `${capitalize(names.respondents.da)} mangler; angiv antallet af respondenter, ${names.share.da} er beregnet på (et positivt helt tal), eller giv ${names.share.da} som {andel; respondenter} fra KKR.ANDEL(…; SAND).`,
      `${capitalize(names.respondents.en)} is missing; give the number of respondents ${names.share.en} was computed on (a positive whole number), or give ${names.share.en} as {share, respondents} from KKR.SHARE(…, TRUE).`,
    );
  }
  const n = readScalarNumber(value, argument);
  if (!Number.isInteger(n) || n < 1) {
    throw valueError(
      `${capitalize(argument.da)} skal være et positivt helt tal (fik ${showNumber(n).da}).`,
      `${capitalize(argument.en)} must be a positive whole number (got ${showNumber(n).en}).`,
    );
  }
  return n;
}

/** The Wilson score interval of a share among its respondents, for a z already read. */
export function wilson({ share, respondents: n }: ObservedShare, z: number): Interval {
  const z2 = z * z;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { lower: clamp(centre - halfWidth, 0, 1), upper: clamp(centre + halfWidth, 0, 1) };
}

/** The Wilson score interval of a share observed among `respondents`. */
export function shareInterval(shareValue: unknown, respondentsValue: unknown, confidence?: unknown): Interval {
  const observed = readObservedShare(shareValue, respondentsValue, ARGUMENT);
  return wilson(observed, zFor(confidence));
}
