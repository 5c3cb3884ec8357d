/**
 * The member survey's answers table as the report needs it, as pure decisions: which column plays which
 * part (proposed from the headers and the values, changed by the user), what keeps the table from making a
 * report (named for the pane; nothing is written then), and what the report lays out: the groups, the KKRs,
 * the years and the keyword list.
 */
import { DomainError, REGION_NAMES, choices, scaleMean } from "../core";

/** The parts a column plays in the report. */
export const SURVEY_ROLES = ["today", "future", "group", "kkr", "year"] as const;
export type SurveyRole = (typeof SURVEY_ROLES)[number];

export interface SurveyColumns extends Record<SurveyRole, string> {
  statements: string[];
}

export interface SurveyTable {
  headers: string[];
  /** The rows below the header, as Excel reads them. */
  rows: unknown[][];
}

export type SurveyProblem =
  | { kind: "empty" }
  | { kind: "missing"; role: SurveyRole | "statements" }
  | { kind: "sameColumn"; header: string }
  | { kind: "notScale"; header: string; value: string }
  | { kind: "oneGroup"; header: string; value: string }
  | { kind: "oneYear"; header: string; value: string };

export interface SurveyFacts {
  groups: string[];
  kkrs: string[];
  years: number[];
  keywords: string[];
  /** The statements' lowest and highest whole-number point: [1, 5] on KL's scale. */
  scale: [number, number];
}

const HEADER_PATTERNS: Record<SurveyRole, RegExp> = {
  today: /(nøgleord|keyword|kendetegn).*(i dag|today|nu\b|nuværende)/i,
  future: /(nøgleord|keyword|kendetegn).*(fremadrettet|fremtid|future|fremover)/i,
  group: /^(gruppe|group|medlemstype|rolle|role|borgmester)/i,
  kkr: /^kkr$|^(region|kkr-område)/i,
  year: /^(år|year|årstal|undersøgelsesår)$/i,
};

const columnOf = (table: SurveyTable, header: string): unknown[][] => {
  const index = table.headers.indexOf(header);
  return table.rows.map((row) => [row[index] ?? ""]);
};

const filled = (column: unknown[][]): unknown[] =>
  column.map(([cell]) => cell).filter((cell) => cell !== "" && cell !== null && cell !== undefined);

/** A cell as an answer on a scale: its point, "none" for a don't-know answer, undefined for no answer. */
function readPoint(cell: unknown): number | "none" | undefined {
  try {
    return scaleMean([[cell]]);
  } catch (error) {
    return error instanceof DomainError && error.kind === "divisionByZero" ? "none" : undefined;
  }
}

const onShortScale = (point: number | "none" | undefined) =>
  point === "none" || (point !== undefined && point >= 0 && point <= 10);

/** Whether every answer of a column is a point of a short scale (0..10) or "ved ikke": a statement. */
function isScaleColumn(column: unknown[][]): boolean {
  const points = filled(column).map(readPoint);
  return points.some((point) => typeof point === "number") && points.every(onShortScale);
}

/** The proposed column per part: by header, statements by their values (every answer on a short scale). */
export function proposeSurveyColumns(table: SurveyTable): Partial<SurveyColumns> {
  const proposal: Partial<SurveyColumns> = {};
  for (const role of SURVEY_ROLES) {
    const header = table.headers.find((candidate) => HEADER_PATTERNS[role].test(candidate.trim()));
    if (header !== undefined) proposal[role] = header;
  }
  const taken = new Set(SURVEY_ROLES.map((role) => proposal[role]));
  proposal.statements = table.headers.filter((header) => !taken.has(header) && isScaleColumn(columnOf(table, header)));
  return proposal;
}

const shown = (cell: unknown): string => String(cell);

/** The distinct values of a column, as first written (case and spaces ignored). */
function distinct(column: unknown[][]): string[] {
  const seen = new Map<string, string>();
  for (const cell of filled(column)) {
    const key = shown(cell).trim().toLowerCase();
    if (!seen.has(key)) seen.set(key, shown(cell).trim());
  }
  return [...seen.values()];
}

const danishOrder = (a: string, b: string) => a.localeCompare(b, "da");

/** The KKRs in the order of KL's tables (Hovedstaden … Nordjylland) where they are regions' names. */
function kkrOrder(kkrs: readonly string[]): string[] {
  const regions = Object.values(REGION_NAMES).map((name) => name.toLowerCase());
  const rank = (kkr: string) => {
    const found = regions.findIndex((region) => kkr.toLowerCase().replace(/^kkr\s+/, "") === region);
    return found < 0 ? regions.length : found;
  };
  return [...kkrs].sort((a, b) => rank(a) - rank(b) || danishOrder(a, b));
}

/** The first problem of the chosen columns, in the order a user fixes them. */
function columnsProblem(table: SurveyTable, columns: Partial<SurveyColumns>): SurveyProblem | undefined {
  if (table.rows.length === 0 || table.rows.every((row) => row.every((cell) => cell === "" || cell === null))) {
    return { kind: "empty" };
  }
  const missing = SURVEY_ROLES.find((role) => !columns[role]);
  if (missing) return { kind: "missing", role: missing };
  if (!columns.statements || columns.statements.length === 0) return { kind: "missing", role: "statements" };
  const chosen = [...SURVEY_ROLES.map((role) => columns[role] as string), ...columns.statements];
  const twice = chosen.find((header, index) => chosen.indexOf(header) !== index);
  return twice === undefined ? undefined : { kind: "sameColumn", header: twice };
}

/** A statement column's first answer that is no point of a scale (a keyword, say). */
function notScale(table: SurveyTable, header: string): SurveyProblem | undefined {
  const cell = filled(columnOf(table, header)).find((value) => readPoint(value) === undefined);
  return cell === undefined ? undefined : { kind: "notScale", header, value: shown(cell) };
}

/** The lowest and highest whole-number answer of the statements. */
function scaleOf(table: SurveyTable, columns: SurveyColumns): [number, number] {
  const points = columns.statements.flatMap((header) =>
    filled(columnOf(table, header))
      .map(readPoint)
      .filter((point): point is number => typeof point === "number" && Number.isInteger(point)),
  );
  return [Math.min(...points), Math.max(...points)];
}

/** What the report lays out, or the first problem that keeps the table from making one. */
export function surveyFacts(
  table: SurveyTable,
  columns: Partial<SurveyColumns>,
): { facts: SurveyFacts } | { problem: SurveyProblem } {
  const problem =
    columnsProblem(table, columns) ?? columns.statements?.map((header) => notScale(table, header)).find(Boolean);
  if (problem) return { problem };
  const chosen = columns as SurveyColumns;
  const groups = distinct(columnOf(table, chosen.group)).sort(danishOrder);
  if (groups.length < 2) return { problem: { kind: "oneGroup", header: chosen.group, value: groups[0] ?? "" } };
  const yearValues = distinct(columnOf(table, chosen.year));
  const years = yearValues.map(Number).sort((a, b) => a - b);
  if (years.length < 2 || years.some((year) => !Number.isInteger(year))) {
    return { problem: { kind: "oneYear", header: chosen.year, value: yearValues.join(", ") } };
  }
  const marks = [...columnOf(table, chosen.today), ...columnOf(table, chosen.future)];
  let keywords: string[] = [];
  try {
    keywords = choices(marks, { allowMore: true }).map(([keyword]) => String(keyword));
  } catch {
    return { problem: { kind: "missing", role: "today" } };
  }
  return {
    facts: {
      groups,
      kkrs: kkrOrder(distinct(columnOf(table, chosen.kkr))),
      years,
      keywords: keywords.sort(danishOrder),
      scale: scaleOf(table, chosen),
    },
  };
}
