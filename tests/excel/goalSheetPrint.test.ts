/**
 * The goal sheet and the overview as the KKR meeting reads them on paper: the workbook the Excel layer made
 * (the fake workbook) written to .xlsx, printed to PDF by LibreOffice one page wide, and the print scale read
 * off the PDF's words. Pages in test-results/printed-*.png, looked at.
 */
import { catalogue, goalsFor } from "../../src/goals";
import { openOwnGoals } from "../../src/excel/ownGoalsSheet";
import { addMemberSurveyReport } from "../../src/excel/memberSurvey";
import { STATEMENTS, memberSurveyRows } from "../fixtures/memberSurvey2025";
import { importGoals } from "../../src/excel/goalTables";
import { buildOverview } from "../../src/excel/sheets";
import { GoalSelection } from "../../src/sheets/goalTable";
import { FakeExcel } from "../fakes/fakeExcel";
import { WAIT_MS } from "../limits";
import { printSheet } from "./printedSheet";

const midtjylland: GoalSelection = {
  sourceId: "resultatkontrakt-midtjylland-2022",
  sourceTitle: "Resultatkontrakt Midtjylland 2022",
  year: 2022,
};
const framework: GoalSelection = {
  sourceId: "rammeaftale-2021-2023",
  sourceTitle: "Rammeaftale 2021-2023",
  year: 2022,
  hub: "midtjylland",
};
const goalsOf = (selection: GoalSelection) =>
  goalsFor({ source: selection.sourceId, year: selection.year, hub: selection.hub });
/** The longest status a goal can show, as Excel would have calculated it in every row. */
const LONGEST_STATUS = "Ikke opfyldt, inden for usikkerheden";

async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  for (const selection of [midtjylland, framework]) {
    await importGoals(excel.run, selection, goalsOf(selection));
    const sheet = excel.sheets[excel.sheets.length - 1].name;
    const rows = goalsOf(selection).length;
    excel.calculated(
      sheet,
      `J2:J${rows + 1}`,
      Array.from({ length: rows }, () => [LONGEST_STATUS]),
    );
  }
  return excel;
}

describe("the goal sheet and the overview on paper", () => {
  it(
    "prints the goal sheet one page wide at 70 % or more, the goal to the note",
    async () => {
      const excel = await workbook();
      const { pages, scale } = await printSheet(excel, excel.sheets[1].name, "goal-sheet");
      expect(scale).toBeGreaterThanOrEqual(0.7);
      expect(pages).toBeLessThanOrEqual(4);
    },
    WAIT_MS,
  );

  it(
    "prints the overview at 70 % or more: the note and the goals' titles do not widen it",
    async () => {
      const excel = await workbook();
      await buildOverview(excel.run);
      // The goals' titles, as Excel would show the INDEX formulas below the tables.
      const titles = [...goalsOf(midtjylland), ...goalsOf(framework)].map((goal) => [goal.title.da]);
      // Below the header (row 4), the two tables, the total and two rows: the goals' list from row 11.
      excel.calculated("Overblik", `B11:B${10 + titles.length}`, titles);
      const { scale } = await printSheet(excel, "Overblik", "overview");
      expect(scale).toBeGreaterThanOrEqual(0.7);
    },
    WAIT_MS,
  );
});

describe("the Egne mål sheet on paper", () => {
  it(
    "prints a whole contract three pages across at 70 % or more, each page with the goals' ids",
    async () => {
      const excel = new FakeExcel();
      await openOwnGoals(
        excel.run,
        "da",
        catalogue.filter((goal) => goal.source.document === "rammeaftale-2021-2023"),
      );
      expect(excel.sheet("Egne mål").print).toMatchObject({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 3, verticalFitToPages: 0 },
        titleRows: "$1:$1",
        titleColumns: "$A:$A",
        leftFooter: "Egne mål",
      });
      const { scale } = await printSheet(excel, "Egne mål", "own-goals");
      expect(scale).toBeGreaterThanOrEqual(0.7);
    },
    WAIT_MS,
  );
});

describe("the member survey report on paper", () => {
  it(
    "prints one page wide at 70 % or more: long headers wrap instead of widening the page",
    async () => {
      const excel = new FakeExcel(["Ark1", "Svar 2025"]);
      await excel.type("Svar 2025", "A1:O219", memberSurveyRows());
      excel.selection = "'Svar 2025'!A1:O219";
      const columns = {
        today: "Nøgleord i dag",
        future: "Nøgleord fremadrettet",
        group: "Gruppe",
        kkr: "KKR",
        year: "År",
      };
      await addMemberSurveyReport(excel.run, { ...columns, statements: [...STATEMENTS] });
      const { scale } = await printSheet(excel, "Medlemsundersøgelse", "member-survey");
      expect(scale).toBeGreaterThanOrEqual(0.7);
    },
    WAIT_MS,
  );
});
