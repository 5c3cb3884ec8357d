import fc from "fast-check";
import { choices } from "../../src/core/choices";
import { column, expectDomainError } from "../helpers";

const KEYWORDS = [["Samarbejde"], ["Tillid"], ["Handlekraft"], ["Bureaukrati"]];

describe("CHOICES", () => {
  it("counts marks written in one cell per respondent, most marked first, ties in the options' order", () => {
    // Respondents: 4 rows with marks (the blank row is none). Samarbejde 3, Tillid 2, Handlekraft 2, Bureaukrati 0.
    const answers = column("Samarbejde; Tillid", "samarbejde, handlekraft", "", "Handlekraft;Tillid", " SAMARBEJDE ");
    expect(choices(answers, { options: KEYWORDS })).toEqual([
      ["Samarbejde", 3, 0.75],
      ["Tillid", 2, 0.5],
      ["Handlekraft", 2, 0.5],
      ["Bureaukrati", 0, 0],
    ]);
    // Without options: the marks met, as first written; with allRows every row is a respondent (5).
    expect(choices(answers, { allRows: true })).toEqual([
      ["Samarbejde", 3, 0.6],
      ["Tillid", 2, 0.4],
      ["handlekraft", 2, 0.4],
    ]);
  });

  it("counts one column per option, marked by x, 1, TRUE or the option's own name", () => {
    const answers = [
      ["x", "", 1, ""],
      ["", "Tillid", "", ""],
      [true, "", "", "nej"],
      ["", "", "", ""],
    ];
    expect(choices(answers, { options: KEYWORDS })).toEqual([
      ["Samarbejde", 2, 2 / 3],
      ["Tillid", 1, 1 / 3],
      ["Handlekraft", 1, 1 / 3],
      ["Bureaukrati", 0, 0],
    ]);
  });

  it("holds a respondent to at most maxChoices marks, unless asked to count them anyway", () => {
    const answers = column("Samarbejde; Tillid; Handlekraft", "Tillid");
    expectDomainError(
      () => choices(answers, { maxChoices: 2 }),
      "value",
      "Svar, række 1: respondenten har 3 markeringer; højst 2 er tilladt (angiv tillad_flere SAND for at tælle dem alligevel).",
    );
    expect(choices(answers, { maxChoices: 2, allowMore: true })[0]).toEqual(["Tillid", 2, 1]);
  });

  it("names a misspelt mark and the cell, listing the options", () => {
    expectDomainError(
      () => choices(column("Samarbejde", "Samarbjede; Tillid"), { options: KEYWORDS }),
      "value",
      'Svar, række 2: "Samarbjede" er ikke en af mulighederne "Samarbejde", "Tillid", "Handlekraft", "Bureaukrati" (i "Samarbjede; Tillid").',
    );
    expectDomainError(
      () => choices([["x", ""]]),
      "value",
      "Svarene har én kolonne pr. mulighed med markeringer (x, 1, SAND): angiv mulighederne, kolonnernes nøgleord, i samme rækkefølge.",
    );
    expectDomainError(() => choices(column("", "")), "divisionByZero", "Der er ingen markeringer.");
    expectDomainError(
      () => choices(column("a"), { maxChoices: 0 }),
      "value",
      "Højst skal være et positivt helt tal (fik 0).",
    );
  });

  it("counts every option's marks as the rows hold them, whatever the rows' order", () => {
    const names = ["A", "B", "C", "D"];
    fc.assert(
      fc.property(fc.array(fc.subarray(names), { minLength: 1, maxLength: 40 }), (rows) => {
        fc.pre(rows.some((row) => row.length > 0));
        const answers = column(...rows.map((row) => row.join("; ")));
        const result = choices(answers, { options: names.map((name) => [name]) });
        const reversed = choices(answers.slice().reverse(), { options: names.map((name) => [name]) });
        expect(reversed).toEqual(result);
        for (const [name, marks] of result)
          expect(marks).toBe(rows.filter((row) => row.includes(name as string)).length);
      }),
    );
  });
});
