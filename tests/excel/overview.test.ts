import { goalsFor } from "../../src/goals";
import { GoalSelection } from "../../src/sheets/goalTable";
import { overviewPlan } from "../../src/sheets/overview";
import { buildOverview } from "../../src/excel/sheets";
import { importGoals } from "../../src/excel/goalTables";
import { FakeExcel } from "../fakes/fakeExcel";

const midtjylland: GoalSelection = {
  sourceId: "rammeaftale-2021-2023",
  sourceTitle: "Rammeaftale 2021-2023",
  year: 2022,
  hub: "midtjylland",
};
const sjaelland: GoalSelection = {
  sourceId: "resultatkontrakt-sjaelland-2019",
  sourceTitle: "Resultatkontrakt Sjælland 2019",
  year: 2019,
  hub: "sjaelland",
};
const goalsOf = (selection: GoalSelection) =>
  goalsFor({ source: selection.sourceId, year: selection.year, hub: selection.hub });

describe("the overview's description of a goal table", () => {
  it("reads source, year, hub and segment back from the table's name", () => {
    const tables = [
      "KKRMaal_rammeaftale_2021_2023_2022_midtjylland_drift",
      "KKRMaal_rammeaftale_2024_2027_2025_vaekst",
    ];
    const plan = overviewPlan(tables.map((name) => ({ name, sheet: "Mål", rows: 1, language: "da" as const })));
    const rows = plan.cells.find((block) => block.address === "A5:N6")?.formulas;
    expect(rows?.map((row) => row.slice(0, 4))).toEqual([
      ["Rammeaftale 2021-2023", 2022, "Midtjylland", "drift"],
      ["Rammeaftale 2024-2027", 2025, "", "vækst"],
    ]);
  });
});

describe("the overview", () => {
  it("counts each status and averages the fulfilment with native formulas over the tables", () => {
    const plan = overviewPlan([{ name: "KKRMaal_x_2022", sheet: "Mål 2022", rows: 2, language: "da" }]);
    const row = plan.cells.find((block) => block.address === "A5:N5")?.formulas[0];
    expect(row?.slice(5)).toEqual([
      "=ROWS(KKRMaal_x_2022[Status])",
      '=COUNTIF(KKRMaal_x_2022[Status],"Opfyldt")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Opfyldt, inden for usikkerheden")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Delvist opfyldt")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Ikke opfyldt, inden for usikkerheden")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Ikke opfyldt")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Ingen data")',
      '=COUNTIF(KKRMaal_x_2022[Status],"Manuel vurdering")',
      '=IFERROR(AVERAGEIFS(KKRMaal_x_2022[Opfyldelse],KKRMaal_x_2022[Måltype],"<>Vurderes manuelt (ja/nej)"),"")',
    ]);
    expect(plan.cells.find((block) => block.address === "A10:C11")?.formulas).toEqual([
      ["Mål 2022", "=INDEX(KKRMaal_x_2022[Mål],1)", "=INDEX(KKRMaal_x_2022[Opfyldelse],1)"],
      ["Mål 2022", "=INDEX(KKRMaal_x_2022[Mål],2)", "=INDEX(KKRMaal_x_2022[Opfyldelse],2)"],
    ]);
    expect(plan.chartSource).toBe("B9:C11");
  });

  it("is built in 3 syncs whatever the number of goal tables, with a chart and print settings", async () => {
    for (const selections of [[midtjylland], [midtjylland, sjaelland]]) {
      const excel = new FakeExcel();
      for (const selection of selections) await importGoals(excel.run, selection, goalsOf(selection));
      excel.syncCount = 0;
      const result = await buildOverview(excel.run);
      expect(excel.syncCount).toBe(3);
      expect(result).toEqual({ sheetName: "Overblik", tables: selections.length });
      const sheet = excel.sheet("Overblik");
      expect(excel.cell("Overblik", "A5")?.formula).toBe("Rammeaftale 2021-2023");
      expect(excel.cell("Overblik", "E5")?.formula).toBe("Mål 2022 RA Midtjylland");
      expect(sheet.charts).toEqual([
        expect.objectContaining({ name: "KKR_Opfyldelse", type: "BarClustered", title: "Opfyldelse pr. mål" }),
      ]);
      expect(sheet.print).toMatchObject({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: "$4:$4",
        rightFooter: "&D",
      });
      // Fitted from the header row down, so the long note in A2 does not widen column A; the goals'
      // titles (B, below the tables) wrap at 45 characters.
      const fitted = excel.log.filter((entry) => entry.op === "autofitColumns" && entry.sheet === "Overblik");
      expect(fitted.map((entry) => String(entry.address).split(":")[0])).toEqual(["A4"]);
      const goals = selections.reduce((sum, selection) => sum + goalsOf(selection).length, 0);
      const last = 4 + selections.length + 4 + goals;
      const widths = sheet.formats.filter((format) => format.width !== undefined);
      expect(widths.map(({ address, width }) => [address, width])).toEqual([
        [`A4:A${last}`, 16 * 5.6],
        [`B4:B${last}`, 24 * 5.6],
        [`E4:E${last}`, 16 * 5.6],
        [`F4:N${last}`, 8 * 5.6],
      ]);
    }
  });

  it("gives goal sheets the print settings for the meeting: landscape, one page wide, header repeated, footer", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, midtjylland, goalsOf(midtjylland));
    const last = goalsOf(midtjylland).length + 1;
    const sheet = excel.sheet("Mål 2022 RA Midtjylland");
    expect(sheet.print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$1",
      leftFooter: "Rammeaftale 2021-2023 2022",
      rightFooter: "&D",
      // The goal to the note: id, Beregning and the interval stay off the page.
      area: `B1:K${last}`,
    });
    // The printed columns and Beregning wrap at a width (points: characters × 5.6), headers included,
    // instead of their longest text: about 150 characters from the goal to the note.
    const wrapped = sheet.formats.filter((format) => format.width !== undefined);
    const widths = { B: 32, C: 16, D: 18, E: 9, F: 9, G: 12, H: 9, I: 10, J: 18, K: 18, L: 40 };
    expect(wrapped.map(({ address, width, wrap }) => [address, width, wrap])).toEqual(
      Object.entries(widths).map(([column, characters]) => [`${column}1:${column}${last}`, characters * 5.6, true]),
    );
    expect(
      Object.values(widths)
        .slice(0, -1)
        .reduce((sum, characters) => sum + characters),
    ).toBe(151);
  });

  it("rebuilds in place: clears only what it wrote before, keeps the user's notes beside it, one chart", async () => {
    const excel = new FakeExcel();
    await importGoals(excel.run, midtjylland, goalsOf(midtjylland));
    await importGoals(excel.run, sjaelland, goalsOf(sjaelland));
    await buildOverview(excel.run);
    await excel.type("Overblik", "Q2", [["Til KKR-mødet 12. maj"]]);
    await excel.type("Overblik", "A6", [["skrevet i blokken"]]);
    excel.syncCount = 0;
    const result = await buildOverview(excel.run);
    expect(excel.syncCount).toBe(3);
    expect(result.sheetName).toBe("Overblik");
    expect(excel.sheets.filter((sheet) => sheet.name.startsWith("Overblik"))).toHaveLength(1);
    expect(excel.cell("Overblik", "Q2")?.formula).toBe("Til KKR-mødet 12. maj");
    expect(excel.cell("Overblik", "A6")?.formula).toBe("Resultatkontrakt Sjælland 2019");
    expect(excel.sheet("Overblik").charts).toHaveLength(1);
  });

  it("leaves a sheet named Overblik that the user made alone", async () => {
    const excel = new FakeExcel(["Overblik"]);
    await excel.type("Overblik", "A1", [["Mit overblik"]]);
    const result = await buildOverview(excel.run);
    expect(result).toEqual({ sheetName: "Overblik (2)", tables: 0 });
    expect(excel.cell("Overblik", "A1")?.formula).toBe("Mit overblik");
  });
});
