/**
 * Connecting the synthetic export to the 2022 goal tables on the fake workbook: what the pane reads, the
 * names and formulas one Forbind writes in at most 3 syncs, a typed value never replaced without a
 * confirmation, a corrected mapping re-pointing names only, and each bad input named with nothing written.
 */
import { goalsFor } from "../../src/goals";
import { importGoals } from "../../src/excel/goalTables";
import { connectSurvey, readSurveyExport } from "../../src/excel/surveyConnection";
import { GoalSelection } from "../../src/sheets/goalTable";
import { FakeExcel } from "../fakes/fakeExcel";
import { HEADERS, syntheticExport } from "../fixtures/syntheticExport";

const EXPORT_SHEET = "Eksport 2022";
const FRAMEWORK: GoalSelection = {
  sourceId: "rammeaftale-2021-2023",
  sourceTitle: "Rammeaftale 2021-2023",
  year: 2022,
  hub: "midtjylland",
};
const CONTRACT: GoalSelection = {
  sourceId: "resultatkontrakt-midtjylland-2022",
  sourceTitle: "Resultatkontrakt Midtjylland 2022",
  year: 2022,
};
const data = syntheticExport(400, 2022, 2022);

/** A workbook with both 2022 goal tables and the export on its own sheet, selected. */
async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Ark1", EXPORT_SHEET]);
  for (const selection of [FRAMEWORK, CONTRACT]) {
    await importGoals(excel.run, selection, goalsFor({ source: selection.sourceId, year: 2022, hub: selection.hub }));
  }
  await excel.type(EXPORT_SHEET, "A1:K401", [[...HEADERS], ...data.rows]);
  excel.selection = `'${EXPORT_SHEET}'!A1:K401`;
  excel.syncCount = 0;
  return excel;
}

/** The sheet row of a goal in its table's sheet. */
const rowOf = (excel: FakeExcel, sheet: string, id: string) => {
  for (let row = 2; row < 60; row++) if (excel.cell(sheet, `A${row}`)?.formula === id) return row;
  throw new Error(`no ${id} on ${sheet}`);
};
/** The sheet the contract's goal table was made on. */
const contractSheet = (excel: FakeExcel) =>
  excel.tables.find((table) => table.name === "KKRMaal_resultatkontrakt_midtjylland_2022_2022")!.sheet.name;
const mappingOf = (read: Awaited<ReturnType<typeof readSurveyExport>>) =>
  Object.fromEntries(
    read.inputs.filter((input) => input.proposed).map((input) => [input.name.da, input.proposed as string]),
  );

describe("connecting a year's export", () => {
  it("reads the export, the year's goal tables and a proposed column per input in 2 syncs", async () => {
    const excel = await workbook();
    const read = await readSurveyExport(excel.run, 2022);
    expect(excel.syncCount).toBe(2);
    expect(read.problem).toBeUndefined();
    expect(read.tableName).toBeUndefined();
    expect(read.goalTables.sort()).toEqual([
      "KKRMaal_rammeaftale_2021_2023_2022_midtjylland",
      "KKRMaal_resultatkontrakt_midtjylland_2022_2022",
    ]);
    const proposed = Object.fromEntries(read.inputs.map((input) => [input.name.da, input.proposed]));
    expect(proposed.scorer).toBe(HEADERS[3]);
    expect(proposed.segmenter).toBe("Segment");
    // Not in the export: last year's CVR numbers and the register's figures.
    expect([proposed.cvr_året_før, proposed.befolkning, proposed.aktivitet_pr_kommune]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("makes the range a table, names its columns for the year and writes every computed goal's formulas in 3 syncs", async () => {
    const excel = await workbook();
    const CONTRACT_SHEET = contractSheet(excel);
    const mapping = mappingOf(await readSurveyExport(excel.run, 2022));
    excel.syncCount = 0;
    const outcome = await connectSurvey(excel.run, { year: 2022, mapping });
    expect(excel.syncCount).toBe(3);
    expect(outcome.connected).toBe(true);
    const table = excel.tables.find((candidate) => candidate.name === "KKREksport_2022");
    expect(table?.block).toEqual({ row: 0, column: 0, rows: 401, columns: 11 });
    expect(excel.names.get("scorer_2022")).toBe(`=KKREksport_2022[[${HEADERS[3]}]]`);
    expect(excel.names.get("segmenter_2022")).toBe("=KKREksport_2022[[Segment]]");
    const row = rowOf(excel, CONTRACT_SHEET, "midt22-m3-nps-drift");
    expect(excel.cell(CONTRACT_SHEET, `H${row}`)?.formula).toBe('=KKR.NPS(scorer_2022,segmenter_2022,"drift")');
    expect(excel.cell(CONTRACT_SHEET, `M${row}`)?.formula).toBe(
      '=INDEX(KKR.NPSINTERVAL(scorer_2022,,segmenter_2022,"drift"),1,1)',
    );
    // New firms need last year's CVR numbers (not connected), the spread the register: they wait.
    expect(outcome.plan.waiting).toEqual(
      expect.arrayContaining([
        { goal: "midt22-m1-nye-virksomheder", inputs: ["cvr_året_før"] },
        { goal: "midt22-m8-geografisk-spredning", inputs: ["aktivitet_pr_kommune", "befolkning"] },
      ]),
    );
    // Every other computed goal of both tables is connected: 7 of the framework agreement's 8, and 12 of the
    // contract's 14 (Mål 1: 2 of 3, Mål 3: 4, Mål 4: 1, Mål 5: 2, Mål 6: 1, Mål 7: 1, Mål 8: 1 of 2).
    expect(outcome.plan.connected).toHaveLength(19);
  });

  it("replaces a value the user typed only on a confirmation naming the cell", async () => {
    const excel = await workbook();
    const CONTRACT_SHEET = contractSheet(excel);
    const row = rowOf(excel, CONTRACT_SHEET, "midt22-m4-henvisninger");
    await excel.type(CONTRACT_SHEET, `H${row}`, [[0.51]]);
    const mapping = mappingOf(await readSurveyExport(excel.run, 2022));
    const writes = excel.log.length;
    const refused = await connectSurvey(excel.run, { year: 2022, mapping });
    expect(refused.connected).toBe(false);
    expect(refused.plan.conflicts.map((conflict) => [conflict.address, conflict.current])).toEqual([
      [`'${CONTRACT_SHEET}'!H${row}`, 0.51],
    ]);
    expect(excel.log.length).toBe(writes);
    expect(excel.cell(CONTRACT_SHEET, `H${row}`)?.formula).toBe(0.51);
    const confirmed = await connectSurvey(excel.run, { year: 2022, mapping, overwrite: true });
    expect(confirmed.connected).toBe(true);
    expect(excel.cell(CONTRACT_SHEET, `H${row}`)?.formula).toBe(
      '=KKR.SHARE(benyttet_henvisning_2022,{"ja";"forventer at benytte"},"ved ikke")',
    );
  });

  it("re-connects a corrected mapping by re-pointing the names, writing no cell again", async () => {
    const excel = await workbook();
    const mapping = mappingOf(await readSurveyExport(excel.run, 2022));
    await connectSurvey(excel.run, { year: 2022, mapping });
    // The export is now a table: selecting one of its cells is selecting it.
    excel.selection = `'${EXPORT_SHEET}'!C5`;
    const before = excel.log.length;
    // The two awareness columns had been swapped.
    const corrected = { ...mapping, kendskab: HEADERS[10], kendskab_grønne_ydelser: HEADERS[9] };
    const outcome = await connectSurvey(excel.run, { year: 2022, mapping: corrected });
    expect(outcome.connected).toBe(true);
    expect(outcome.tableName).toBe("KKREksport_2022");
    const operations = excel.log.slice(before).map((entry) => entry.op);
    expect(operations).not.toContain("setFormulas");
    expect(operations).not.toContain("addTable");
    expect(excel.names.get("kendskab_2022")).toBe(`=KKREksport_2022[[${HEADERS[10]}]]`);
  });

  it("connects the register's activity and population from their own table, for the spread goal", async () => {
    const excel = await workbook();
    const CONTRACT_SHEET = contractSheet(excel);
    await connectSurvey(excel.run, { year: 2022, mapping: mappingOf(await readSurveyExport(excel.run, 2022)) });
    // A register range: one row per municipality, its guided firms and population (typed from FOLK1A).
    await excel.type("Ark1", "A1:C4", [
      ["Kommune", "Vejledte virksomheder", "Befolkning 1. jan."],
      ["Aarhus", 120, 367_095],
      ["Skive", 14, 45_976],
      ["Samsø", 2, 3_686],
    ]);
    excel.selection = "Ark1!A1:C4";
    const read = await readSurveyExport(excel.run, 2022);
    const proposed = mappingOf(read);
    expect(proposed).toMatchObject({ aktivitet_pr_kommune: "Vejledte virksomheder", befolkning: "Befolkning 1. jan." });
    const register = { aktivitet_pr_kommune: proposed.aktivitet_pr_kommune, befolkning: proposed.befolkning };
    const before = excel.log.length;
    const outcome = await connectSurvey(excel.run, { year: 2022, mapping: register });
    expect(outcome).toMatchObject({ connected: true, tableName: "KKRRegister_2022" });
    expect(excel.names.get("befolkning_2022")).toBe("=KKRRegister_2022[[Befolkning 1. jan.]]");
    // The export's names stay; the spread goal gets its formula, and it is the only cell written.
    expect(excel.names.get("scorer_2022")).toBe(`=KKREksport_2022[[${HEADERS[3]}]]`);
    const row = rowOf(excel, CONTRACT_SHEET, "midt22-m8-geografisk-spredning");
    const written = excel.log.slice(before).filter((entry) => entry.op === "setFormulas");
    expect(written).toEqual([
      {
        op: "setFormulas",
        sheet: CONTRACT_SHEET,
        address: `H${row}`,
        formulas: [['=MAX(ABS(KKR.SPREAD(aktivitet_pr_kommune_2022,befolkning_2022,"relativ")))']],
      },
    ]);
    // Only the new-firm goals of both tables still wait: for last year's CVR numbers.
    expect(outcome.plan.waiting.map((waiting) => waiting.goal).sort()).toEqual([
      "midt22-m1-nye-virksomheder",
      "ra21-m1-nye-virksomheder",
    ]);
  });

  it("names each bad input and writes nothing", async () => {
    const excel = await workbook();
    const mapping = mappingOf(await readSurveyExport(excel.run, 2022));
    const double = await connectSurvey(excel.run, { year: 2022, mapping: { ...mapping, tilfredshed: "Segment" } });
    expect(double).toMatchObject({
      connected: false,
      doubleMapping: { header: "Segment", inputs: ["segmenter", "tilfredshed"] },
    });
    expect(excel.tables.some((table) => table.name.startsWith("KKREksport"))).toBe(false);
    expect((await readSurveyExport(excel.run, 2024)).problem).toEqual({ kind: "noGoalTable" });
    excel.selection = `'${EXPORT_SHEET}'!A2:K401`;
    expect((await readSurveyExport(excel.run, 2022)).problem).toEqual({ kind: "noHeader" });
    await excel.type(EXPORT_SHEET, "A3", [["2021-11-30"]]);
    excel.selection = `'${EXPORT_SHEET}'!A1:K401`;
    expect((await readSurveyExport(excel.run, 2022)).problem).toEqual({
      kind: "mixedYears",
      header: "Besvarelsesdato",
      years: [2021, 2022],
    });
  });
});
