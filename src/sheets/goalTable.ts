/**
 * The layout of a goal table: which columns exist, which the add-in owns (rewritten on re-import) and
 * which belong to the user (actual value, note: never overwritten), and the cells of one goal's row.
 * Pure: the Excel layer turns this into ranges.
 */
import { GoalInForce, HUB_NAMES, Hub, Measure, Segment, describeComputation, goalFormulas } from "../goals";
import { LOCALES, Language, wordsFor } from "../locale";
import { CellBlock, blockAddress, cellAddress } from "./addresses";

export const GOAL_TABLE_PREFIX = "KKRMaal_";

/** The columns of version 0.1 (11), then the three added since: a legacy table keeps every position it had. */
const LEGACY_WIDTH = 11;

/** A table made where Office runs in English has English headers; it keeps them on re-import. */
export const COLUMNS_BY_LANGUAGE: Record<Language, readonly string[]> = {
  da: LOCALES.da.goalTable.columns,
  en: LOCALES.en.goalTable.columns,
};

export const COLUMNS = COLUMNS_BY_LANGUAGE.da;

/** The columns a table made by version 0.1 lacks, in the table's language. */
export const addedColumns = (language: Language): readonly string[] =>
  COLUMNS_BY_LANGUAGE[language].slice(LEGACY_WIDTH);

/** A table's language, read from its first header. */
export const tableLanguage = (firstHeader: unknown): Language =>
  firstHeader === COLUMNS_BY_LANGUAGE.en[0] ? "en" : "da";

/** Column positions (0-based) within the table. */
export const COLUMN = {
  id: 0,
  title: 1,
  source: 2,
  threshold: 4,
  baseline: 6,
  actual: 7,
  fulfilment: 8,
  status: 9,
  note: 10,
  computation: 11,
  lower: 12,
  upper: 13,
} as const;

export interface Block {
  first: number;
  count: number;
}

/**
 * Which columns the add-in owns (rewritten on re-import) and which get number formats. The actual value,
 * the note and the interval belong to the user and are never written by an import.
 */
export interface TableLayout {
  width: number;
  owned: readonly Block[];
  formatted: readonly Block[];
  hasInterval: boolean;
}

export const LAYOUT: TableLayout = {
  width: COLUMNS.length,
  owned: [
    { first: 0, count: 7 },
    { first: COLUMN.fulfilment, count: 2 },
    { first: COLUMN.computation, count: 1 },
  ],
  formatted: [
    { first: COLUMN.threshold, count: 5 },
    { first: COLUMN.lower, count: 2 },
  ],
  hasInterval: true,
};

const LEGACY_LAYOUT: TableLayout = {
  width: LEGACY_WIDTH,
  owned: LAYOUT.owned.slice(0, 2),
  formatted: LAYOUT.formatted.slice(0, 1),
  hasInterval: false,
};

/** The layout of a table `width` columns wide. */
export const layoutOf = (width: number): TableLayout => (width >= LAYOUT.width ? LAYOUT : LEGACY_LAYOUT);

export interface GoalSelection {
  sourceId: string;
  sourceTitle: string;
  year: number;
  hub?: Hub;
  segment?: Segment;
}

export type Cell = string | number | boolean;

export interface GoalRowCells {
  /** The add-in's cells, one array per owned block of the layout. */
  owned: Cell[][];
  /** Number formats, one array per formatted block of the layout. */
  numberFormats: string[][];
  /** The whole row as first inserted: the user's cells blank. */
  fresh: Cell[];
}

/** A name folded to lower-case ASCII with underscores, as table names need. */
export const ASCII = (text: string): string =>
  text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/** A short, stable fingerprint of a text (FNV-1a, 32 bits), to keep names apart that ASCII folding would merge. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The source's part of a table name: the built-in ids ("rammeaftale-2021-2023") as before, so workbooks
 * made earlier are found again; any other document name folded to ASCII and kept unique by its fingerprint
 * ("!!!" and "???" both fold to "", so they would otherwise share a table).
 */
function sourceKey(sourceId: string): string {
  if (/^[a-z0-9-]{1,80}$/.test(sourceId)) return ASCII(sourceId);
  return `${ASCII(sourceId).slice(0, 60)}_${fingerprint(sourceId)}`;
}

/** One table per source, year, hub and segment: importing the same choice again finds it by this name. */
export const tableName = (selection: GoalSelection): string =>
  [
    GOAL_TABLE_PREFIX + sourceKey(selection.sourceId),
    selection.year,
    selection.hub,
    selection.segment && ASCII(selection.segment),
  ]
    .filter(Boolean)
    .join("_");

/**
 * "Mål 2022 RA Midtjylland drift" (in English "Goals 2022 FA Midtjylland drift"): at most 31 characters,
 * none that Excel forbids in sheet names.
 */
export function sheetName(selection: GoalSelection, language: Language = "da"): string {
  const words = wordsFor(language).goalTable;
  const agreement = words.agreement;
  const source = selection.sourceId.startsWith("rammeaftale")
    ? `${agreement}${selection.hub ? ` ${HUB_NAMES[selection.hub]}` : ""}`
    : selection.hub
      ? HUB_NAMES[selection.hub]
      : selection.sourceTitle;
  const name = [`${words.goals} ${selection.year}`, source, selection.segment].filter(Boolean).join(" ");
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

export const NUMBER_FORMATS: Record<Measure, string> = {
  nps: "0.0",
  share: "0.0%",
  count: "#,##0",
  changePp: "0.0%",
  growthVsControlPp: "0.0%",
  populationDeviation: "0.0%",
  qualitative: "General",
};

/**
 * Text Excel would read as a formula ("=…", "+5 pp", "-", "@…", and the full-width signs an IME types)
 * gets the apostrophe that keeps it text.
 */
export const asText = (text: string): string => (/^[=+\-@＝＋－＠]/.test(text) ? `'${text}` : text);

function measureLabel(goal: GoalInForce, language: Language): string {
  const words = wordsFor(language);
  const measure = `${words.measures[goal.measure]}${goal.perMonth ? ` ${words.goalTable.perMonth}` : ""}`;
  return [measure, goal.segment, goal.topic].filter(Boolean).join(", ");
}

/** The cells of one goal in sheet row `row` (0-based), in a table whose first column is `firstColumn`. */
export function goalRowCells(
  goal: GoalInForce,
  sourceTitle: string,
  row: number,
  firstColumn = 0,
  layout: TableLayout = LAYOUT,
  language: Language = "da",
): GoalRowCells {
  const cell = (column: number) => cellAddress(row, firstColumn + column);
  const thresholds = goal.levels.map((_, index) => cell(COLUMN.threshold + index));
  const formulas = goalFormulas(
    goal,
    {
      actual: cell(COLUMN.actual),
      thresholds,
      baseline: cell(COLUMN.baseline),
      fulfilment: cell(COLUMN.fulfilment),
      interval: layout.hasInterval ? { lower: cell(COLUMN.lower), upper: cell(COLUMN.upper) } : undefined,
    },
    language,
  );
  const byColumn = new Map<number, Cell>([
    [COLUMN.id, goal.id],
    [COLUMN.title, asText(goal.title[language])],
    [
      2,
      asText(
        `${sourceTitle}, ${goal.source.section}${goal.pending ? ` (${wordsFor(language).goalTable.pending})` : ""}`,
      ),
    ],
    [3, measureLabel(goal, language)],
    [COLUMN.threshold, goal.levels[0]?.threshold ?? ""],
    [COLUMN.threshold + 1, goal.levels[1]?.threshold ?? ""],
    [COLUMN.baseline, goal.baseline ?? ""],
    [COLUMN.fulfilment, formulas.fulfilment],
    [COLUMN.status, formulas.status],
    [COLUMN.computation, asText(describeComputation(goal, language) ?? "")],
  ]);
  const format = NUMBER_FORMATS[goal.measure];
  const formatOf = (column: number) => (column === COLUMN.fulfilment ? "0%" : format);
  const columns = ({ first, count }: Block) => Array.from({ length: count }, (_, index) => first + index);
  return {
    owned: layout.owned.map((block) => columns(block).map((column) => byColumn.get(column) ?? "")),
    numberFormats: layout.formatted.map((block) => columns(block).map(formatOf)),
    fresh: Array.from({ length: layout.width }, (_, column) => byColumn.get(column) ?? ""),
  };
}

/**
 * The printed columns of a goal table (the goal to the note) and Beregning, with their widths in
 * characters: wrapped, headers included, not fitted to the longest text. Together about 150 characters,
 * so one landscape page wide prints at 70 % or more.
 */
const WRAPPED_WIDTHS: [column: number, characters: number][] = [
  [COLUMN.title, 32],
  [COLUMN.source, 16],
  [COLUMN.source + 1, 18], // Måltype: "Mervækst mod kontrolgruppe (procentpoint), vækst"
  [COLUMN.threshold, 9], // "Tærskel (100 %)"
  [COLUMN.threshold + 1, 9],
  [COLUMN.baseline, 12], // "Udgangspunkt"
  [COLUMN.actual, 9],
  [COLUMN.fulfilment, 10],
  [COLUMN.status, 18],
  [COLUMN.note, 18],
  [COLUMN.computation, 40],
];

/**
 * How a new goal sheet prints for the KKR meeting (its table at `table`, header row included): the long
 * text columns wrapped at a width instead of fitted to their longest text (fitted, one long quote would
 * shrink the page to unreadable), and the print area from the goal to the note. The id, the computation
 * and the interval stay on the sheet but off the page.
 */
export function goalSheetPrint(table: CellBlock): {
  widths: { columns: string; characters: number }[];
  printArea: string;
} {
  const column = (index: number) => blockAddress({ ...table, column: table.column + index, columns: 1 });
  return {
    widths: WRAPPED_WIDTHS.map(([index, characters]) => ({ columns: column(index), characters })),
    printArea: blockAddress({ ...table, column: table.column + COLUMN.title, columns: COLUMN.note - COLUMN.title + 1 }),
  };
}
