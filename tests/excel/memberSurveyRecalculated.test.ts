/**
 * The member survey report recalculated in LibreOffice: the answers on a sheet of their own, every KKR
 * formula's value computed by the custom functions (LibreOffice has none, nor FILTER) and put where it
 * stood, the table's structured references written as the ranges they are; LibreOffice then computes the
 * ranks, the comparison, the response rates, the statuses and the diverging parts, and prints the pages.
 */
import { SurveyColumns, surveyFacts } from "../../src/sheets/memberSurveyData";
import { memberSurveyPlan } from "../../src/sheets/memberSurveyReport";
import { cellAddress, columnLetter, parseAddress } from "../../src/sheets/addresses";
import { Cell } from "../../src/sheets/plan";
import { evaluateFormula } from "./kkrFormulas";
import { planCells, recalculated } from "./planWorkbook";
import { printPages } from "./sheetPages";
import { HEADERS, KKRS, RESPONSE_TABLE, STATEMENTS, memberSurveyRows } from "../fixtures/memberSurvey2025";
import { WAIT_MS } from "../limits";

const COLUMNS: SurveyColumns = {
  today: "Nøgleord i dag",
  future: "Nøgleord fremadrettet",
  group: "Gruppe",
  kkr: "KKR",
  year: "År",
  statements: [...STATEMENTS],
};
const rows = memberSurveyRows();
const DATA = { name: "Svar", rows: rows as Cell[][] };

/** "Svar[[KKR]]" as the range it is on the data sheet: "Svar!$C$2:$C$219". */
function asRange(formula: string): string {
  return formula.replace(/Svar\[\[((?:[^\]']|'.)*)\]\]/g, (_, escaped: string) => {
    const letter = columnLetter(HEADERS.indexOf(escaped.replace(/'(.)/g, "$1")));
    return `Svar!$${letter}$2:$${letter}$${rows.length}`;
  });
}

/** The plan's cells with every KKR formula's spill put in as values, the rest pointing at the data sheet. */
function evaluatedCells(language: "da" | "en" = "da") {
  const [headers, ...answers] = rows;
  const found = surveyFacts({ headers: headers as string[], rows: answers }, COLUMNS);
  if (!("facts" in found)) throw new Error("the data set has a problem");
  const plan = memberSurveyPlan({ tableName: "Svar", columns: COLUMNS, facts: found.facts }, language);
  const cells = planCells(plan);
  const valueAt = (address: string) => {
    const { row, column } = parseAddress(address);
    return cells.get(`${row},${column}`) ?? "";
  };
  const context = {
    name: (name: string): unknown[][] => {
      throw new Error(`no name ${name}`);
    },
    cell: valueAt,
    range: (address: string) => {
      const { row, column, rows: height } = parseAddress(address);
      return Array.from({ length: height }, (_, r) => [valueAt(cellAddress(row + r, column))]);
    },
    column: (_table: string, header: string) => {
      const index = HEADERS.indexOf(header);
      return answers.map((line) => [line[index]]);
    },
  };
  for (const [key, value] of [...cells]) {
    if (typeof value !== "string" || !value.startsWith("=")) continue;
    if (!value.includes("KKR.")) {
      cells.set(key, asRange(value));
      continue;
    }
    const [row, column] = key.split(",").map(Number);
    const result = evaluateFormula(value, context);
    const grid = (Array.isArray(result) ? result : [[result]]) as Cell[][];
    grid.forEach((line, r) => line.forEach((each, c) => cells.set(`${row + r},${column + c}`, each)));
  }
  return { plan, cells };
}

/** A share as a whole per cent, and a number to 2 decimals, from the recalculated text. */
const percent = (text: string) => Math.round(Number(text) * 100);
const twoDecimals = (text: string) => Math.round(Number(text) * 100) / 100;

/** The sheet row (1-based) whose column holds `text`, from `from` down. */
function rowOf(sheet: string[][], column: number, text: string, from = 0): number {
  const found = sheet.findIndex((line, index) => index >= from && line[column] === text);
  if (found < 0) throw new Error(`no ${text}`);
  return found;
}

describe("the member survey report recalculated in LibreOffice", () => {
  it(
    "reproduces the note's marks, fives, response rates and the 2017 comparison, and prints legibly",
    async () => {
      const { plan, cells } = evaluatedCells();
      // The members per KKR and group, typed as the data report's table has them.
      const rates =
        [...cells]
          .find(([, value]) => value === "Medlemmer i alt")![0]
          .split(",")
          .map(Number)[0] + 1;
      KKRS.forEach((kkr, index) => {
        const [mayors, others] = RESPONSE_TABLE[kkr].members;
        cells.set(`${rates + index},2`, mayors);
        cells.set(`${rates + index},3`, others);
      });
      const sheet = await recalculated(cells, [DATA]);

      // Keywords today, sorted by marks with ranks and shares of the 118 who marked one.
      const today = sheet.slice(8, 13).map((line) => [line[0], line[1], percent(line[2]), line[3]]);
      expect(today).toEqual([
        ["Samarbejde", "87", 74, "1"],
        ["Konsensus", "72", 61, "2"],
        ["Værdiskabende", "62", 53, "3"],
        ["Politisk", "50", 42, "4"],
        ["Beslutsom", "43", 36, "5"],
      ]);
      const future = sheet.slice(8, 13).map((line) => [line[5], line[6], line[8]]);
      expect(future).toEqual([
        ["Samarbejde", "62", "1"],
        ["Beslutsom", "50", "2"],
        ["Inddragende", "43", "3"],
        ["Politisk", "40", "4"],
        ["Proaktiv", "36", "5"],
      ]);
      // The comparison, sorted by today: LibreOffice's SUMIF finds each keyword's future marks.
      const comparison = rowOf(sheet, 0, "Nøgleord") + 1;
      expect(sheet.slice(comparison, comparison + 3).map((line) => line.slice(0, 3))).toEqual([
        ["Samarbejde", "87", "62"],
        ["Konsensus", "72", "22"],
        ["Værdiskabende", "62", "25"],
      ]);

      // Response rates: 61/71/77/47/100 %, in all 68 %, 76 % of mayors and 58 % of other members.
      const rateLines = sheet
        .slice(rates, rates + 6)
        .map((line) => [line[0], line[4], ...line.slice(7, 10).map(percent)]);
      expect(rateLines).toEqual([
        ["KKR Hovedstaden", "35", 61, 66, 57],
        ["KKR Sjælland", "22", 71, 82, 57],
        ["KKR Syddanmark", "23", 77, 82, 63],
        ["KKR Midtjylland", "16", 47, 63, 27],
        ["KKR Nordjylland", "22", 100, 100, 100],
        ["I alt", "118", 68, 76, 58],
      ]);

      // 2025 against 2017: higher exactly where the note says (2.4), no certain difference elsewhere.
      const years = rowOf(sheet, 1, "Sammenligningsår") + 1;
      const findings = sheet.slice(years, years + 9).map((line) => [line[0], line[6]]);
      const higher: string[] = [STATEMENTS[3], STATEMENTS[6], STATEMENTS[7]];
      expect(findings).toEqual(
        STATEMENTS.map((statement) => [statement, higher.includes(statement) ? "højere" : "ingen sikker forskel"]),
      );
      // Bred opbakning: 3.35 → 4.20, by hand in tests/core/memberSurveyNote.test.ts.
      expect(sheet[years + 3].slice(1, 4).map(twoDecimals)).toEqual([3.35, 4.2, 0.85]);

      // The distribution of bred opbakning (1, 4, 15, 48, 50 of 118) in whole per cent adding up to 100,
      // and its diverging parts: half of the middle and the disagreeing left of zero.
      const distribution = rowOf(sheet, 0, "Fordeling på skalaen, rapportåret") + 2;
      expect(sheet[distribution + 3].slice(1, 6).map(percent)).toEqual([1, 3, 13, 41, 42]);
      const diverging = rowOf(sheet, 0, "Til diagrammet: uenige til venstre, enige til højre") + 2;
      expect(sheet[diverging + 3][0]).toBe(STATEMENTS[3]);
      expect(sheet[diverging + 3].slice(1, 7).map((text) => Number(text) * 1000)).toEqual([
        -65, -30, -10, 65, 410, 420,
      ]);

      const pages = await printPages(plan, cells, "member-survey", [DATA]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(8);
    },
    WAIT_MS,
  );
});
