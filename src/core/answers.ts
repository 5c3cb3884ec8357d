/**
 * Survey answers as exports write them, read by one set of written rules so the survey functions need no
 * cleaning of the export first:
 * - a label with its number first ("10 - Meget sandsynligt", "0 – Slet ikke sandsynligt",
 *   "9 (meget sandsynligt)", "5 = I meget høj grad") is that number;
 * - "Ved ikke", "Ønsker ikke at svare", "Don't know" and the like (any case, also behind a number such as
 *   "99 - Ved ikke") are no answer to the question;
 * - everything else is read by the function that asks.
 */
import { Grid, cellError, isBlank, matchKey, normalizeText, requireGrid, showCell } from "./cells";
import { LocalizedText } from "./errors";

/** The answers that say "no answer to this question", normalized (see normalizeText). */
export const DONT_KNOW_ANSWERS: readonly string[] = [
  "ved ikke",
  "ønsker ikke at svare",
  "vil ikke svare",
  "ikke relevant",
  "don't know",
  "do not know",
  "prefer not to say",
  "prefer not to answer",
  "not applicable",
];

const DONT_KNOW = new Set(DONT_KNOW_ANSWERS);

/** A number first, then a separator (dash, equals, colon, an opening parenthesis) and the label. */
const NUMBERED_LABEL = /^\s*(\d{1,3})\s*(?:[-–—=:]\s*(?=\D)|\()(.*)$/s;
const PLAIN_NUMBER = /^\s*(\d{1,3})\s*$/;

export interface NumberedLabel {
  number: number;
  /** The label after the number, normalized; "" for a plain number. */
  label: string;
}

/** "10 - Meget sandsynligt" → 10 and "meget sandsynligt"; "9" → 9; anything else undefined. */
export function numberedLabel(text: string): NumberedLabel | undefined {
  const plain = PLAIN_NUMBER.exec(text);
  if (plain) return { number: Number(plain[1]), label: "" };
  const labelled = NUMBERED_LABEL.exec(text);
  if (!labelled) return undefined;
  return { number: Number(labelled[1]), label: normalizeText(labelled[2].replace(/\)\s*$/, "")) };
}

/** Whether a text answer is a "don't know" (alone or behind a number: "99 - Ved ikke"). */
export function isDontKnow(text: string): boolean {
  const normalized = normalizeText(text);
  if (DONT_KNOW.has(normalized)) return true;
  const labelled = numberedLabel(text);
  return labelled !== undefined && DONT_KNOW.has(labelled.label);
}

/** The understood "don't know" answers as a message lists them: "ved ikke", "ønsker ikke at svare", … */
export const listedDontKnow = (): string => DONT_KNOW_ANSWERS.map((answer) => `"${answer}"`).join(", ");

/**
 * The answers a user lists in an argument (counted, excluded): a single value or a range, as match keys
 * (text ignoring case and spaces, 4 and "4" alike). An error value in them is #VALUE! naming the cell.
 */
export function answerKeys(values: unknown, argument: LocalizedText): Set<string> {
  const grid: Grid = Array.isArray(values) ? requireGrid(values, argument) : [[values]];
  const keys = new Set<string>();
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (isBlank(cell)) return;
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
