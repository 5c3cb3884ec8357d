import fc from "fast-check";
import { quota } from "../../src/core";
import { column, expectDomainError } from "../helpers";

const flat = (grid: number[][]): number[] => grid.flat();

describe("quota", () => {
  // Three municipalities: p = 50, 30, 20 (P = 100); i = 10, 10, 0 (I = 20).
  const population = column(50, 30, 20);
  const immigrants = column(10, 10, 0);

  it("computes the national model when every foreløbigt number is positive", () => {
    // f = 1, 0, 2 (F = 3), L = 10. fordelingsandel = 2p/P - i/I: 0.5, 0.1, 0.4; beregnet = andel·(10 + 3):
    // 6.5, 1.3, 5.2; foreløbigt = beregnet - f: 5.5, 1.3, 3.2 (sum 10). Floors 5, 1, 3; the last one to .5.
    expect(flat(quota(10, population, immigrants, column(1, 0, 2)))).toEqual([6, 1, 3]);
  });

  it("gives 0 to a negative foreløbigt number and scales the positive ones to the total", () => {
    // f = 1, 2, 2 (F = 5), L = 10: beregnet = andel·15 = 7.5, 1.5, 6; foreløbigt 6.5, -0.5, 4 -> 0 for the second.
    // Scaled to 10: 6.5/10.5·10 = 6.19, 4/10.5·10 = 3.81; floors 6, 3; the unit left to .81.
    expect(flat(quota(10, population, immigrants, column(1, 2, 2)))).toEqual([6, 0, 4]);
  });

  it("computes a region's municipal quotas from its quota, the landstal and the national totals", () => {
    // National P = 1000, I = 100, F = 10, L = 50. Region: p = 120, 50; i = 10, 2; f = 1, 0; regional quota 12.
    // andel = 0.24 - 0.1 = 0.14 and 0.1 - 0.02 = 0.08; beregnet = andel·60 = 8.4, 4.8; foreløbigt 7.4, 4.8.
    // Scaled to 12: 7.4/12.2·12 = 7.279, 4.8/12.2·12 = 4.721; floors 7, 4; the unit left to .721.
    const result = quota(12, column(120, 50), column(10, 2), column(1, 0), {
      landstal: 50,
      totalPopulation: 1000,
      totalImmigrants: 100,
      totalFamilyReunified: 10,
    });
    expect(flat(result)).toEqual([7, 5]);
  });

  it("takes the given rows as the whole country by default", () => {
    // P = 170, I = 12, F = 1, L = 12: andel = 240/170 - 10/12 = 0.5784 and 100/170 - 2/12 = 0.4216;
    // beregnet = andel·13 = 7.52, 5.48; foreløbigt 6.52, 5.48 (sum 12): floors 6, 5; the unit left to .52.
    expect(flat(quota(12, column(120, 50), column(10, 2), column(1, 0)))).toEqual([7, 5]);
    // f = 3, 0 makes F = 3: beregnet = andel·15 = 8.676, 6.324; foreløbigt 5.676, 6.324: floors 5, 6; .676 wins.
    expect(flat(quota(12, column(120, 50), column(10, 2), column(3, 0)))).toEqual([6, 6]);
  });

  it("keeps an excluded municipality free and spreads its share over the others", () => {
    // First example with the first municipality free: foreløbigt 1.3 and 3.2 share 10: 2.89, 7.11 -> 3, 7.
    expect(flat(quota(10, population, immigrants, column(1, 0, 2), { exclude: column("x", "", "") }))).toEqual([
      0, 3, 7,
    ]);
  });

  describe("refuses bad input", () => {
    it("a negative or fractional total", () => {
      expectDomainError(
        () => quota(-1, population, immigrants, column(0, 0, 0)),
        "number",
        "Total må ikke være negativ (-1).",
      );
      expectDomainError(
        () => quota(2.5, population, immigrants, column(0, 0, 0)),
        "number",
        "Totalen skal være et helt antal personer, højst 10^15 (fik 2,5).",
        "The total must be a whole number of persons, at most 10^15 (got 2.5).",
      );
    });

    it("columns of different lengths", () => {
      expectDomainError(
        () => quota(10, population, column(10, 10), column(0, 0, 0)),
        "value",
        "Indvandrere (2×1) skal have samme størrelse som befolkning (3×1).",
        "Immigrants (2×1) must have the same size as population (3×1).",
      );
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0)),
        "value",
        "Familiesammenførte (2×1) skal have samme størrelse som befolkning (3×1).",
      );
    });

    it("a negative, text or blank value, naming the row", () => {
      expectDomainError(
        () => quota(10, column(50, -30, 20), immigrants, column(0, 0, 0)),
        "value",
        "Befolkning, række 2: -30 er negativ.",
      );
      expectDomainError(
        () => quota(10, population, column(10, "ti", 0), column(0, 0, 0)),
        "value",
        'Indvandrere, række 2: "ti" er ikke et tal.',
      );
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, "")),
        "value",
        "Familiesammenførte, række 3: cellen er tom; skriv 0, hvis tallet er nul.",
        "FamilyReunified, row 3: the cell is blank; enter 0 if the number is zero.",
      );
    });

    it("national totals below the listed municipalities' sum", () => {
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, 0), { totalPopulation: 99 }),
        "value",
        "Befolkning_i_alt (99) er mindre end summen af befolkning.",
        "TotalPopulation (99) is less than the sum of population.",
      );
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, 0), { totalImmigrants: -5 }),
        "number",
        "Indvandrere_i_alt må ikke være negativ (-5).",
      );
    });

    it("a negative landstal", () => {
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, 0), { landstal: -1 }),
        "number",
        "Landstal må ikke være negativ (-1).",
      );
    });

    it("no population or no immigrants at all", () => {
      expectDomainError(
        () => quota(10, column(0, 0), column(1, 1), column(0, 0)),
        "divisionByZero",
        "Befolkningen og antallet af indvandrere i alt skal være større end 0.",
      );
    });

    it("no municipality with a positive foreløbigt number", () => {
      expectDomainError(
        () => quota(10, population, immigrants, column(1, 0, 2), { exclude: column("x", "x", "x") }),
        "divisionByZero",
        "Ingen kommune har et positivt foreløbigt fordelingstal, så kvoten kan ikke fordeles.",
      );
    });

    it("exclusion flags of another length, or not understood", () => {
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, 0), { exclude: column("x") }),
        "value",
        "Udelad (1×1) skal have samme størrelse som befolkning (3×1).",
      );
      expectDomainError(
        () => quota(10, population, immigrants, column(0, 0, 0), { exclude: column("", "fri", "") }),
        "value",
        'Udelad, række 2: "fri" forstås ikke; brug SAND, 1 eller "x" for at udelade rækken, ellers lad cellen stå tom.',
      );
    });

    it("no rows", () => {
      expectDomainError(() => quota(10, [], [], []), "value", "Befolkning skal være et område af celler.");
    });
  });
});

describe("quota properties", () => {
  const municipality = fc.record({
    population: fc.integer({ min: 1_000, max: 1_000_000 }),
    immigrants: fc.integer({ min: 0, max: 100_000 }),
    familyReunified: fc.integer({ min: 0, max: 200 }),
    excluded: fc.boolean(),
  });

  it("sums exactly to the total, with no negative part and 0 for excluded municipalities", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(municipality, { minLength: 1, maxLength: 98 }),
        (total, rows) => {
          let result: number[];
          try {
            result = flat(
              quota(
                total,
                column(...rows.map((row) => row.population)),
                column(...rows.map((row) => row.immigrants)),
                column(...rows.map((row) => row.familyReunified)),
                { exclude: column(...rows.map((row) => row.excluded)) },
              ),
            );
          } catch (error) {
            // Only a set without any positive foreløbigt number, or without immigrants, may fail.
            expect((error as { kind?: string }).kind).toBe("divisionByZero");
            return;
          }
          expect(result.reduce((a, b) => a + b, 0)).toBe(total);
          result.forEach((part, index) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(0);
            if (rows[index].excluded) expect(part).toBe(0);
          });
        },
      ),
    );
  });
});
