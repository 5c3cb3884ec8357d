/**
 * The Egne mål table's columns and the words its cells hold, shared by writing goals as rows and reading
 * rows as goals. A table is read by its headers' names (in either language), so a table made by an earlier
 * version, with fewer columns, or with columns moved, still reads.
 */
import { parseFlag } from "../core/cells";
import { GoalTemplate, HUBS, HUB_NAMES, Hub } from "../goals";
import { LOCALES, Language, Locale, wordsFor } from "../locale";
import { Cell } from "./plan";

/** The table's fields in the order a new table has them: the goal, its thresholds, then how it is computed. */
export const FIELDS = [
  "id",
  "title",
  "titleEn",
  "source",
  "section",
  "quote",
  "measure",
  "comparator",
  "appliesTo",
  "threshold",
  "partial",
  "partialFulfilment",
  "baseline",
  "years",
  "baseYear",
  "segment",
  "topic",
  "hub",
  "computation",
  "arguments",
  "implements",
  "pending",
  "perMonth",
  "note",
] as const;
export type Field = (typeof FIELDS)[number];
export type RowCells = Partial<Record<Field, Cell>>;

/** The fields a row for one year or hub under a goal holds. */
export const LEVEL_FIELDS: readonly Field[] = [
  "id",
  "appliesTo",
  "threshold",
  "partial",
  "partialFulfilment",
  "baseline",
];

export type RowMeasure = keyof Locale["ownGoals"]["measures"];
export const ROW_MEASURES = Object.keys(LOCALES.da.ownGoals.measures) as RowMeasure[];
export const COMPARATORS = Object.keys(LOCALES.da.ownGoals.comparators) as GoalTemplate["comparator"][];

/** A new table's headers in a language. */
export const ownColumns = (language: Language): string[] =>
  FIELDS.map((field) => wordsFor(language).ownGoals.columns[field]);

/** Each header's field (either language, case and spaces aside); undefined for a column of the user's own. */
export function fieldsOfHeaders(headers: readonly unknown[]): (Field | undefined)[] {
  return headers.map((header) => {
    const name = text(header as Cell).toLowerCase();
    return FIELDS.find((field) =>
      [LOCALES.da, LOCALES.en].some((words) => words.ownGoals.columns[field].toLowerCase() === name),
    );
  });
}

/** The language a table was made in, read from its title header ("titel" or "title"). */
export const ownLanguage = (headers: readonly unknown[]): Language =>
  headers.some((header) => text(header as Cell).toLowerCase() === LOCALES.en.ownGoals.columns.title) ? "en" : "da";

export const text = (cell: Cell | undefined): string =>
  cell === undefined || cell === null ? "" : String(cell).trim();

/** The key whose name, in either language, is `value` (case aside): a row may come from either. */
export function lookup<Key extends string>(
  keys: readonly Key[],
  names: (words: Locale) => Record<Key, string>,
  value: string,
): Key | undefined {
  const wanted = value.toLowerCase();
  return keys.find((key) => [LOCALES.da, LOCALES.en].some((words) => names(words)[key].toLowerCase() === wanted));
}

/** A mark column ("afventer", "pr. måned"): blank is no, else the add-in's one reading of yes and no. */
export const readMark = (cell: Cell | undefined): boolean | undefined =>
  cell === undefined || text(cell) === "" ? false : parseFlag(cell);

export const hubNamed = (name: string): Hub | undefined =>
  HUBS.find((candidate) => HUB_NAMES[candidate].toLowerCase() === name.toLowerCase());

/** "2025", "2025-2027", "2025, 2027" → years; undefined when not understood. */
export function parseYears(cell: Cell | undefined): number[] | undefined {
  const value = text(cell);
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return to >= from && to - from < 20 ? Array.from({ length: to - from + 1 }, (_, index) => from + index) : undefined;
  }
  const list = value.split(/[,;\s]+/).filter(Boolean);
  return list.length > 0 && list.every((year) => /^\d{4}$/.test(year)) ? list.map(Number) : undefined;
}

/** A year list as the sheet writes it: "2025-2027" when consecutive, else "2025, 2027". */
export const yearsText = (years: readonly number[]): string =>
  years.length > 1 && years.every((year, index) => index === 0 || year === years[index - 1] + 1)
    ? `${years[0]}-${years[years.length - 1]}`
    : years.join(", ");

/** "2025", "Fyn", "2025 Fyn": what a row under a goal applies to; undefined when not understood. */
export function parseAppliesTo(cell: Cell | undefined): { year?: number; hub?: Hub } | undefined {
  const match = /^(?:(\d{4}))?\s*(.*)$/.exec(text(cell)) as RegExpExecArray;
  const year = match[1] === undefined ? undefined : Number(match[1]);
  const hub = match[2] === "" ? undefined : hubNamed(match[2]);
  if (match[2] !== "" && hub === undefined) return undefined;
  if (year === undefined && hub === undefined) return undefined;
  return { ...(year === undefined ? {} : { year }), ...(hub === undefined ? {} : { hub }) };
}

export const appliesToText = ({ year, hub }: { year?: number; hub?: Hub }): string =>
  [year, hub && HUB_NAMES[hub]].filter((part) => part !== undefined).join(" ");
