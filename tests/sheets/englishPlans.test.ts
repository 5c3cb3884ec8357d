/**
 * Every sheet the add-in writes, planned in English: no Danish word in a header, a title, a note, a label or
 * a text a formula writes. Names of places and the sources' own words (a section "Mål 1", survey answers)
 * are data, not the add-in's words, and are left out of the check.
 */
import { councilPlan } from "../../src/sheets/councilSheet";
import { deficitPlan } from "../../src/sheets/deficitGuarantee";
import { twoStepPlan } from "../../src/sheets/twoStepSheet";
import { HUB_NAMES, MUNICIPALITIES, REGION_NAMES } from "../../src/core";
import { SEGMENTS, SOURCE_DOCUMENTS, catalogue, formatMeasure, goalsFor } from "../../src/goals";
import { developmentPlan } from "../../src/sheets/development";
import { allocationPlan, quotaPlan } from "../../src/sheets/financeSheets";
import { importPlan } from "../../src/sheets/importPlan";
import { overviewPlan } from "../../src/sheets/overview";
import { exampleRow, ownColumns, ownLists } from "../../src/sheets/ownGoals";
import { Cell } from "../../src/sheets/plan";

/** Words of the add-in's Danish tables: any of them in an English sheet is a slipped translation. */
const DANISH =
  /[æøåÆØÅ]|\b(Mål|Kilde|Kommune|Befolkning|alt|Kontrol|Andel|Vægt|Beløb|Udelad|Decimaler|Friholdt|Endelig|Tærskel|Faktisk|Opfyldelse|Opfyldt|Beregning|Udvikling|Overblik|Ark|Skriv|Sæt|Antal|titel|kilde|afsnit|citat|måltype|mindst|højst|ikke|indsat|Delene|Kvoterne|giver)\b/;

/** Names of places, and the catalogue's segments and topics: data in the sources' words. */
const DATA = new Set<string>([
  ...MUNICIPALITIES.map((municipality) => municipality.name),
  ...Object.values(REGION_NAMES),
  ...Object.values(HUB_NAMES),
  ...SEGMENTS,
  ...catalogue.flatMap((goal) => (goal.topic ? [goal.topic] : [])),
]);

/** The texts a plan writes: text cells, and the string literals inside its formulas. */
function textsOf(cells: readonly { formulas: Cell[][] }[]): string[] {
  return (
    cells
      .flatMap(({ formulas }) => formulas.flat())
      .filter((cell): cell is string => typeof cell === "string")
      .flatMap((cell) =>
        cell.startsWith("=") ? [...cell.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]) : [cell],
      )
      // A measure label lists the goal's segment and topic after the measure: "Share, vækst".
      .flatMap((text) => text.split(", "))
      .filter((text) => text !== "" && !DATA.has(text))
  );
}

const danishIn = (texts: readonly string[]) => texts.filter((text) => DANISH.test(text));

describe("the English sheets", () => {
  it("check themselves: the Danish sheets do trip the check", () => {
    expect(danishIn(textsOf(allocationPlan(undefined, "da").cells)).length).toBeGreaterThan(5);
  });

  it("the goal table: headers, measures and the status texts its formulas write", () => {
    const goals = goalsFor({ source: "rammeaftale-2021-2023", year: 2022 });
    const selection = { sourceId: "rammeaftale-2021-2023", sourceTitle: "Framework agreement 2021-2023", year: 2022 };
    const plan = importPlan(selection, goals, undefined, "en");
    if (plan.kind !== "new") throw new Error("expected a new table");
    // The source (with the document's own section names) and the computation (survey answers) are data.
    const owned = plan.formulas.map((row) => row.filter((_, column) => column !== 2 && column !== 11));
    expect(danishIn(textsOf([{ formulas: owned }]))).toEqual([]);
    expect(plan.sheetName).toBe("Goals 2022 FA");
  });

  it("the overview and the years side by side", () => {
    const tables = [
      { name: "KKRMaal_rammeaftale_2021_2023_2022", sheet: "Goals 2022 FA", rows: 3, language: "en" as const },
    ];
    const overview = overviewPlan(tables, "en");
    expect(danishIn([...textsOf(overview.cells), overview.chartTitle, overview.sheetName])).toEqual([]);
    const years = [2021, 2022].map((year) => ({
      year,
      goals: goalsFor({ source: "rammeaftale-2021-2023", year }),
    }));
    const development = developmentPlan(SOURCE_DOCUMENTS[1].title.en, years, "en");
    const headerAndNotes = development.cells.filter(({ address }) => !/^A5/.test(address));
    expect(danishIn([...textsOf(headerAndNotes), development.name])).toEqual([]);
  });

  it("the finance staff's and the secretariat's sheets: allocation, quota, two steps, deficit, council", () => {
    for (const plan of [
      allocationPlan(undefined, "en"),
      quotaPlan(undefined, "en"),
      allocationPlan({ kind: "hub", id: "fyn" }, "en"),
      twoStepPlan(undefined, "en"),
      deficitPlan({ kind: "region", id: "syddanmark" }, "en"),
      councilPlan({ kind: "region", id: "midtjylland" }, "en"),
    ])
      expect([plan.name, danishIn(textsOf(plan.cells))]).toEqual([plan.name, []]);
  });

  it("the Egne mål sheet: its headers, lists and example", () => {
    const lists = ownLists("en")
      .flatMap(({ choices }) => choices)
      .filter((choice) => !DATA.has(choice));
    expect(danishIn([...ownColumns("en"), ...lists, ...textsOf([{ formulas: [exampleRow("en")] }])])).toEqual([]);
  });

  it("numbers as English writes them", () => {
    expect(formatMeasure("share", "atLeast", 0.655, "en")).toBe("65.5 %");
    expect(formatMeasure("share", "atLeast", 0.655, "da")).toBe("65,5 %");
    expect(formatMeasure("count", "atLeast", 1234.5, "en")).toBe("1,234.5");
    expect(formatMeasure("count", "atLeast", 1234.5, "da")).toBe("1.234,5");
  });
});
