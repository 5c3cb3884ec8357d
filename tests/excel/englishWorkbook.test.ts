/**
 * Workbooks made where Office runs in English: English headers, status texts, sheet names and flags; a
 * table keeps the language it was made in when re-imported from a pane in the other language, and the
 * overview and the years side by side read each table in its own language.
 */
import { goalsFor } from "../../src/goals";
import { GoalSelection } from "../../src/sheets/goalTable";
import { overviewPlan } from "../../src/sheets/overview";
import { buildOverview } from "../../src/excel/sheets";
import { importGoals, readGoalRows } from "../../src/excel/goalTables";
import { FakeExcel } from "../fakes/fakeExcel";

const selection: GoalSelection = {
  sourceId: "rammeaftale-2021-2023",
  sourceTitle: "Framework agreement 2021-2023",
  year: 2022,
  hub: "midtjylland",
};
const goals = goalsFor({ source: selection.sourceId, year: 2022, hub: "midtjylland" });
const SHEET = "Goals 2022 FA Midtjylland";

describe("an English workbook", () => {
  it("gets English headers, titles, status texts and flags", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const result = await importGoals(excel.run, selection, goals, "en");
    expect(result.sheetName).toBe(SHEET);
    const cell = (address: string) => excel.cell(SHEET, address)?.formula;
    expect(["A1", "H1", "J1", "L1"].map(cell)).toEqual(["Goal id", "Actual value", "Status", "Computation"]);
    const row = 2 + goals.findIndex((goal) => goal.id === "ra21-m7-effekt");
    expect(cell(`B${row}`)).toBe("Expected positive effect (to a high degree)");
    expect(cell(`D${row}`)).toBe("Share");
    expect(String(cell(`J${row}`))).toContain('"Missed, within the uncertainty"');
    expect(String(cell(`J${row}`))).not.toContain("Opfyldt");
    expect(cell(`L${row}`)).toBe("'=KKR.EFFECTSHARE(effect_answers)");
    expect(excel.sheet(SHEET).conditionalFormats.map((format) => format.formula)).toContain('=$J2="Missed"');
  });

  it("keeps a Danish table Danish when re-imported from an English pane, and the other way round", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals.slice(0, 3), "da");
    await importGoals(excel.run, selection, goals, "en");
    const sheet = "Mål 2022 RA Midtjylland";
    expect(excel.cell(sheet, "A1")?.formula).toBe("Mål-id");
    expect(String(excel.cell(sheet, `J${goals.length + 1}`)?.formula)).toContain('"Ikke opfyldt"');
    expect(excel.sheet(sheet).conditionalFormats.map((format) => format.formula)).toContain('=$J2="Ikke opfyldt"');
    expect(excel.sheet(sheet).conditionalFormats.map((format) => format.formula)).not.toContain('=$J2="Missed"');

    const english = new FakeExcel();
    await importGoals(english.run, selection, goals.slice(0, 3), "en");
    await importGoals(english.run, selection, goals, "da");
    expect(english.cell(SHEET, "A1")?.formula).toBe("Goal id");
    expect(String(english.cell(SHEET, `J${goals.length + 1}`)?.formula)).toContain('"Missed"');
  });

  it("is read by the review in its own language", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals, "en");
    excel.calculated(SHEET, "J2", [["Missed"]]);
    const rows = await readGoalRows(excel.run);
    expect(rows[0]).toMatchObject({ status: "Missed", title: goals[0].title.en });
  });

  it("is counted in the overview by its English headers and status texts", async () => {
    const plan = overviewPlan([{ name: "KKRMaal_x", sheet: SHEET, rows: 1, language: "en" }], "en");
    const row = plan.cells.find((block) => block.address === "A5:N5")?.formulas[0] as string[];
    expect(row[5]).toBe("=ROWS(KKRMaal_x[Status])");
    expect(row[10]).toBe('=COUNTIF(KKRMaal_x[Status],"Missed")');
    expect(row[13]).toBe(
      '=IFERROR(AVERAGEIFS(KKRMaal_x[Fulfilment],KKRMaal_x[Measure],"<>Checked by hand (yes/no)"),"")',
    );
    expect(plan.cells[0].formulas).toEqual([["Overview of goals and results"]]);
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals, "en");
    await importGoals(
      excel.run,
      { ...selection, year: 2023 },
      goalsFor({ source: selection.sourceId, year: 2023, hub: "midtjylland" }),
      "da",
    );
    const result = await buildOverview(excel.run, "en");
    expect(result.sheetName).toBe("Overview");
    // One English and one Danish table, each counted by its own headers.
    expect(String(excel.cell("Overview", "K5")?.formula)).toContain('"Missed"');
    expect(String(excel.cell("Overview", "K6")?.formula)).toContain('"Ikke opfyldt"');
  });
});
