/**
 * Connecting a year's export, as a plan: from the export table, the user's mapping of inputs to its
 * columns, the names the workbook has and the year's goal tables as read, the names to (re)define and the
 * formulas to write. A cell is written only where it is empty or already holds the formula planned for it
 * (the add-in wrote it, and the names it refers to are re-pointed instead); any other content is the user's
 * and is listed as a conflict, written only on a confirmation. Pure: the Excel layer reads, plans, writes.
 */
import { GoalInForce, HUBS, Hub, SEGMENTS, SOURCE_DOCUMENTS, Segment, catalogue, resolveGoal } from "../goals";
import {
  GoalConnection,
  NameLookup,
  columnReference,
  goalConnection,
  inputsNeeded,
  yearName,
} from "../goals/connection";
import { cellAddress, parseAddress, sheetReference } from "./addresses";
import { ASCII, COLUMN, GOAL_TABLE_PREFIX } from "./goalTable";
import { Cell } from "./plan";

/** What the Excel layer read of one goal table: its body and, per row, the cells a connection may write. */
export interface ReadGoalTable {
  name: string;
  /** The body's address as Excel reports it: "'Mål 2022'!A2:N20". */
  bodyAddress: string;
  /** Each row's formulas, all columns. */
  formulas: readonly (readonly Cell[])[];
}

export interface ConnectionRequest {
  year: number;
  /** The export's table and the header of the column chosen for each input. */
  exportTable: string;
  mapping: Readonly<Record<string, string>>;
  /** The workbook names that exist (earlier years' connections among them). */
  existingNames: readonly string[];
  tables: readonly ReadGoalTable[];
}

export interface CellWrite {
  address: string;
  formula: string;
}

export interface SurveyConnectionPlan {
  names: { name: string; formula: string }[];
  writes: CellWrite[];
  /** Cells holding something else than the planned formula: the user's, replaced only on confirmation. */
  conflicts: (CellWrite & { current: Cell })[];
  /** The goals that get live formulas, by id. */
  connected: string[];
  /** Computed goals left without data, each with the inputs it lacks. */
  waiting: { goal: string; inputs: string[] }[];
}

/** A goal table's source, year, hub and segment, read back from its name (see tableName). */
export function parseTableName(
  name: string,
): { sourceId: string; year: number; hub?: Hub; segment?: Segment } | undefined {
  for (const source of SOURCE_DOCUMENTS) {
    const prefix = `${GOAL_TABLE_PREFIX}${ASCII(source.id)}_`;
    if (!name.startsWith(prefix)) continue;
    const [year, ...rest] = name.slice(prefix.length).split("_");
    // A hub's own contract names no hub in its table: the hub is the source's.
    const hub = HUBS.find((candidate) => candidate === rest[0]);
    const segmentKey = (hub ? rest.slice(1) : rest).join("_");
    const segment = SEGMENTS.find((candidate) => ASCII(candidate) === segmentKey);
    if (/^\d{4}$/.test(year)) return { sourceId: source.id, year: Number(year), hub: hub ?? source.hub, segment };
  }
  return undefined;
}

/** The goal tables of a year, by their names. */
export const tablesOfYear = (names: readonly string[], year: number): string[] =>
  names.filter((name) => parseTableName(name)?.year === year);

/** Each row's catalogue goal as it applies to the table's hub in `year`; undefined where the catalogue has none. */
export function goalsOfTable(table: ReadGoalTable, year: number): (GoalInForce | undefined)[] {
  const hub = parseTableName(table.name)?.hub;
  return table.formulas.map((row) => {
    const template = catalogue.find((goal) => goal.id === row[COLUMN.id]);
    return template && resolveGoal(template, year, hub);
  });
}

/**
 * The year's names lookup: the inputs mapped now and those an earlier connection of the year defined (the
 * register's columns are connected from their own table), and last year's CVR for NEWSHARE.
 */
function namesFor(year: number, mapped: ReadonlySet<string>, existing: ReadonlySet<string>): NameLookup {
  return (input) => {
    if (input === "cvr_året_før") {
      const previous = yearName("cvr", year - 1);
      return existing.has(previous) ? previous : undefined;
    }
    const name = yearName(input, year);
    return mapped.has(input) || existing.has(name) ? name : undefined;
  };
}

/** A base year's names: those its own connection defined. */
const baseNamesFor =
  (existing: ReadonlySet<string>) =>
  (year: number | undefined): NameLookup =>
  (input) =>
    year !== undefined && existing.has(yearName(input, year)) ? yearName(input, year) : undefined;

export function connectionPlan(request: ConnectionRequest): SurveyConnectionPlan {
  const mapped = new Set(Object.keys(request.mapping));
  const existing = new Set(request.existingNames);
  const names = namesFor(request.year, mapped, existing);
  const baseNames = baseNamesFor(existing);
  const plan: SurveyConnectionPlan = {
    names: Object.entries(request.mapping).map(([input, header]) => ({
      name: yearName(input, request.year),
      formula: `=${columnReference(request.exportTable, header)}`,
    })),
    writes: [],
    conflicts: [],
    connected: [],
    waiting: [],
  };
  for (const table of request.tables) planTable(table, request.year, names, baseNames, plan);
  return plan;
}

function planTable(
  table: ReadGoalTable,
  year: number,
  names: NameLookup,
  baseNames: (year: number | undefined) => NameLookup,
  plan: SurveyConnectionPlan,
): void {
  const parsed = parseTableName(table.name);
  if (!parsed || parsed.year !== year) return;
  const body = parseAddress(table.bodyAddress);
  const sheet = `${sheetReference(body.sheet as string)}!`;
  goalsOfTable(table, year).forEach((goal, index) => {
    const row = table.formulas[index];
    if (!goal || !goal.computation || !("function" in goal.computation)) return;
    const at = (column: number) => cellAddress(body.row + index, body.column + column);
    const connection = goalConnection(goal, names, baseNames(goal.baseYear), { baseline: `$${at(COLUMN.baseline)}` });
    if (!connection) {
      const lacking = inputsNeeded([goal]).filter((input) => names(input.name.da) === undefined);
      plan.waiting.push({ goal: goal.id, inputs: lacking.map((input) => input.name.da) });
      return;
    }
    plan.connected.push(goal.id);
    for (const [column, formula] of cellsOf(connection, row.length)) {
      const current = row[column];
      const write = { address: `${sheet}${at(column)}`, formula };
      if (sameFormula(current, formula)) continue;
      if (current === "" || current === undefined) plan.writes.push(write);
      else plan.conflicts.push({ ...write, current });
    }
  });
}

/** Excel may read a formula back with other spacing or case than written: the same formula for the plan. */
const sameFormula = (current: Cell | undefined, formula: string): boolean =>
  typeof current === "string" &&
  current.replace(/\s+/g, "").toUpperCase() === formula.replace(/\s+/g, "").toUpperCase();

/** The columns a connection writes, where the table has them (a table of version 0.1 has no interval). */
function cellsOf(connection: GoalConnection, width: number): [number, string][] {
  const cells: [number, string | undefined][] = [
    [COLUMN.actual, connection.actual],
    [COLUMN.baseline, connection.baseline],
    [COLUMN.lower, connection.interval?.lower],
    [COLUMN.upper, connection.interval?.upper],
  ];
  return cells.filter((cell): cell is [number, string] => cell[1] !== undefined && cell[0] < width);
}
