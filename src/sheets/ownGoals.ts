/**
 * The "Egne mål" sheet: a secretariat's whole contract written in Excel instead of JSON. One table row per
 * goal, and under it a row per year or hub whose thresholds differ, or per hub baseline of a change goal
 * (same id, "gælder for" filled in): a secretariat reads a goal and its exceptions together, the way the
 * contracts write them ("65 pct. i 2021 og 70 pct. i 2022-2023"). The columns are the template's fields in
 * the user's words (Danish, or English where Office runs in English), with lists for the fixed choices.
 * Pure: the Excel layer reads and writes the table.
 */
import { GoalTemplate, HUBS, HUB_NAMES, Hub } from "../goals";
import { LOCALES, Language, wordsFor } from "../locale";
import { computationCells, computationChoices } from "./ownGoalComputation";
import {
  COMPARATORS,
  FIELDS,
  Field,
  ROW_MEASURES,
  RowCells,
  appliesToText,
  fieldsOfHeaders,
  ownColumns,
  text,
  yearsText,
} from "./ownGoalFields";
import { Cell } from "./plan";

export { ownColumns, ownLanguage } from "./ownGoalFields";
export { rowsToGoals } from "./ownGoalRows";
export type { OwnGoalsResult } from "./ownGoalRows";

export const OWN_GOALS_TABLE = "KKREgneMaal";

const at = (field: Field) => FIELDS.indexOf(field);

/** The sheet's wanted name in a language. */
export const ownSheetName = (language: Language): string => wordsFor(language).ownGoals.sheet;

/** The drop-down lists of the fixed choices, by column index of a new table. */
export function ownLists(language: Language): { column: number; choices: string[] }[] {
  const words = wordsFor(language).ownGoals;
  return [
    { column: at("measure"), choices: ROW_MEASURES.map((measure) => words.measures[measure]) },
    { column: at("comparator"), choices: COMPARATORS.map((comparator) => words.comparators[comparator]) },
    { column: at("segment"), choices: ["drift", "vækst"] },
    { column: at("hub"), choices: HUBS.map((hub) => HUB_NAMES[hub]) },
    { column: at("computation"), choices: computationChoices(language) },
    { column: at("pending"), choices: [words.yes] },
    { column: at("perMonth"), choices: [words.yes] },
  ];
}

/**
 * Every column's width in characters: long text wraps at its width instead of widening the page, and the
 * headers wrap too (an autofit would take "opfyldelse ved delvis" or a whole quote as the width).
 */
const PRINT_WIDTHS: Record<Field, number> = {
  id: 22,
  title: 28,
  titleEn: 22,
  source: 20,
  section: 10,
  quote: 44,
  measure: 13,
  comparator: 13,
  appliesTo: 12,
  threshold: 9,
  partial: 9,
  partialFulfilment: 11,
  baseline: 13,
  years: 10,
  baseYear: 7,
  segment: 8,
  topic: 10,
  hub: 11,
  computation: 16,
  arguments: 26,
  implements: 16,
  pending: 9,
  perMonth: 9,
  note: 34,
};
export const ownPrintWidths = (): { column: number; characters: number }[] =>
  FIELDS.map((field, column) => ({ column, characters: PRINT_WIDTHS[field] }));

/** An example row, so the columns explain themselves. */
export function exampleRow(language: Language): Cell[] {
  const words = wordsFor(language).ownGoals;
  return inColumns(
    {
      id: "fyn-nyhedsbreve",
      title: words.example.title,
      titleEn: LOCALES.en.ownGoals.example.title,
      source: words.example.source,
      section: words.example.section,
      quote: words.example.quote,
      measure: words.measures.count,
      comparator: words.comparators.atLeast,
      threshold: 12,
      years: "2025-2027",
      hub: "Fyn",
    },
    FIELDS,
  );
}

/** A row's cells in a table's column order; a column of the user's own stays blank. */
const inColumns = (record: RowCells, fields: readonly (Field | undefined)[]): Cell[] =>
  fields.map((field) => (field === undefined ? "" : (record[field] ?? "")));

/** A goal as its own row and, under it, a row per override and per hub baseline. */
function goalRecords(goal: GoalTemplate, language: Language): RowCells[] {
  const words = wordsFor(language).ownGoals;
  const levelCells = (levels: GoalTemplate["levels"]): RowCells => {
    const [full, partial] = [
      levels.find((level) => level.fulfilment === 1),
      levels.find((level) => level.fulfilment < 1),
    ];
    return { threshold: full?.threshold, partial: partial?.threshold, partialFulfilment: partial?.fulfilment };
  };
  const own: RowCells = {
    id: goal.id,
    title: goal.title.da,
    titleEn: goal.title.en,
    source: goal.source.document,
    section: goal.source.section,
    quote: goal.source.quote,
    measure: words.measures[goal.measure],
    comparator: words.comparators[goal.comparator],
    ...levelCells(goal.levels),
    years: yearsText(goal.years),
    baseYear: goal.baseYear,
    segment: goal.segment,
    topic: goal.topic,
    hub: goal.hub && HUB_NAMES[goal.hub],
    ...computationCells(goal, language),
    implements: goal.implements,
    pending: goal.pending && words.yes,
    perMonth: goal.perMonth && words.yes,
    note: goal.note,
  };
  const overrides = (goal.overrides ?? []).map((override) => ({
    id: goal.id,
    appliesTo: appliesToText(override),
    ...levelCells(override.levels),
  }));
  const baselines = Object.entries(goal.baselines ?? {}).map(([hub, baseline]) => ({
    id: goal.id,
    appliesTo: appliesToText({ hub: hub as Hub }),
    baseline,
  }));
  return [own, ...overrides, ...baselines];
}

/**
 * Goals from a template file as rows of a table with `headers` (a new table's by default), in `language`.
 * A table made before it had a column a goal needs (an older Egne mål) cannot hold that part: such goals'
 * ids are returned so the user is told.
 */
export function goalsToRows(
  goals: readonly GoalTemplate[],
  language: Language = "da",
  headers: readonly unknown[] = ownColumns(language),
): { rows: Cell[][]; simplified: string[] } {
  const fields = fieldsOfHeaders(headers);
  const simplified: string[] = [];
  const rows = goals.flatMap((goal) => {
    const records = goalRecords(goal, language);
    const lost = records.some((record) =>
      FIELDS.some((field) => !fields.includes(field) && text(record[field] as Cell) !== ""),
    );
    if (lost) simplified.push(goal.id);
    return records.map((record) => inColumns(record, fields));
  });
  return { rows, simplified };
}
