/**
 * The Excel layer's sheets beyond the goal tables: the finance staff's planned sheets, the overview for the
 * KKR meeting and the years side by side. Each is one Excel.run with a fixed number
 * of syncs, and writes only on sheets and blocks the add-in made.
 */
import { blockAddress, parseAddress } from "../sheets/addresses";
import { DevelopmentYear, developmentPlan } from "../sheets/development";
import { SheetPlan } from "../sheets/financeSheets";
import { GOAL_TABLE_PREFIX, tableLanguage } from "../sheets/goalTable";
import { Language } from "../locale";
import { OVERVIEW_CHART, OVERVIEW_NAME, overviewPlan } from "../sheets/overview";
import { ExcelRun, addFreeSheet } from "./run";
import { flagStatuses, preparePrinting, wrapColumns, writeCells } from "./writing";

/**
 * Writes a planned sheet (the finance staff's allocation or quota sheet) onto a new sheet, so no cell of the
 * user's is ever overwritten. 2 syncs, whatever the number of municipalities.
 */
export async function addPlannedSheet(run: ExcelRun, plan: SheetPlan): Promise<{ sheetName: string }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheet = addFreeSheet(sheets, plan.name);
    sheet.load("name");
    writeCells(sheet, plan);
    for (const block of plan.autofit) sheet.getRange(block).format.autofitColumns();
    // Wrapped headers get their height only once the columns have their widths.
    for (const block of plan.autofit) sheet.getRange(block).format.autofitRows();
    if (plan.print) preparePrinting(sheet, plan.print.footer, plan.print.titleRows);
    sheet.activate();
    sheet.getRange(plan.firstInput).select();
    await context.sync();
    return { sheetName: sheet.name };
  });
}

/** A year of the source, with the goal table an import would make for it. */
export type YearOfSource = Omit<DevelopmentYear, "tableName" | "language"> & { tableName: string };

export interface OverviewResult {
  sheetName: string;
  tables: number;
}

/**
 * Builds (or rebuilds) the "Overblik" sheet over every goal table, with a chart of each goal's fulfilment
 * and print settings. A rebuild clears only the block and the chart the previous build wrote (its address
 * is kept in a workbook name), so nothing else on the sheet is touched. 3 syncs, whatever the number of tables.
 */
export async function buildOverview(run: ExcelRun, language: Language = "da"): Promise<OverviewResult> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const previous = context.workbook.names.getItemOrNullObject(OVERVIEW_NAME);
    previous.load("name");
    await context.sync();

    const bodies = tables.items
      .filter((table) => table.name.startsWith(GOAL_TABLE_PREFIX))
      .map((table) => {
        const body = table.getDataBodyRange();
        body.load("address");
        // Each table keeps its own language: its headers name the columns the formulas refer to.
        const header = table.getHeaderRowRange();
        header.load("values");
        return { name: table.name, body, header };
      });
    const previousBlock = previous.isNullObject ? undefined : previous.getRange();
    previousBlock?.load("address");
    const previousChart = previousBlock?.worksheet.charts.getItemOrNullObject(OVERVIEW_CHART);
    previousChart?.load("name");
    await context.sync();

    const infos = bodies.map(({ name, body, header }) => {
      const { sheet, rows } = parseAddress(body.address);
      return { name, sheet: sheet as string, rows, language: tableLanguage(header.values[0][0]) };
    });
    const plan = overviewPlan(infos, language);
    let sheet: Excel.Worksheet;
    if (previousBlock) {
      const { sheet: sheetName, ...block } = parseAddress(previousBlock.address);
      sheet = context.workbook.worksheets.getItem(sheetName as string);
      sheet.getRange(blockAddress(block)).clear();
      if (previousChart && !previousChart.isNullObject) previousChart.delete();
      previous.delete();
    } else {
      sheet = addFreeSheet(sheets, plan.sheetName);
    }
    sheet.load("name");
    writeCells(sheet, plan);
    if (plan.chartSource) {
      const chart = sheet.charts.add("BarClustered", sheet.getRange(plan.chartSource), "Columns");
      chart.name = OVERVIEW_CHART;
      chart.title.text = plan.chartTitle;
      chart.setPosition(...plan.chartPosition);
    }
    context.workbook.names.add(OVERVIEW_NAME, sheet.getRange(plan.block));
    sheet.getRange(plan.fitted).format.autofitColumns();
    wrapColumns(sheet, plan.widths);
    preparePrinting(sheet, plan.cells[0].formulas[0][0] as string, "$4:$4");
    sheet.activate();
    await context.sync();
    return { sheetName: sheet.name, tables: infos.length };
  });
}

/**
 * Lays out the years of a source side by side on a new sheet, each year linked to its goal table where the
 * workbook has one, with the status flags. `years` names each year's table as an import would name it.
 * 3 syncs: the tables, their headers (each keeps its language), the writing.
 */
export async function buildDevelopment(
  run: ExcelRun,
  title: string,
  years: readonly YearOfSource[],
  language: Language = "da",
): Promise<{ sheetName: string; linkedYears: number }> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const existing = new Map(tables.items.map((table) => [table.name.toLowerCase(), table]));
    const headers = years.map((year) => {
      const header = existing.get(year.tableName.toLowerCase())?.getHeaderRowRange();
      header?.load("values");
      return header;
    });
    await context.sync();
    const linked = years.map((year, index) => {
      const header = headers[index];
      return header ? { ...year, language: tableLanguage(header.values[0][0]) } : { ...year, tableName: undefined };
    });
    const plan = developmentPlan(title, linked, language);
    const sheet = addFreeSheet(sheets, plan.name);
    sheet.load("name");
    writeCells(sheet, plan);
    for (const { address, language: statusLanguage } of plan.statusColumns) {
      flagStatuses(sheet.getRange(address), address.split(":")[0], statusLanguage);
    }
    sheet.freezePanes.freezeRows(3);
    sheet.getRange(plan.cells[plan.cells.length - 1].address).format.autofitColumns();
    preparePrinting(sheet, title, "$3:$3");
    sheet.activate();
    await context.sync();
    return { sheetName: sheet.name, linkedYears: linked.filter((year) => year.tableName).length };
  });
}
