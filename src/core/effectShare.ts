/**
 * Share of firms reporting effect. A row is a respondent and a column a sub-question: the 2019-2020
 * contracts ask seven sub-questions, later ones a single question. A fully blank row is not a respondent.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellError, isBlank, normalizeText, showCell } from "./cells";
import { divisionByZeroError, valueError } from "./errors";

export type EffectLevel = "high" | "medium";
type Answer = "high" | "some" | "low" | "none" | "dontKnow";

export interface EffectShareOptions {
  /** "høj"/"high" (default): "i høj grad" counts; "middel"/"medium": "i nogen grad" counts too. */
  level?: string;
  /** Drop respondents whose every answer is "ved ikke" from the denominator (default: count them). */
  excludeDontKnow?: boolean;
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

export function parseEffectLevel(level: string | undefined): EffectLevel {
  if (level === undefined || level.trim() === "") return "high";
  const parsed = LEVELS.get(normalizeText(level));
  if (parsed === undefined) {
    throw valueError(
      `Niveau "${level}" forstås ikke; brug "høj" eller "middel".`,
      `Level "${level}" is not understood; use "high" or "medium".`,
    );
  }
  return parsed;
}

function parseAnswer(text: string): Answer | undefined {
  const normalized = normalizeText(text);
  return ANSWERS.get(normalized.startsWith("i ") ? normalized.slice(2) : normalized);
}

export function effectShare(answers: Grid, options: EffectShareOptions = {}): number {
  const level = parseEffectLevel(options.level);
  const parsed = new Map<string, Answer | undefined>();
  let respondents = 0;
  let withEffect = 0;
  for (let row = 0; row < answers.length; row++) {
    let answered = false;
    let onlyDontKnow = true;
    let hasEffect = false;
    const cells = answers[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (isBlank(cell)) continue;
      let answer: Answer | undefined;
      if (typeof cell === "string") {
        answer = parsed.has(cell) ? parsed.get(cell) : parseAnswer(cell);
        parsed.set(cell, answer);
      }
      if (answer === undefined) {
        throw cellError(ARGUMENT.answers, answers, row, column, {
          da: `${showCell(cell).da} er ikke et svar; brug "i høj grad", "i nogen grad", "i lav grad", "slet ikke" eller "ved ikke".`,
          en: `${showCell(cell).en} is not an answer; use "to a high degree", "to some degree", "to a low degree", "not at all" or "don't know".`,
        });
      }
      answered = true;
      if (answer !== "dontKnow") onlyDontKnow = false;
      if (answer === "high" || (level === "medium" && answer === "some")) hasEffect = true;
    }
    if (!answered || (onlyDontKnow && options.excludeDontKnow === true)) continue;
    respondents++;
    if (hasEffect) withEffect++;
  }
  if (respondents === 0) {
    throw divisionByZeroError(
      "Der er ingen respondenter at beregne andelen af.",
      "There are no respondents to compute the share of.",
    );
  }
  return withEffect / respondents;
}
