import fc from "fast-check";
import { meanChange, meanInterval, scaleDistribution, scaleMean, scaleMeanResult } from "../../src/core/scale";
import { column, expectDomainError } from "../helpers";

// Six answers on the 1-5 scale as an export writes them, and two that are no answer: 5, 4, 5, 3, 2, 4.
const statement = column(5, "4", "5 - Helt enig", 3, "Ved ikke", "", 2, "4 (enig)");

describe("SCALEMEAN and MEANINTERVAL", () => {
  it("averages numbers, numbers as text and numbered labels, leaving out Ved ikke and blanks", () => {
    expect(scaleMean(statement)).toBeCloseTo(23 / 6, 12);
  });

  it("gives the Student-t interval worked by hand", () => {
    // n = 6, mean 3,8333, s² = 6,8333/5 = 1,36667, s/√n = 0,47726; t(0,975; 5) = 2,5706 → ± 1,22684.
    const { lower, upper } = meanInterval(statement);
    expect(lower).toBeCloseTo(2.6065, 3);
    expect(upper).toBeCloseTo(5.0602, 3);
  });

  it("filters by segment and leaves out the excluded answers", () => {
    const groups = column("borgmester", "andet", "borgmester", "andet", "", "", "borgmester", "andet");
    // Borgmester: 5, 5, 2 → 4; andet: 4, 3, 4 → 3,667.
    expect(scaleMean(statement, { segments: groups, segment: "borgmester" })).toBe(4);
    expect(scaleMean(column(5, 9, 3), { excluded: 9 })).toBe(4);
  });

  it("spills the mean with the number of answers it is computed on, when asked", () => {
    // Six answers: the two that are no answer (Ved ikke, blank) are not counted.
    expect(scaleMeanResult(statement, {}, true)).toEqual([[23 / 6, 6]]);
    expect(scaleMeanResult(statement, {}, false)).toEqual([[23 / 6]]);
    expect(scaleMeanResult(column(5, 9, 3), { excluded: 9 }, "ja")).toEqual([[4, 2]]);
    expectDomainError(
      () => scaleMeanResult(statement, {}, "måske"),
      "value",
      'Med_respondenter: "måske" forstås ikke; brug SAND eller FALSK (også 1/0, "ja"/"nej").',
    );
  });

  it("names a cell that is no answer on the scale, and needs two answers for an interval", () => {
    expectDomainError(
      () => scaleMean(column(4, "Samarbejde")),
      "value",
      'Svar, række 2: "Samarbejde" er ikke et svar på skalaen; skriv et tal (fx 4), et svar med tallet først ("5 - I meget høj grad") eller "ved ikke".',
    );
    expectDomainError(
      () => meanInterval(column(4, "Ved ikke")),
      "divisionByZero",
      "Svar: der er kun 1 svar; der skal mindst være 2.",
    );
    expectDomainError(
      () => scaleMean(column("", "Ved ikke")),
      "divisionByZero",
      "Svar: der er ingen svar; der skal mindst være 1.",
    );
  });

  it("contains the mean and narrows with more answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 60 }), (points) => {
        fc.pre(new Set(points).size > 1);
        const mean = scaleMean(column(...points));
        const few = meanInterval(column(...points));
        const many = meanInterval(column(...points, ...points, ...points));
        expect(few.lower).toBeLessThan(mean);
        expect(few.upper).toBeGreaterThan(mean);
        expect(many.upper - many.lower).toBeLessThan(few.upper - few.lower);
      }),
    );
  });
});

describe("MEANCHANGE: Welch's t interval", () => {
  it("works a change between two groups by hand", () => {
    // Now: n 6, mean 3,8333, s² 1,36667; base 3, 3, 4, 2, 3: n 5, mean 3, s² 0,5. SE² = 0,22778 + 0,1;
    // df = 0,32778² / (0,22778²/5 + 0,1²/4) = 8,34; t(0,975; 8,34) ≈ 2,3060 − 0,34 · 0,0438 = 2,2910 (table).
    const result = meanChange(statement, column(3, 3, 4, 2, 3));
    expect(result.change).toBeCloseTo(5 / 6, 12);
    expect(result.lower).toBeCloseTo(-0.478, 2);
    expect(result.upper).toBeCloseTo(2.145, 2);
  });

  it("swaps sign when the groups swap, and names the base answers' cell", () => {
    const forward = meanChange(statement, column(3, 3, 4, 2, 3));
    const backward = meanChange(column(3, 3, 4, 2, 3), statement);
    expect(backward.lower).toBeCloseTo(-forward.upper, 12);
    expectDomainError(
      () => meanChange(statement, column(3, "x")),
      "value",
      'Svar_før, række 2: "x" er ikke et svar på skalaen; skriv et tal (fx 4), et svar med tallet først ("5 - I meget høj grad") eller "ved ikke".',
    );
  });
});

describe("SCALEDISTRIBUTION", () => {
  it("gives each point's share in whole per cent adding up to 100 %", () => {
    // Counts 0, 1, 1, 2, 2 of 6: 0 %, 16,7 %, 16,7 %, 33,3 %, 33,3 % → 0, 17, 17, 33, 33.
    expect(scaleDistribution(statement, [[1], [2], [3], [4], [5]])).toEqual([0, 0.17, 0.17, 0.33, 0.33]);
    // Without points: the whole numbers from the lowest answer to the highest.
    expect(scaleDistribution(statement)).toEqual([0.17, 0.17, 0.33, 0.33]);
  });

  it("adds up to exactly 100 % for any answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (points) => {
        const shares = scaleDistribution(column(...points), [[1], [2], [3], [4], [5]]);
        expect(Math.round(shares.reduce((sum, share) => sum + share, 0) * 100)).toBe(100);
      }),
    );
  });

  it("names an answer outside the points", () => {
    expectDomainError(
      () => scaleDistribution(column(1, 6), [[1], [2], [3], [4], [5]]),
      "value",
      "Svaret 6 er ikke et af punkterne 1; 2; 3; 4; 5.",
    );
  });
});
