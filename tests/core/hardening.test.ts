/**
 * Inputs a careless or hostile user (or a script) can give: every one gets a named error, never a crash
 * or a silently wrong number.
 */
import { effectShare, nps, popAlloc, quota } from "../../src/core";
import { column, domainErrorOf, expectDomainError } from "../helpers";

const flat = (grid: number[][]): number[] => grid.flat();

describe("big ranges", () => {
  // Above the sizes that once overflowed the call stack (130.000 weights, 43.000 quota rows).
  const rows = 200_000;

  it("POPALLOC splits 200.000 weights and adds up exactly", () => {
    // Weights 1, 2, 1, 2, …: sum 300.000; 3.000.000 splits into exactly 10 and 20.
    const weights = Array.from({ length: rows }, (_, index) => [1 + (index % 2)]);
    const parts = flat(popAlloc(3_000_000, weights));
    expect(parts.slice(0, 4)).toEqual([10, 20, 10, 20]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(3_000_000);
  });

  it("QUOTA distributes over 200.000 municipalities", () => {
    // Equal municipalities: equal shares, 400.000 persons -> 2 each.
    const same = (value: number) => Array.from({ length: rows }, () => [value]);
    const result = flat(quota(400_000, same(100), same(10), same(0)));
    expect(result.every((part) => part === 2)).toBe(true);
  });
});

describe("national totals and other single numbers that are not numbers", () => {
  const population = column(50, 30, 20);
  const immigrants = column(10, 10, 0);
  const none = column(0, 0, 0);

  it.each([
    [NaN, "NaN er ikke et tal."],
    [Infinity, "Infinity er ikke et tal."],
    [true, "SAND er ikke et tal."],
    ["100", '"100" er tekst, ikke et tal (tal gemt som tekst?).'],
  ])("QUOTA's totalPopulation of %p is #VALUE! naming it", (value, problem) => {
    expectDomainError(
      () => quota(10, population, immigrants, none, { totalPopulation: value }),
      "value",
      `Befolkning_i_alt: ${problem}`,
    );
  });

  it("names immigrants' and family-reunified totals too", () => {
    expectDomainError(
      () => quota(10, population, immigrants, none, { totalImmigrants: NaN }),
      "value",
      "Indvandrere_i_alt: NaN er ikke et tal.",
    );
    expectDomainError(
      () => quota(10, population, immigrants, none, { totalFamilyReunified: true }),
      "value",
      "Familiesammenførte_i_alt: SAND er ikke et tal.",
      "TotalFamilyReunified: TRUE is not a number.",
    );
  });

  it.each([
    [NaN, "NaN er ikke et tal."],
    ["100", '"100" er tekst, ikke et tal (tal gemt som tekst?).'],
    [true, "SAND er ikke et tal."],
    ["1,5", '"1,5" er tekst, ikke et tal (tal gemt som tekst?).'],
  ])("POPALLOC's total of %p says what it is, not that it is negative", (value, problem) => {
    expectDomainError(() => popAlloc(value, column(1)), "value", `Total: ${problem}`);
  });
});

describe("options that are not text", () => {
  it("NPS: a segment given as a number or a boolean matches cells of the same value", () => {
    const scores = column(10, 0, 9);
    expect(nps(scores, { segments: column(1, 2, 1), segment: 1 })).toBe(100);
    expect(nps(scores, { segments: column(true, false, true), segment: false })).toBe(-100);
    expect(nps(scores, { segments: column("1", "2", "1"), segment: 2 })).toBe(-100);
  });

  it("EFFECTSHARE: a level that is a number is #VALUE!, not a crash", () => {
    expectDomainError(
      () => effectShare(column("i høj grad"), { level: 2 }),
      "value",
      'Niveau 2 forstås ikke; brug "høj" eller "middel".',
    );
  });

  it("EFFECTSHARE: excludeDontKnow reads TRUE/FALSE, 1/0 and the texts, and refuses anything else", () => {
    const answers = column("i høj grad", "ved ikke");
    for (const yes of [true, 1, "TRUE", "sand", "Ja", "x", " X "]) {
      expect(effectShare(answers, { excludeDontKnow: yes })).toBe(1);
    }
    for (const no of [false, 0, "FALSE", "falsk", "nej", ""]) {
      expect(effectShare(answers, { excludeDontKnow: no })).toBe(0.5);
    }
    expectDomainError(
      () => effectShare(answers, { excludeDontKnow: "måske" }),
      "value",
      'Udelad_ved_ikke: "måske" forstås ikke; brug SAND eller FALSK (også 1/0, "ja"/"nej").',
      'ExcludeDontKnow: "måske" is not understood; use TRUE or FALSE (also 1/0, "yes"/"no").',
    );
    expectDomainError(
      () => effectShare(answers, { excludeDontKnow: 2 }),
      "value",
      'Udelad_ved_ikke: 2 forstås ikke; brug SAND eller FALSK (også 1/0, "ja"/"nej").',
    );
  });
});

describe("cells that are not what they should be", () => {
  it("names an Excel error in a range by its code", () => {
    expectDomainError(
      () => popAlloc(10, column(1, { code: "#N/A", message: "" })),
      "value",
      "Vægte, række 2: cellen viser fejlen #I/T; ret den først.",
      "Weights, row 2: the cell shows the error #N/A; correct it first.",
    );
  });

  it("hints that '1,5' is a number stored as text", () => {
    expectDomainError(
      () => popAlloc(10, column(1, "1,5")),
      "value",
      'Vægte, række 2: "1,5" er tekst, ikke et tal (tal gemt som tekst?).',
    );
  });

  it("refuses a ragged range", () => {
    expectDomainError(
      () => popAlloc(10, [[1, 2], [3]]),
      "value",
      "Vægte: række 2 har 1 celle, række 1 har 2; alle rækker skal være lige lange.",
      "Weights: row 2 has 1 cell, row 1 has 2; every row must be as long.",
    );
    expectDomainError(
      () => nps([[9], [9, 10]]),
      "value",
      "Scorer: række 2 har 2 celler, række 1 har 1; alle rækker skal være lige lange.",
    );
    expect(domainErrorOf(() => quota(1, column(1), [[1, 2]], column(0))).kind).toBe("value");
  });
});

describe("POPALLOC totals that no split can add up to exactly", () => {
  it("refuses a total finer than the rounding, saying what to do", () => {
    expectDomainError(
      () => popAlloc(100.5, column(1, 2)),
      "number",
      "Totalen 100,5 har flere decimaler end 0, så delene kan ikke give netop totalen; afrund totalen (fx med AFRUND) eller tillad flere decimaler.",
      "The total 100.5 has more decimals than 0, so the parts cannot add up to exactly the total; round the total (e.g. with ROUND) or allow more decimals.",
    );
    expect(domainErrorOf(() => popAlloc(10.005, column(1, 1), { decimals: 2 })).kind).toBe("number");
    expect(domainErrorOf(() => popAlloc(1234, column(1), { decimals: -2 })).kind).toBe("number");
  });

  it("refuses more than 15 digits of units, where doubles could no longer add up", () => {
    expectDomainError(
      () => popAlloc(1e17, column(1, 1, 1)),
      "number",
      "Totalen 100000000000000000 er for stor til at fordele præcist med 0 decimaler (højst 15 cifre); fordel i tusinder (decimaler -3) eller med færre decimaler.",
    );
    // The same total in thousands is 10^14 units: fine, and exact.
    const parts = flat(popAlloc(1e17, column(1, 1, 2), { decimals: -3 }));
    expect(parts).toEqual([2.5e16, 2.5e16, 5e16]);
  });

  it("accepts exactly 10^15 units", () => {
    // 10^15 split 1:1 -> 5·10^14 each, both exact doubles.
    expect(flat(popAlloc(1e15, column(1, 1)))).toEqual([5e14, 5e14]);
  });
});
