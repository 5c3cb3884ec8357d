import fc from "fast-check";
import { share } from "../../src/core";
import { column, expectDomainError } from "../helpers";

describe("share", () => {
  it("counts the counted answers among respondents, ignoring case and spaces; blanks and excluded answers leave", () => {
    // Respondents: ja, nej, "Ja ", JA, nej = 5 ("ved ikke" excluded, the blank is nobody); counted: 3. 3/5.
    const answers = column("ja", "nej", "Ja ", "ved ikke", "", "JA", "nej");
    expect(share(answers, "ja", { excluded: "ved ikke" })).toBe(0.6);
    // Without the exclusion "ved ikke" is a respondent who does not count: 3/6.
    expect(share(answers, "ja")).toBe(0.5);
  });

  it("takes several counted values, as numbers on a scale, and numbers stored as text", () => {
    // 1-5 scale, top two boxes: 5, 4, "5" of 6 answers = 0.5.
    expect(share(column(5, 4, 3, 2, 1, "5", ""), [[4], [5]])).toBe(0.5);
    // "meget tilfreds" and "tilfreds" of 4 = 0.75.
    const satisfaction = column("Meget tilfreds", "tilfreds", "utilfreds", "tilfreds");
    expect(share(satisfaction, [["meget tilfreds", "tilfreds"]])).toBe(0.75);
  });

  it("takes a range of excluded answers", () => {
    // Excluded: "ved ikke" and "ikke relevant"; respondents ja, nej, nej: 1/3.
    const answers = column("ja", "ved ikke", "nej", "ikke relevant", "nej");
    expect(share(answers, "ja", { excluded: [["ved ikke"], ["ikke relevant"]] })).toBeCloseTo(1 / 3, 15);
  });

  it("filters by segment like NPS, also with segment codes", () => {
    // vækst: nej, ja -> 1/2; drift: ja, ja -> 1.
    const answers = column("ja", "nej", "ja", "ja");
    const segments = column("drift", "vækst", " Vækst", "DRIFT");
    expect(share(answers, "ja", { segments, segment: "vækst" })).toBe(0.5);
    expect(share(answers, "ja", { segments, segment: "drift" })).toBe(1);
    // Codes 1/2 in the segment column match the number 1 and the text "1".
    expect(share(answers, "ja", { segments: column(1, 2, 2, 1), segment: 2 })).toBe(0.5);
    expect(share(answers, "ja", { segments: column(1, 2, 2, 1), segment: "1" })).toBe(1);
  });

  it("names what is wrong", () => {
    expectDomainError(
      () => share(column("ja"), ""),
      "value",
      'Tæller er tom; angiv det svar, der tæller, fx "ja".',
      'Counted is blank; give the answer that counts, e.g. "ja".',
    );
    expectDomainError(
      () => share(column("ja"), "Ja", { excluded: [["ja"]] }),
      "value",
      '"ja" står både i tæller og i udelad; et svar kan ikke både tælle og være udeladt.',
    );
    expectDomainError(
      () => share(column("ja", "nej"), "ja", { segments: column("drift"), segment: "drift" }),
      "value",
      "Segmenter (1×1) skal have samme størrelse som svar (2×1).",
    );
    expectDomainError(
      () => share(column("ja", { code: "#N/A" }), "ja"),
      "value",
      "Svar, række 2: cellen viser fejlen #I/T; ret den først.",
      "Answers, row 2: the cell shows the error #N/A; correct it first.",
    );
  });

  it("says a mistyped segment does not occur, listing those that do, instead of 'no data'", () => {
    expectDomainError(
      () => share(column("ja", "nej"), "ja", { segments: column("drift", "vækst"), segment: "dirft" }),
      "value",
      'Segment "dirft" findes ikke i segmenterne; de er: "drift", "vækst".',
      'Segment "dirft" does not occur in the segments; they are: "drift", "vækst".',
    );
  });

  it("gives #DIV/0! when nobody is left to count", () => {
    expectDomainError(
      () => share(column("ved ikke", ""), "ja", { excluded: "ved ikke" }),
      "divisionByZero",
      "Der er ingen respondenter at beregne andelen af.",
    );
  });

  it("is a share in 0..1, independent of the order of the answers", () => {
    const answer = fc.constantFrom("ja", "nej", "ved ikke", "", "JA ");
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 60 }), (list) => {
        fc.pre(list.some((item) => item.trim() !== "" && item !== "ved ikke"));
        const value = share(column(...list), "ja", { excluded: "ved ikke" });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(share(column(...[...list].reverse()), "ja", { excluded: "ved ikke" })).toBe(value);
        // By the definition: counted ÷ (non-blank, non-excluded).
        const respondents = list.filter((item) => item.trim() !== "" && item !== "ved ikke");
        expect(value).toBe(
          respondents.filter((item) => item.trim().toLowerCase() === "ja").length / respondents.length,
        );
      }),
    );
  });
});
