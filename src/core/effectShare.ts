/**
 * Share of firms reporting effect. A row is a respondent and a column a sub-question: the 2019-2020
 * contracts ask seven sub-questions, later ones a single question. A fully blank row is not a respondent.
 * A segment column (one cell per respondent) keeps the respondents of a segment or a topic.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellError, isBlank, normalizeText, readFlagArgument, requireGrid, showCell } from "./cells";
import { valueError } from "./errors";
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

const ANSWERS = new Map<string, Answer>([
  ["høj grad", "high"],
  ["nogen grad", "some"],
  ["lav grad", "low"],
  ["slet ikke", "none"],
  ["ved ikke", "dontKnow"],
  ["to a high degree", "high"],
  ["to some degree", "some"],
  ["to a low degree", "low"],
  ["not at all", "none"],
  ["don't know", "dontKnow"],
]);

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
  const normalized = normalizeText(text);
  return ANSWERS.get(normalized.startsWith("i ") ? normalized.slice(2) : normalized);
}

/** The respondents and those of them with effect. */
function effectCounts(answerGrid: Grid, options: EffectShareOptions = {}): ShareCounts {
  const answers = requireGrid(answerGrid, ARGUMENT.answers);
  const level = parseEffectLevel(options.level);
  const excludeDontKnow = readFlagArgument(options.excludeDontKnow, ARGUMENT.excludeDontKnow, false);
  const inSegment = respondentSegmentFilter(answers, options);
  // One reading per distinct cell value, so the loop over a million answers is a lookup per cell.
  const parsed = new Map<unknown, Answer | "blank" | "invalid">();
  let respondents = 0;
  let withEffect = 0;
  for (let row = 0; row < answers.length; row++) {
    if (inSegment && !inSegment.test(row, 0)) continue;
    let answered = false;
    let onlyDontKnow = true;
    let hasEffect = false;
    const cells = answers[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      let answer = parsed.get(cell);
      if (answer === undefined) {
        answer = isBlank(cell) ? "blank" : (typeof cell === "string" && parseAnswer(cell)) || "invalid";
        parsed.set(cell, answer);
      }
      if (answer === "blank") continue;
      if (answer === "invalid") {
        throw cellError(ARGUMENT.answers, answers, row, column, {
          da: `${showCell(cell).da} er ikke et svar; brug "i høj grad", "i nogen grad", "i lav grad", "slet ikke" eller "ved ikke".`,
          en: `${showCell(cell).en} is not an answer; use "to a high degree", "to some degree", "to a low degree", "not at all" or "don't know".`,
        });
      }
      answered = true;
      if (answer !== "dontKnow") onlyDontKnow = false;
      if (answer === "high" || (level === "medium" && answer === "some")) hasEffect = true;
    }
    if (!answered || (onlyDontKnow && excludeDontKnow)) continue;
    respondents++;
    if (hasEffect) withEffect++;
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
