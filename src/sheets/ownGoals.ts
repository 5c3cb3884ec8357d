/**
 * The "Egne mål" sheet: a secretariat's local goals written in Excel instead of JSON. One table row per goal,
 * the columns the template fields in Danish, with lists for the fixed choices. Rows are turned into goal
 * templates and checked with the same schema as template files; every problem is named by its sheet cell
 * ("Egne mål!I4: skal være et tal"). Pure: the Excel layer reads and writes the table.
 */
import { GoalTemplate, HUBS, HUB_NAMES, Hub, Measure, goalSchema } from "../goals";
import { describeProblem } from "../goals/templateFile";
import { cellAddress, sheetReference } from "./addresses";

export const OWN_GOALS_SHEET = "Egne mål";
export const OWN_GOALS_TABLE = "KKREgneMaal";

export const OWN_COLUMNS = [
  "id",
  "titel",
  "titel på engelsk",
  "kilde",
  "afsnit",
  "citat",
  "måltype",
  "sammenligning",
  "tærskel",
  "delvis tærskel",
  "opfyldelse ved delvis",
  "år",
  "segment",
  "emne",
  "erhvervshus",
  "note",
] as const;
type Column = (typeof OWN_COLUMNS)[number];
const at = (column: Column) => OWN_COLUMNS.indexOf(column);

/** The measures a sheet row can have (a change goal needs per-hub baselines, which a row cannot hold). */
const MEASURE_NAMES: [name: string, measure: Measure][] = [
  ["NPS", "nps"],
  ["Andel", "share"],
  ["Antal", "count"],
  ["Mervækst mod kontrolgruppe", "growthVsControlPp"],
  ["Afvigelse fra befolkningsandel", "populationDeviation"],
  ["Vurderes manuelt", "qualitative"],
];
const COMPARATOR_NAMES: [name: string, comparator: GoalTemplate["comparator"]][] = [
  ["mindst", "atLeast"],
  ["højst", "atMost"],
  ["større end", "greaterThan"],
  ["inden for ±", "within"],
];

/** The drop-down lists of the fixed choices, by column. */
export const OWN_LISTS: Partial<Record<Column, string[]>> = {
  måltype: MEASURE_NAMES.map(([name]) => name),
  sammenligning: COMPARATOR_NAMES.map(([name]) => name),
  segment: ["drift", "vækst"],
  erhvervshus: HUBS.map((hub) => HUB_NAMES[hub]),
};

type Cell = string | number | boolean;

/** An example row, so the columns explain themselves. */
export const EXAMPLE_ROW: Cell[] = [
  "fyn-nyhedsbreve",
  "Nyhedsbreve til virksomhederne",
  "Newsletters to firms",
  "Resultatkontrakt Fyn 2025",
  "Mål 9",
  "Der udsendes mindst 12 nyhedsbreve om året.",
  "Antal",
  "mindst",
  12,
  "",
  "",
  "2025-2027",
  "",
  "",
  "Fyn",
  "",
];

const text = (cell: Cell | undefined): string => (cell === undefined || cell === null ? "" : String(cell).trim());
const lookup = <T>(pairs: [string, T][], value: string): T | undefined =>
  pairs.find(([name]) => name.toLowerCase() === value.toLowerCase())?.[1];

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

/** Which column a schema path is about. */
function columnOf(path: readonly PropertyKey[]): Column {
  const [field, index, part] = path;
  if (field === "title") return index === "en" ? "titel på engelsk" : "titel";
  if (field === "source") return index === "section" ? "afsnit" : index === "quote" ? "citat" : "kilde";
  if (field === "levels" || field === "overrides") {
    if (index === 1) return part === "fulfilment" ? "opfyldelse ved delvis" : "delvis tærskel";
    return "tærskel";
  }
  const byField: Record<string, Column> = {
    id: "id",
    measure: "måltype",
    comparator: "sammenligning",
    years: "år",
    segment: "segment",
    topic: "emne",
    hub: "erhvervshus",
    note: "note",
  };
  return byField[String(field)] ?? "id";
}

export interface OwnGoalsResult {
  goals: GoalTemplate[];
  /** "Egne mål!I4: skal være et tal", in sheet order. */
  errors: string[];
}

/**
 * The table's rows as goal templates. `origin` is the sheet and the 0-based row and column of the first body
 * cell, so a problem is named by its sheet cell. Blank rows are skipped.
 */
export function rowsToGoals(
  rows: readonly (readonly Cell[])[],
  origin: { sheet: string; row: number; column: number },
): OwnGoalsResult {
  const goals: GoalTemplate[] = [];
  const errors: string[] = [];
  const where = (row: number, column: Column) =>
    `${sheetReference(origin.sheet)}!${cellAddress(origin.row + row, origin.column + at(column))} (${column})`;
  rows.forEach((cells, row) => {
    if (cells.every((cell) => text(cell) === "")) return;
    const value = (column: Column) => cells[at(column)];
    const problems: string[] = [];
    const measureName = text(value("måltype"));
    const measure = lookup(MEASURE_NAMES, measureName);
    if (!measure)
      problems.push(
        `${where(row, "måltype")}: vælg en måltype på listen (${MEASURE_NAMES.map(([name]) => name).join(", ")})`,
      );
    const comparatorName = text(value("sammenligning")) || "mindst";
    const comparator = lookup(COMPARATOR_NAMES, comparatorName);
    if (!comparator) problems.push(`${where(row, "sammenligning")}: vælg mindst, højst, større end eller inden for ±`);
    const years = parseYears(value("år"));
    if (!years)
      problems.push(`${where(row, "år")}: skriv et år (2025), flere (2025, 2026) eller en periode (2025-2027)`);
    const hubName = text(value("erhvervshus"));
    const hub = hubName
      ? HUBS.find((candidate) => HUB_NAMES[candidate].toLowerCase() === hubName.toLowerCase())
      : undefined;
    if (hubName && !hub) problems.push(`${where(row, "erhvervshus")}: vælg et erhvervshus på listen`);
    if (problems.length > 0) {
      errors.push(...problems);
      return;
    }
    const number = (column: Column) => {
      const cell = value(column);
      return typeof cell === "number" ? cell : text(cell) === "" ? undefined : cell;
    };
    const threshold = number("tærskel");
    const partial = number("delvis tærskel");
    const levels =
      measure === "qualitative"
        ? []
        : [
            { fulfilment: 1, threshold },
            ...(partial === undefined
              ? []
              : [{ fulfilment: number("opfyldelse ved delvis") ?? 0.5, threshold: partial }]),
          ];
    const optional = (column: Column) => text(value(column)) || undefined;
    const candidate = {
      id: text(value("id")),
      source: { document: text(value("kilde")), section: text(value("afsnit")), quote: text(value("citat")) },
      title: { da: text(value("titel")), en: text(value("titel på engelsk")) || text(value("titel")) },
      measure,
      comparator,
      levels,
      years,
      segment: optional("segment"),
      topic: optional("emne"),
      hub: hub as Hub | undefined,
      note: optional("note"),
    };
    const parsed = goalSchema.safeParse(candidate, { reportInput: true });
    if (parsed.success) goals.push(parsed.data);
    else
      errors.push(
        ...parsed.error.issues.map((issue) => `${where(row, columnOf(issue.path))}: ${describeProblem(issue, "da")}`),
      );
  });
  const seen = new Set<string>();
  goals.forEach((goal) => {
    if (seen.has(goal.id)) errors.push(`${OWN_GOALS_SHEET}: id "${goal.id}" bruges mere end én gang.`);
    seen.add(goal.id);
  });
  return { goals: errors.length > 0 ? [] : goals, errors };
}

/** A year list as the sheet writes it: "2025-2027" when consecutive, else "2025, 2027". */
const yearsText = (years: readonly number[]): string =>
  years.length > 1 && years.every((year, index) => index === 0 || year === years[index - 1] + 1)
    ? `${years[0]}-${years[years.length - 1]}`
    : years.join(", ");

/**
 * Goals from a template file as sheet rows. What a row cannot hold (per-year or per-hub thresholds,
 * baselines, a computation) is lost: the ids of such goals are returned so the user is told.
 */
export function goalsToRows(goals: readonly GoalTemplate[]): { rows: Cell[][]; simplified: string[] } {
  const simplified: string[] = [];
  const rows = goals.map((goal) => {
    if (goal.overrides?.length || goal.baselines || goal.measure === "changePp") simplified.push(goal.id);
    const cells: Record<Column, Cell> = {
      id: goal.id,
      titel: goal.title.da,
      "titel på engelsk": goal.title.en,
      kilde: goal.source.document,
      afsnit: goal.source.section,
      citat: goal.source.quote,
      måltype: MEASURE_NAMES.find(([, measure]) => measure === goal.measure)?.[0] ?? "",
      sammenligning: COMPARATOR_NAMES.find(([, comparator]) => comparator === goal.comparator)?.[0] ?? "",
      tærskel: goal.levels[0]?.threshold ?? "",
      "delvis tærskel": goal.levels[1]?.threshold ?? "",
      "opfyldelse ved delvis": goal.levels[1]?.fulfilment ?? "",
      år: yearsText(goal.years),
      segment: goal.segment ?? "",
      emne: goal.topic ?? "",
      erhvervshus: goal.hub ? HUB_NAMES[goal.hub] : "",
      note: goal.note ?? "",
    };
    return OWN_COLUMNS.map((column) => cells[column]);
  });
  return { rows, simplified };
}
