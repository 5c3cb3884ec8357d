import { spread } from "../../src/core";
import { column, expectDomainError } from "../helpers";

const flat = (grid: number[][]): number[] => grid.flat();

describe("spread", () => {
  // Three municipalities with 50 %, 30 % and 20 % of the population.
  const population = column(50_000, 30_000, 20_000);

  it("gives actual ÷ expected − 1 per municipality (Midtjylland 2022, ±10 %)", () => {
    // 200 courses; expected by population 100, 60, 40. Actual 112, 55, 33: +12 %, −8,33 %, −17,5 %.
    const result = flat(spread(column(112, 55, 33), population, "relativ"));
    expect(result[0]).toBeCloseTo(0.12, 15);
    expect(result[1]).toBeCloseTo(-5 / 60, 15);
    expect(result[2]).toBeCloseTo(-0.175, 15);
    expect(flat(spread(column(112, 55, 33), population, "Relative"))).toEqual(result);
  });

  it("gives the activity share minus the population share (Sjælland 2019, at most 2 pp)", () => {
    // Shares of activity: 106/200 = 53 %, 58/200 = 29 %, 36/200 = 18 %: +3, −1, −2 pp.
    const result = flat(spread(column(106, 58, 36), population, "procentpoint"));
    expect(result[0]).toBeCloseTo(0.03, 15);
    expect(result[1]).toBeCloseTo(-0.01, 15);
    expect(result[2]).toBeCloseTo(-0.02, 15);
    expect(flat(spread(column(106, 58, 36), population, "pp"))).toEqual(result);
  });

  it("compares with the exact expected count, so a small municipality never divides by a rounded zero", () => {
    // 10 firms; population 100.000 and 1. Expected 10·100000/100001 and 10/100001 (which rounds to 0).
    // Relative: (10·100001 − 10·100000) ÷ (10·100000) = 0,00001; (0 − 10) ÷ 10 = −1.
    const result = flat(spread(column(10, 0), column(100_000, 1), "relativ"));
    expect(result[0]).toBeCloseTo(0.00001, 15);
    expect(result[1]).toBe(-1);
  });

  it("keeps the shape of a row", () => {
    // Row of two: 30 of 60 activities where the population is 1:1: 0 pp each.
    expect(spread([[30, 30]], [[5, 5]], "pp")).toEqual([[0, 0]]);
  });

  it("names what is wrong", () => {
    expectDomainError(
      () => spread(column(1, 2), population, "relativ"),
      "value",
      "Befolkning (3×1) skal have samme størrelse som antal (2×1).",
    );
    expectDomainError(
      () => spread(column(0, 0, 0), population, "pp"),
      "divisionByZero",
      "Der er ingen aktivitet eller ingen befolkning at sammenligne.",
    );
    expectDomainError(() => spread(column(1, -1, 0), population, "pp"), "value", "Antal, række 2: -1 er negativ.");
    expectDomainError(
      () => spread(column(1, 1), column(5, 0), "relativ"),
      "value",
      "Befolkning, række 2: befolkningen er 0, så kommunen har ingen forventet aktivitet at sammenligne med.",
    );
    expectDomainError(
      () => spread(column(1), column(1), "relatv"),
      "value",
      'Type "relatv" forstås ikke; brug "procentpoint" (andel minus befolkningsandel) eller "relativ" (faktisk ÷ forventet − 1).',
      'Kind "relatv" is not understood; use "pp" (share minus population share) or "relative" (actual ÷ expected − 1).',
    );
  });
});
