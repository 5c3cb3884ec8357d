/**
 * Share of firms reporting effect. A row is a respondent and a column a sub-question: the 2019-2020
 * contracts ask seven sub-questions, later ones a single question. A fully blank row is not a respondent.
 * A segment column (one cell per respondent) keeps the respondents of a segment or a topic.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellError, isBlank, normalizeText, readFlagArgument, requireGrid, showCell } from "./cells";
import { LocalizedText, valueError } from "./errors";
import { isDontKnow, numberedLabel } from "./answers";
import { readOnce } from "./readings";
import { SegmentOptions, segmentFilter } from "./segments";
import { ShareCounts, shareOf } from "./share";

export type EffectLevel = "high" | "medium";
type Answer = "high" | "some" | "low" | "none" | "dontKnow";

export interface EffectShareOptions extends SegmentOptions {
  /** "høj"/"high" (default): "i høj grad" counts; "middel"/"medium": "i nogen grad" counts too. */
  level?: unknown;
  /** Drop respondents whose every answer is "ved ikke" from the denominator (default: count them). */
  excludeDontKnow?: unknown;
}

/**
 * The wordings exports use, Danish with the leading "i" dropped, and English; a five-point scale's
 * "meget høj grad" is effect "i høj grad" or more, its "mindre grad"/"meget lav grad" low. The don't-know
 * answers of answers.ts are "ved ikke".
 */
const DANISH_ANSWERS: readonly (readonly [string, Answer])[] = [
  ["meget høj grad", "high"],
  ["høj grad", "high"],
  ["nogen grad", "some"],
  ["mindre grad", "low"],
  ["lav grad", "low"],
  ["meget lav grad", "low"],
  ["slet ikke", "none"],
];
const ENGLISH_ANSWERS: readonly (readonly [string, Answer])[] = [
  ["to a very high degree", "high"],
  ["to a very great extent", "high"],
  ["to a high degree", "high"],
  ["to a great extent", "high"],
  ["to a large extent", "high"],
  ["to some degree", "some"],
  ["to some extent", "some"],
  ["to a moderate extent", "some"],
  ["to a low degree", "low"],
  ["to a small extent", "low"],
  ["to a very low degree", "low"],
  ["to a very small extent", "low"],
  ["not at all", "none"],
];
const ANSWERS = new Map<string, Answer>([...DANISH_ANSWERS, ...ENGLISH_ANSWERS]);

const listed = (answers: readonly (readonly [string, Answer])[], prefix: string) =>
  answers.map(([wording]) => `"${prefix}${wording}"`).join(", ");
const NOT_AN_ANSWER: LocalizedText = {
  da: ` er ikke et svar, der forstås; svarene er ${listed(DANISH_ANSWERS.slice(0, -1), "i ")}, "slet ikke" og "ved ikke" (også med tal foran, "5 - I meget høj grad", og på engelsk).`,
  en: ` is not an answer that is understood; the answers are ${listed(ENGLISH_ANSWERS.slice(0, -1), "")}, "not at all" and "don't know" (also with a number first, "5 - To a very high degree", and in Danish).`,
};

const LEVELS = new Map<string, EffectLevel>([
  ["høj", "high"],
  ["high", "high"],
  ["middel", "medium"],
  ["medium", "medium"],
]);

function parseEffectLevel(level: unknown): EffectLevel {
  if (isBlank(level)) return "high";
  const parsed = typeof level === "string" ? LEVELS.get(normalizeText(level)) : undefined;
  if (parsed === undefined) {
    const shown = showCell(level);
    throw valueError(
      `Niveau ${shown.da} forstås ikke; brug "høj" eller "middel".`,
      `Level ${shown.en} is not understood; use "high" or "medium".`,
    );
  }
  return parsed;
}

function parseAnswer(text: string): Answer | undefined {
  if (isDontKnow(text)) return "dontKnow";
  const labelled = numberedLabel(text);
  const normalized = labelled === undefined ? normalizeText(text) : labelled.label;
  return ANSWERS.get(normalized.startsWith("i ") ? normalized.slice(2) : normalized);
}

/** A cell's reading as bits: answered at all, with effect, an answer other than "ved ikke"; or invalid. */
const ANSWERED = 1;
const EFFECT = 2;
const KNOWN = 4;
const INVALID = 8;

function notAnAnswer(answers: Grid, row: number, column: number) {
  const shown = showCell(answers[row][column]);
  return cellError(ARGUMENT.answers, answers, row, column, {
    da: shown.da + NOT_AN_ANSWER.da,
    en: shown.en + NOT_AN_ANSWER.en,
  });
}

/** The respondents and those of them with effect. */
export function effectCounts(answerGrid: Grid, options: EffectShareOptions = {}): ShareCounts {
  const answers = requireGrid(answerGrid, ARGUMENT.answers);
  const level = parseEffectLevel(options.level);
  const excludeDontKnow = readFlagArgument(options.excludeDontKnow, ARGUMENT.excludeDontKnow, false);
  const inSegment = respondentSegmentFilter(answers, options);
  // Each distinct answer read once into bits, so a row is judged by OR-ing its cells' bits.
  const bitsOf = readOnce((cell): number => {
    if (isBlank(cell)) return 0;
    const answer = typeof cell === "string" ? parseAnswer(cell) : undefined;
    if (answer === undefined) return INVALID;
    const effect = answer === "high" || (level === "medium" && answer === "some") ? EFFECT : 0;
    return ANSWERED | effect | (answer === "dontKnow" ? 0 : KNOWN);
  });
  let respondents = 0;
  let withEffect = 0;
  for (let row = 0; row < answers.length; row++) {
    if (inSegment && !inSegment.test(row, 0)) continue;
    const cells = answers[row];
    let bits = 0;
    for (let column = 0; column < cells.length; column++) {
      const cellBits = bitsOf(cells[column]);
      if (cellBits === INVALID) throw notAnAnswer(answers, row, column);
      bits |= cellBits;
    }
    if (bits === 0 || (excludeDontKnow && (bits & KNOWN) === 0)) continue;
    respondents++;
    if (bits & EFFECT) withEffect++;
  }
  if (respondents === 0) inSegment?.requireOccurs();
  return { counted: withEffect, respondents };
}

export function effectShare(answers: Grid, options: EffectShareOptions = {}): number {
  return shareOf(effectCounts(answers, options), options);
}

/** A segment per respondent: one column with a cell per row of answers. */
function respondentSegmentFilter(answers: Grid, options: SegmentOptions) {
  const { segments } = options;
  if (segments !== undefined) {
    const grid = requireGrid(segments, ARGUMENT.segments);
    if (grid.length !== answers.length || grid[0].length !== 1) {
      throw valueError(
        `Segmenter (${grid.length}×${grid[0].length}) skal være én kolonne med en celle pr. række i svar (${answers.length}×1).`,
        `Segments (${grid.length}×${grid[0].length}) must be one column with a cell per row of answers (${answers.length}×1).`,
      );
    }
  }
  return segmentFilter(options);
}
