import fc from "fast-check";
import { popAlloc } from "../../src/core";
import { column, expectDomainError } from "../helpers";

const flat = (grid: number[][]): number[] => grid.flat();

// resultatkontrakt-midtjylland-2022.md, "Økonomi": the 19 parts in 1.000 kr.; they add up to 39.009, not 39.010.
const MIDTJYLLAND_2022 = [
  1417, 1370, 2613, 1718, 2701, 1215, 574, 1082, 673, 2876, 1645, 108, 2796, 1856, 1330, 609, 1264, 2831, 10331,
];

describe("popAlloc", () => {
  it("mends the Midtjylland 2022 key so that it adds up to 39.010", () => {
    // Share of part w: 39010·w/39009 = w + w/39009, so every floor is w and the one unit left goes to the largest
    // remainder w/39009: Aarhus (10.331), the last row.
    const expected = [...MIDTJYLLAND_2022];
    expected[18] = 10332;
    expect(flat(popAlloc(39010, column(...MIDTJYLLAND_2022)))).toEqual(expected);
  });

  it("splits the 7,5 mio. kr. of rammeaftale 2024-2027 by the 2024 start-up key, to the krone and to thousands", () => {
    const key = column(385, 275, 171, 156, 119, 94); // sums to 1.200, so each unit is worth 6.250 kr.
    expect(flat(popAlloc(7_500_000, key))).toEqual([2_406_250, 1_718_750, 1_068_750, 975_000, 743_750, 587_500]);
    // In thousands: 2406.25, 1718.75, 1068.75, 975, 743.75, 587.5 floor to 7497; the three .75 remainders get one each.
    expect(flat(popAlloc(7_500_000, key, { decimals: -3 }))).toEqual([
      2_406_000, 1_719_000, 1_069_000, 975_000, 744_000, 587_000,
    ]);
  });

  it("rounds to øre with decimal keys, exactly", () => {
    // 100 by 0.1 : 0.2 -> 33.333.. and 66.666..; the øre left goes to the larger remainder.
    expect(flat(popAlloc(100, column(0.1, 0.2), { decimals: 2 }))).toEqual([33.33, 66.67]);
    // 0.825 and 0.175 are not exact doubles; the split of 1000 is still exactly 825 and 175.
    expect(flat(popAlloc(1000, column(0.825, 0.175)))).toEqual([825, 175]);
  });

  it("gives a tie in remainder to the larger weight, then to the earlier row", () => {
    // 2 by 1 : 3 -> 0.5 and 1.5: equal remainders, the larger weight wins.
    expect(flat(popAlloc(2, column(1, 3)))).toEqual([0, 2]);
    expect(flat(popAlloc(2, column(3, 1)))).toEqual([2, 0]);
    // 39.010 thousand by 1 : 1 : 1 -> 13.003,33 each; equal weights, the first row wins.
    expect(flat(popAlloc(39_010_000, column(1, 1, 1), { decimals: -3 }))).toEqual([13_004_000, 13_003_000, 13_003_000]);
  });

  it("reads the total at Excel's 15 significant digits: =0,1+0,2 is 0,3", () => {
    // 0.1 + 0.2 is the double 0.30000000000000004; Excel shows and keeps 0.3, so 30 øre split 1:2 is 10 and 20.
    expect(flat(popAlloc(0.1 + 0.2, column(1, 2), { decimals: 2 }))).toEqual([0.1, 0.2]);
  });

  it("keeps the shape of a row of weights", () => {
    expect(popAlloc(10, [[1, 4]])).toEqual([[2, 8]]);
  });

  it("gives excluded rows 0 and spreads the total over the rest", () => {
    // 100 by 1 : 2 over the two rows left: 33.33 and 66.67.
    expect(flat(popAlloc(100, column(1, 1, 2), { exclude: column("x", "", false) }))).toEqual([0, 33, 67]);
    expect(flat(popAlloc(100, column(5, 1, 2), { exclude: column(true, 0, "") }))).toEqual([0, 33, 67]);
    expect(flat(popAlloc(100, column(5, 1, 2), { exclude: column(1, " X ", "") }))).toEqual([0, 0, 100]);
  });

  it("does not read the weight of an excluded row", () => {
    expect(flat(popAlloc(10, column("", 1), { exclude: column("x", "") }))).toEqual([0, 10]);
  });

  describe("refuses bad input", () => {
    it("a negative, blank or text weight, naming the row", () => {
      expectDomainError(
        () => popAlloc(10, column(1, -2)),
        "value",
        "Vægte, række 2: -2 er negativ.",
        "Weights, row 2: -2 is negative.",
      );
      expectDomainError(
        () => popAlloc(10, column(1, 2, "")),
        "value",
        "Vægte, række 3: cellen er tom; skriv 0, hvis tallet er nul.",
        "Weights, row 3: the cell is blank; enter 0 if the number is zero.",
      );
      expectDomainError(() => popAlloc(10, column("Aarhus")), "value", 'Vægte, række 1: "Aarhus" er ikke et tal.');
      expectDomainError(
        () => popAlloc(10, column(1, "1234")),
        "value",
        'Vægte, række 2: "1234" er tekst, ikke et tal (tal gemt som tekst?).',
        'Weights, row 2: "1234" is text, not a number (number stored as text?).',
      );
      expectDomainError(() => popAlloc(10, [[1, true]]), "value", "Vægte, kolonne 2: SAND er ikke et tal.");
    });

    it("all weights zero", () => {
      const danish = "Alle vægte er 0 (eller udeladt), så der er intet at fordele efter.";
      expectDomainError(() => popAlloc(10, column(0, 0)), "divisionByZero", danish);
      expectDomainError(() => popAlloc(10, column(0, 3), { exclude: column("", "x") }), "divisionByZero", danish);
    });

    it("a negative total", () => {
      expectDomainError(
        () => popAlloc(-1, column(1)),
        "number",
        "Total må ikke være negativ (-1).",
        "Total must not be negative (-1).",
      );
    });

    it("decimals that are not a whole number in range", () => {
      expectDomainError(
        () => popAlloc(1, column(1), { decimals: 1.5 }),
        "number",
        "Decimaler skal være et helt tal fra -15 til 15 (fik 1,5).",
      );
      expectDomainError(
        () => popAlloc(1, column(1), { decimals: 16 }),
        "number",
        "Decimaler skal være et helt tal fra -15 til 15 (fik 16).",
      );
    });

    it("an exclusion flag it does not understand, or of another shape", () => {
      expectDomainError(
        () => popAlloc(10, column(1, 1), { exclude: column("", "måske") }),
        "value",
        'Udelad, række 2: "måske" forstås ikke; brug SAND, 1 eller "x" for at udelade rækken, ellers lad cellen stå tom.',
      );
      expectDomainError(
        () => popAlloc(10, column(1, 1), { exclude: column("x") }),
        "value",
        "Udelad (1×1) skal have samme størrelse som vægte (2×1).",
      );
    });

    it("no weights", () => {
      expectDomainError(() => popAlloc(10, []), "value", "Vægte skal være et område af celler.");
    });
  });
});

describe("popAlloc properties", () => {
  const weights = fc
    .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 40 })
    .filter((list) => list.some((w) => w > 0));
  const decimals = fc.integer({ min: -3, max: 2 });
  const totalUnits = fc.bigInt({ min: 0n, max: 10n ** 12n });

  /** Exact share of each part, in units of 10^-decimals, as a fraction numerator / denominator (BigInt). */
  function exactShares(units: bigint, list: number[]): { numerators: bigint[]; denominator: bigint } {
    const denominator = list.reduce((sum, w) => sum + BigInt(w), 0n);
    return { numerators: list.map((w) => units * BigInt(w)), denominator };
  }
  // A part as units of 10^-places, read back from its shortest decimal text.
  const toUnits = (value: number, places: number): bigint => {
    const [digits, fraction = ""] = String(value).split(".");
    const scaled = BigInt(digits + fraction) * 10n ** BigInt(Math.max(0, places - fraction.length));
    return places >= 0 ? scaled : scaled / 10n ** BigInt(-places);
  };
  const asTotal = (units: bigint, places: number): number => Number(`${units}e${-places}`);

  it("parts add up exactly to the rounded total, each the floor or the ceiling of its exact share", () => {
    fc.assert(
      fc.property(totalUnits, weights, decimals, (units, list, places) => {
        const parts = flat(popAlloc(asTotal(units, places), column(...list), { decimals: places })).map((part) =>
          toUnits(part, places),
        );
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(units);
        const { numerators, denominator } = exactShares(units, list);
        parts.forEach((part, index) => {
          const floor = numerators[index] / denominator;
          const exact = numerators[index] % denominator === 0n;
          expect(part === floor || (!exact && part === floor + 1n)).toBe(true);
        });
      }),
    );
  });

  it("permuting the rows permutes the result", () => {
    const distinctWeights = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        distinctWeights.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        (amount, [list, shuffled]) => {
          const byWeight = new Map(list.map((w, index) => [w, flat(popAlloc(amount, column(...list)))[index]]));
          const shuffledParts = flat(popAlloc(amount, column(...shuffled)));
          shuffled.forEach((w, index) => expect(shuffledParts[index]).toBe(byWeight.get(w)));
        },
      ),
    );
  });

  it("gives excluded rows 0 and the same split to the rest as without them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        weights,
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (amount, list, flags) => {
          const excluded = list.map((_, index) => flags[index]);
          const kept = list.filter((_, index) => !excluded[index]);
          fc.pre(kept.some((w) => w > 0));
          const parts = flat(popAlloc(amount, column(...list), { exclude: column(...excluded) }));
          const withoutExcluded = flat(popAlloc(amount, column(...kept)));
          expect(parts.filter((_, index) => excluded[index]).every((part) => part === 0)).toBe(true);
          expect(parts.filter((_, index) => !excluded[index])).toEqual(withoutExcluded);
        },
      ),
    );
  });
});
