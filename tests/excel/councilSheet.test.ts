/**
 * The council sheet (Ny sammensætning af KKR): written on the fake workbook, and recalculated in LibreOffice
 * on an election worked out by hand. LibreOffice has no KKR functions, so the municipalities' count and the
 * seats KKR.SEATS would spill are put where those formulas stand.
 */
import { parseArea, seats } from "../../src/core";
import { addPlannedSheet } from "../../src/excel/sheets";
import { councilLayout, councilPlan } from "../../src/sheets/councilSheet";
import { FakeExcel } from "../fakes/fakeExcel";
import { at, planCells, recalculated, spillDown } from "./planWorkbook";
import { printPages } from "./sheetPages";

const region = (name: string) => parseArea(name) as Extract<ReturnType<typeof parseArea>, { kind: "region" }>;
const { first, sumRow } = councilLayout();

describe("the council sheet on the fake workbook", () => {
  it("lays out the inputs, 15 party rows, one KKR.SEATS formula, shares and print settings, in 2 syncs", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, councilPlan(region("Midtjylland")));
    expect(sheetName).toBe("Sammensætning KKR Midtjylland");
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(cell("A1")).toBe("KKR Midtjylland: sammensætning efter kommunevalget");
    expect([cell("B4"), cell("B5"), cell("B6")]).toEqual(['=ROWS(KKR.MUNICIPALITIES("Midtjylland"))', "=2*$B$4", 0.02]);
    expect(cell("D10")).toBe('=IF(A10="","",IF(OR(N(C10)>0,N(B10)>=$B$6*SUM(B10:B24)),"ja","nej"))');
    expect(cell("F10")).toBe('=IF(D10="ja",MAX(N(C10),1),0)');
    expect(cell("G10")).toBe("=KKR.SEATS(E10:E24,$B$5,F10:F24)");
    expect(cell("J24")).toBe('=IF(OR(A24="",N(G24)=0),"",H24/I24)');
    expect(excel.sheet(sheetName).print).toMatchObject({ titleRows: "$9:$9", orientation: "Landscape" });
    expect(excel.selection).toBe("'Sammensætning KKR Midtjylland'!A10");
  });

  it("is English where Office is", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, councilPlan(region("Nordjylland"), "en"));
    expect(sheetName).toBe("KKR composition Nordjylland");
    expect(excel.cell(sheetName, "D10")?.formula).toMatch(/"yes","no"\)\)$/);
  });
});

describe("the council sheet recalculated in LibreOffice", () => {
  it("gives an election's seats, shares and under-representation, worked out by hand", async () => {
    const plan = councilPlan(region("Nordjylland"));
    const cells = planCells(plan);
    expect(at(cells, 3, 1)).toBe('=ROWS(KKR.MUNICIPALITIES("Nordjylland"))');
    cells.set("3,1", 11); // Region Nordjylland's 11 municipalities: 22 seats at most.
    // Illustrative votes (not an election's); Z has 3.000 of 271.000, under 2 % (5.420), and no mayor.
    const parties: [string, number, number][] = [
      ["A", 100_000, 5],
      ["V", 80_000, 4],
      ["C", 30_000, 1],
      ["F", 25_000, 1],
      ["Ø", 15_000, 0],
      ["O", 10_000, 0],
      ["B", 8_000, 0],
      ["Z", 3_000, 0],
    ];
    parties.forEach(([party, votes, mayors], index) => {
      cells.set(`${first + index},0`, party);
      cells.set(`${first + index},1`, votes);
      cells.set(`${first + index},2`, mayors);
    });
    const formula = at(cells, first, 6);
    cells.delete(`${first},6`);
    const before = await recalculated(cells);
    const read = (col: number) => Array.from({ length: 15 }, (_, index) => [Number(before[first + index][col] || 0)]);
    expect(formula).toBe("=KKR.SEATS(E10:E24,$B$5,F10:F24)");
    spillDown(cells, first, 6, seats(read(4), Number(before[4][1]), read(5)).flat());
    const rows = await recalculated(cells);
    // As it prints, one page: looked at in test-results/sheet-council-1.png.
    expect(await printPages(plan, cells, "council")).toBe(1);
    const partyRows = rows.slice(first, first + parties.length);
    expect(partyRows.map((row) => row[3])).toEqual(["ja", "ja", "ja", "ja", "ja", "ja", "ja", "nej"]);
    expect(partyRows.map((row) => row[5])).toEqual(["5", "4", "1", "1", "1", "1", "1", "0"]);
    // By hand: the minimums take 14 of 22 seats; the 8 free seats go one by one to the largest votes ÷ seats:
    // C 30.000, F 25.000, A and V 20.000 (both), A 16.667, V 16.000, C and Ø 15.000 (both).
    expect(partyRows.map((row) => row[6])).toEqual(["7", "6", "3", "2", "2", "1", "1", "0"]);
    // A: (100.000 / 271.000) ÷ (7 / 22) = 2.200.000 / 1.897.000, the largest ratio, shown in the worst row.
    expect(Number(partyRows[0][9])).toBeCloseTo(2_200_000 / 1_897_000, 9);
    expect(Number(partyRows[6][9])).toBeCloseTo((8_000 * 22) / (271_000 * 1), 9);
    expect(partyRows[7][9] ?? "").toBe("");
    expect(Number(rows[sumRow + 1][9])).toBeCloseTo(2_200_000 / 1_897_000, 9);
    expect([rows[sumRow][0], rows[sumRow][1], rows[sumRow][2], rows[sumRow][6]]).toEqual([
      "I alt",
      "271000",
      "11",
      "22",
    ]);
    expect(rows[sumRow + 2][1]).toBe("Pladserne giver det samlede antal");
    expect([rows[3][2] ?? "", rows[4][2] ?? ""]).toEqual(["", ""]);
  });
});
