/**
 * The finance sheets' native formulas (sums, controls, region totals) recalculated in LibreOffice: the plan
 * is written into an .xlsx with exceljs, the user's inputs filled in, and each KKR formula replaced by the
 * values it spills (computed by the add-in's own functions), since LibreOffice has no KKR functions.
 */
import { parseArea, popAlloc, quota, transfer } from "../../src/core";
import { allocationPlan, quotaPlan } from "../../src/sheets/financeSheets";
import { column } from "../helpers";
import { at, planCells, recalculated, spillDown } from "./planWorkbook";
import { printPages } from "./sheetPages";

describe("the finance sheets recalculated in LibreOffice", () => {
  it("allocation: the parts add up to the total, and the control says so", async () => {
    // Midtjylland's 19 municipalities with the 2022 contract's key (in 1.000 kr.), which sums to 39.009.
    const key = [
      1417, 1370, 2613, 1718, 2701, 1215, 574, 1082, 673, 2876, 1645, 108, 2796, 1856, 1330, 609, 1264, 2831, 10331,
    ];
    const plan = allocationPlan(parseArea("Midtjylland"));
    const cells = planCells(plan);
    cells.set("3,1", 39010); // B4: the amount
    key.forEach((weight, index) => cells.set(`${7 + index},2`, weight)); // C8:C26
    expect(at(cells, 7, 4)).toBe("=KKR.POPALLOC($B$4,C8:C26,$B$5,D8:D26)");
    spillDown(cells, 7, 4, popAlloc(39010, column(...key)).flat());
    const rows = await recalculated(cells);
    // Row 27: I alt; the weights sum to 39.009 (by hand: the contract's own sum), the parts to 39.010.
    expect([rows[26][0], rows[26][2], rows[26][4]]).toEqual(["I alt", "39009", "39010"]);
    expect(rows[27][1]).toBe("Delene giver totalen");
    // As it prints: one page, looked at in test-results/sheet-allocation-1.png.
    expect(await printPages(plan, cells, "allocation")).toBe(1);
  });

  it("quota: Hovedstaden's 113 persons, Bornholm taking over seven quotas, totals and controls", async () => {
    const plan = quotaPlan(parseArea("Hovedstaden") as Extract<ReturnType<typeof parseArea>, { kind: "region" }>);
    const cells = planCells(plan);
    // The letter: landstal 500, the region's quota 113; national totals (illustrative, above the region's sums).
    [500, 113, 6_000_000, 500_000, 3_000].forEach((value, index) => cells.set(`${3 + index},3`, value));
    const n = 29;
    const p = Array.from({ length: n }, (_, k) => 20_000 + 7_919 * ((k * 13) % 29));
    const i = p.map((value, k) => Math.floor(value * (0.04 + 0.01 * (k % 5))));
    const f = p.map((_, k) => k % 4);
    const seven = ["Dragør", "Hvidovre", "Tårnby", "Hillerød", "Rudersdal", "Glostrup", "Hørsholm"];
    const names = Array.from({ length: n }, (_, k) => String(at(cells, 10 + k, 1)));
    const receivers = names.map((name) => (seven.includes(name) ? "Bornholm" : ""));
    names.forEach((_, k) => {
      cells.set(`${10 + k},3`, p[k]);
      cells.set(`${10 + k},4`, i[k]);
      cells.set(`${10 + k},5`, f[k]);
      if (receivers[k]) cells.set(`${10 + k},8`, receivers[k]);
    });
    const computed = quota(113, column(...p), column(...i), column(...f), {
      landstal: 500,
      totalPopulation: 6_000_000,
      totalImmigrants: 500_000,
      totalFamilyReunified: 3_000,
    }).flat();
    const final = transfer(column(...computed), column(...names), column(...receivers)).flat();
    spillDown(cells, 10, 7, computed);
    spillDown(cells, 10, 9, final);
    const rows = await recalculated(cells);
    const bornholm = names.indexOf("Bornholm");
    // By hand: Bornholm ends with its own quota plus the seven it took over; the seven with 0.
    const takenOver = seven.reduce((sum, name) => sum + computed[names.indexOf(name)], 0);
    expect(Number(rows[10 + bornholm][9])).toBe(computed[bornholm] + takenOver);
    for (const name of seven) expect(rows[10 + names.indexOf(name)][9]).toBe("0");
    // Row 40: totals; both the computed and the final quotas make the region's 113.
    expect([rows[39][0], rows[39][7], rows[39][9]]).toEqual(["Region i alt", "113", "113"]);
    expect(rows[39][3]).toBe(String(p.reduce((a, b) => a + b, 0)));
    expect(rows[40][1]).toBe("Kvoterne giver det samlede antal");
    // 29 municipalities and the region block: two pages at a legible size, the header repeated on the second.
    expect(await printPages(plan, cells, "quota")).toBe(2);
    // Row 44: the region total by SUMIF.
    expect([rows[43][0], rows[43][1]]).toEqual(["Hovedstaden", "113"]);
  });
});
