/**
 * The layout of a goal table: which columns exist, which the add-in owns (rewritten on re-import) and
 * which belong to the user (actual value, note: never overwritten), and the cells of one goal's row.
 * Pure: the Excel layer turns this into ranges.
 */
import { GoalInForce, HUB_NAMES, Hub, Measure, Segment, goalFormulas } from "../goals";
import { cellAddress } from "./addresses";

export const GOAL_TABLE_PREFIX = "KKRMaal_";

export const COLUMNS = [
  "Mål-id",
  "Mål",
  "Kilde",
  "Måltype",
  "Tærskel (100 %)",
  "Tærskel (delvis)",
  "Udgangspunkt",
  "Faktisk værdi",
  "Opfyldelse",
  "Status",
  "Note",
] as const;

/** Column positions (0-based) within the table. */
export const COLUMN = { id: 0, threshold: 4, baseline: 6, actual: 7, fulfilment: 8, status: 9, note: 10 } as const;
/** The add-in's columns come in two blocks around the user's actual value; the note after them is the user's too. */
export const OWNED_BLOCKS = [
  { first: 0, count: 7 },
  { first: 8, count: 2 },
] as const;
/** Number formats are set on the threshold, baseline, actual and fulfilment columns. */
export const FORMATTED = { first: COLUMN.threshold, count: 5 } as const;

export interface GoalSelection {
  sourceId: string;
  sourceTitle: string;
  year: number;
  hub?: Hub;
  segment?: Segment;
}

export type Cell = string | number | boolean;

export interface GoalRowCells {
  /** The add-in's cells, one array per owned block. */
  owned: Cell[][];
  /** Number formats of the FORMATTED columns. */
  numberFormats: string[];
  /** The whole row as first inserted: the user's cells blank. */
  fresh: Cell[];
}

const ASCII = (text: string): string =>
  text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/** One table per source, year, hub and segment: importing the same choice again finds it by this name. */
export const tableName = (selection: GoalSelection): string =>
  [
    GOAL_TABLE_PREFIX + ASCII(selection.sourceId),
    selection.year,
    selection.hub,
    selection.segment && ASCII(selection.segment),
  ]
    .filter(Boolean)
    .join("_")
    .slice(0, 250);

/** "Mål 2022 Midtjylland drift": at most 31 characters, none that Excel forbids in sheet names. */
export function sheetName(selection: GoalSelection): string {
  const source = selection.sourceId.startsWith("rammeaftale")
    ? `RA${selection.hub ? ` ${HUB_NAMES[selection.hub]}` : ""}`
    : selection.hub
      ? HUB_NAMES[selection.hub]
      : selection.sourceTitle;
  const name = [`Mål ${selection.year}`, source, selection.segment].filter(Boolean).join(" ");
  return name
    .replace(/[[\]:*?/\\]/g, "-")
    .slice(0, 31)
    .trim();
}

/** The first of "name", "name (2)", "name (3)" … that no sheet has (names compare case-insensitively). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLocaleLowerCase("da")));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("da"))) return candidate;
  }
}

const MEASURE_LABELS: Record<Measure, string> = {
  nps: "NPS (point)",
  share: "Andel",
  count: "Antal",
  changePp: "Stigning (procentpoint)",
  growthVsControlPp: "Mervækst mod kontrolgruppe (procentpoint)",
  populationDeviation: "Afvigelse fra befolkningsandel",
  qualitative: "Vurderes manuelt (ja/nej)",
};

const NUMBER_FORMATS: Record<Measure, string> = {
  nps: "0.0",
  share: "0.0%",
  count: "#,##0",
  changePp: "0.0%",
  growthVsControlPp: "0.0%",
  populationDeviation: "0.0%",
  qualitative: "General",
};

/** Text Excel would read as a formula ("=…", "+5 pp", "-", "@…") gets the apostrophe that keeps it text. */
export const asText = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);

function measureLabel(goal: GoalInForce): string {
  return [MEASURE_LABELS[goal.measure], goal.segment, goal.topic].filter(Boolean).join(", ");
}

/** The cells of one goal in sheet row `row` (0-based), in a table whose first column is `firstColumn`. */
export function goalRowCells(goal: GoalInForce, sourceTitle: string, row: number, firstColumn = 0): GoalRowCells {
  const cell = (column: number) => cellAddress(row, firstColumn + column);
  const thresholds = goal.levels.map((_, index) => cell(COLUMN.threshold + index));
  const formulas = goalFormulas(goal, {
    actual: cell(COLUMN.actual),
    thresholds,
    baseline: cell(COLUMN.baseline),
    fulfilment: cell(COLUMN.fulfilment),
  });
  const first: Cell[] = [
    goal.id,
    asText(goal.title.da),
    asText(`${sourceTitle}, ${goal.source.section}`),
    measureLabel(goal),
    goal.levels[0]?.threshold ?? "",
    goal.levels[1]?.threshold ?? "",
    goal.baseline ?? "",
  ];
  const second: Cell[] = [formulas.fulfilment, formulas.status];
  const format = NUMBER_FORMATS[goal.measure];
  return {
    owned: [first, second],
    numberFormats: [format, format, format, format, "0%"],
    fresh: [...first, "", ...second, ""],
  };
}
