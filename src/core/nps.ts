/**
 * Net Promoter Score: promoters (9–10) minus detractors (0–6), as a share of all answers, in points.
 * The contracts set NPS goals per segment (drift/vækst), so answers can be filtered by a segment column.
 * Scores are read as exports write them (see answers.ts): 9, "9", "10 - Meget sandsynligt"; "Ved ikke" and
 * the answers in `excluded` are no respondent, as a blank is.
 */
import { ARGUMENT } from "./argumentNames";
import { answerKeys, isDontKnow, numberedLabel } from "./answers";
import { ExcelValue, Grid, cellError, isBlank, matchKey, requireGrid, requireSameShape, showCell } from "./cells";
import { readOnce } from "./readings";
import { LocalizedText, divisionByZeroError } from "./errors";
import { SegmentOptions, segmentFilter } from "./segments";

export interface NpsOptions extends SegmentOptions {
  /** More answers that are no respondent, e.g. "Ikke relevant" or a code such as 99. */
  excluded?: unknown;
}

export interface NpsCounts {
  promoters: number;
  detractors: number;
  responses: number;
}

/** What a cell holds for the NPS: a score 0..10, no respondent, or no score at all. */
const NO_RESPONDENT = -1;
const NOT_A_SCORE = NaN;

/** Reads one cell; readOnce keeps the reading, so this runs once per distinct value. */
function readScore(cell: ExcelValue, excluded: Set<string>): number {
  if (isBlank(cell)) return NO_RESPONDENT;
  const key = matchKey(cell);
  if (key !== undefined && excluded.has(key)) return NO_RESPONDENT;
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 && cell <= 10 ? cell : NOT_A_SCORE;
  if (typeof cell !== "string") return NOT_A_SCORE;
  if (isDontKnow(cell)) return NO_RESPONDENT;
  const labelled = numberedLabel(cell);
  return labelled !== undefined && labelled.number <= 10 ? labelled.number : NOT_A_SCORE;
}

/** The arguments a message names: this year's scores and segments, or the base year's (NPSCHANGE). */
export interface ScoreArguments {
  scores: LocalizedText;
  segments: LocalizedText;
}

/** The promoters, detractors and answers of the chosen segment; #DIV/0! when there are no answers. */
export function npsCounts(scoreGrid: Grid, options: NpsOptions = {}, names: ScoreArguments = ARGUMENT): NpsCounts {
  const scores = requireGrid(scoreGrid, names.scores);
  if (options.segments !== undefined) requireSameShape(scores, names.scores, options.segments, names.segments);
  const excluded = answerKeys(options.excluded ?? null, ARGUMENT.excluded);
  // Numbers are the common case and are judged inline unless an excluded answer could be a number.
  const numbersInline = ![...excluded].some((key) => /^-?\d/.test(key));
  const inSegment = segmentFilter(options);
  const scoreOf = readOnce((cell) => readScore(cell, excluded));
  // Answers per score 0..10, summed to promoters and detractors at the end.
  const tally = new Int32Array(11);
  const numbersFast = numbersInline && !inSegment;
  for (let row = 0; row < scores.length; row++) {
    const cells = scores[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (numbersFast && typeof cell === "number" && cell >= 0 && cell <= 10 && (cell | 0) === cell) {
        tally[cell | 0]++;
        continue;
      }
      const score = scoreOf(cell);
      if (score === NO_RESPONDENT || (inSegment && !inSegment.test(row, column))) continue;
      if (Number.isNaN(score)) throw notAScore(scores, row, column, names.scores);
      tally[score]++;
    }
  }
  const sum = (from: number, to: number) => tally.slice(from, to + 1).reduce((total, count) => total + count, 0);
  const promoters = sum(9, 10);
  const detractors = sum(0, 6);
  const responses = promoters + detractors + sum(7, 8);
  if (responses === 0) throw noResponses(options, inSegment);
  return { promoters, detractors, responses };
}

function notAScore(scores: Grid, row: number, column: number, argument: LocalizedText) {
  const shown = showCell(scores[row][column]);
  return cellError(argument, scores, row, column, {
    da: `${shown.da} er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".`,
    en: `${shown.en} is not a score; a score is a whole number from 0 to 10 (also "10 - Very likely") or "don't know".`,
  });
}

function noResponses(options: NpsOptions, inSegment: ReturnType<typeof segmentFilter>) {
  inSegment?.requireOccurs();
  const segment = inSegment ? showCell(options.segment) : undefined;
  return divisionByZeroError(
    segment ? `Der er ingen besvarelser i segmentet ${segment.da}.` : "Der er ingen besvarelser.",
    segment ? `There are no responses in segment ${segment.en}.` : "There are no responses.",
  );
}

export function nps(scores: Grid, options: NpsOptions = {}): number {
  const { promoters, detractors, responses } = npsCounts(scores, options);
  return ((promoters - detractors) * 100) / responses;
}
