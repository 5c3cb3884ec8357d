/**
 * KKR.TWOSTEP: hand-worked national → KKR → municipality splits, the invariants of both steps against the
 * exact shares (property tests), and every bad input a user can type.
 */
import fc from "fast-check";
import { twoStep } from "../../src/core";
import { column, failure } from "./elections";

const parts = (total: unknown, areas: unknown[], weights: unknown[], key?: unknown[][], decimals?: unknown) =>
  twoStep(total, column(...areas), column(...weights), key, decimals).map(([part]) => part);

describe("KKR.TWOSTEP by hand", () => {
  it("splits a national number over the five KKR, then one KKR's part over its municipalities", () => {
    // Step 1, 1.000 by 40:23:21:14:10 (of 108): 370,37 212,96 194,44 129,63 92,59; the floors leave 3
    // units for the largest remainders ,96 ,63 ,59: 370, 213, 194, 130, 93.
    const key = [
      ["Hovedstaden", 40],
      ["Midtjylland", 23],
      ["Syddanmark", 21],
      ["Sjælland", 14],
      ["Nordjylland", 10],
    ];
    // Step 2, Nordjylland's 93 by 5:3:2: 46,5 27,9 18,6 → 46, 27, 18 and 2 units to ,9 and ,6.
    expect(parts(1000, ["Nordjylland", "Nordjylland", "Nordjylland"], [5, 3, 2], key)).toEqual([46, 28, 19]);
    // Sjælland's 130 beside it: by 1:1 → 65 and 65. Area names are read without case and spaces.
    expect(parts(1000, ["Nordjylland", " sjælland", "SJÆLLAND"], [5, 1, 1], key)).toEqual([93, 65, 65]);
  });

  it("keeps each area's part where a one-step split would not", () => {
    // Three areas of two equal municipalities, 10 in all. Step 1: 3,33 each → 4, 3, 3; step 2: 2+2, 2+1, 2+1.
    // One step over the six would give 2, 2, 2, 2, 1, 1: area B 4 and C 2.
    expect(parts(10, ["A", "A", "B", "B", "C", "C"], [1, 1, 1, 1, 1, 1])).toEqual([2, 2, 2, 1, 2, 1]);
  });

  it("rounds to the decimals asked for at both steps", () => {
    // 100 kr. to øre by 2:1 areas: 66,67 and 33,33; area A by 1:1: 33,34 and 33,33 (the tie to the first row).
    expect(
      parts(
        100,
        ["A", "A", "B"],
        [1, 1, 1],
        [
          ["A", 2],
          ["B", 1],
        ],
        2,
      ),
    ).toEqual([33.34, 33.33, 33.33]);
  });

  it("refuses what is no area, no weight or no area key, naming the cell", () => {
    expect(failure(() => parts(10, ["A", ""], [1, 1])).text.da).toBe(
      "Områder, række 2: (tom) er ikke et område; hver kommune skal have sit område (fx KKR eller erhvervshus).",
    );
    expect(
      failure(() =>
        parts(
          10,
          ["A", "C"],
          [1, 1],
          [
            ["A", 1],
            ["B", 1],
          ],
        ),
      ).text.da,
    ).toBe('Områder, række 2: "C" står ikke blandt områdevægtene (A, B).');
    expect(
      failure(() =>
        parts(
          10,
          ["A"],
          [1],
          [
            ["A", 1],
            ["a ", 2],
          ],
        ),
      ).text.da,
    ).toBe('Områdevægte, række 2, kolonne 1: "a " står to gange.');
    expect(failure(() => parts(10, ["A"], [1], [["A", -1]])).text.da).toBe("Områdevægte, kolonne 2: -1 er negativ.");
    expect(failure(() => parts(10, ["A"], [1], [["A"]])).text.da).toBe(
      "Områdevægte skal have to kolonner, område og vægt (fik 1).",
    );
    expect(failure(() => parts(10, ["A", "A"], [1, -2])).text.da).toBe("Vægte, række 2: -2 er negativ.");
    const zero = failure(() =>
      parts(
        10,
        ["A", "B"],
        [1, 0],
        [
          ["A", 1],
          ["B", 1],
        ],
      ),
    );
    expect([zero.kind, zero.text.da]).toEqual([
      "divisionByZero",
      'Området "B" får en del af totalen, men alle dets vægte er 0.',
    ]);
    expect(failure(() => parts(10, ["A"], [0])).kind).toBe("divisionByZero");
    expect(failure(() => parts(10.5, ["A"], [1])).kind).toBe("number");
    expect(failure(() => parts(10, ["A", "B"], [1])).text.da).toMatch(/^Områder \(2×1\) skal have samme størrelse/);
  });
});

describe("KKR.TWOSTEP's invariants", () => {
  const caseOf = fc.record({
    total: fc.integer({ min: 0, max: 1_000_000 }),
    rows: fc.array(
      fc.record({ area: fc.constantFrom("A", "B", "C", "D"), weight: fc.integer({ min: 1, max: 5000 }) }),
      {
        minLength: 1,
        maxLength: 30,
      },
    ),
  });

  it("adds up to the total, each area to the floor or ceiling of its exact share, each row within its area", () => {
    fc.assert(
      fc.property(caseOf, ({ total, rows }) => {
        const result = parts(
          total,
          rows.map((row) => row.area),
          rows.map((row) => row.weight),
        );
        expect(result.reduce((sum, part) => sum + part, 0)).toBe(total);
        const weightSum = rows.reduce((sum, row) => sum + row.weight, 0);
        for (const area of new Set(rows.map((row) => row.area))) {
          const mine = rows.map((row, index) => ({ ...row, part: result[index] })).filter((row) => row.area === area);
          const areaWeight = mine.reduce((sum, row) => sum + row.weight, 0);
          const areaPart = mine.reduce((sum, row) => sum + row.part, 0);
          // Exact share total × areaWeight / weightSum: the part is its floor or ceiling (integers, so exact).
          expect(Math.abs(areaPart * weightSum - total * areaWeight)).toBeLessThan(weightSum);
          for (const row of mine)
            expect(Math.abs(row.part * areaWeight - areaPart * row.weight)).toBeLessThan(areaWeight);
        }
      }),
      { numRuns: 500 },
    );
  });
});
