import { geographicSpread } from "../../src/goals";
import { column, expectDomainError } from "../helpers";

describe("geographicSpread", () => {
  // Three municipalities with 50 %, 30 % and 20 % of the population; 200 courses held.
  const population = column(50_000, 30_000, 20_000);

  it("flags municipalities outside ±10 % of their expected count (Midtjylland 2022)", () => {
    // Expected by population: 100, 60, 40. Actual 112, 55, 33: +12 %, -8.3 %, -17.5 %.
    const result = geographicSpread(column(112, 55, 33), population, { kind: "relative", band: 0.1 });
    expect(result.municipalities.map((m) => m.expected)).toEqual([100, 60, 40]);
    expect(result.municipalities.map((m) => m.deviation)).toEqual([0.12, -5 / 60, -0.175]);
    expect(result.municipalities.map((m) => m.outside)).toEqual([true, false, true]);
    expect(result.worstDeviation).toBe(-0.175);
  });

  it("flags municipalities more than 2 percentage points off their population share (Sjælland 2019)", () => {
    // Shares of activity: 106/200 = 53 %, 58/200 = 29 %, 36/200 = 18 %: +3, -1, -2 pp.
    const result = geographicSpread(column(106, 58, 36), population, { kind: "sharePp", maxPp: 0.02 });
    expect(result.municipalities.map((m) => m.deviation.toFixed(4))).toEqual(["0.0300", "-0.0100", "-0.0200"]);
    expect(result.municipalities.map((m) => m.outside)).toEqual([true, false, false]);
    expect(result.worstDeviation).toBeCloseTo(0.03, 12);
  });

  it("rounds expected counts so they add up to the activity", () => {
    // 10 courses over thirds: 4, 3, 3 (largest remainder, first row on a tie).
    const result = geographicSpread(column(4, 3, 3), column(1, 1, 1), { kind: "relative", band: 0.1 });
    expect(result.municipalities.map((m) => m.expected)).toEqual([4, 3, 3]);
    expect(result.worstDeviation).toBe(0);
  });

  it("refuses mismatched columns and empty totals", () => {
    expectDomainError(
      () => geographicSpread(column(1, 2), population, { kind: "relative", band: 0.1 }),
      "value",
      "Befolkning (3×1) skal have samme størrelse som antal (2×1).",
    );
    expectDomainError(
      () => geographicSpread(column(0, 0, 0), population, { kind: "relative", band: 0.1 }),
      "divisionByZero",
      "Der er ingen aktivitet eller ingen befolkning at sammenligne.",
    );
    expectDomainError(
      () => geographicSpread(column(1, -1, 0), population, { kind: "relative", band: 0.1 }),
      "value",
      "Antal, række 2: -1 er negativ.",
    );
  });
});
