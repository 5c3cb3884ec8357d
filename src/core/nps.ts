/**
 * Net Promoter Score: promoters (9–10) minus detractors (0–6), as a share of all answers, in points.
 * The contracts set NPS goals per segment (drift/vækst), so answers can be filtered by a segment column.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellError, isBlank, requireGrid, requireSameShape, showCell } from "./cells";
import { divisionByZeroError } from "./errors";
import { SegmentOptions, segmentFilter } from "./segments";

export type NpsOptions = SegmentOptions;

export interface NpsCounts {
  promoters: number;
  detractors: number;
  responses: number;
}

const SCORE_TEXT = /^\s*(10|[0-9])\s*$/;

/** The promoters, detractors and answers of the chosen segment; #DIV/0! when there are no answers. */
export function npsCounts(scoreGrid: Grid, options: NpsOptions = {}): NpsCounts {
  const scores = requireGrid(scoreGrid, ARGUMENT.scores);
  if (options.segments !== undefined) requireSameShape(scores, ARGUMENT.scores, options.segments, ARGUMENT.segments);
  const inSegment = segmentFilter(options);
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
      if (inSegment && !inSegment.test(row, column)) continue;
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
    inSegment?.requireOccurs();
    const segment = inSegment ? showCell(options.segment) : undefined;
    throw divisionByZeroError(
      segment ? `Der er ingen besvarelser i segmentet ${segment.da}.` : "Der er ingen besvarelser.",
      segment ? `There are no responses in segment ${segment.en}.` : "There are no responses.",
    );
  }
  return { promoters, detractors, responses };
}

export function nps(scores: Grid, options: NpsOptions = {}): number {
  const { promoters, detractors, responses } = npsCounts(scores, options);
  return ((promoters - detractors) * 100) / responses;
}
