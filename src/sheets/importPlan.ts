/**
 * An import as a plan: from what was read of the workbook (nothing, or the goal table of the same choice),
 * the cells, rows, formats and flags to write, and what to tell the user. Pure: the Excel layer reads,
 * calls this and writes the plan, so every decision here (new table, re-import, widening a table of
 * version 0.1, rows hidden by a filter, formats kept from an older template) is tested without Excel.
 */
import { GoalInForce, Language } from "../goals";
import { CellBlock, blockAddress, columnLetter, parseAddress } from "./addresses";
import { Cell } from "./plan";
import {
  COLUMN,
  COLUMNS_BY_LANGUAGE,
  GoalRowCells,
  GoalSelection,
  LAYOUT,
  TableLayout,
  addedColumns,
  goalRowCells,
  layoutOf,
  sheetName,
  tableLanguage,
  tableName,
} from "./goalTable";

/** What the Excel layer read of the goal table of the chosen source, year, hub and segment. */
export interface ExistingTable {
  /** The body's address as Excel reports it: "'Mål 2022'!A2:N20". */
  bodyAddress: string;
  /** The first header: it says the language the table was made in. */
  firstHeader: unknown;
  values: readonly (readonly unknown[])[];
  /** The body's formulas: a cell the user filled with a formula keeps it. */
  formulas: readonly (readonly unknown[])[];
  numberFormats: readonly (readonly string[])[];
  /** Rows hidden by a filter are still written by address, but Excel adds no rows under a filter. */
  filtered: boolean;
  /** The cells a table of version 0.1 would take when widened. */
  besides: { address: string; values: readonly (readonly unknown[])[] };
}

/** Number formats per block of cells, and the status flags: one colour rule per status. */
export interface BodyFormats {
  numberFormats: { address: string; formats: string[][] }[];
  /** Ranges flagged by the status cell of their row (column absolute, row relative). */
  flags: { address: string; statusCell: string; language: Language }[];
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  /** Rows of goals no longer in the template: left as they are, with the user's values. */
  kept: number;
  /** The cells that kept a table of version 0.1 from getting its new columns: never overwritten. */
  widenBlockedAt?: string;
  /** New goals not added because the table is filtered (office-js#994); clearing a filter is the user's. */
  notAddedFiltered?: number;
}

export interface NewTablePlan extends BodyFormats {
  kind: "new";
  tableName: string;
  /** The wanted sheet name; the Excel layer picks a free variant. */
  sheetName: string;
  /** The table's cells, header first. */
  address: string;
  formulas: Cell[][];
  footer: string;
  counts: ImportCounts;
}

export interface ReimportPlan extends BodyFormats {
  kind: "reimport";
  tableName: string;
  sheetName: string;
  /** Columns appended to a table of version 0.1, each its header and a blank per row. */
  newColumns: Cell[][][];
  /** The add-in's own blocks of existing rows; the user's cells are not among them. */
  cells: { address: string; formulas: Cell[][] }[];
  /** Rows appended to the table. */
  newRows: Cell[][];
  counts: ImportCounts;
}

export type ImportPlan = NewTablePlan | ReimportPlan;

export function importPlan(
  selection: GoalSelection,
  goals: readonly GoalInForce[],
  existing: ExistingTable | undefined,
  language: Language = "da",
): ImportPlan {
  return existing ? reimportPlan(selection, goals, existing) : newTablePlan(selection, goals, language);
}

function newTablePlan(selection: GoalSelection, goals: readonly GoalInForce[], language: Language): NewTablePlan {
  const rows = goals.map((goal, index) => goalRowCells(goal, selection.sourceTitle, index + 1, 0, LAYOUT, language));
  const body: CellBlock = { row: 1, column: 0, rows: goals.length, columns: LAYOUT.width };
  return {
    kind: "new",
    tableName: tableName(selection),
    sheetName: sheetName(selection, language),
    address: blockAddress({ ...body, row: 0, rows: goals.length + 1 }),
    formulas: [[...COLUMNS_BY_LANGUAGE[language]], ...rows.map((row) => row.fresh)],
    ...bodyFormats(
      body,
      LAYOUT,
      rows.map((row) => row.numberFormats),
      language,
    ),
    footer: `${selection.sourceTitle} ${selection.year}`,
    counts: { inserted: goals.length, updated: 0, kept: 0 },
  };
}

const isEmpty = (values: readonly (readonly unknown[])[]): boolean =>
  values.every((row) => row.every((cell) => cell === "" || cell === null));

function reimportPlan(selection: GoalSelection, goals: readonly GoalInForce[], existing: ExistingTable): ReimportPlan {
  const language = tableLanguage(existing.firstHeader);
  const start = parseAddress(existing.bodyAddress);
  const widenable = layoutOf(start.columns) !== LAYOUT;
  const widen = widenable && isEmpty(existing.besides.values);
  const layout = widenable && !widen ? layoutOf(start.columns) : LAYOUT;
  const rowOf = (goal: GoalInForce, index: number) =>
    goalRowCells(goal, selection.sourceTitle, start.row + index, start.column, layout, language);

  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const existingIds = new Set(existing.values.map((row) => String(row[COLUMN.id])));
  const missing = goals.filter((goal) => !existingIds.has(goal.id));
  const added = existing.filtered ? [] : missing;
  const rows: (GoalRowCells | undefined)[] = existing.values.map((row, index) => {
    const goal = goalById.get(String(row[COLUMN.id]));
    return goal && keepTypedBaseline(rowOf(goal, index), goal, existing.formulas[index] ?? row);
  });
  const newRows = added.map((goal, index) => rowOf(goal, existing.values.length + index));
  const updated = rows.filter(Boolean).length;
  // A row kept from an older template keeps its formats; a column it did not have gets General.
  const keptFormats = (index: number) =>
    layout.formatted.map(({ first, count }) =>
      Array.from({ length: count }, (_, offset) => existing.numberFormats[index]?.[first + offset] ?? "General"),
    );
  const formats = [...rows, ...newRows].map((row, index) => row?.numberFormats ?? keptFormats(index));
  return {
    kind: "reimport",
    tableName: tableName(selection),
    sheetName: start.sheet as string,
    newColumns: widen ? addedColumns(language).map((title) => [[title], ...existing.values.map(() => [""])]) : [],
    cells: rows.flatMap((row, index) => (row ? ownedBlocks(row, layout, start.row + index, start.column) : [])),
    newRows: newRows.map((row) => row.fresh),
    ...bodyFormats({ ...start, rows: existing.values.length + newRows.length }, layout, formats, language),
    counts: {
      inserted: added.length,
      updated,
      kept: existing.values.length - updated,
      ...(widenable && !widen ? { widenBlockedAt: existing.besides.address } : {}),
      ...(existing.filtered && missing.length > 0 ? { notAddedFiltered: missing.length } : {}),
    },
  };
}

/**
 * A change goal whose source gives no baseline (it names a base year whose measurement the user types in or
 * connects) keeps the baseline in the row, a typed number or a connection's formula: the import wrote none,
 * so re-importing must not blank it.
 */
function keepTypedBaseline(cells: GoalRowCells, goal: GoalInForce, existingRow: readonly unknown[]): GoalRowCells {
  if (goal.measure !== "changePp" || goal.baseline !== undefined) return cells;
  const typed = existingRow[COLUMN.baseline];
  const owned = cells.owned.map((block) => [...block]);
  // The first owned block starts at the table's first column, so a column's position is its index there.
  owned[0][COLUMN.baseline] = typeof typed === "number" || typeof typed === "string" ? typed : "";
  return { ...cells, owned };
}

/** The add-in's blocks of one existing row, each by its address. */
const ownedBlocks = (row: GoalRowCells, layout: TableLayout, sheetRow: number, firstColumn: number) =>
  layout.owned.map((owned, blockIndex) => ({
    address: blockAddress({ row: sheetRow, column: firstColumn + owned.first, rows: 1, columns: owned.count }),
    formulas: [row.owned[blockIndex]],
  }));

/** Number formats of the body, and the flags on the actual value and the status. */
function bodyFormats(
  body: CellBlock,
  layout: TableLayout,
  numberFormats: string[][][],
  language: Language,
): BodyFormats {
  const statusCell = `$${columnLetter(body.column + COLUMN.status)}${body.row + 1}`;
  return {
    numberFormats: layout.formatted.map(({ first, count }, blockIndex) => ({
      address: blockAddress({ ...body, column: body.column + first, columns: count }),
      formats: numberFormats.map((row) => row[blockIndex]),
    })),
    flags: [COLUMN.actual, COLUMN.status].map((column) => ({
      address: blockAddress({ ...body, column: body.column + column, columns: 1 }),
      statusCell,
      language,
    })),
  };
}
