/**
 * The member survey's report in Excel: reading the answers table the user selected (a table, or a range that
 * the report makes one) with a proposed column per part, and the report itself on a new sheet, its charts
 * and print settings. Reading costs 2 syncs, the report 3; no existing sheet is touched.
 */
import { Language } from "../locale";
import {
  SurveyColumns,
  SurveyProblem,
  SurveyTable,
  proposeSurveyColumns,
  surveyFacts,
} from "../sheets/memberSurveyData";
import { memberSurveyPlan } from "../sheets/memberSurveyReport";
import { ExcelRun, addFreeSheet } from "./run";
import { contains, freeTableName, makeTable } from "./selectedTable";
import { preparePrinting, wrapColumns, writeCells } from "./writing";

export interface MemberSurveyRead {
  /** The answers' table, or undefined where the selection is a range the report makes a table. */
  tableName?: string;
  address: string;
  headers: string[];
  answers: number;
  proposal: Partial<SurveyColumns>;
}

export interface MemberSurveyOutcome {
  sheetName?: string;
  tableName?: string;
  problem?: SurveyProblem;
}

/** The selection's table (or the selected range), as headers and rows; the tables' and sheets' names. 2 syncs. */
async function readAnswers(context: Excel.RequestContext) {
  const selection = context.workbook.getSelectedRange();
  selection.load("address, values");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const ranges = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address, values");
    return { name: table.name, range };
  });
  await context.sync();
  const inTable = ranges.find((table) => contains(table.range.address, selection.address));
  const source = inTable ?? { name: undefined, range: selection };
  const [headerRow = [], ...rows] = source.range.values as unknown[][];
  // As written: a structured reference must name the header exactly.
  const table: SurveyTable = { headers: headerRow.map((header) => (typeof header === "string" ? header : "")), rows };
  return {
    table,
    tableName: source.name,
    address: source.range.address,
    tables: ranges.map((each) => each.name),
    sheets,
  };
}

/** What the pane shows before the report: the headers and the proposed column per part. 2 syncs. */
export async function readMemberSurvey(run: ExcelRun): Promise<MemberSurveyRead> {
  return run(async (context) => {
    const { table, tableName, address } = await readAnswers(context);
    return {
      tableName,
      address,
      headers: table.headers,
      answers: table.rows.length,
      proposal: proposeSurveyColumns(table),
    };
  });
}

/**
 * The report over the selected answers with the user's columns, on a new sheet: its cells, column widths,
 * charts and print settings. A problem with the answers is returned and nothing is written. 3 syncs.
 */
export async function addMemberSurveyReport(
  run: ExcelRun,
  columns: SurveyColumns,
  language: Language = "da",
): Promise<MemberSurveyOutcome> {
  return run(
    async (context) => {
      const answers = await readAnswers(context);
      const found = surveyFacts(answers.table, columns);
      if ("problem" in found) return { problem: found.problem };
      const tableName = answers.tableName ?? freeTableName(answers.tables, "KKRSvar");
      if (!answers.tableName) makeTable(context, answers.address, tableName);
      const plan = memberSurveyPlan({ tableName, columns, facts: found.facts }, language);
      const sheet = addFreeSheet(answers.sheets, plan.name);
      sheet.load("name");
      writeCells(sheet, plan);
      for (const block of plan.autofit) sheet.getRange(block).format.autofitColumns();
      // Wrapped text gets its height once the columns have their widths.
      for (const block of plan.autofit) sheet.getRange(block).format.autofitRows();
      wrapColumns(sheet, plan.widths ?? []);
      for (const chart of plan.charts) {
        const added = sheet.charts.add(chart.type, sheet.getRange(chart.source), "Columns");
        added.name = chart.name;
        added.title.text = chart.title;
        added.setPosition(...chart.position);
      }
      if (plan.print) preparePrinting(sheet, plan.print.footer, plan.print.titleRows);
      sheet.activate();
      sheet.getRange(plan.firstInput).select();
      await context.sync();
      return { sheetName: sheet.name, tableName };
    },
    { undoGroup: true },
  );
}
