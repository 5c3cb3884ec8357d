import fc from "fast-check";
import { effectShare } from "../../src/core";
import { column, expectDomainError } from "../helpers";

// Five rows, three sub-questions, written as an analyst's export would have them.
const survey = [
  ["i høj grad", "slet ikke", ""], // effect at both levels
  ["I nogen grad", "i lav grad", "ved ikke"], // medium effect only
  ["ved ikke", "", "Ved ikke"], // only "ved ikke"
  ["", "", ""], // not a respondent
  ["slet ikke", "lav grad", "to a low degree"], // no effect
];

describe("effectShare", () => {
  it("counts a respondent with 'i høj grad' to any sub-question at the default level", () => {
    // 4 respondents (the blank row is none), 1 with high effect.
    expect(effectShare(survey)).toBe(0.25);
    expect(effectShare(survey, { level: "høj" })).toBe(0.25);
    expect(effectShare(survey, { level: "High" })).toBe(0.25);
  });

  it("also counts 'i nogen grad' at the medium level", () => {
    expect(effectShare(survey, { level: "middel" })).toBe(0.5);
    expect(effectShare(survey, { level: " MEDIUM " })).toBe(0.5);
  });

  it("leaves respondents who only answered 'ved ikke' out when asked to", () => {
    expect(effectShare(survey, { excludeDontKnow: true })).toBe(1 / 3);
    expect(effectShare(survey, { level: "middel", excludeDontKnow: true })).toBe(2 / 3);
    expect(effectShare(survey, { excludeDontKnow: false })).toBe(0.25);
  });

  it("reads the one-question form of 2021 onwards, in Danish and English", () => {
    const answers = column(
      "I høj grad",
      "i  Nogen  grad",
      "To a high degree",
      "don’t know",
      "Not at all",
      "høj grad",
      "",
    );
    // 6 respondents, 3 "i høj grad" (with or without the leading "i", or in English).
    expect(effectShare(answers)).toBe(0.5);
    expect(effectShare(answers, { excludeDontKnow: true })).toBe(0.6);
  });

  it("names row and column of an answer it does not know", () => {
    expectDomainError(
      () => effectShare([["i høj grad", "ja"]]),
      "value",
      'Svar, kolonne 2: "ja" er ikke et svar, der forstås; svarene er "i meget høj grad", "i høj grad", "i nogen grad", "i mindre grad", "i lav grad", "i meget lav grad", "slet ikke" og "ved ikke" (også med tal foran, "5 - I meget høj grad", og på engelsk).',
    );
    expectDomainError(
      () =>
        effectShare([
          ["i høj grad", ""],
          ["", 3],
        ]),
      "value",
      'Svar, række 2, kolonne 2: 3 er ikke et svar, der forstås; svarene er "i meget høj grad", "i høj grad", "i nogen grad", "i mindre grad", "i lav grad", "i meget lav grad", "slet ikke" og "ved ikke" (også med tal foran, "5 - I meget høj grad", og på engelsk).',
      'Answers, row 2, column 2: 3 is not an answer that is understood; the answers are "to a very high degree", "to a very great extent", "to a high degree", "to a great extent", "to a large extent", "to some degree", "to some extent", "to a moderate extent", "to a low degree", "to a small extent", "to a very low degree", "to a very small extent", "not at all" and "don\'t know" (also with a number first, "5 - To a very high degree", and in Danish).',
    );
  });

  it("refuses a level it does not know", () => {
    expectDomainError(
      () => effectShare(survey, { level: "lav" }),
      "value",
      'Niveau "lav" forstås ikke; brug "høj" eller "middel".',
      'Level "lav" is not understood; use "high" or "medium".',
    );
  });

  it("keeps the respondents of one segment or topic", () => {
    // Rows of `survey` by topic: grøn, digital, grøn, grøn, digital. Grøn: rows 1, 3 (only "ved ikke"), 4 (blank,
    // no respondent): 1 with high effect of 2 respondents. Digital: rows 2 and 5, none with high effect.
    const topics = column("grøn omstilling", "digitalisering", "Grøn omstilling", "grøn omstilling", "digitalisering");
    expect(effectShare(survey, { segments: topics, segment: "grøn omstilling" })).toBe(0.5);
    expect(effectShare(survey, { segments: topics, segment: "digitalisering", level: "middel" })).toBe(0.5);
    expect(effectShare(survey, { segments: topics, segment: "grøn omstilling", excludeDontKnow: true })).toBe(1);
  });

  it("wants one segment cell per respondent row, and a segment that occurs", () => {
    expectDomainError(
      () => effectShare(survey, { segments: column("drift", "vækst"), segment: "drift" }),
      "value",
      "Segmenter (2×1) skal være én kolonne med en celle pr. række i svar (5×1).",
    );
    expectDomainError(
      () => effectShare(column("i høj grad"), { segments: column("drift"), segment: "dirft" }),
      "value",
      'Segment "dirft" findes ikke i segmenterne; de er: "drift".',
    );
    expectDomainError(
      () => effectShare(column("i høj grad"), { segments: column("drift") }),
      "value",
      'Angiv både segmentkolonnen og det segment, der skal tælles (fx "drift").',
    );
  });

  it("gives #DIV/0! without respondents", () => {
    const danish = "Der er ingen respondenter at beregne andelen af.";
    expectDomainError(() => effectShare([["", ""]]), "divisionByZero", danish);
    expectDomainError(() => effectShare(column("ved ikke"), { excludeDontKnow: true }), "divisionByZero", danish);
  });

  it("stays within 0 and 1, with the medium share never below the high share", () => {
    const answer = fc.constantFrom("i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", "");
    const rows = fc.array(fc.array(answer, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(rows, fc.boolean(), (grid, excludeDontKnow) => {
        const respondents = grid.filter(
          (row) =>
            row.some((cell) => cell !== "") &&
            !(excludeDontKnow && row.every((cell) => cell === "" || cell === "ved ikke")),
        );
        fc.pre(respondents.length > 0);
        const high = effectShare(grid, { excludeDontKnow });
        const medium = effectShare(grid, { level: "middel", excludeDontKnow });
        expect(high).toBeGreaterThanOrEqual(0);
        expect(medium).toBeLessThanOrEqual(1);
        expect(medium).toBeGreaterThanOrEqual(high);
        expect(high).toBe(respondents.filter((row) => row.includes("i høj grad")).length / respondents.length);
      }),
    );
  });
});
