import { goalsFor } from "../../src/goals";
import { COLUMNS, GoalSelection, asText, goalRowCells, tableName } from "../../src/sheets/goalTable";
import { goToCell, importGoals, linkActualToSelection, readGoalRows, watchWorkbook } from "../../src/excel/goalTables";
import { FakeExcel } from "../fakes/fakeExcel";
import { expectGolden } from "../golden";

const selection: GoalSelection = {
  sourceId: "rammeaftale-2021-2023",
  sourceTitle: "Rammeaftale 2021-2023",
  year: 2022,
  hub: "midtjylland",
};
const goals = goalsFor({ source: selection.sourceId, year: selection.year, hub: selection.hub });
const SHEET = "Mål 2022 RA Midtjylland";

describe("importGoals", () => {
  it("inserts the goals as a table on a new sheet in 2 syncs", async () => {
    const excel = new FakeExcel();
    const result = await importGoals(excel.run, selection, goals);
    expect(result).toEqual({
      sheetName: SHEET,
      tableName: "KKRMaal_rammeaftale_2021_2023_2022_midtjylland",
      inserted: goals.length,
      updated: 0,
      kept: 0,
    });
    expect(excel.syncCount).toBe(2);
    const table = excel.tables[0];
    expect([table.name, table.sheet.name, table.style]).toEqual([result.tableName, SHEET, "TableStyleMedium2"]);
    expect(table.block).toEqual({ row: 0, column: 0, rows: goals.length + 1, columns: COLUMNS.length });
    expect(excel.cell(SHEET, "A1")?.formula).toBe("Mål-id");
    expect(excel.cell(SHEET, "K1")?.formula).toBe("Note");
    expect(excel.sheet(SHEET).frozenRows).toBe(1);
  });

  it("writes each goal's thresholds, fulfilment and status formulas, and number formats fitting the measure", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals);
    const row = 2 + goals.findIndex((goal) => goal.id === "ra21-m7-effekt");
    expect(excel.cell(SHEET, `A${row}`)?.formula).toBe("ra21-m7-effekt");
    expect(excel.cell(SHEET, `C${row}`)?.formula).toBe("Rammeaftale 2021-2023, 7.1, Mål 7");
    expect(excel.cell(SHEET, `E${row}`)).toMatchObject({ formula: 0.7, numberFormat: "0.0%" });
    expect(excel.cell(SHEET, `H${row}`)).toMatchObject({ formula: "", numberFormat: "0.0%" });
    expect(excel.cell(SHEET, `I${row}`)).toMatchObject({
      formula: `=IF(OR(NOT(ISNUMBER(H${row}))),"",IF(H${row}>=E${row},1,0))`,
      numberFormat: "0%",
    });
    // With the interval in M (lower) and N (upper): met but lower bound under 70 %, or missed but upper bound
    // over. Every status it gives is recalculated in LibreOffice against the reference model (formulas.test.ts).
    expectGolden("status-formula-ra21-m7-effekt", excel.cell(SHEET, `J${row}`)?.formula);
    expect(excel.cell(SHEET, `L${row}`)?.formula).toBe("'=KKR.EFFEKTANDEL(effektsvar)");
    expect(excel.cell(SHEET, `M${row}`)).toMatchObject({ formula: "", numberFormat: "0.0%" });
    const nps = 2 + goals.findIndex((goal) => goal.id === "ra21-m3-nps-drift");
    expect(excel.cell(SHEET, `E${nps}`)).toMatchObject({ formula: 70, numberFormat: "0.0" });
    expect(excel.cell(SHEET, `D${nps}`)?.formula).toBe("NPS (point), drift");
    const awareness = 2 + goals.findIndex((goal) => goal.id === "ra21-m1-nye-virksomheder");
    expect(excel.cell(SHEET, `E${awareness}`)?.numberFormat).toBe("0.0%");
  });

  it("flags statuses with conditional formats on the status and actual-value columns", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals);
    const last = goals.length + 1;
    const formats = excel.sheet(SHEET).conditionalFormats;
    expect(formats.map((format) => format.address)).toEqual([
      ...Array(7).fill(`H2:H${last}`),
      ...Array(7).fill(`J2:J${last}`),
    ]);
    expect(formats.slice(0, 7).map((format) => [format.formula, format.fill])).toEqual([
      ['=$J2="Ikke opfyldt"', "#FFC7CE"],
      ['=$J2="Ikke opfyldt, inden for usikkerheden"', "#FCE4D6"],
      ['=$J2="Delvist opfyldt"', "#FFEB9C"],
      ['=$J2="Opfyldt, inden for usikkerheden"', "#E2EFDA"],
      ['=$J2="Opfyldt"', "#C6EFCE"],
      ['=$J2="Ingen data"', "#EDEDED"],
      ['=$J2="Manuel vurdering"', "#DDEBF7"],
    ]);
  });

  it("re-imports in 3 syncs: updates its own cells, keeps the user's values and notes, adds no second table", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals.slice(0, 5));
    await excel.type(SHEET, "H2:H3", [[0.41], ["=Ark1!B7"]]);
    await excel.type(SHEET, "K2", [["Målt i efteråret"]]);
    await excel.type(SHEET, "E2", [[0.99]]); // the user edits a threshold the add-in owns
    excel.syncCount = 0;

    const result = await importGoals(excel.run, selection, goals);
    expect(excel.syncCount).toBe(3);
    expect(result).toMatchObject({ sheetName: SHEET, inserted: goals.length - 5, updated: 5, kept: 0 });
    expect(excel.tables).toHaveLength(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ark1", SHEET]);
    expect(excel.cell(SHEET, "H2")?.formula).toBe(0.41);
    expect(excel.cell(SHEET, "H3")?.formula).toBe("=Ark1!B7");
    expect(excel.cell(SHEET, "K2")?.formula).toBe("Målt i efteråret");
    expect(excel.cell(SHEET, "E2")?.formula).toBe(goals[0].levels[0].threshold);
    expect(excel.tables[0].block.rows).toBe(goals.length + 1);
    expect(excel.cell(SHEET, `A${goals.length + 1}`)?.formula).toBe(goals[goals.length - 1].id);
    // The user's columns were never written by the re-import.
    const userWrites = excel.log
      .slice(-40)
      .filter((entry) => entry.op === "setFormulas" && /^[HKMN]/.test(String(entry.address)));
    expect(userWrites).toEqual([]);
  });

  /** A goal table as version 0.1 made it: 11 columns, without computation and interval. */
  async function legacyTable(excel: FakeExcel): Promise<void> {
    await importGoals(excel.run, selection, goals.slice(0, 3));
    const table = excel.tables[0];
    table.block = { ...table.block, columns: 11 };
    for (const column of ["L", "M", "N"]) {
      for (let row = 1; row <= 4; row++) excel.sheet(SHEET).cells.delete(`${column}${row}`);
    }
  }

  it("widens a table of the earlier version with the computation and interval columns, in 3 syncs", async () => {
    const excel = new FakeExcel();
    await legacyTable(excel);
    await excel.type(SHEET, "H2", [[0.5]]);
    excel.syncCount = 0;
    const result = await importGoals(excel.run, selection, goals);
    expect(excel.syncCount).toBe(3);
    expect(result.widenBlockedAt).toBeUndefined();
    expect(excel.tables[0].block).toEqual({ row: 0, column: 0, rows: goals.length + 1, columns: COLUMNS.length });
    expect(["L1", "M1", "N1"].map((cell) => excel.cell(SHEET, cell)?.formula)).toEqual([
      "Beregning",
      "Interval, nedre",
      "Interval, øvre",
    ]);
    expect(excel.cell(SHEET, "H2")?.formula).toBe(0.5);
    expect(String(excel.cell(SHEET, "J2")?.formula)).toContain("ISNUMBER(M2)");
    expect(String(excel.cell(SHEET, "L2")?.formula)).toMatch(/^'=KKR\./);
  });

  it("leaves a table of the earlier version narrow when the cells beside it hold the user's data", async () => {
    const excel = new FakeExcel();
    await legacyTable(excel);
    await excel.type(SHEET, "M3", [["mine tal"]]);
    const result = await importGoals(excel.run, selection, goals);
    expect(result.widenBlockedAt).toBe(`'${SHEET}'!L1:N4`);
    expect(excel.tables[0].block.columns).toBe(11);
    expect(excel.cell(SHEET, "M3")?.formula).toBe("mine tal");
    // Its formulas are the earlier version's: no interval cells to refer to.
    expect(String(excel.cell(SHEET, "J2")?.formula)).not.toContain("ISNUMBER(M2)");
    expect(excel.cell(SHEET, `A${goals.length + 1}`)?.formula).toBe(goals[goals.length - 1].id);
  });

  it("keeps rows of goals the template no longer has, with their formats", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals);
    await excel.type(SHEET, "H2", [[0.5]]);
    const result = await importGoals(excel.run, selection, goals.slice(1));
    expect(result).toMatchObject({ inserted: 0, updated: goals.length - 1, kept: 1 });
    expect(excel.cell(SHEET, "A2")?.formula).toBe(goals[0].id);
    expect(excel.cell(SHEET, "H2")?.formula).toBe(0.5);
  });

  it("picks another sheet name when the name is taken by a sheet the add-in did not make", async () => {
    const excel = new FakeExcel(["Ark1", SHEET, `${SHEET} (2)`]);
    await excel.type(SHEET, "A1", [["Mine egne tal"]]);
    const result = await importGoals(excel.run, selection, goals);
    expect(result.sheetName).toBe(`${SHEET} (3)`);
    expect(excel.cell(SHEET, "A1")?.formula).toBe("Mine egne tal");
    expect(excel.tables[0].sheet.name).toBe(`${SHEET} (3)`);
  });

  it("costs the same number of syncs for 1 goal as for 100", async () => {
    const many = Array.from({ length: 100 }, (_, index) => ({ ...goals[index % goals.length], id: `maal-${index}` }));
    for (const list of [goals.slice(0, 1), many]) {
      const excel = new FakeExcel();
      await importGoals(excel.run, selection, list);
      expect(excel.syncCount).toBe(2);
      excel.syncCount = 0;
      await importGoals(excel.run, selection, list);
      expect(excel.syncCount).toBe(3);
    }
  });
});

describe("readGoalRows and goToCell", () => {
  it("lists every goal row with the status Excel computed, in 2 syncs", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals.slice(0, 3));
    excel.calculated(SHEET, "J2:J4", [["Ikke opfyldt"], ["Opfyldt"], ["Delvist opfyldt"]]);
    excel.syncCount = 0;
    const rows = await readGoalRows(excel.run);
    expect(excel.syncCount).toBe(2);
    expect(rows.map((row) => [row.goalId, row.status, row.statusAddress])).toEqual([
      [goals[0].id, "Ikke opfyldt", `'${SHEET}'!J2`],
      [goals[1].id, "Opfyldt", `'${SHEET}'!J3`],
      [goals[2].id, "Delvist opfyldt", `'${SHEET}'!J4`],
    ]);
    expect(rows[0]).toMatchObject({ title: goals[0].title.da, actualAddress: `'${SHEET}'!H2`, sheetName: SHEET });
  });

  it("ignores tables the add-in did not make", async () => {
    const excel = new FakeExcel();
    excel.tables.push({
      name: "Budget",
      style: "",
      sheet: excel.sheet("Ark1"),
      block: { row: 0, column: 0, rows: 2, columns: 2 },
    });
    expect(await readGoalRows(excel.run)).toEqual([]);
  });

  it("goes to a cell on its sheet in 1 sync", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals.slice(0, 3));
    excel.activeSheet = "Ark1";
    excel.syncCount = 0;
    await goToCell(excel.run, `'${SHEET}'!J3`);
    expect([excel.syncCount, excel.activeSheet, excel.selection]).toEqual([1, SHEET, `'${SHEET}'!J3`]);
  });
});

describe("linkActualToSelection", () => {
  const target = { tableName: "KKRMaal_rammeaftale_2021_2023_2022_midtjylland", goalId: goals[1].id };

  it("sets the actual value to a formula referring to the selected cell, in 2 syncs", async () => {
    const excel = new FakeExcel(["Spørgeskema"]);
    await importGoals(excel.run, selection, goals.slice(0, 3));
    excel.selection = "Spørgeskema!F2";
    excel.syncCount = 0;
    expect(await linkActualToSelection(excel.run, target)).toEqual({ linked: true, formula: "='Spørgeskema'!F2" });
    expect(excel.syncCount).toBe(2);
    expect(excel.cell(SHEET, "H3")?.formula).toBe("='Spørgeskema'!F2");
  });

  it("asks before replacing a value the user typed, and replaces it when confirmed", async () => {
    const excel = new FakeExcel(["Data"]);
    await importGoals(excel.run, selection, goals.slice(0, 3));
    await excel.type(SHEET, "H3", [[64]]);
    excel.selection = "Data!B2";
    expect(await linkActualToSelection(excel.run, target)).toEqual({ linked: false, reason: "occupied", current: 64 });
    expect(excel.cell(SHEET, "H3")?.formula).toBe(64);
    expect(await linkActualToSelection(excel.run, target, true)).toEqual({ linked: true, formula: "=Data!B2" });
  });

  it("refuses a selection of several cells, the actual cell itself, and an unknown goal", async () => {
    const excel = new FakeExcel(["Data"]);
    await importGoals(excel.run, selection, goals.slice(0, 3));
    excel.selection = "Data!B2:B9";
    expect(await linkActualToSelection(excel.run, target)).toEqual({ linked: false, reason: "notOneCell" });
    excel.selection = `'${SHEET}'!H3`;
    expect(await linkActualToSelection(excel.run, target)).toEqual({ linked: false, reason: "sameCell" });
    excel.selection = "Data!B2";
    expect(await linkActualToSelection(excel.run, { ...target, goalId: "findes-ikke" })).toEqual({
      linked: false,
      reason: "goalNotFound",
    });
  });
});

describe("watchWorkbook", () => {
  it("calls back when the user changes cells, until stopped", async () => {
    const excel = new FakeExcel();
    const changes: number[] = [];
    const stop = await watchWorkbook(excel.run, () => changes.push(1));
    await excel.type("Ark1", "A1", [[1]]);
    await stop();
    await excel.type("Ark1", "A1", [[2]]);
    expect(changes).toHaveLength(1);
  });
});

describe("the fake Excel itself", () => {
  // Reads before load and sync on purpose: that is what the fake must catch.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("does not hand out values that were not loaded and synced, as Excel would not", async () => {
    const excel = new FakeExcel();
    await excel.type("Ark1", "A1", [[42]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1");
      expect(range.values).not.toEqual([[42]]);
      range.load("values");
      expect(range.values).not.toEqual([[42]]);
      await context.sync();
      expect(range.values).toEqual([[42]]);
      expect(() => context.workbook.tables.items).toThrow(/without load\(\) and sync\(\)/);
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
});

describe("goal rows", () => {
  it("keep a user's titles that look like formulas as text", () => {
    const goal = {
      ...goals[0],
      title: { da: "=SUM(A1:A9) som titel", en: "x" },
      source: { ...goals[0].source, section: "Mål 1" },
    };
    const cells = goalRowCells(goal, "+ Egen kilde", 1);
    expect(cells.fresh.slice(0, 3)).toEqual([goal.id, "'=SUM(A1:A9) som titel", "'+ Egen kilde, Mål 1"]);
    expect(asText("Mål 3")).toBe("Mål 3");
  });
});

describe("tableName", () => {
  const named = (sourceId: string) => tableName({ ...selection, sourceId, hub: undefined });

  it("keeps the built-in documents' names, so tables made earlier are found again", () => {
    expect(named("rammeaftale-2021-2023")).toBe("KKRMaal_rammeaftale_2021_2023_2022");
  });

  it("keeps documents apart whose names fold to the same ASCII", () => {
    const names = ["!!!", "???", "Fyn 2025", "fyn-2025", "Fyn  2025", "Ærø", "Aeroe", "x".repeat(300)].map(named);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^KKRMaal_[A-Za-z0-9_]+$/);
    expect(Math.max(...names.map((name) => name.length))).toBeLessThanOrEqual(100);
  });

  it("imports two such documents into two tables", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, { ...selection, sourceId: "!!!", sourceTitle: "!!!" }, goals.slice(0, 2));
    await importGoals(excel.run, { ...selection, sourceId: "???", sourceTitle: "???" }, goals.slice(0, 2));
    expect(excel.tables).toHaveLength(2);
  });
});

describe("formulas referring to sheets whose names read as something else", () => {
  it.each(["NPS2024", "Q1", "R1C1", "2024", "Data"])("quote %s where Excel needs it", async (sheet) => {
    const excel = new FakeExcel([sheet]);
    await importGoals(excel.run, selection, goals.slice(0, 2));
    excel.selection = `${sheet === "Data" ? sheet : `'${sheet}'`}!B2`;
    const result = await linkActualToSelection(excel.run, {
      tableName: "KKRMaal_rammeaftale_2021_2023_2022_midtjylland",
      goalId: goals[0].id,
    });
    // "NPS2024" unquoted would be the cell NPS2024, "R1C1" an R1C1 reference, "2024" a number.
    expect(result).toEqual({ linked: true, formula: sheet === "Data" ? "=Data!B2" : `='${sheet}'!B2` });
  });
});

describe("re-import into a table the user has filtered", () => {
  it("updates every row, hidden or not, and adds no rows under the filter, saying how many it left out", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, selection, goals.slice(0, 4));
    await excel.type(SHEET, "H3", [[0.4]]);
    await excel.type(SHEET, "E2", [[0.99]]);
    excel.tables[0].filtered = true;
    excel.syncCount = 0;
    const result = await importGoals(excel.run, selection, goals);
    expect(excel.syncCount).toBe(3);
    expect(result).toMatchObject({ updated: 4, inserted: 0, notAddedFiltered: goals.length - 4 });
    // The owned cells of every row were rewritten by address; the user's value stayed.
    expect(excel.cell(SHEET, "E2")?.formula).toBe(goals[0].levels[0].threshold);
    expect(excel.cell(SHEET, "H3")?.formula).toBe(0.4);
    expect(excel.tables[0].block.rows).toBe(5);
    excel.tables[0].filtered = false;
    expect(await importGoals(excel.run, selection, goals)).toMatchObject({ inserted: goals.length - 4 });
  });
});
