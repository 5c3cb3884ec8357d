/**
 * SHARE: the share of respondents whose answer is one of the counted values ("ja"; "meget tilfreds" and
 * "tilfreds"; 4 and 5 on a 1–5 scale). Blank answers are not respondents; answers in `excluded` ("ved
 * ikke") leave the denominator; any other answer is a respondent who does not count.
 */
import { ARGUMENT } from "./argumentNames";
import {
  ExcelValue,
  Grid,
  cellError,
  excelErrorCode,
  isBlank,
  matchKey,
  requireGrid,
  requireSameShape,
  showCell,
} from "./cells";
import { LocalizedText, divisionByZeroError, valueError } from "./errors";
import { SegmentOptions, segmentFilter } from "./segments";

export interface ShareCounts {
  counted: number;
  respondents: number;
}

export interface ShareOptions extends SegmentOptions {
  /** Answers that leave the denominator, e.g. "ved ikke". */
  excluded?: unknown;
}

/** The non-blank values of a single value or a range, as keys; an error value in them is #VALUE!. */
function valueSet(values: unknown, argument: LocalizedText): Set<string> {
  const grid: Grid = Array.isArray(values) ? requireGrid(values, argument) : [[values]];
  const keys = new Set<string>();
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell === null || cell === undefined || isBlank(cell)) return;
      const key = matchKey(cell);
      if (key === undefined) {
        throw cellError(argument, grid, row, column, {
          da: `${showCell(cell).da} kan ikke sammenlignes med svar; skriv en tekst eller et tal.`,
          en: `${showCell(cell).en} cannot be compared with answers; write a text or a number.`,
        });
      }
      keys.add(key);
    }),
  );
  return keys;
}

function shareCounts(answerGrid: Grid, counted: unknown, options: ShareOptions = {}): ShareCounts {
  const answers = requireGrid(answerGrid, ARGUMENT.answers);
  if (options.segments !== undefined) requireSameShape(answers, ARGUMENT.answers, options.segments, ARGUMENT.segments);
  const countedKeys = valueSet(counted, ARGUMENT.counted);
  if (countedKeys.size === 0) {
    throw valueError(
      'Tæller er tom; angiv det svar, der tæller, fx "ja".',
      'Counted is blank; give the answer that counts, e.g. "ja".',
    );
  }
  const excludedKeys = valueSet(options.excluded ?? null, ARGUMENT.excluded);
  const both = [...countedKeys].find((key) => excludedKeys.has(key));
  if (both !== undefined) {
    throw valueError(
      `"${both}" står både i tæller og i udelad; et svar kan ikke både tælle og være udeladt.`,
      `"${both}" is in both counted and excluded; an answer cannot both count and be left out.`,
    );
  }
  const inSegment = segmentFilter(options);
  // One verdict per distinct cell value, so the loop over a million answers is a lookup per cell.
  const verdicts = new Map<ExcelValue, "counted" | "excluded" | "other" | "blank">();
  let countedAnswers = 0;
  let respondents = 0;
  for (let row = 0; row < answers.length; row++) {
    const cells = answers[row];
    for (let column = 0; column < cells.length; column++) {
      // Answers outside the segment are not read at all, as in NPS and EFFECTSHARE: an error there is no error here.
      if (inSegment && !inSegment.test(row, column)) continue;
      const cell = cells[column];
      let verdict = verdicts.get(cell);
      if (verdict === undefined) {
        if (excelErrorCode(cell) !== undefined) {
          throw cellError(ARGUMENT.answers, answers, row, column, {
            da: `cellen viser fejlen ${showCell(cell).da}; ret den først.`,
            en: `the cell shows the error ${showCell(cell).en}; correct it first.`,
          });
        }
        const key = isBlank(cell) ? undefined : matchKey(cell);
        verdict = isBlank(cell)
          ? "blank"
          : key === undefined
            ? "other"
            : countedKeys.has(key)
              ? "counted"
              : excludedKeys.has(key)
                ? "excluded"
                : "other";
        verdicts.set(cell, verdict);
      }
      if (verdict === "blank" || verdict === "excluded") continue;
      respondents++;
      if (verdict === "counted") countedAnswers++;
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
