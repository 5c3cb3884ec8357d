/**
 * Test data builders: one valid goal template, a goal in force, a goal table as the Excel layer reads it.
 * A test says only what it changes: aGoal({ measure: "share", levels: [...] }).
 */
import { GoalInForce, GoalTemplate, Language, resolveGoal } from "../src/goals";
import { COLUMNS, COLUMNS_BY_LANGUAGE } from "../src/sheets/goalTable";
import { ExistingTable } from "../src/sheets/importPlan";

/** A secretariat's own goal, valid as it stands: 12 newsletters a year in Fyn's 2025 contract. */
export const aGoal = (changes: Partial<GoalTemplate> = {}): GoalTemplate => ({
  id: "fyn-nyhedsbreve",
  source: { document: "Resultatkontrakt Fyn 2025", section: "Mål 9", quote: "Der udsendes 12 nyhedsbreve om året." },
  title: { da: "Nyhedsbreve", en: "Newsletters" },
  measure: "count",
  comparator: "atLeast",
  levels: [{ fulfilment: 1, threshold: 12 }],
  years: [2025],
  ...changes,
});

/** `aGoal` in force in its first year. */
export const aGoalInForce = (changes: Partial<GoalTemplate> = {}): GoalInForce => {
  const goal = aGoal(changes);
  return resolveGoal(goal, goal.years[0], goal.hub);
};

/**
 * A goal table as read from the workbook: body from row 2 of `sheet`, one row per id with the user's value
 * in Faktisk værdi, `width` columns (11 for a table of version 0.1).
 */
export function aTable(
  ids: readonly string[],
  {
    sheet = "Mål 2025",
    width = COLUMNS.length as number,
    language = "da" as Language,
    filtered = false,
    besides = [[""]] as unknown[][],
  } = {},
): ExistingTable {
  const lastColumn = String.fromCharCode(64 + width);
  const row = (id: string) => Array.from({ length: width }, (_, column) => (column === 0 ? id : column === 7 ? 5 : ""));
  return {
    bodyAddress: `'${sheet}'!A2:${lastColumn}${ids.length + 1}`,
    firstHeader: COLUMNS_BY_LANGUAGE[language][0],
    values: ids.map(row),
    formulas: ids.map(row),
    numberFormats: ids.map(() => Array(width).fill("0.0")),
    filtered,
    besides: { address: `'${sheet}'!L1:N${ids.length + 1}`, values: besides },
  };
}
