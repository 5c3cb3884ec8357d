import ExcelJS from "exceljs";
import { goalsFor } from "../../src/goals";
import { parseAddress } from "../../src/sheets/addresses";
import { developmentPlan } from "../../src/sheets/development";
import { COLUMNS, GoalSelection, tableName } from "../../src/sheets/goalTable";
import { buildDevelopment } from "../../src/excel/sheets";
import { importGoals } from "../../src/excel/goalTables";
import { FakeExcel } from "../fakes/fakeExcel";
import { recalculate } from "../libreOffice";

const YEARS = [2024, 2025, 2026, 2027];
const selection = (year: number): GoalSelection => ({
  sourceId: "rammeaftale-2024-2027",
  sourceTitle: "Rammeaftale 2024-2027",
  year,
  hub: "midtjylland",
});
const yearsOf = () =>
  YEARS.map((year) => ({
    year,
    goals: goalsFor({ source: "rammeaftale-2024-2027", year, hub: "midtjylland" }),
    tableName: tableName(selection(year)),
  }));

describe("years side by side", () => {
  it("links each year to its goal table, and says which years are not in the workbook", () => {
    const years = yearsOf().map((year) => (year.year === 2024 ? year : { ...year, tableName: undefined }));
    const plan = developmentPlan("Rammeaftale 2024-2027, Midtjylland", years);
    const header = plan.cells.find((block) => block.address === "A4:N4")?.formulas[0];
    expect(header?.slice(0, 5)).toEqual(["Mål-id", "Mål", "Tærskel 2024", "Faktisk 2024", "Status 2024"]);
    const body = plan.cells[plan.cells.length - 1].formulas;
    const nps = body.find((row) => row[0] === "ra24-m3-nps-drift") as (string | number)[];
    const table = "KKRMaal_rammeaftale_2024_2027_2024_midtjylland";
    const lookup = (column: string) => `INDEX(${table}[${column}],MATCH("ra24-m3-nps-drift",${table}[Mål-id],0))`;
    expect(nps.slice(2, 8)).toEqual([
      70,
      `=IFERROR(IF(${lookup("Faktisk værdi")}="","",${lookup("Faktisk værdi")}),"")`,
      `=IFERROR(${lookup("Status")},"")`,
      70,
      "",
      "(ikke indsat)",
    ]);
    // The start-up goal's threshold follows the hub's share of the 1.200 each year.
    const startUps = body.find((row) => row[0] === "ra24-m1-ivaerksaettere") as (string | number)[];
    expect(startUps[2]).toBe(startUps[5]);
  });

  it("is built in 3 syncs on a new sheet, with the status flags and print settings", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection(2024), yearsOf()[0].goals);
    await importGoals(excel.run, selection(2025), yearsOf()[1].goals);
    excel.syncCount = 0;
    const result = await buildDevelopment(excel.run, "RA 2024-2027 Midtjylland", yearsOf());
    expect(result).toEqual({ sheetName: "Udvikling RA 2024-2027 Midtjyll", linkedYears: 2 });
    expect(excel.syncCount).toBe(3);
    const sheet = excel.sheet(result.sheetName);
    // One row per goal of any year; every year's status column is flagged.
    const goals = new Set(yearsOf().flatMap((year) => year.goals.map((goal) => goal.id))).size;
    const flagged = new Set(sheet.conditionalFormats.map((format) => format.address));
    expect(flagged).toEqual(new Set(["E", "H", "K", "N"].map((column) => `${column}5:${column}${4 + goals}`)));
    expect(sheet.print.titleRows).toBe("$3:$3");
  });

  it("shows each year's actual value and status in LibreOffice, a blank value as blank", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Udvikling");
    const table = "KKRMaal_rammeaftale_2024_2027_2024_midtjylland";
    workbook.addWorksheet("Mål 2024").addTable({
      name: table,
      ref: "A1",
      headerRow: true,
      columns: COLUMNS.map((name) => ({ name })),
      rows: [
        ["ra24-m3-nps-drift", 72, "Opfyldt"],
        ["ra24-m3-nps-vaekst", "", "Ingen data"],
      ].map(([id, actual, status]) => COLUMNS.map((_, index) => ({ 0: id, 7: actual, 9: status })[index] ?? "")),
    });
    const goals = goalsFor({
      source: "rammeaftale-2024-2027",
      year: 2024,
      hub: "midtjylland",
      segment: undefined,
    }).filter((goal) => goal.measure === "nps");
    const plan = developmentPlan("RA", [{ year: 2024, goals, tableName: table }]);
    for (const { address, formulas } of plan.cells) {
      const { row, column } = parseAddress(address);
      formulas.forEach((line, r) =>
        line.forEach((value, c) => {
          sheet.getCell(row + r + 1, column + c + 1).value =
            typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
        }),
      );
    }
    const rows = await recalculate(workbook);
    expect(rows[4].slice(0, 5)).toEqual(["ra24-m3-nps-drift", "Net Promoter Score (drift)", "70", "72", "Opfyldt"]);
    expect(rows[5].slice(3, 5)).toEqual(["", "Ingen data"]);
  });
});
