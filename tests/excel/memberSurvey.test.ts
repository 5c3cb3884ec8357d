/**
 * The member survey report on the fake workbook: reading the selected answers in 2 syncs, the report on a
 * new sheet in 3 with its charts, widths and print settings, the answers' sheet untouched, and a bad input
 * named with nothing written.
 */
import { addMemberSurveyReport, readMemberSurvey } from "../../src/excel/memberSurvey";
import { SurveyColumns } from "../../src/sheets/memberSurveyData";
import { FakeExcel } from "../fakes/fakeExcel";
import { STATEMENTS, memberSurveyRows } from "../fixtures/memberSurvey2025";

const DATA_SHEET = "Svar 2025";
const COLUMNS: SurveyColumns = {
  today: "Nøgleord i dag",
  future: "Nøgleord fremadrettet",
  group: "Gruppe",
  kkr: "KKR",
  year: "År",
  statements: [...STATEMENTS],
};
const rows = memberSurveyRows();
// 15 columns (A:O) and a header row over 218 answers.
const ANSWERS = `'${DATA_SHEET}'!A1:O219`;

async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Ark1", DATA_SHEET]);
  await excel.type(DATA_SHEET, "A1:O219", rows);
  excel.selection = `'${DATA_SHEET}'!C7`;
  excel.syncCount = 0;
  return excel;
}

/** The selection C7 lies in the answers, which are a table already. */
async function withTable(): Promise<FakeExcel> {
  const excel = await workbook();
  await excel.run(async (context) => {
    const table = context.workbook.worksheets.getItem(DATA_SHEET).tables.add("A1:O219", true);
    table.name = "Svar";
    await context.sync();
  });
  excel.syncCount = 0;
  return excel;
}

describe("the member survey report in Excel", () => {
  it("reads the table the selection lies in, with a proposed column per part, in 2 syncs", async () => {
    const excel = await withTable();
    const read = await readMemberSurvey(excel.run);
    expect(excel.syncCount).toBe(2);
    expect(read).toMatchObject({ tableName: "Svar", answers: 218, proposal: COLUMNS });
    expect(read.headers).toHaveLength(15);
  });

  it("makes the report on a new sheet in 3 syncs: cells, two charts, column A's width, print settings", async () => {
    const excel = await withTable();
    const before = [...excel.sheet(DATA_SHEET).cells.entries()].map(([address, cell]) => [address, cell.formula]);
    const outcome = await addMemberSurveyReport(excel.run, COLUMNS);
    expect(excel.syncCount).toBe(3);
    expect(outcome).toEqual({ sheetName: "Medlemsundersøgelse", tableName: "Svar" });
    const sheet = excel.sheet("Medlemsundersøgelse");
    expect(sheet.cells.get("A9")?.formula).toBe(
      '=KKR.CHOICES(FILTER(Svar[[Nøgleord i dag]],Svar[[År]]=$B$4,""),5,$K$9:$K$23)',
    );
    expect(sheet.charts.map((chart) => [chart.name, chart.type, chart.title])).toEqual([
      ["KKRNoegleord", "BarClustered", "Nøgleord i dag og fremadrettet, antal markeringer"],
      ["KKRUdsagn", "BarStacked", "Udsagn: fordeling på skalaen"],
    ]);
    expect(sheet.charts.every((chart) => chart.position !== undefined)).toBe(true);
    // Every column a set width in characters (5.6 pt each), wrapped from the tables down: A the statements (26),
    // the keyword columns as wide as "Værdiskabende", the numbers narrow.
    const widths = sheet.formats.filter((format) => format.width !== undefined);
    expect(
      widths.map((format) => [format.address.replace(/\d+/g, ""), Math.round((format.width as number) / 5.6)]),
    ).toEqual(
      [26, 16, 14, 14, 9, 14, 12, 9, 10, 9, 14].map((characters, column) => [
        `${"ABCDEFGHIJK"[column]}:${"ABCDEFGHIJK"[column]}`,
        characters,
      ]),
    );
    expect(widths.every((format) => format.wrap && format.address.startsWith(`${format.address[0]}8:`))).toBe(true);
    expect(sheet.print).toMatchObject({ orientation: "Landscape", leftFooter: "KKR-medlemsundersøgelsen: rapport" });
    // The answers' sheet is as it was.
    const after = [...excel.sheet(DATA_SHEET).cells.entries()].map(([address, cell]) => [address, cell.formula]);
    expect(after).toEqual(before);
  });

  it("makes a selected range a table and never reuses a sheet: a second report goes on a sheet of its own", async () => {
    const excel = await workbook();
    excel.selection = ANSWERS;
    const first = await addMemberSurveyReport(excel.run, COLUMNS);
    expect(first.tableName).toBe("KKRSvar");
    expect(excel.tables.map((table) => [table.name, table.sheet.name])).toEqual([["KKRSvar", DATA_SHEET]]);
    excel.selection = `'${DATA_SHEET}'!B2`;
    excel.syncCount = 0;
    const second = await addMemberSurveyReport(excel.run, COLUMNS, "en");
    expect(excel.syncCount).toBe(3);
    expect(second).toEqual({ sheetName: "Member survey", tableName: "KKRSvar" });
    expect(excel.sheet("Member survey").cells.get("A4")?.formula).toBe("Report year");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([
      "Ark1",
      DATA_SHEET,
      "Medlemsundersøgelse",
      "Member survey",
    ]);
  });

  it("names a bad input and writes nothing: no sheet, no table", async () => {
    const excel = await workbook();
    excel.selection = ANSWERS;
    const outcome = await addMemberSurveyReport(excel.run, {
      ...COLUMNS,
      statements: [...STATEMENTS, "Nøgleord i dag"],
    });
    expect(outcome).toEqual({ problem: { kind: "sameColumn", header: "Nøgleord i dag" } });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ark1", DATA_SHEET]);
    expect(excel.tables).toEqual([]);
    expect(excel.log.filter((entry) => /^(set|add|format)/.test(entry.op))).toEqual([]);
  });
});
