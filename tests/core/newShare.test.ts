import { newShare } from "../../src/core";
import { column, expectDomainError } from "../helpers";

describe("newShare", () => {
  it("counts distinct firms, as numbers or text, that were not in last year's list", () => {
    // This year: 12345678 (twice, as number and text), 87654321, 11111111 (once with a space) = 3 firms.
    // Last year: 87654321, 22222222. New: 12345678 and 11111111 = 2 of 3.
    const ids = column(12345678, "12345678", "87654321", "", "11111111", "1111 1111");
    expect(newShare(ids, column(87654321, "22222222"))).toBeCloseTo(2 / 3, 15);
  });

  it("is 1 when last year's list is blank and 0 when every firm is known", () => {
    expect(newShare(column(1, 2), column(""))).toBe(1);
    expect(newShare(column(1, 2), [[2, 1, 3]])).toBe(0);
  });

  it("names a cell that is not a CVR number", () => {
    expectDomainError(
      () => newShare(column(12345678, true), column("")),
      "value",
      "Cvr, række 2: SAND er ikke et CVR-nummer; skriv nummeret som tal eller tekst.",
    );
    expectDomainError(
      () => newShare(column(1), column(1.5)),
      "value",
      "Cvr_året_før, række 1: 1,5 er ikke et CVR-nummer; skriv nummeret som tal eller tekst.",
      "PreviousIds, row 1: 1.5 is not a CVR number; write the number as a number or as text.",
    );
  });

  it("gives #DIV/0! for an empty list", () => {
    expectDomainError(
      () => newShare(column("", ""), column(1)),
      "divisionByZero",
      "Der er ingen virksomheder i årets liste.",
    );
  });
});
