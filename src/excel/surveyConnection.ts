/**
 * Connecting a year's survey export to the goal tables: reading the export the user selected (a table, or
 * a range that becomes one) with the inputs the year's goals need and a proposed column for each, and the
 * connection itself, which defines the year's names and writes the live formulas. Reading costs 2 syncs,
 * connecting 3, whatever the number of goal tables.
 */
import {
  ExportProblem,
  SurveyInput,
  doubleMapping,
  exportProblem,
  inputOrigin,
  inputsNeeded,
  proposeColumns,
} from "../goals/connection";
import { blockAddress, parseAddress } from "../sheets/addresses";
import {
  ReadGoalTable,
  SurveyConnectionPlan,
  connectionPlan,
  goalsOfTable,
  parseTableName,
  tablesOfYear,
} from "../sheets/connectionPlan";
import { Cell } from "../sheets/plan";
import { ExcelRun } from "./run";
import { contains, freeTableName, makeTable } from "./selectedTable";

export interface SurveyExportRead {
  /** The export's table, or undefined where the selection is a range that connecting makes a table. */
  tableName?: string;
  address: string;
  headers: string[];
  inputs: (SurveyInput & { proposed?: string })[];
  /** The year's goal tables. */
  goalTables: string[];
  problem?: ExportProblem;
}

export interface ConnectionOutcome {
  /** False when cells the user filled stand in the way and no confirmation was given, or one column is
   * chosen for two inputs: nothing was written. */
  connected: boolean;
  doubleMapping?: { header: string; inputs: string[] };
  plan: Pick<SurveyConnectionPlan, "connected" | "waiting" | "conflicts">;
  names: string[];
  tableName: string;
}

/** The table a selected range becomes: the survey export's, or the register's when only its inputs are mapped. */
const tablePrefix = (mapping: Readonly<Record<string, string>>) =>
  Object.keys(mapping).every((input) => inputOrigin(input) === "register") ? "KKRRegister" : "KKREksport";

interface ExportRange {
  address: string;
  values: unknown[][];
  tableName?: string;
}

/** The selection, the table it lies in (if any), and every table's and name's name. 2 syncs. */
async function readWorkbook(context: Excel.RequestContext) {
  const selection = context.workbook.getSelectedRange();
  selection.load("address, values");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  // The tables' ranges, to find the one the selection lies in, and the year's goal tables' bodies.
  const ranges = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address, values");
    const body = parseTableName(table.name) ? table.getDataBodyRange() : undefined;
    body?.load("address, formulas");
    return { name: table.name, range, body };
  });
  await context.sync();
  const inTable = ranges.find((table) => contains(table.range.address, selection.address));
  const exportRange: ExportRange = inTable
    ? { address: inTable.range.address, values: inTable.range.values, tableName: inTable.name }
    : { address: selection.address, values: selection.values };
  return { exportRange, ranges, names: names.items.map((item) => item.name) };
}

/** The catalogue's goals of the year's goal tables. */
const goalsOfTables = (tables: readonly ReadGoalTable[], year: number) =>
  tables.flatMap((table) => goalsOfTable(table, year).filter((goal) => goal !== undefined));

function goalTablesRead(ranges: Awaited<ReturnType<typeof readWorkbook>>["ranges"], year: number): ReadGoalTable[] {
  const ofYear = new Set(
    tablesOfYear(
      ranges.map((table) => table.name),
      year,
    ),
  );
  return ranges
    .filter((table) => ofYear.has(table.name) && table.body)
    .map((table) => ({
      name: table.name,
      bodyAddress: (table.body as Excel.Range).address,
      formulas: (table.body as Excel.Range).formulas as Cell[][],
    }));
}

/** What the pane shows before connecting: the export's headers, the inputs and the proposal. 2 syncs. */
export async function readSurveyExport(run: ExcelRun, year: number): Promise<SurveyExportRead> {
  return run(async (context) => {
    const { exportRange, ranges } = await readWorkbook(context);
    const tables = goalTablesRead(ranges, year);
    const [headerRow = [], ...rows] = exportRange.values;
    // As written: a structured reference must name the header exactly, stray spaces included.
    const headers = headerRow.map((header) => (typeof header === "string" ? header : ""));
    const columns = headers.map((_, column) => rows.map((row) => row[column]));
    const inputs = inputsNeeded(goalsOfTables(tables, year));
    const proposal = proposeColumns(inputs, { headers, columns });
    return {
      tableName: exportRange.tableName,
      address: exportRange.address,
      headers,
      inputs: inputs.map((input) => ({ ...input, proposed: headers[proposal[input.name.da]] })),
      goalTables: tables.map((table) => table.name),
      problem: exportProblem({ headers: headerRow, columns }, year, tables.length),
    };
  });
}

/**
 * Connects the selected export to the year's goal tables with the user's mapping (input → header): a
 * range becomes a table, the year's names point at its columns, and the computed goals get their formulas.
 * Cells the user filled are replaced only with `overwrite`; without it nothing is written. 3 syncs.
 */
export async function connectSurvey(
  run: ExcelRun,
  request: { year: number; mapping: Readonly<Record<string, string>>; overwrite?: boolean },
): Promise<ConnectionOutcome> {
  return run(
    async (context) => {
      const { exportRange, ranges, names } = await readWorkbook(context);
      const taken = ranges.map((table) => table.name);
      const tableName =
        exportRange.tableName ?? freeTableName(taken, `${tablePrefix(request.mapping)}_${request.year}`);
      const plan = connectionPlan({
        year: request.year,
        exportTable: tableName,
        mapping: request.mapping,
        existingNames: names,
        tables: goalTablesRead(ranges, request.year),
      });
      const outcome = { plan, names: plan.names.map((name) => name.name), tableName };
      const double = doubleMapping(request.mapping);
      if (double) return { ...outcome, connected: false, doubleMapping: double };
      if (plan.conflicts.length > 0 && !request.overwrite) return { ...outcome, connected: false };
      if (!exportRange.tableName) makeTable(context, exportRange.address, tableName);
      for (const { name, formula } of plan.names) {
        if (names.includes(name)) context.workbook.names.getItem(name).delete();
        context.workbook.names.add(name, formula);
      }
      for (const { address, formula } of [...plan.writes, ...(request.overwrite ? plan.conflicts : [])]) {
        const { sheet, ...cell } = parseAddress(address);
        context.workbook.worksheets.getItem(sheet as string).getRange(blockAddress(cell)).formulas = [[formula]];
      }
      await context.sync();
      return { ...outcome, connected: true };
    },
    { undoGroup: true },
  );
}
