/**
 * The deficit-guarantee sheet (Ny underskudsgaranti) recalculated in LibreOffice: the README's worked example
 * and a variant with the other readings, every expected figure worked out by hand. Two passes: LibreOffice
 * first computes what is covered each year and who pays (the sheet's own rules as formulas); the payments
 * KKR.POPALLOC would spill from those are put in; the second pass adds up, compares and checks.
 */
import { parseArea, popAlloc } from "../../src/core";
import { deficitLayout, deficitPlan } from "../../src/sheets/deficitGuarantee";
import { Cell } from "../../src/sheets/plan";
import { at, planCells, recalculated, spillDown } from "./planWorkbook";
import { printPages } from "./sheetPages";

const FYN = parseArea("Fyn");
const layout = deficitLayout(9);
const { first, rows, sumRow } = layout;
// Illustrative round populations (not FOLK1A), in the register's order by code: Assens, Faaborg-Midtfyn,
// Kerteminde, Nyborg, Odense, Svendborg, Nordfyns, Langeland, Ærø.
const POPULATION = [40_000, 50_000, 20_000, 30_000, 100_000, 30_000, 30_000, 60_000, 40_000];
const LANGELAND = 7;
const AERO = 8;

interface Scenario {
  inputs: Cell[]; // D4:D10
  years: [deficit: number, full: string][];
  outside: number[];
}

/** Fills the inputs, recalculates, spills the six splits, recalculates again; returns the rows. */
async function run({ inputs, years, outside }: Scenario, print?: string): Promise<string[][]> {
  const cells = planCells(deficitPlan(FYN));
  inputs.forEach((value, index) => cells.set(`${3 + index},3`, value));
  years.forEach(([deficit, full], year) => {
    cells.set(`${layout.firstYear + year},1`, deficit);
    cells.set(`${layout.firstYear + year},2`, full);
  });
  POPULATION.forEach((people, index) => cells.set(`${first + index},2`, people));
  for (const index of outside) cells.set(`${first + index},3`, "x");
  const formulas = [6, 7, 8, 10, 11, 12].map((col) => [col, at(cells, first, col)] as const);
  for (const [col] of formulas) cells.delete(`${first},${col}`);
  const before = await recalculated(cells);
  const weights = Array.from({ length: rows }, (_, index) => [Number(before[first + index][2])]);
  formulas.forEach(([col, formula], pair) => {
    const year = pair % 3;
    const exclusion = col < 10 ? 4 : 5;
    expect(formula).toBe(
      `=KKR.POPALLOC($E$${14 + year},C20:C29,0,${exclusion === 4 ? "E" : "F"}20:${exclusion === 4 ? "E" : "F"}29)`,
    );
    const exclude = Array.from({ length: rows }, (_, index) => [before[first + index][exclusion]]);
    const covered = Number(before[layout.firstYear + year][4]);
    // Where the covered amount is an error (#N/A for a bad input), KKR.POPALLOC is an error too: left blank.
    if (Number.isFinite(covered))
      spillDown(cells, first, col, popAlloc(covered, weights, { decimals: 0, exclude }).flat());
  });
  // The README's example as it prints, one page: looked at in test-results/sheet-<print>-1.png.
  if (print) expect(await printPages(deficitPlan(FYN), cells, print)).toBe(1);
  return recalculated(cells);
}

const column = (rowsRead: string[][], col: number) =>
  Array.from({ length: rows }, (_, index) => Number(rowsRead[first + index][col]));

describe("the deficit guarantee recalculated in LibreOffice", () => {
  it("the README's example: three years, Langeland and Ærø outside, full occupancy in year 2", async () => {
    const rowsRead = await run(
      {
        inputs: ["Botilbud Fyn", "Odense", 0.5, "nej", 0, "ja", "nej"],
        years: [
          [2_400_000, "nej"],
          [1_000_000, "ja"],
          [800_000, "nej"],
        ],
        outside: [LANGELAND, AERO],
      },
      "deficit-guarantee",
    );
    // Year 1 is covered at 50 %: 1.200.000. Year 2 was full: nothing, and the guarantee ends, so year 3
    // is not covered either.
    const yearsRead = [13, 14, 15].map((row) => [rowsRead[row][3], rowsRead[row][4]]);
    expect(yearsRead).toEqual([
      ["ja", "1200000"],
      ["ja", "0"],
      ["nej", "0"],
    ]);
    expect(rowsRead[16][4]).toBe("1200000");
    // With the opt-outs 300.000 inhabitants pay 1.200.000: 4 kr. each. Without them 400.000: 3 kr. each.
    expect(column(rowsRead, 6)).toEqual([160_000, 200_000, 80_000, 120_000, 400_000, 120_000, 120_000, 0, 0, 0]);
    expect(column(rowsRead, 10)).toEqual([
      120_000, 150_000, 60_000, 90_000, 300_000, 90_000, 90_000, 180_000, 120_000, 0,
    ]);
    // What the two opt-outs cost the others, per municipality; it adds up to 0.
    expect(column(rowsRead, 14)).toEqual([
      40_000, 50_000, 20_000, 30_000, 100_000, 30_000, 30_000, -180_000, -120_000, 0,
    ]);
    const totals = rowsRead[sumRow];
    expect([totals[0], totals[2], totals[6], totals[9], totals[10], totals[13], totals[14]]).toEqual([
      "I alt",
      "400000",
      "1200000",
      "1200000",
      "1200000",
      "1200000",
      "0",
    ]);
    expect(rowsRead[sumRow + 1][1]).toBe("Betalingerne giver det dækkede beløb, med og uden fravalg");
    // The inputs are all understood: no remark beside them.
    expect([4, 5, 6, 8, 9].map((row) => rowsRead[row][4] ?? "")).toEqual(["", "", "", "", ""]);
  });

  it("the other readings: the host does not pay its own share, year 3 covered, shares with remainders", async () => {
    const rowsRead = await run({
      inputs: ["Botilbud Fyn", "Odense", 0.5, "nej", 0, "nej", "nej"],
      years: [
        [2_400_000, "nej"],
        [600_000, "nej"],
        [800_000, "nej"],
      ],
      outside: [LANGELAND, AERO],
    });
    expect([13, 14, 15].map((row) => rowsRead[row][4])).toEqual(["1200000", "300000", "400000"]);
    // Odense (the host) and the two opt-outs do not pay: 200.000 inhabitants, 2 kr. each in year 3.
    expect(column(rowsRead, 8)).toEqual([80_000, 100_000, 40_000, 60_000, 0, 60_000, 60_000, 0, 0, 0]);
    // Without the opt-outs, Odense still out: 300.000 inhabitants share 400.000. By hand (largest remainder):
    // 53.333,33 66.666,67 26.666,67 40.000 0 40.000 40.000 80.000 53.333,33 → floors sum to 399.998, and the
    // two largest remainders (,67 twice) get a krone each.
    expect(column(rowsRead, 12)).toEqual([53_333, 66_667, 26_667, 40_000, 0, 40_000, 40_000, 80_000, 53_333, 0]);
    expect(rowsRead[sumRow][12]).toBe("400000");
    expect(rowsRead[sumRow][14]).toBe("0");
    expect(rowsRead[sumRow + 1][1]).toBe("Betalingerne giver det dækkede beløb, med og uden fravalg");
  });

  it("a full year 1 ends the guarantee only when D10 says so; bad inputs are named beside them", async () => {
    const rowsRead = await run({
      inputs: ["Botilbud Fyn", "Odens", 50, "måske", 0, "ja", "ja"],
      years: [
        [1_000_000, "ja"],
        [-5, "nej"],
        [800_000, "nej"],
      ],
      outside: [],
    });
    expect([13, 14, 15].map((row) => rowsRead[row][3])).toEqual(["ja", "nej", "nej"]);
    expect(rowsRead[4][4]).toBe("Ukendt kommune");
    expect(rowsRead[5][4]).toBe("Skriv procent, 50 %");
    expect(rowsRead[6][4]).toBe("Skriv ja eller nej");
    expect(rowsRead[14][5]).toBe("Et underskud kan ikke være negativt");
    // A rate of 50 is no percentage: nothing is covered and the control asks for the inputs to be corrected.
    expect(rowsRead[13][4]).toBe("#N/A");
    expect(rowsRead[sumRow + 1][1]).toBe("Ret de markerede input");
  });
});
