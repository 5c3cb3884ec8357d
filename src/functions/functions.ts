/* global CustomFunctions */
/**
 * Excel's custom functions in the KKR namespace. Each is a thin adapter: omitted optional arguments arrive
 * as null, the calculation lives in ../core, and a domain error becomes an Excel error whose message (shown
 * for #VALUE!) is in the language Office runs in and names the sheet cell where Excel gives the ranges'
 * addresses.
 *
 * custom-functions-metadata-plugin builds functions.json from the JSDoc tags below and adds the
 * CustomFunctions.associate calls to the bundle; parameter types must stay plain (a union type would turn
 * a range parameter into a scalar in the metadata).
 */
import {
  effectCounts,
  newShareCounts,
  npsInterval as computeNpsInterval,
  nps as computeNps,
  popAlloc as computePopAlloc,
  twoStep as computeTwoStep,
  quota as computeQuota,
  shareInterval as computeShareInterval,
  shareChange as computeShareChange,
  npsChange as computeNpsChange,
  shareCounts,
  shareResult,
  spread as computeSpread,
  listMunicipalities,
  transfer as computeTransfer,
  dhondt as computeDhondt,
  seats as computeSeats,
  choices as computeChoices,
  scaleMeanResult as computeScaleMean,
  scaleDistribution as computeScaleDistribution,
  meanInterval as computeMeanInterval,
  meanChange as computeMeanChange,
} from "../core";
import { DECLARATIONS } from "./declarations";
import { asChangeRow, asRow, given, toExcel } from "./excelAdapter";

/**
 * Net Promoter Score: the share of promoters (9-10) minus the share of detractors (0-6), in points from -100 to 100.
 * @customfunction NPS
 * @requiresParameterAddresses
 * @param scores Scores from 0 to 10, one per cell, also as labels ("10 - Meget sandsynligt"); blanks and "ved ikke" are ignored.
 * @param [segments] A segment per score (e.g. drift or vækst), in the same shape as scores.
 * @param [segment] The segment to count, e.g. "drift" (or a code such as 1).
 * @param [excluded] More answers that are no respondent, e.g. "ikke relevant" or a code such as 99.
 * @returns The Net Promoter Score in points.
 */
export function nps(
  scores: any[][],
  segments?: any[][],
  segment?: any,
  excluded?: any[][],
  invocation?: CustomFunctions.Invocation,
): number {
  return toExcel(
    () => computeNps(scores, { segments: given(segments), segment: given(segment), excluded: given(excluded) }),
    invocation,
    DECLARATIONS.nps,
  );
}

/**
 * Share of respondents reporting effect: a row is a respondent, a column a sub-question.
 * @customfunction EFFECTSHARE
 * @requiresParameterAddresses
 * @param answers Answers such as "i meget høj grad", "i høj grad", "i nogen grad", "i mindre grad", "slet ikke", "ved ikke".
 * @param [level] "high" (default): "i høj grad" counts; "medium": "i nogen grad" counts too.
 * @param [excludeDontKnow] TRUE leaves respondents who only answered "ved ikke" out of the calculation.
 * @param [segments] A segment or topic per respondent (one column, a cell per row of answers).
 * @param [segment] The segment or topic to count, e.g. "vækst" or "grøn omstilling".
 * @param [withRespondents] TRUE spills {share, respondents}, for SHAREINTERVAL and SHARECHANGE.
 * @returns The share of respondents with effect, from 0 to 1.
 */
export function effectShare(
  answers: any[][],
  level?: any,
  excludeDontKnow?: any,
  segments?: any[][],
  segment?: any,
  withRespondents?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const options = {
    level: given(level),
    excludeDontKnow: given(excludeDontKnow),
    segments: given(segments),
    segment: given(segment),
  };
  return toExcel(
    () => shareResult(effectCounts(answers, options), given(withRespondents), options),
    invocation,
    DECLARATIONS.effectShare,
  );
}

/**
 * Share of respondents whose answer is one of the counted values, e.g. "ja", or "meget tilfreds" and "tilfreds".
 * @customfunction SHARE
 * @requiresParameterAddresses
 * @param answers One answer per cell; blank cells are not respondents.
 * @param counted The answer or answers that count: a value, a range or an array such as {4;5}.
 * @param [excluded] Answers that leave the calculation, e.g. "ved ikke".
 * @param [segments] A segment per answer, in the same shape as answers.
 * @param [segment] The segment to count, e.g. "drift".
 * @param [withRespondents] TRUE spills {share, respondents}, for SHAREINTERVAL and SHARECHANGE.
 * @returns The share, from 0 to 1.
 */
export function share(
  answers: any[][],
  counted: any[][],
  excluded?: any[][],
  segments?: any[][],
  segment?: any,
  withRespondents?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const options = { excluded: given(excluded), segments: given(segments), segment: given(segment) };
  return toExcel(
    () => shareResult(shareCounts(answers, counted, options), given(withRespondents), options),
    invocation,
    DECLARATIONS.share,
  );
}

/**
 * Deviation of each municipality's activity from its population share: "pp" (share minus population share) or "relative" (actual ÷ expected − 1).
 * @customfunction SPREAD
 * @requiresParameterAddresses
 * @param counts Activity per municipality (firms served, courses, …).
 * @param population Population per municipality, in the same shape as counts.
 * @param kind "pp" (percentage points) or "relative".
 * @returns The deviation per municipality, in the shape of counts.
 */
export function spread(
  counts: any[][],
  population: any[][],
  kind: string,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(() => computeSpread(counts, population, kind), invocation, DECLARATIONS.spread);
}

/**
 * Share of this year's distinct firms (CVR numbers) that were not in last year's list.
 * @customfunction NEWSHARE
 * @requiresParameterAddresses
 * @param ids CVR numbers of the firms served this year; blanks are ignored, duplicates count once.
 * @param previousIds CVR numbers of the firms served the year before.
 * @param [withRespondents] TRUE spills {share, firms}: the distinct firms are the respondents of SHAREINTERVAL.
 * @returns The share of new firms, from 0 to 1.
 */
export function newShare(
  ids: any[][],
  previousIds: any[][],
  withRespondents?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(
    () => shareResult(newShareCounts(ids, previousIds), given(withRespondents)),
    invocation,
    DECLARATIONS.newShare,
  );
}

/**
 * Confidence interval of the NPS (adjusted Wald, Rocks 2016), in points: {lower, upper}.
 * @customfunction NPSINTERVAL
 * @requiresParameterAddresses
 * @param scores Scores from 0 to 10, one per cell, also as labels ("10 - Meget sandsynligt"); blanks and "ved ikke" are ignored.
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @param [segments] A segment per score, in the same shape as scores.
 * @param [segment] The segment to count, e.g. "drift".
 * @param [excluded] More answers that are no respondent, e.g. "ikke relevant" or a code such as 99.
 * @returns Lower and upper bound, side by side.
 */
export function npsInterval(
  scores: any[][],
  confidence?: any,
  segments?: any[][],
  segment?: any,
  excluded?: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const options = { segments: given(segments), segment: given(segment), excluded: given(excluded) };
  return toExcel(
    () => asRow(computeNpsInterval(scores, given(confidence), options)),
    invocation,
    DECLARATIONS.npsInterval,
  );
}

/**
 * Confidence interval of a share (Wilson score interval): {lower, upper}.
 * @customfunction SHAREINTERVAL
 * @param share The share, from 0 to 1, or {share, respondents} as SHARE(…, TRUE) spills it.
 * @param [respondents] The number of respondents the share was computed on (blank when share holds them).
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @returns Lower and upper bound, side by side.
 */
export function shareInterval(share: any[][], respondents?: any, confidence?: any): number[][] {
  return toExcel(
    () => asRow(computeShareInterval(share, given(respondents), given(confidence))),
    undefined,
    DECLARATIONS.shareInterval,
  );
}

/**
 * Change of a share from a base year, for two independent samples (Newcombe's hybrid score interval): {change, lower, upper}.
 * @customfunction SHARECHANGE
 * @param share This year's share, from 0 to 1, or {share, respondents} as SHARE(…, TRUE) spills it.
 * @param respondents This year's respondents (leave the argument empty when share holds them).
 * @param baseShare The base year's share, or its {share, respondents}.
 * @param [baseRespondents] The base year's respondents (blank when baseShare holds them).
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @returns The change and its lower and upper bound, side by side, as fractions (0.05 is 5 percentage points).
 */
export function shareChange(
  share: any[][],
  respondents: any,
  baseShare: any[][],
  baseRespondents?: any,
  confidence?: any,
): number[][] {
  return toExcel(
    () =>
      asChangeRow(computeShareChange(share, given(respondents), baseShare, given(baseRespondents), given(confidence))),
    undefined,
    DECLARATIONS.shareChange,
  );
}

/**
 * Change of the NPS from a base year, in points, with the two-sample adjusted-Wald interval: {change, lower, upper}.
 * @customfunction NPSCHANGE
 * @requiresParameterAddresses
 * @param scores This year's scores from 0 to 10, read as NPS reads them.
 * @param baseScores The base year's scores.
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @param [segments] A segment per score this year, in the same shape as scores.
 * @param [segment] The segment to count in both years, e.g. "drift".
 * @param [baseSegments] A segment per score in the base year, in the same shape as baseScores.
 * @returns The change and its lower and upper bound in points, side by side.
 */
export function npsChange(
  scores: any[][],
  baseScores: any[][],
  confidence?: any,
  segments?: any[][],
  segment?: any,
  baseSegments?: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const options = { segments: given(segments), segment: given(segment), baseSegments: given(baseSegments) };
  return toExcel(
    () => asChangeRow(computeNpsChange(scores, baseScores, given(confidence), options)),
    invocation,
    DECLARATIONS.npsChange,
  );
}

/**
 * Splits a total in proportion to weights (e.g. population), rounded so that the parts add up to the total exactly.
 * @customfunction POPALLOC
 * @requiresParameterAddresses
 * @param total The amount to split, a whole number of rounding units (see decimals).
 * @param weights The key: population or another non-negative weight per row.
 * @param [decimals] Decimals to round to: 0 (default) whole units, 2 øre, -3 whole thousands.
 * @param [exclude] TRUE, 1 or "x" leaves a row out of the split.
 * @returns The parts, in the shape of weights.
 */
export function popAlloc(
  total: number,
  weights: any[][],
  decimals?: number,
  exclude?: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(
    () => computePopAlloc(total, weights, { decimals: given(decimals), exclude: given(exclude) }),
    invocation,
    DECLARATIONS.popAlloc,
  );
}

/**
 * Municipal refugee quotas by the model of integrationsloven (fordelingsandel = 2p/P - i/I), in whole persons that add up to the total.
 * @customfunction QUOTA
 * @requiresParameterAddresses
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
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(
    () =>
      computeQuota(total, population, immigrants, familyReunified, {
        landstal: given(landstal),
        totalPopulation: given(totalPopulation),
        totalImmigrants: given(totalImmigrants),
        totalFamilyReunified: given(totalFamilyReunified),
        exclude: given(exclude),
      }),
    invocation,
    DECLARATIONS.quota,
  );
}

/**
 * The municipalities of a region, KKR or business-hub area (all 98 when blank), as rows of code and name.
 * @customfunction MUNICIPALITIES
 * @param [area] A region or KKR ("Midtjylland"), or a hub area ("Fyn", "Sydjylland"); blank for all 98.
 * @returns Code and name per municipality, sorted by code.
 */
export function municipalities(area?: any): any[][] {
  return toExcel(() => listMunicipalities(given(area)), undefined, DECLARATIONS.municipalities);
}

/**
 * Applies takeovers agreed in KKR: each row with a receiver hands its amount to the row of that name; the total stays the same.
 * @customfunction TRANSFER
 * @requiresParameterAddresses
 * @param amounts The amounts, e.g. the computed quotas.
 * @param names The municipality of each row, in the same shape as amounts.
 * @param receivers The municipality that takes over the row's amount; blank keeps it.
 * @returns The amounts after the takeovers, in the shape of amounts.
 */
export function transfer(
  amounts: any[][],
  names: any[][],
  receivers: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(() => computeTransfer(amounts, names, receivers), invocation, DECLARATIONS.transfer);
}

/**
 * Proportional election by d'Hondt's method (kommunestyrelsesloven § 24): each party's seats, over electoral alliances first and then within each.
 * @customfunction DHONDT
 * @requiresParameterAddresses
 * @param votes Votes per party (list), whole numbers, one per cell.
 * @param seats The number of seats to elect.
 * @param [alliances] The electoral alliance (valgforbund) of each party, in the shape of votes; blank for a party in none.
 * @returns The seats per party, in the shape of votes.
 */
export function dhondt(
  votes: any[][],
  seats: any,
  alliances?: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(() => computeDhondt(votes, seats, given(alliances)), invocation, DECLARATIONS.dhondt);
}

/**
 * A total split in two steps, exact at both: over the areas (KKR, hubs) by their weights, then each area's part over its municipalities.
 * @customfunction TWOSTEP
 * @requiresParameterAddresses
 * @param total The amount to split, a whole number of rounding units (see decimals).
 * @param areas Each municipality's area (KKR or hub), in the shape of weights.
 * @param weights The key within the areas: population or another non-negative weight per municipality.
 * @param [areaWeights] Two columns, area and weight, for the first step; omitted, an area weighs the sum of its municipalities' weights.
 * @param [decimals] Decimals to round to: 0 (default) whole units, 2 øre, -3 whole thousands.
 * @returns Each municipality's part, in the shape of weights.
 */
export function twoStep(
  total: number,
  areas: any[][],
  weights: any[][],
  areaWeights?: any[][],
  decimals?: number,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(
    () => computeTwoStep(total, areas, weights, given(areaWeights), given(decimals)),
    invocation,
    DECLARATIONS.twoStep,
  );
}

/**
 * The composition of a KKR: each party's seats, no party below its minimum, the most under-represented party as little under-represented as possible.
 * @customfunction SEATS
 * @requiresParameterAddresses
 * @param votes Votes per party (list), whole numbers, one per cell.
 * @param seats The number of seats in all, the mayors included.
 * @param [minimum] Each party's least number of seats (its mayors; at least 1 for a party that qualifies), in the shape of votes.
 * @returns The seats per party, in the shape of votes.
 */
export function seats(
  votes: any[][],
  seats: any,
  minimum?: any[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(() => computeSeats(votes, seats, given(minimum)), invocation, DECLARATIONS.seats);
}

/**
 * Multiple-response answers counted per option: one row per option with its marks and the share of respondents who marked it, most marked first.
 * @customfunction CHOICES
 * @requiresParameterAddresses
 * @param answers One cell per respondent with the marked options separated by ";" or ",", or one column per option with a mark (x, 1, TRUE, the option's name).
 * @param [maxChoices] The most marks a respondent may give (e.g. 5); more is an error.
 * @param [options] The options, in the order ties are listed; an option nobody marked shows 0.
 * @param [allRows] TRUE counts every row as a respondent, not only the rows with a mark.
 * @param [allowMore] TRUE counts a respondent with more than maxChoices marks anyway.
 * @returns Option, marks and share per row.
 */
export function choices(
  answers: any[][],
  maxChoices?: any,
  options?: any[][],
  allRows?: any,
  allowMore?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const settings = {
    maxChoices: given(maxChoices),
    options: given(options),
    allRows: given(allRows),
    allowMore: given(allowMore),
  };
  return toExcel(() => computeChoices(answers, settings), invocation, DECLARATIONS.choices);
}

/**
 * The mean of an agreement scale (1-5 or any numeric scale); numbered labels count, "ved ikke" does not.
 * @customfunction SCALEMEAN
 * @requiresParameterAddresses
 * @param answers Answers such as 4, "4" or "5 - I meget høj grad"; blanks and "ved ikke" are ignored.
 * @param [excluded] More answers that are no respondent, e.g. a code such as 9.
 * @param [segments] A segment or group per answer, in the same shape as answers.
 * @param [segment] The segment or group to count, e.g. "borgmester".
 * @param [withRespondents] TRUE spills {mean, answers}: the number of answers the mean is computed on.
 * @returns The mean.
 */
export function scaleMean(
  answers: any[][],
  excluded?: any[][],
  segments?: any[][],
  segment?: any,
  withRespondents?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const settings = { excluded: given(excluded), segments: given(segments), segment: given(segment) };
  return toExcel(() => computeScaleMean(answers, settings, given(withRespondents)), invocation, DECLARATIONS.scaleMean);
}

/**
 * The share answering each point of a scale, in whole per cent adding up to 100 %, as one row.
 * @customfunction SCALEDISTRIBUTION
 * @requiresParameterAddresses
 * @param answers Answers on the scale, read as SCALEMEAN reads them.
 * @param [points] The scale's points, e.g. {1;2;3;4;5}; by default the whole numbers from the lowest answer to the highest.
 * @param [segments] A segment or group per answer, in the same shape as answers.
 * @param [segment] The segment or group to count.
 * @returns The shares, one per point, side by side.
 */
export function scaleDistribution(
  answers: any[][],
  points?: any[][],
  segments?: any[][],
  segment?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const settings = { segments: given(segments), segment: given(segment) };
  return toExcel(
    () => [computeScaleDistribution(answers, given(points), settings)],
    invocation,
    DECLARATIONS.scaleDistribution,
  );
}

/**
 * Student-t confidence interval of a scale's mean: {lower, upper}.
 * @customfunction MEANINTERVAL
 * @requiresParameterAddresses
 * @param answers Answers on the scale, read as SCALEMEAN reads them.
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @param [segments] A segment or group per answer, in the same shape as answers.
 * @param [segment] The segment or group to count.
 * @returns Lower and upper bound, side by side.
 */
export function meanInterval(
  answers: any[][],
  confidence?: any,
  segments?: any[][],
  segment?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const settings = { segments: given(segments), segment: given(segment) };
  return toExcel(
    () => asRow(computeMeanInterval(answers, given(confidence), settings)),
    invocation,
    DECLARATIONS.meanInterval,
  );
}

/**
 * Change of a scale's mean between two independent groups or years, with Welch's t interval: {change, lower, upper}.
 * @customfunction MEANCHANGE
 * @requiresParameterAddresses
 * @param answers This year's (or this group's) answers on the scale.
 * @param baseAnswers The base year's (or the other group's) answers.
 * @param [confidence] The confidence level, from 0 to 1; 0.95 by default.
 * @returns The change and its lower and upper bound, side by side.
 */
export function meanChange(
  answers: any[][],
  baseAnswers: any[][],
  confidence?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return toExcel(
    () => asChangeRow(computeMeanChange(answers, baseAnswers, given(confidence))),
    invocation,
    DECLARATIONS.meanChange,
  );
}
