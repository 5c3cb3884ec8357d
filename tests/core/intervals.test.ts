import fc from "fast-check";
import { newShareCounts, npsInterval, shareCounts, shareInterval, shareResult } from "../../src/core";
import { normalQuantile } from "../../src/core/intervals";
import { column, expectDomainError } from "../helpers";

/** A column of scores: `promoters` 10s, `passives` 8s and `detractors` 3s. */
const scores = (promoters: number, passives: number, detractors: number): unknown[][] =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(3));

describe("normal quantile", () => {
  it("matches the published values of the standard normal distribution", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 8);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
  });
});

describe("shareInterval (Wilson)", () => {
  it("reproduces Newcombe (1998)'s Wilson intervals", () => {
    // Newcombe, Statistics in Medicine 17:857-872, Table II, method 3: 81/263 -> 0.2553-0.3662,
    // 15/148 -> 0.0624-0.1605, 0/20 -> 0-0.1611, 1/29 -> 0.0061-0.1718.
    const check = (x: number, n: number, lower: number, upper: number) => {
      const interval = shareInterval(x / n, n);
      expect(interval.lower).toBeCloseTo(lower, 4);
      expect(interval.upper).toBeCloseTo(upper, 4);
    };
    check(81, 263, 0.2553, 0.3662);
    check(15, 148, 0.0624, 0.1605);
    check(0, 20, 0, 0.1611);
    check(1, 29, 0.0061, 0.1718);
  });

  it("contains the share, narrows with more respondents and widens with higher confidence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const interval = shareInterval(share, n);
        expect(interval.lower).toBeLessThanOrEqual(share + 1e-12);
        expect(interval.upper).toBeGreaterThanOrEqual(share - 1e-12);
        expect(interval.lower).toBeGreaterThanOrEqual(0);
        expect(interval.upper).toBeLessThanOrEqual(1);
        const more = shareInterval(share, n * 4);
        expect(more.upper - more.lower).toBeLessThan(interval.upper - interval.lower);
        const surer = shareInterval(share, n, 0.99);
        expect(surer.upper - surer.lower).toBeGreaterThan(interval.upper - interval.lower);
      }),
    );
  });

  it("names every bad argument", () => {
    expectDomainError(
      () => shareInterval(65, 100),
      "value",
      "Andel skal ligge mellem 0 og 1 (fik 65); en andel på 65 % skrives 0,65.",
      "Share must lie between 0 and 1 (got 65); a share of 65 % is 0.65.",
    );
    expectDomainError(
      () => shareInterval(0.5, 10.5),
      "value",
      "Respondenter skal være et positivt helt tal (fik 10,5).",
      "Respondents must be a positive whole number (got 10.5).",
    );
    expectDomainError(() => shareInterval(0.5, 0), "value", "Respondenter skal være et positivt helt tal (fik 0).");
    expectDomainError(
      () => shareInterval(0.5, 10, 95),
      "value",
      "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 95) (mente du 0,95?).",
      "Confidence must lie between 0 and 1, e.g. 0.95 (got 95) (did you mean 0.95?).",
    );
    expectDomainError(() => shareInterval(0.5, 10, 1), "value", "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 1).");
    expectDomainError(
      () => shareInterval("0,5", 10),
      "value",
      'Andel: "0,5" er tekst, ikke et tal (tal gemt som tekst?).',
    );
  });
});

describe("npsInterval (adjusted Wald, Rocks 2016)", () => {
  it("computes the interval by hand", () => {
    // 10 promoters, 5 passives, 5 detractors (NPS 25). Adjusted: n' = 23, p' = 10,75/23, d' = 5,75/23,
    // NPS' = 5/23 = 0,217391; var = (p' + d' − NPS'²)/n' = (16,5/23 − 25/529)/23 = 0,029136; SE = 0,170693.
    // 95 %: 0,217391 ∓ 1,959964·0,170693 = −0,117161 .. 0,551944, in points −11,7161 .. 55,1944.
    const interval = npsInterval(scores(10, 5, 5));
    expect(interval.lower).toBeCloseTo(-11.716133214559898, 6);
    expect(interval.upper).toBeCloseTo(55.19439408412512, 6);
    // 90 %: z = 1,644854: −6,3374 .. 49,8157.
    const ninety = npsInterval(scores(10, 5, 5), 0.9);
    expect(ninety.lower).toBeCloseTo(-6.337411883494965, 6);
    expect(ninety.upper).toBeCloseTo(49.815672753060184, 6);
  });

  it("tells a secretariat that 68 against 70 from 90 answers may be noise", () => {
    // 45 promoters, 27 passives, 18 detractors: NPS 30; 95 % interval 13,17 .. 44,90 (same arithmetic as above).
    const interval = npsInterval(scores(45, 27, 18));
    expect(interval.lower).toBeCloseTo(13.168416179158978, 6);
    expect(interval.upper).toBeCloseTo(44.89609994987328, 6);
  });

  it("filters by segment and clamps to −100..100", () => {
    const interval = npsInterval(column(10, 0), 0.95, { segments: column("drift", "vækst"), segment: "drift" });
    expect(interval.upper).toBeLessThanOrEqual(100);
    expect(interval.lower).toBeGreaterThanOrEqual(-100);
  });

  it("contains the adjusted NPS, narrows with more answers and widens with higher confidence", () => {
    const counts = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)).filter(([a, b, c]) => a + b + c > 0);
    fc.assert(
      fc.property(counts, ([promoters, passives, detractors]) => {
        const n = promoters + passives + detractors;
        const adjusted = ((promoters + 0.75 - (detractors + 0.75)) / (n + 3)) * 100;
        const interval = npsInterval(scores(promoters, passives, detractors));
        expect(interval.lower).toBeLessThanOrEqual(adjusted);
        expect(interval.upper).toBeGreaterThanOrEqual(adjusted);
        const more = npsInterval(scores(promoters * 3, passives * 3, detractors * 3));
        expect(more.upper - more.lower).toBeLessThan(interval.upper - interval.lower);
        const surer = npsInterval(scores(promoters, passives, detractors), 0.99);
        expect(surer.upper - surer.lower).toBeGreaterThan(interval.upper - interval.lower);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a share function's {share, respondents} for SHAREINTERVAL", () => {
  const answers = column("ja", "nej", "ja", "ved ikke", "", "ja", "nej", "nej");
  // Respondents: 7 non-blank, less "ved ikke" = 6; counted "ja" 3: {0,5; 6}.
  const counts = shareCounts(answers, "ja", { excluded: "ved ikke" });

  it("spills the share and its respondents on request, and the share alone by default", () => {
    expect(shareResult(counts, true)).toEqual([[0.5, 6]]);
    expect(shareResult(counts, undefined)).toEqual([[0.5]]);
    expect(shareResult(counts, "nej")).toEqual([[0.5]]);
  });

  it("gives the interval from the pair as from the two arguments", () => {
    // Wilson, 3 of 6 at 95 %: centre 0,5, half-width 1,95996/(1 + 3,8415/6) · √(0,25/6 + 3,8415/144) = 0,3124.
    const { lower, upper } = shareInterval([[0.5, 6]], undefined);
    expect(lower).toBeCloseTo(0.1876, 4);
    expect(upper).toBeCloseTo(0.8124, 4);
    expect(shareInterval([[0.5, 6]], "")).toEqual(shareInterval(0.5, 6));
  });

  it("refuses respondents given twice, and a range of the wrong size", () => {
    expectDomainError(
      () => shareInterval([[0.5, 6]], 6),
      "value",
      "Respondenter er givet to gange: andel har allerede respondenterne med (to celler); lad respondenter stå tom.",
      "Respondents is given twice: share already holds the respondents (two cells); leave respondents blank.",
    );
    expectDomainError(
      () => shareInterval([[0.5, 6, 1]], undefined),
      "value",
      "Andel skal være én andel eller {andel; respondenter}, som KKR.ANDEL(…; SAND) giver (fik 3 celler).",
    );
  });

  it("counts this year's distinct firms as NEWSHARE's respondents", () => {
    // 10000001 twice, 20000002, 30000003: 3 firms, 2 new.
    expect(newShareCounts(column(10000001, 10000001, 20000002, 30000003), column(20000002))).toEqual({
      counted: 2,
      respondents: 3,
    });
  });
});
