import fc from "fast-check";
import { effectShare, nps, npsInterval, share } from "../../src/core";
import { isDontKnow, numberedLabel } from "../../src/core/answers";
import { column, expectDomainError } from "../helpers";

describe("survey answers as exports write them", () => {
  it("reads a label with its number first as that number", () => {
    expect(numberedLabel("10 - Meget sandsynligt")).toEqual({ number: 10, label: "meget sandsynligt" });
    expect(numberedLabel("0 – Slet ikke sandsynligt")).toEqual({ number: 0, label: "slet ikke sandsynligt" });
    expect(numberedLabel("9 (meget sandsynligt)")).toEqual({ number: 9, label: "meget sandsynligt" });
    expect(numberedLabel("5 = I meget høj grad")).toEqual({ number: 5, label: "i meget høj grad" });
    expect(numberedLabel(" 7 ")).toEqual({ number: 7, label: "" });
  });

  it("reads no number from text that only resembles a label", () => {
    for (const text of ["5-7 år", "9,5", "10 -", "ti", "-3", "3 4", "Meget sandsynligt (10)"]) {
      expect(numberedLabel(text)).toBeUndefined();
    }
  });

  it("knows the don't-know answers in any case, also behind a code", () => {
    for (const text of ["Ved ikke", "VED IKKE ", "Ønsker ikke at svare", "Don’t know", "99 - Ved ikke"]) {
      expect(isDontKnow(text)).toBe(true);
    }
    expect(isDontKnow("Nej")).toBe(false);
  });
});

describe("NPS over an export's recommend column", () => {
  // Promoters: "10 - Meget sandsynligt", "9 (meget sandsynligt)", "9" (3); passives: 8, "7 = neutral" (2);
  // detractors: "0 – Slet ikke sandsynligt", "3" (2); no respondent: Ved ikke, Ønsker ikke at svare,
  // DON'T KNOW, blank. (3 − 2) / 7 · 100 = 14,29.
  const exported = column(
    "10 - Meget sandsynligt",
    "0 – Slet ikke sandsynligt",
    "9 (meget sandsynligt)",
    "Ved ikke",
    "Ønsker ikke at svare",
    "DON'T KNOW",
    "3",
    "",
    8,
    "7 = neutral",
    "9",
  );

  it("gives the NPS of the numbered answers", () => {
    expect(nps(exported)).toBeCloseTo(100 / 7, 12);
  });

  it("is the issue's example: 10 - Meget sandsynligt, Ved ikke, 3 and blanks", () => {
    // One promoter, one detractor: 0.
    expect(nps(column("10 - Meget sandsynligt", "Ved ikke", "3", "", ""))).toBe(0);
  });

  it("leaves the answers named in excluded out, text or code", () => {
    // Without 99 and "Kan ikke vurdere": 10, 6 → (1 − 1)/2 = 0; with them 99 would not be a score.
    const scores = column(10, 99, "Kan ikke vurdere", 6, "kan ikke vurdere ");
    expect(nps(scores, { excluded: [[99], ["Kan ikke vurdere"]] })).toBe(0);
    expect(nps(column(10, 9, 6), { excluded: 6 })).toBe(100);
  });

  it("still refuses what is no score, naming the cell", () => {
    const message = (cell: string) =>
      `Scorer, række 2: ${cell} er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".`;
    expectDomainError(() => nps(column(9, "11 - Helt sikkert")), "value", message('"11 - Helt sikkert"'));
    expectDomainError(() => nps(column(9, "5-7")), "value", message('"5-7"'));
    expectDomainError(() => nps(column(9, "Meget sandsynligt")), "value", message('"Meget sandsynligt"'));
    expectDomainError(() => nps(column(9, 99)), "value", message("99"));
  });

  it("gives the interval of the same answers", () => {
    // 7 answers, 3 promoters, 2 detractors: n' = 10, p' = 0,375, d' = 0,275, NPS' = 0,1;
    // SE = √((0,65 − 0,01)/10) = 0,25298; 0,1 ± 1,95996 · 0,25298 → −39,58 | 59,58.
    const { lower, upper } = npsInterval(exported);
    expect(lower).toBeCloseTo(-39.583, 2);
    expect(upper).toBeCloseTo(59.583, 2);
  });

  it("is the same whether a score is written as a number, as text or as a label, and don't-knows change nothing", () => {
    const labels = ["Slet ikke sandsynligt", "Meget sandsynligt", "neutral"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat()),
        fc.array(fc.constantFrom("Ved ikke", "Ønsker ikke at svare", "Don't know", "")),
        (scores, styles, dontKnows) => {
          const written = scores.map((score, index) => {
            const style = (styles[index] ?? 0) % 4;
            if (style === 0) return score;
            if (style === 1) return String(score);
            if (style === 2) return `${score} - ${labels[score % 3]}`;
            return `${score} (${labels[score % 3]})`;
          });
          expect(nps(column(...written, ...dontKnows))).toBeCloseTo(nps(column(...scores)), 12);
        },
      ),
    );
  });
});

describe("EFFECTSHARE over an export's wordings", () => {
  it("maps the five-point wordings and the English ones to the levels", () => {
    // høj: "I meget høj grad", "I høj grad", "To a great extent"; nogen: "I nogen grad", "To some extent";
    // lav: "I mindre grad", "I lav grad", "To a small extent"; none: "Slet ikke"; "Ved ikke" is a respondent.
    const answers = column(
      "I meget høj grad",
      "I høj grad",
      "To a great extent",
      "I nogen grad",
      "To some extent",
      "I mindre grad",
      "I lav grad",
      "To a small extent",
      "Slet ikke",
      "Ved ikke",
    );
    expect(effectShare(answers)).toBeCloseTo(3 / 10, 12);
    expect(effectShare(answers, { level: "middel" })).toBeCloseTo(5 / 10, 12);
  });

  it("reads numbered wordings by their words", () => {
    expect(effectShare(column("5 - I meget høj grad", "1 - Slet ikke", "3 = I nogen grad"))).toBeCloseTo(1 / 3, 12);
  });

  it("names the cell of an answer outside the mapping and lists the wordings understood", () => {
    expectDomainError(
      () => effectShare(column("I høj grad", "Lidt")),
      "value",
      'Svar, række 2: "Lidt" er ikke et svar, der forstås; svarene er "i meget høj grad", "i høj grad", "i nogen grad", "i mindre grad", "i lav grad", "i meget lav grad", "slet ikke" og "ved ikke" (også med tal foran, "5 - I meget høj grad", og på engelsk).',
      'Answers, row 2: "Lidt" is not an answer that is understood; the answers are "to a very high degree", "to a very great extent", "to a high degree", "to a great extent", "to a large extent", "to some degree", "to some extent", "to a moderate extent", "to a low degree", "to a small extent", "to a very low degree", "to a very small extent", "not at all" and "don\'t know" (also with a number first, "5 - To a very high degree", and in Danish).',
    );
  });
});

describe("SHARE over numbered labels", () => {
  it("counts a label whose number is counted, e.g. 4 and 5 on a 1-5 scale", () => {
    // Respondents: 5 labels and "Ved ikke" excluded → 4; counted "5 - Meget tilfreds", 4, "4 (tilfreds)" → 3.
    const answers = column("5 - Meget tilfreds", 4, "4 (tilfreds)", "2 - Utilfreds", "Ved ikke");
    expect(share(answers, [[4], [5]], { excluded: "ved ikke" })).toBeCloseTo(3 / 4, 12);
    // The whole label and its words count too, and "99 - Ved ikke" is excluded by "ved ikke".
    expect(share(answers, "5 - meget tilfreds", { excluded: "ved ikke" })).toBeCloseTo(1 / 4, 12);
    expect(share([...answers, ["99 - Ved ikke"]], "Meget tilfreds", { excluded: "ved ikke" })).toBeCloseTo(1 / 4, 12);
  });
});
