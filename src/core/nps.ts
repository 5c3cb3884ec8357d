/**
 * Net Promoter Score: promoters (9–10) minus detractors (0–6), as a share of all answers, in points.
 * The contracts set NPS goals per segment (drift/vækst), so answers can be filtered by a segment column.
 */
import { Grid, cellError, isBlank, normalizeText, requireSameShape, showCell } from "./cells";
import { divisionByZeroError, valueError } from "./errors";
import { ARGUMENT } from "./argumentNames";

export interface NpsOptions {
  /** A segment per answer, in the same shape as the scores. */
  segments?: Grid;
  /** The segment to count; matched ignoring case and surrounding spaces. */
  segment?: string;
}

const SCORE_TEXT = /^\s*(10|[0-9])\s*$/;

export function nps(scores: Grid, options: NpsOptions = {}): number {
  const inSegment = segmentFilter(scores, options);
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  for (let row = 0; row < scores.length; row++) {
    const cells = scores[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      let score: number;
      if (typeof cell === "number") score = cell;
      else if (isBlank(cell)) continue;
      else score = typeof cell === "string" && SCORE_TEXT.test(cell) ? Number(cell) : NaN;
      if (inSegment && !inSegment(row, column)) continue;
      if (!(score >= 0 && score <= 10 && Math.floor(score) === score)) {
        throw cellError(ARGUMENT.scores, scores, row, column, {
          da: `${showCell(cell).da} er ikke en score; en score er et helt tal fra 0 til 10.`,
          en: `${showCell(cell).en} is not a score; a score is a whole number from 0 to 10.`,
        });
      }
      responses++;
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
  }
  if (responses === 0) {
    throw divisionByZeroError(
      options.segment === undefined
        ? "Der er ingen besvarelser."
        : `Der er ingen besvarelser i segmentet "${options.segment}".`,
      options.segment === undefined
        ? "There are no responses."
        : `There are no responses in segment "${options.segment}".`,
    );
  }
  return ((promoters - detractors) * 100) / responses;
}

/** A test for "does this answer belong to the chosen segment", or undefined when every answer counts. */
function segmentFilter(
  scores: Grid,
  { segments, segment }: NpsOptions,
): ((row: number, column: number) => boolean) | undefined {
  if (segments === undefined && segment === undefined) return undefined;
  if (segments === undefined || segment === undefined || segment.trim() === "") {
    throw valueError(
      'Angiv både segmentkolonnen og det segment, der skal tælles (fx "drift").',
      'Give both the segment column and the segment to count (e.g. "drift").',
    );
  }
  requireSameShape(scores, ARGUMENT.scores, segments, ARGUMENT.segments);
  const wanted = normalizeText(segment);
  const verdicts = new Map<unknown, boolean>();
  return (row, column) => {
    const cell = segments[row][column];
    let verdict = verdicts.get(cell);
    if (verdict === undefined) {
      verdict = !isBlank(cell) && normalizeText(String(cell)) === wanted;
      verdicts.set(cell, verdict);
    }
    return verdict;
  };
}
