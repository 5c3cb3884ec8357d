import { parseTemplateFile } from "../../src/goals";
import { exampleRow, ownColumns, rowsToGoals } from "../../src/sheets/ownGoals";
import { openOwnGoals, readOwnGoals } from "../../src/excel/ownGoalsSheet";
import { FakeExcel } from "../fakes/fakeExcel";

const origin = { sheet: "Egne mål", row: 1, column: 0 };
const DANISH = ownColumns("da");
/** A row by column name, the rest blank. */
const row = (cells: Record<string, string | number>) => ownColumns("da").map((column) => cells[column] ?? "");
const valid = {
  id: "fyn-nps",
  titel: "NPS for vejledte virksomheder",
  kilde: "Resultatkontrakt Fyn 2025",
  afsnit: "Mål 2",
  citat: "NPS på mindst 60.",
  måltype: "NPS",
  sammenligning: "mindst",
  tærskel: 60,
  "delvis tærskel": 50,
  "opfyldelse ved delvis": 0.5,
  år: "2025-2026",
  erhvervshus: "Fyn",
};

describe("own goals written in a sheet", () => {
  it("turns rows into goal templates, with a ladder and a span of years", () => {
    const result = rowsToGoals([row(valid), row({})], origin, DANISH);
    expect(result.errors).toEqual([]);
    expect(result.goals).toEqual([
      expect.objectContaining({
        id: "fyn-nps",
        title: { da: "NPS for vejledte virksomheder", en: "NPS for vejledte virksomheder" },
        measure: "nps",
        comparator: "atLeast",
        levels: [
          { fulfilment: 1, threshold: 60 },
          { fulfilment: 0.5, threshold: 50 },
        ],
        years: [2025, 2026],
        hub: "fyn",
      }),
    ]);
  });

  it("reads the example row it writes", () => {
    expect(rowsToGoals([exampleRow("da")], origin, DANISH).errors).toEqual([]);
  });

  it("names every problem by its sheet cell", () => {
    const result = rowsToGoals(
      [
        row({ ...valid, tærskel: "tres" }),
        row({ ...valid, id: "fyn-x", måltype: "Tilfredshed" }),
        row({ ...valid, id: "fyn-y", år: "næste år" }),
        row({ ...valid, id: "fyn-z", citat: "" }),
      ],
      origin,
      DANISH,
    );
    expect(result.goals).toEqual([]);
    expect(result.errors).toEqual([
      "'Egne mål'!J2 (tærskel): skal være et tal",
      "'Egne mål'!G3 (måltype): vælg en måltype på listen (NPS, Andel, Antal, Ændring i procentpoint, Mervækst mod kontrolgruppe, Afvigelse fra befolkningsandel, Vurderes manuelt)",
      "'Egne mål'!N4 (år): skriv et år (2025), flere (2025, 2026) eller en periode (2025-2027)",
      "'Egne mål'!F5 (citat): må ikke være tom",
    ]);
  });

  it("reads year lists and spans", () => {
    const years = (cell: string | number) => rowsToGoals([row({ ...valid, år: cell })], origin, DANISH);
    expect(years("2025").goals[0].years).toEqual([2025]);
    expect(years(2025).goals[0].years).toEqual([2025]);
    expect(years("2025, 2027").goals[0].years).toEqual([2025, 2027]);
    expect(years("2024-2027").goals[0].years).toEqual([2024, 2025, 2026, 2027]);
    for (const wrong of ["2027-2024", ""])
      expect(years(wrong).errors).toEqual([
        "'Egne mål'!N2 (år): skriv et år (2025), flere (2025, 2026) eller en periode (2025-2027)",
      ]);
  });

  it("gives goals that export as a valid template file", () => {
    const goals = rowsToGoals([row(valid)], origin, DANISH).goals;
    expect(parseTemplateFile(JSON.stringify({ goals }))).toEqual({ ok: true, goals });
  });
});

describe("the Egne mål sheet in the workbook", () => {
  it("is made with its table, lists and an example, read back, and opened again without a second table", async () => {
    const excel = new FakeExcel();
    const made = await openOwnGoals(excel.run, "da");
    expect(made).toEqual({ sheetName: "Egne mål", added: 0, simplified: [] });
    expect(excel.syncCount).toBe(2);
    expect(excel.cell("Egne mål", "A1")?.formula).toBe("id");
    expect(excel.cell("Egne mål", "A2")?.formula).toBe("fyn-nyhedsbreve");
    expect(excel.log).toContainEqual(
      expect.objectContaining({
        op: "dataValidation",
        address: "G2:G501",
        rule: {
          list: {
            inCellDropDown: true,
            source:
              "NPS,Andel,Antal,Ændring i procentpoint,Mervækst mod kontrolgruppe,Afvigelse fra befolkningsandel,Vurderes manuelt",
          },
        },
      }),
    );
    excel.syncCount = 0;
    const read = await readOwnGoals(excel.run);
    expect(excel.syncCount).toBe(2);
    expect(read).toMatchObject({
      found: true,
      errors: [],
      goals: [expect.objectContaining({ id: "fyn-nyhedsbreve" })],
    });
    await excel.type("Egne mål", "J2", [["tolv"]]);
    expect(await readOwnGoals(excel.run)).toMatchObject({ errors: ["'Egne mål'!J2 (tærskel): skal være et tal"] });
    await openOwnGoals(excel.run, "da");
    expect(excel.tables).toHaveLength(1);
  });

  it("appends a template file's goals to the table", async () => {
    const excel = new FakeExcel();
    await openOwnGoals(excel.run, "da");
    const goals = rowsToGoals([row(valid)], origin, DANISH).goals;
    excel.syncCount = 0;
    expect(await openOwnGoals(excel.run, "da", goals)).toEqual({ sheetName: "Egne mål", added: 1, simplified: [] });
    expect(excel.syncCount).toBe(3); // the table, its headers, the rows
    expect(excel.cell("Egne mål", "A3")?.formula).toBe("fyn-nps");
    expect(await readOwnGoals(excel.run)).toMatchObject({
      errors: [],
      goals: [{ id: "fyn-nyhedsbreve" }, { id: "fyn-nps" }],
    });
  });

  it("is made in English where Office runs in English, and read and checked in English", async () => {
    const excel = new FakeExcel();
    expect(await openOwnGoals(excel.run, "en")).toEqual({ sheetName: "Own goals", added: 0, simplified: [] });
    expect(["A1", "B1", "G1", "J1"].map((cell) => excel.cell("Own goals", cell)?.formula)).toEqual([
      "id",
      "title",
      "measure",
      "threshold",
    ]);
    expect(excel.cell("Own goals", "G2")?.formula).toBe("Count");
    expect(await readOwnGoals(excel.run)).toMatchObject({
      errors: [],
      goals: [{ id: "fyn-nyhedsbreve", measure: "count" }],
    });
    await excel.type("Own goals", "G2", [["Andel"]]);
    await excel.type("Own goals", "J2", [["twelve"]]);
    // A Danish measure name is understood in an English table too; the threshold is not a number.
    expect(await readOwnGoals(excel.run)).toMatchObject({ errors: ["'Own goals'!J2 (threshold): must be a number"] });
  });

  it("says when the workbook has no Egne mål sheet", async () => {
    expect(await readOwnGoals(new FakeExcel().run)).toEqual({ found: false });
  });
});
