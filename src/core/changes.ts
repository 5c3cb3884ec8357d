/**
 * Change goals and their uncertainty: this year's measure against the base year's, two independent samples.
 * - SHARECHANGE: the difference of two shares with Newcombe's hybrid score interval (Newcombe 1998,
 *   Statistics in Medicine 17:873, method 10): each share's Wilson interval, combined as
 *   D − √((p₁ − l₁)² + (u₂ − p₂)²) to D + √((u₁ − p₁)² + (p₂ − l₂)²). In fractions, as the shares are:
 *   0,05 is 5 percentage points, which the goal tables' change thresholds are written in.
 * - NPSCHANGE: the difference of two NPS in points. Each NPS by the adjusted-Wald estimate NPSINTERVAL uses
 *   (Rocks 2016); the variance of the difference is the sum of the two, as in MeasuringU's two-sample NPS
 *   test. The change shown is the difference of the two NPS as KKR.NPS gives them; the interval is centred
 *   on the adjusted difference, so when a sample is all promoters or all detractors the change can lie
 *   just outside it.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, isBlank } from "./cells";
import { valueError } from "./errors";
import { clamp, readObservedShare, wilson, zFor } from "./intervals";
import { NpsCounts, NpsOptions, npsCounts } from "./nps";

export interface Change {
  change: number;
  lower: number;
  upper: number;
}

/** The change of a share from the base year, with Newcombe's interval (method 10). */
export function shareChange(
  share: unknown,
  respondents: unknown,
  baseShare: unknown,
  baseRespondents: unknown,
  confidence?: unknown,
): Change {
  const now = readObservedShare(share, respondents, ARGUMENT);
  const base = readObservedShare(baseShare, baseRespondents, {
    share: ARGUMENT.baseShare,
    respondents: ARGUMENT.baseRespondents,
  });
  const z = zFor(confidence);
  const nowBounds = wilson(now, z);
  const baseBounds = wilson(base, z);
  const change = now.share - base.share;
  const below = Math.hypot(now.share - nowBounds.lower, baseBounds.upper - base.share);
  const above = Math.hypot(nowBounds.upper - now.share, base.share - baseBounds.lower);
  return { change, lower: clamp(change - below, -1, 1), upper: clamp(change + above, -1, 1) };
}

export interface NpsChangeOptions extends NpsOptions {
  /** The base year's segment per score; needed when a segment is chosen. */
  baseSegments?: Grid;
}

/** The adjusted NPS (as a fraction) and its variance. */
function adjusted({ promoters, detractors, responses }: NpsCounts): { value: number; variance: number } {
  const n = responses + 3;
  const promoterShare = (promoters + 0.75) / n;
  const detractorShare = (detractors + 0.75) / n;
  const value = promoterShare - detractorShare;
  return { value, variance: (promoterShare + detractorShare - value * value) / n };
}

const raw = ({ promoters, detractors, responses }: NpsCounts): number => ((promoters - detractors) * 100) / responses;

/** The change of the NPS from the base year, in points, with the two-sample adjusted-Wald interval. */
export function npsChange(
  scores: Grid,
  baseScores: Grid,
  confidence?: unknown,
  options: NpsChangeOptions = {},
): Change {
  const z = zFor(confidence);
  const { baseSegments, ...thisYear } = options;
  if (!isBlank(options.segment) && options.segments !== undefined && baseSegments === undefined) {
    throw valueError(
      "Angiv også segmenter_før: årets segmenter gælder ikke for basisårets scorer.",
      "Give baseSegments too: this year's segments do not apply to the base year's scores.",
    );
  }
  const now = npsCounts(scores, thisYear);
  const base = npsCounts(
    baseScores,
    {
      segments: baseSegments,
      segment: baseSegments === undefined ? undefined : options.segment,
      excluded: options.excluded,
    },
    { scores: ARGUMENT.baseScores, segments: ARGUMENT.baseSegments },
  );
  const [adjustedNow, adjustedBase] = [adjusted(now), adjusted(base)];
  const centre = adjustedNow.value - adjustedBase.value;
  const halfWidth = z * Math.sqrt(adjustedNow.variance + adjustedBase.variance);
  return {
    change: raw(now) - raw(base),
    lower: clamp((centre - halfWidth) * 100, -200, 200),
    upper: clamp((centre + halfWidth) * 100, -200, 200),
  };
}
