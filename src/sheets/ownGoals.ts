/**
 * The "Egne mål" sheet: a secretariat's local goals written in Excel instead of JSON. One table row per goal,
 * the columns the template fields in the user's words (Danish, or English where Office runs in English), with
 * lists for the fixed choices. Rows are turned into goal
 * templates and checked with the same schema as template files; every problem is named by its sheet cell
 * ("Egne mål!I4: skal være et tal"). Pure: the Excel layer reads and writes the table.
 */
import { GoalTemplate, HUBS, HUB_NAMES, goalSchema } from "../goals";
import { LOCALES, Language, Locale, wordsFor } from "../locale";
import { describeProblem } from "../goals/templateFile";
import { cellAddress, sheetReference } from "./addresses";
import { Cell } from "./plan";

export const OWN_GOALS_TABLE = "KKREgneMaal";

/** The table's fields in column order; each language heads them with its own words (locale ownGoals.columns). */
const FIELDS = [
  "id",
  "title",
  "titleEn",
  "source",
  "section",
  "quote",
  "measure",
  "comparator",
  "threshold",
  "partial",
  "partialFulfilment",
  "years",
  "segment",
  "topic",
  "hub",
  "note",
] as const;
type Field = (typeof FIELDS)[number];
const at = (field: Field) => FIELDS.indexOf(field);

/** The measures a row can have (a change goal needs per-hub baselines, which a row cannot hold). */
type RowMeasure = keyof Locale["ownGoals"]["measures"];
const ROW_MEASURES = Object.keys(LOCALES.da.ownGoals.measures) as RowMeasure[];
const COMPARATORS = Object.keys(LOCALES.da.ownGoals.comparators) as GoalTemplate["comparator"][];

/** The sheet's headers in a language. */
export const ownColumns = (language: Language): readonly string[] => wordsFor(language).ownGoals.columns;

/** The language a table was made in, read from its headers ("titel" or "title"). */
export const ownLanguage = (headers: readonly unknown[]): Language =>
  headers[at("title")] === LOCALES.en.ownGoals.columns[at("title")] ? "en" : "da";

/** The sheet's wanted name in a language. */
export const ownSheetName = (language: Language): string => wordsFor(language).ownGoals.sheet;

/** The drop-down lists of the fixed choices, by column index. */
export function ownLists(language: Language): { column: number; choices: string[] }[] {
  const words = wordsFor(language).ownGoals;
  return [
    { column: at("measure"), choices: ROW_MEASURES.map((measure) => words.measures[measure]) },
    { column: at("comparator"), choices: COMPARATORS.map((comparator) => words.comparators[comparator]) },
    { column: at("segment"), choices: ["drift", "vækst"] },
    { column: at("hub"), choices: HUBS.map((hub) => HUB_NAMES[hub]) },
  ];
}

/** An example row, so the columns explain themselves. */
export function exampleRow(language: Language): Cell[] {
  const words = wordsFor(language).ownGoals;
  const cells: Record<Field, Cell> = {
    id: "fyn-nyhedsbreve",
    title: words.example.title,
    titleEn: LOCALES.en.ownGoals.example.title,
    source: words.example.source,
    section: words.example.section,
    quote: words.example.quote,
    measure: words.measures.count,
    comparator: words.comparators.atLeast,
    threshold: 12,
    partial: "",
    partialFulfilment: "",
    years: "2025-2027",
    segment: "",
    topic: "",
    hub: "Fyn",
    note: "",
  };
  return FIELDS.map((field) => cells[field]);
}

const text = (cell: Cell | undefined): string => (cell === undefined || cell === null ? "" : String(cell).trim());
/** The key whose name, in either language, is `value` (case aside): a row may come from either. */
function lookup<Key extends string>(
  keys: readonly Key[],
  names: (words: Locale) => Record<Key, string>,
  value: string,
) {
  const wanted = value.toLowerCase();
  return keys.find((key) => [LOCALES.da, LOCALES.en].some((words) => names(words)[key].toLowerCase() === wanted));
}

/** "2025", "2025-2027", "2025, 2027" → years; undefined when not understood. */
function parseYears(cell: Cell | undefined): number[] | undefined {
  const value = text(cell);
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return to >= from && to - from < 20 ? Array.from({ length: to - from + 1 }, (_, index) => from + index) : undefined;
  }
  const list = value.split(/[,;\s]+/).filter(Boolean);
  return list.length > 0 && list.every((year) => /^\d{4}$/.test(year)) ? list.map(Number) : undefined;
}

/** Which field a schema path is about. */
function fieldOf(path: readonly PropertyKey[]): Field {
  const [field, index, part] = path;
  if (field === "title") return index === "en" ? "titleEn" : "title";
  if (field === "source") return index === "section" ? "section" : index === "quote" ? "quote" : "source";
  if (field === "levels" || field === "overrides") {
    if (index === 1) return part === "fulfilment" ? "partialFulfilment" : "partial";
    return "threshold";
  }
  const same: readonly Field[] = ["id", "measure", "comparator", "years", "segment", "topic", "hub", "note"];
  return same.find((candidate) => candidate === field) ?? "id";
}

export interface OwnGoalsResult {
  goals: GoalTemplate[];
  /** "Egne mål!I4 (tærskel): skal være et tal", in sheet order. */
  errors: string[];
}

/**
 * The table's rows as goal templates, checked; problems worded in `language` and named by sheet cell, with
 * `origin` the sheet and 0-based row and column of the first body cell. Blank rows are skipped.
 */
export function rowsToGoals(
  rows: readonly (readonly Cell[])[],
  origin: { sheet: string; row: number; column: number },
  language: Language = "da",
): OwnGoalsResult {
  const goals: GoalTemplate[] = [];
  const errors: string[] = [];
  const where = (row: number, field: Field) =>
    `${sheetReference(origin.sheet)}!${cellAddress(origin.row + row, origin.column + at(field))} (${ownColumns(language)[at(field)]})`;
  rows.forEach((cells, row) => {
    if (cells.every((cell) => text(cell) === "")) return;
    const read = readRow(cells, language);
    if ("problems" in read) {
      errors.push(...read.problems.map(([field, problem]) => `${where(row, field)}: ${problem}`));
      return;
    }
    const parsed = goalSchema.safeParse(read.candidate, { reportInput: true });
    if (parsed.success) goals.push(parsed.data);
    else
      errors.push(
        ...parsed.error.issues.map(
          (issue) => `${where(row, fieldOf(issue.path))}: ${describeProblem(issue, language)}`,
        ),
      );
  });
  const seen = new Set<string>();
  for (const goal of goals) {
    if (seen.has(goal.id)) errors.push(`${origin.sheet}: ${wordsFor(language).ownGoals.duplicate(goal.id)}`);
    seen.add(goal.id);
  }
  return { goals: errors.length > 0 ? [] : goals, errors };
}

/** One row as a goal for the schema to check, or the problems of its lists (measure, comparison, years, hub). */
function readRow(
  cells: readonly Cell[],
  language: Language,
): { candidate: Record<string, unknown> } | { problems: [Field, string][] } {
  const words = wordsFor(language).ownGoals;
  const value = (field: Field) => cells[at(field)];
  const problems: [Field, string][] = [];
  const measure = lookup(ROW_MEASURES, (locale) => locale.ownGoals.measures, text(value("measure")));
  if (!measure)
    problems.push(["measure", words.chooseMeasure(ROW_MEASURES.map((key) => words.measures[key]).join(", "))]);
  const comparator = lookup(
    COMPARATORS,
    (locale) => locale.ownGoals.comparators,
    text(value("comparator")) || "mindst",
  );
  const names = COMPARATORS.map((key) => words.comparators[key]);
  if (!comparator)
    problems.push([
      "comparator",
      words.chooseComparator(`${names.slice(0, -1).join(", ")} ${words.or} ${names.at(-1)}`),
    ]);
  const years = parseYears(value("years"));
  if (!years) problems.push(["years", words.writeYears]);
  const hubName = text(value("hub"));
  const hub = hubName
    ? HUBS.find((candidate) => HUB_NAMES[candidate].toLowerCase() === hubName.toLowerCase())
    : undefined;
  if (hubName && !hub) problems.push(["hub", words.chooseHub]);
  if (problems.length > 0) return { problems };
  const number = (field: Field) => {
    const cell = value(field);
    return typeof cell === "number" ? cell : text(cell) === "" ? undefined : cell;
  };
  const partial = number("partial");
  const levels =
    measure === "qualitative"
      ? []
      : [
          { fulfilment: 1, threshold: number("threshold") },
          ...(partial === undefined ? [] : [{ fulfilment: number("partialFulfilment") ?? 0.5, threshold: partial }]),
        ];
  const optional = (field: Field) => text(value(field)) || undefined;
  return {
    candidate: {
      id: text(value("id")),
      source: { document: text(value("source")), section: text(value("section")), quote: text(value("quote")) },
      title: { da: text(value("title")), en: text(value("titleEn")) || text(value("title")) },
      measure,
      comparator,
      levels,
      years,
      segment: optional("segment"),
      topic: optional("topic"),
      hub,
      note: optional("note"),
    },
  };
}

/** A year list as the sheet writes it: "2025-2027" when consecutive, else "2025, 2027". */
const yearsText = (years: readonly number[]): string =>
  years.length > 1 && years.every((year, index) => index === 0 || year === years[index - 1] + 1)
    ? `${years[0]}-${years[years.length - 1]}`
    : years.join(", ");

/**
 * Goals from a template file as sheet rows in a table's language. What a row cannot hold (per-year or
 * per-hub thresholds, baselines, a computation) is lost: the ids of such goals are returned so the user is told.
 */
export function goalsToRows(
  goals: readonly GoalTemplate[],
  language: Language = "da",
): { rows: Cell[][]; simplified: string[] } {
  const words = wordsFor(language).ownGoals;
  const simplified: string[] = [];
  const rows = goals.map((goal) => {
    if (goal.overrides?.length || goal.baselines || goal.computation || goal.measure === "changePp")
      simplified.push(goal.id);
    const cells: Record<Field, Cell> = {
      id: goal.id,
      title: goal.title.da,
      titleEn: goal.title.en,
      source: goal.source.document,
      section: goal.source.section,
      quote: goal.source.quote,
      measure: goal.measure === "changePp" ? "" : words.measures[goal.measure],
      comparator: words.comparators[goal.comparator],
      threshold: goal.levels[0]?.threshold ?? "",
      partial: goal.levels[1]?.threshold ?? "",
      partialFulfilment: goal.levels[1]?.fulfilment ?? "",
      years: yearsText(goal.years),
      segment: goal.segment ?? "",
      topic: goal.topic ?? "",
      hub: goal.hub ? HUB_NAMES[goal.hub] : "",
      note: goal.note ?? "",
    };
    return FIELDS.map((field) => cells[field]);
  });
  return { rows, simplified };
}
