/**
 * SHARE: the share of respondents whose answer is one of the counted values ("ja"; "meget tilfreds" and
 * "tilfreds"; 4 and 5 on a 1–5 scale). Blank answers are not respondents; answers in `excluded` ("ved
 * ikke") leave the denominator; any other answer is a respondent who does not count.
 */
import { ARGUMENT } from "./argumentNames";
import { answerKeys, numberedLabel } from "./answers";
import { readOnce } from "./readings";
import {
  ExcelValue,
  Grid,
  cellError,
  excelErrorCode,
  isBlank,
  matchKey,
  readFlagArgument,
  requireGrid,
  requireSameShape,
  showCell,
} from "./cells";
import { divisionByZeroError, valueError } from "./errors";
import { SegmentOptions, segmentFilter } from "./segments";

export interface ShareCounts {
  counted: number;
  respondents: number;
}

export interface ShareOptions extends SegmentOptions {
  /** Answers that leave the denominator, e.g. "ved ikke". */
  excluded?: unknown;
}

const NO_RESPONDENT = 0;
const OTHER = 1;
const COUNTED = 2;
const ERROR = 3;

/**
 * What an answer is for the share: blank or excluded, counted, another answer, or an error value. A
 * numbered label ("5 - Meget tilfreds") is counted or excluded by its whole text, its number or its words.
 */
function verdict(cell: ExcelValue, countedKeys: Set<string>, excludedKeys: Set<string>): number {
  if (isBlank(cell)) return NO_RESPONDENT;
  if (excelErrorCode(cell) !== undefined) return ERROR;
  const keys = [matchKey(cell)];
  if (typeof cell === "string") {
    const labelled = numberedLabel(cell);
    if (labelled !== undefined) keys.push(String(labelled.number), labelled.label);
  }
  if (keys.some((key) => key !== undefined && countedKeys.has(key))) return COUNTED;
  if (keys.some((key) => key !== undefined && excludedKeys.has(key))) return NO_RESPONDENT;
  return OTHER;
}

function errorValueAt(answers: Grid, row: number, column: number) {
  const shown = showCell(answers[row][column]);
  return cellError(ARGUMENT.answers, answers, row, column, {
    da: `cellen viser fejlen ${shown.da}; ret den først.`,
    en: `the cell shows the error ${shown.en}; correct it first.`,
  });
}

export function shareCounts(answerGrid: Grid, counted: unknown, options: ShareOptions = {}): ShareCounts {
  const answers = requireGrid(answerGrid, ARGUMENT.answers);
  if (options.segments !== undefined) requireSameShape(answers, ARGUMENT.answers, options.segments, ARGUMENT.segments);
  const countedKeys = answerKeys(counted, ARGUMENT.counted);
  if (countedKeys.size === 0) {
    throw valueError(
      'Tæller er tom; angiv det svar, der tæller, fx "ja".',
      'Counted is blank; give the answer that counts, e.g. "ja".',
    );
  }
  const excludedKeys = answerKeys(options.excluded ?? null, ARGUMENT.excluded);
  const both = [...countedKeys].find((key) => excludedKeys.has(key));
  if (both !== undefined) {
    throw valueError(
      `"${both}" står både i tæller og i udelad; et svar kan ikke både tælle og være udeladt.`,
      `"${both}" is in both counted and excluded; an answer cannot both count and be left out.`,
    );
  }
  const inSegment = segmentFilter(options);
  const verdictOf = readOnce((cell) => verdict(cell, countedKeys, excludedKeys));
  let countedAnswers = 0;
  let respondents = 0;
  for (let row = 0; row < answers.length; row++) {
    const cells = answers[row];
    for (let column = 0; column < cells.length; column++) {
      // Answers outside the segment are not read at all, as in NPS and EFFECTSHARE: an error there is no error here.
      if (inSegment && !inSegment.test(row, column)) continue;
      const found = verdictOf(cells[column]);
      if (found === NO_RESPONDENT) continue;
      if (found === ERROR) throw errorValueAt(answers, row, column);
      respondents++;
      if (found === COUNTED) countedAnswers++;
    }
  }
  if (respondents === 0) inSegment?.requireOccurs();
  return { counted: countedAnswers, respondents };
}

/** counted ÷ respondents, or #DIV/0! naming the segment when nobody is left to compute on. */
export function shareOf({ counted, respondents }: ShareCounts, options: SegmentOptions = {}): number {
  if (respondents === 0) {
    const segment = options.segments !== undefined ? showCell(options.segment) : undefined;
    throw divisionByZeroError(
      segment
        ? `Der er ingen respondenter i segmentet ${segment.da}.`
        : "Der er ingen respondenter at beregne andelen af.",
      segment
        ? `There are no respondents in segment ${segment.en}.`
        : "There are no respondents to compute the share of.",
    );
  }
  return counted / respondents;
}

export function share(answers: Grid, counted: unknown, options: ShareOptions = {}): number {
  return shareOf(shareCounts(answers, counted, options), options);
}

/**
 * What a share function spills: the share alone, or with `withRespondents` the share and the number of
 * respondents it was computed on, side by side, for SHAREINTERVAL and SHARECHANGE to take as they are.
 */
export function shareResult(counts: ShareCounts, withRespondents: unknown, options: SegmentOptions = {}): number[][] {
  const value = shareOf(counts, options);
  return readFlagArgument(withRespondents, ARGUMENT.withRespondents, false) ? [[value, counts.respondents]] : [[value]];
}
