import fc from "fast-check";
import { npsChange, shareChange } from "../../src/core";
import { column, expectDomainError } from "../helpers";

/** A column of scores: `promoters` 10s, `passives` 8s and `detractors` 3s. */
const scores = (promoters: number, passives: number, detractors: number): unknown[][] =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(3));

describe("SHARECHANGE: Newcombe's hybrid score interval (method 10)", () => {
  // Newcombe (1998), Statistics in Medicine 17:873, Table II, method 10, 95 %.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])("%i/%i − %i/%i → %f to %f", (a, m, b, n, lower, upper) => {
    const result = shareChange(a / m, m, b / n, n);
    expect(result.change).toBeCloseTo(a / m - b / n, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
  });

  it("works a change goal by hand: awareness 39 % of 400 against 34 % of 350", () => {
    // Wilson 95 %: 156/400 → 0,34346 … 0,43863; 119/350 → 0,29235 … 0,39113.
    // Lower 0,05 − √((0,39 − 0,34346)² + (0,39113 − 0,34)²) = 0,05 − 0,06913 = −0,01913;
    // upper 0,05 + √((0,43863 − 0,39)² + (0,34 − 0,29235)²) = 0,05 + 0,06808 = 0,11808.
    // "Steget med 5 procentpoint" is met by the estimate, but not beyond the uncertainty.
    const result = shareChange(0.39, 400, 0.34, 350);
    expect(result.change).toBeCloseTo(0.05, 12);
    expect(result.lower).toBeCloseTo(-0.01913, 5);
    expect(result.upper).toBeCloseTo(0.11808, 5);
  });

  it("takes {share, respondents} pairs as the share functions spill them", () => {
    expect(shareChange([[0.39, 400]], undefined, [[0.34, 350]], "")).toEqual(shareChange(0.39, 400, 0.34, 350));
  });

  const sample = fc.record({ n: fc.integer({ min: 1, max: 2000 }), ratio: fc.double({ min: 0, max: 1, noNaN: true }) });
  const observed = ({ n, ratio }: { n: number; ratio: number }) => ({ share: Math.round(ratio * n) / n, n });

  it("contains the change, stays within −1..1, and swaps sign when the samples swap", () => {
    fc.assert(
      fc.property(sample, sample, (first, second) => {
        const [now, base] = [observed(first), observed(second)];
        const forward = shareChange(now.share, now.n, base.share, base.n);
        const backward = shareChange(base.share, base.n, now.share, now.n);
        expect(forward.lower).toBeLessThanOrEqual(forward.change + 1e-12);
        expect(forward.upper).toBeGreaterThanOrEqual(forward.change - 1e-12);
        expect(forward.lower).toBeGreaterThanOrEqual(-1);
        expect(forward.upper).toBeLessThanOrEqual(1);
        expect(backward.change).toBeCloseTo(-forward.change, 12);
        expect(backward.lower).toBeCloseTo(-forward.upper, 12);
        expect(backward.upper).toBeCloseTo(-forward.lower, 12);
      }),
    );
  });

  it("narrows with more answers at the same shares", () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 2, max: 20 }), (first, second, factor) => {
        const [now, base] = [observed(first), observed(second)];
        const few = shareChange(now.share, now.n, base.share, base.n);
        const many = shareChange(now.share, now.n * factor, base.share, base.n * factor);
        expect(many.upper - many.lower).toBeLessThan(few.upper - few.lower);
      }),
    );
  });

  it("names what is wrong with the base year's figures", () => {
    expectDomainError(
      () => shareChange(0.39, 400, 34, 350),
      "value",
      "Andel_før skal ligge mellem 0 og 1 (fik 34); en andel på 65 % skrives 0,65.",
      "BaseShare must lie between 0 and 1 (got 34); a share of 65 % is 0.65.",
    );
    expectDomainError(
      () => shareChange(0.39, 400, 0.34, ""),
      "value",
      "Respondenter_før mangler; angiv antallet af respondenter, andel_før er beregnet på (et positivt helt tal), eller giv andel_før som {andel; respondenter} fra KKR.ANDEL(…; SAND).",
    );
    expectDomainError(
      () => shareChange(0.39, 400, [[0.34, 350]], 350),
      "value",
      "Respondenter_før er givet to gange: andel_før har allerede respondenterne med (to celler); lad respondenter_før stå tom.",
    );
    expectDomainError(
      () => shareChange(0.39, 400.5, 0.34, 350),
      "value",
      "Respondenter skal være et positivt helt tal (fik 400,5).",
    );
    expectDomainError(
      () => shareChange(0.39, 400, 0.34, 350, 95),
      "value",
      "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 95) (mente du 0,95?).",
    );
  });
});

describe("NPSCHANGE: two adjusted-Wald NPS, the variances added", () => {
  it("works a change by hand: NPS 25 from 20 answers against NPS 30 from 90", () => {
    // Now: n' = 23, p' = 10,75/23, d' = 5,75/23, NPS' = 0,21739, var = (16,5/23 − 0,21739²)/23 = 0,029136.
    // Base: n' = 93, p' = 45,75/93, d' = 18,75/93, NPS' = 0,29032, var = (64,5/93 − 0,29032²)/93 = 0,006551.
    // Centre −0,072931; half-width 1,95996 · √0,035687 = 0,370259 → −44,32 … 29,73; the change is 25 − 30.
    const result = npsChange(scores(10, 5, 5), scores(45, 27, 18));
    expect(result.change).toBeCloseTo(-5, 12);
    expect(result.lower).toBeCloseTo(-44.319, 2);
    expect(result.upper).toBeCloseTo(29.733, 2);
  });

  it("filters both years by the segment, each by its own segment column", () => {
    // Drift now: 10, 9, 0 → NPS 33,3; drift before: 10, 3 → 0. Vækst rows are not read.
    const now = column(10, 9, 0, 3);
    const before = column(10, 3, 10);
    const result = npsChange(now, before, undefined, {
      segments: column("drift", "drift", "drift", "vækst"),
      segment: "drift",
      baseSegments: column("drift", "drift", "vækst"),
    });
    expect(result.change).toBeCloseTo(100 / 3, 12);
  });

  it("refuses a segment without the base year's segments, and names the base year's cell", () => {
    expectDomainError(
      () => npsChange(column(10), column(9), undefined, { segments: column("drift"), segment: "drift" }),
      "value",
      "Angiv også segmenter_før: årets segmenter gælder ikke for basisårets scorer.",
    );
    expectDomainError(
      () => npsChange(column(10), column(9, "elleve")),
      "value",
      'Scorer_før, række 2: "elleve" er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".',
    );
  });

  const counts = fc.record({
    promoters: fc.integer({ min: 0, max: 60 }),
    passives: fc.integer({ min: 0, max: 60 }),
    detractors: fc.integer({ min: 0, max: 60 }),
  });
  const grid = ({ promoters, passives, detractors }: { promoters: number; passives: number; detractors: number }) =>
    scores(promoters, passives, detractors);
  const answered = (c: { promoters: number; passives: number; detractors: number }) =>
    c.promoters + c.passives + c.detractors > 0;
  const allOneKind = (c: { promoters: number; passives: number; detractors: number }) =>
    c.promoters + c.passives + c.detractors === Math.max(c.promoters, c.detractors) && c.passives === 0;

  it("swaps sign when the samples swap and stays within −200..200", () => {
    fc.assert(
      fc.property(counts, counts, (now, base) => {
        fc.pre(answered(now) && answered(base));
        const forward = npsChange(grid(now), grid(base));
        const backward = npsChange(grid(base), grid(now));
        expect(backward.change).toBeCloseTo(-forward.change, 9);
        expect(backward.lower).toBeCloseTo(-forward.upper, 9);
        expect(forward.lower).toBeGreaterThanOrEqual(-200);
        expect(forward.upper).toBeLessThanOrEqual(200);
      }),
    );
  });

  it("contains the change unless a sample is all promoters or all detractors", () => {
    fc.assert(
      fc.property(counts, counts, (now, base) => {
        fc.pre(answered(now) && answered(base) && !allOneKind(now) && !allOneKind(base));
        const { change, lower, upper } = npsChange(grid(now), grid(base));
        expect(lower).toBeLessThanOrEqual(change + 1e-9);
        expect(upper).toBeGreaterThanOrEqual(change - 1e-9);
      }),
    );
    // All 50 promoters against all 50 detractors: the change is 200, the adjusted interval ends below it.
    const extreme = npsChange(scores(50, 0, 0), scores(0, 0, 50));
    expect(extreme.change).toBe(200);
    expect(extreme.upper).toBeLessThan(200);
  });

  it("narrows with more answers at the same mix", () => {
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 2, max: 5 }), (now, base, factor) => {
        fc.pre(answered(now) && answered(base));
        const times = (c: typeof now) => ({
          promoters: c.promoters * factor,
          passives: c.passives * factor,
          detractors: c.detractors * factor,
        });
        const few = npsChange(grid(now), grid(base));
        const many = npsChange(grid(times(now)), grid(times(base)));
        fc.pre(few.lower > -200 && few.upper < 200);
        expect(many.upper - many.lower).toBeLessThan(few.upper - few.lower);
      }),
    );
  });
});
