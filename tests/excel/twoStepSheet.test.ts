/**
 * The two-step sheet (Ny fordeling i to trin): on the fake workbook, and recalculated in LibreOffice on a
 * national → KKR → municipality split worked out by hand, with a total and with an amount per inhabitant.
 */
import { parseArea, popAlloc, twoStep } from "../../src/core";
import { addPlannedSheet } from "../../src/excel/sheets";
import { Cell } from "../../src/sheets/plan";
import { twoStepLayout, twoStepPlan } from "../../src/sheets/twoStepSheet";
import { FakeExcel } from "../fakes/fakeExcel";
import { at, planCells, recalculated, spillDown } from "./planWorkbook";
import { printPages } from "./sheetPages";

const NORDJYLLAND = parseArea("Nordjylland");
const { firstArea, first, sumRow } = twoStepLayout(5, 11);

describe("the two-step sheet on the fake workbook", () => {
  it("lays out the five KKR, the region's municipalities, KKR.TWOSTEP and last year's comparison, in 2 syncs", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, twoStepPlan(NORDJYLLAND));
    expect(sheetName).toBe("To trin Nordjylland");
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(["A12", "A16", "B12", "B16"].map(cell)).toEqual([
      "Hovedstaden",
      "Nordjylland",
      "",
      "=SUMIF(C20:C30,A16,D20:D30)",
    ]);
    expect(cell("C12")).toBe("=KKR.POPALLOC($D$9,B12:B16,$D$8)");
    expect(cell("E20")).toBe("=KKR.TWOSTEP($D$9,C20:C30,D20:D30,A12:B16,$D$8)");
    expect(cell("D9")).toBe("=IF(ISNUMBER($D$7),$D$7*SUM(B12:B16),$D$6)");
    expect([cell("B20"), cell("C20"), cell("B30")]).toEqual(["Morsø", "Nordjylland", "Hjørring"]);
    expect(excel.sheet(sheetName).print).toMatchObject({ titleRows: "$19:$19" });
  });

  it("takes the six hubs as the first step for a hub, and the five KKR with every municipality for the country", () => {
    const hub = planCells(twoStepPlan(parseArea("Fyn")));
    expect(at(hub, 11, 0)).toBe("Hovedstaden");
    expect(at(hub, 13, 0)).toBe("Fyn");
    const country = planCells(twoStepPlan(undefined, "en"));
    const layout = twoStepLayout(5, 98);
    expect(at(country, layout.first, 4)).toBe("=KKR.TWOSTEP($D$9,C20:C117,D20:D117,A12:B16,$D$8)");
    expect(at(country, 10, 0)).toBe("Area");
  });
});

const OTHERS = [400_000, 140_000, 210_000, 230_000]; // Hovedstaden, Sjælland, Syddanmark, Midtjylland (B12:B15)
// Nordjylland's 11 municipalities, illustrative: 9.000 each, Hjørring (last by code) 10.000; 100.000 in all.
const POPULATION = [...Array<number>(10).fill(9_000), 10_000];

async function run(inputs: { total?: number; rate?: number }, lastYear: number, print?: string) {
  const plan = twoStepPlan(NORDJYLLAND);
  const cells = planCells(plan);
  if (inputs.total !== undefined) cells.set("5,3", inputs.total);
  if (inputs.rate !== undefined) cells.set("6,3", inputs.rate);
  OTHERS.forEach((weight, index) => cells.set(`${firstArea + index},1`, weight));
  POPALLOC_AND_TWOSTEP.forEach(([row, col]) => cells.delete(`${row},${col}`));
  POPULATION.forEach((people, index) => {
    cells.set(`${first + index},3`, people);
    cells.set(`${first + index},5`, lastYear);
  });
  const before = await recalculated(cells);
  const split = Number(before[8][3]);
  const weights = Array.from({ length: 5 }, (_, index) => [Number(before[firstArea + index][1])]);
  spillDown(cells, firstArea, 2, popAlloc(split, weights).flat());
  const key: Cell[][] = weights.map(([weight], index) => [before[firstArea + index][0], weight]);
  const areas = POPULATION.map(() => ["Nordjylland"]);
  spillDown(
    cells,
    first,
    4,
    twoStep(
      split,
      areas,
      POPULATION.map((people) => [people]),
      key,
    ).flat(),
  );
  const rows = await recalculated(cells);
  if (print) expect(await printPages(plan, cells, print)).toBe(1);
  return rows;
}
const POPALLOC_AND_TWOSTEP = [
  [firstArea, 2],
  [first, 4],
];

describe("the two-step sheet recalculated in LibreOffice", () => {
  it("splits 1.000 over the five KKR and Nordjylland's 93 over its municipalities, by hand", async () => {
    const rows = await run({ total: 1000 }, 8, "two-step");
    // Step 1 by 40:14:21:23:10: 370,37 129,63 194,44 212,96 92,59 → 370, 130, 194, 213, 93.
    expect([11, 12, 13, 14, 15].map((row) => rows[row][2])).toEqual(["370", "130", "194", "213", "93"]);
    // Step 2, 93 by 9.000 (×10) and 10.000: 8,37 each and 9,3; the floors make 89, and the four units left
    // go to the largest remainders, ,37, in the first four rows (equal weights: the earlier row).
    const thisYear = Array.from({ length: 11 }, (_, index) => rows[first + index][4]);
    expect(thisYear).toEqual(["9", "9", "9", "9", "8", "8", "8", "8", "8", "8", "9"]);
    expect(rows[15][3]).toBe("93"); // Nordjylland's municipalities give its part
    expect([rows[first][6], rows[first + 4][6]]).toEqual(["1", "0"]); // against 8 last year
    expect(Number(rows[first][7])).toBeCloseTo(9 / 9000, 12);
    expect([rows[sumRow][4], rows[sumRow][5], rows[sumRow][6]]).toEqual(["93", "88", "5"]);
    expect(rows[sumRow + 1][1]).toBe("Hvert områdes kommuner giver præcis dets del");
  });

  it("with 135 kr. per inhabitant gives each municipality exactly 135 × its population", async () => {
    const rows = await run({ rate: 135 }, 1_200_000);
    // 135 × 1.080.000 inhabitants in the five areas; Nordjylland's part is 135 × 100.000.
    expect(rows[8][3]).toBe("145800000");
    expect(rows[15][2]).toBe("13500000");
    const thisYear = Array.from({ length: 11 }, (_, index) => Number(rows[first + index][4]));
    expect(thisYear).toEqual(POPULATION.map((people) => 135 * people));
    expect(rows[first][6]).toBe("15000"); // 1.215.000 against 1.200.000 last year
    expect(Number(rows[first][8])).toBeCloseTo(15_000 / 9_000, 12);
  });
});
