import fc from "fast-check";
import { nps } from "../../src/core";
import { column, expectDomainError } from "../helpers";

describe("nps", () => {
  it("counts promoters 9-10 against detractors 0-6, ignoring blanks and reading scores stored as text", () => {
    // 7 answers: promoters 10, 9, "9" (3); passives 8, 7; detractors 6, 0 (2). (3 - 2) / 7 * 100.
    expect(nps(column(10, 9, 8, 7, 6, 0, " 9 ", ""))).toBeCloseTo(100 / 7, 12);
  });

  it("reaches the bounds", () => {
    expect(nps(column(9, 10))).toBe(100);
    expect(nps(column(0, 6, 3))).toBe(-100);
    expect(nps(column(7, 8))).toBe(0);
  });

  it("takes a two-dimensional range, every cell an answer", () => {
    // promoters 10, 9; detractors 1; passive 8: (2 - 1) / 4 = 25 points.
    expect(
      nps([
        [10, 9],
        [8, 1],
      ]),
    ).toBe(25);
  });

  it("counts only the chosen segment, ignoring case and surrounding spaces", () => {
    const scores = column(10, 3, 9, 8, 5);
    const segments = column("Drift", " vækst", "drift ", "Vækst", "DRIFT");
    // drift: 10, 9, 5 -> (2 - 1) / 3 = 33.3 points; vækst: 3, 8 -> (0 - 1) / 2 = -50 points.
    expect(nps(scores, { segments, segment: "DRIFT" })).toBeCloseTo(100 / 3, 12);
    expect(nps(scores, { segments, segment: " Vækst" })).toBe(-50);
  });

  it("does not judge answers outside the chosen segment", () => {
    expect(nps(column(10, "n/a"), { segments: column("drift", "vækst"), segment: "drift" })).toBe(100);
  });

  it("names the row and the value of a score that is not a whole number from 0 to 10", () => {
    const message = (cell: string): string =>
      `Scorer, række 2: ${cell} er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".`;
    expectDomainError(() => nps(column(9, 11)), "value", message("11"));
    expectDomainError(() => nps(column(9, -1)), "value", message("-1"));
    expectDomainError(() => nps(column(9, 8.5)), "value", message("8,5"));
    expectDomainError(() => nps(column(9, "ni")), "value", message('"ni"'));
    expectDomainError(() => nps(column(9, "9,5")), "value", message('"9,5"'));
    expectDomainError(
      () => nps(column(9, true)),
      "value",
      message("SAND"),
      'Scores, row 2: TRUE is not a score; a score is a whole number from 0 to 10 (also "10 - Very likely") or "don\'t know".',
    );
  });

  it("names row and column in a two-dimensional range", () => {
    expectDomainError(
      () =>
        nps([
          [9, 9],
          [9, "x"],
        ]),
      "value",
      'Scorer, række 2, kolonne 2: "x" er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".',
    );
  });

  it("gives #DIV/0! without responses", () => {
    expectDomainError(
      () => nps(column("", "")),
      "divisionByZero",
      "Der er ingen besvarelser.",
      "There are no responses.",
    );
    expectDomainError(
      () => nps(column(9, ""), { segments: column("drift", "vækst"), segment: "vækst" }),
      "divisionByZero",
      'Der er ingen besvarelser i segmentet "vækst".',
    );
  });

  it("needs both the segment column and the segment", () => {
    const danish = 'Angiv både segmentkolonnen og det segment, der skal tælles (fx "drift").';
    expectDomainError(() => nps(column(9), { segments: column("drift") }), "value", danish);
    expectDomainError(() => nps(column(9), { segment: "drift" }), "value", danish);
    expectDomainError(() => nps(column(9), { segments: column("drift"), segment: "  " }), "value", danish);
  });

  it("needs segments in the shape of the scores", () => {
    expectDomainError(
      () => nps(column(9, 10), { segments: column("drift"), segment: "drift" }),
      "value",
      "Segmenter (1×1) skal have samme størrelse som scorer (2×1).",
      "Segments (1×1) must have the same size as scores (2×1).",
    );
  });

  it("stays within -100 and 100 and matches the definition for any answers", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant("")), { minLength: 1 }), (cells) => {
        const answered = cells.filter((cell): cell is number => cell !== "");
        fc.pre(answered.length > 0);
        const result = nps(cells.map((cell) => [cell]));
        const promoters = answered.filter((score) => score >= 9).length;
        const detractors = answered.filter((score) => score <= 6).length;
        expect(result).toBeGreaterThanOrEqual(-100);
        expect(result).toBeLessThanOrEqual(100);
        expect(result).toBeCloseTo((100 * (promoters - detractors)) / answered.length, 9);
      }),
    );
  });
});
