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
    expect(newShare(column(10000001, 20000002), column(""))).toBe(1);
    expect(newShare(column(10000001, 20000002), [[20000002, 10000001, 30000003]])).toBe(0);
  });

  it("reads a CVR number however an export writes it: number, text, spaces, a DK prefix", () => {
    // One firm written five ways, and last year's list holds it: nothing is new.
    const ids = column(12345678, "12345678", " 1234 5678 ", "DK12345678", "dk 12 34 56 78");
    expect(newShare(ids, column(12345678))).toBe(0);
    // The VAT form of last year's firm is the same firm as this year's number.
    expect(newShare(column(12345678), column("DK12345678"))).toBe(0);
  });

  it.each([
    ["12-34-56-78", '"12-34-56-78"'],
    ["012345678", '"012345678"'],
    ["12345678.0", '"12345678.0"'],
    ["abc", '"abc"'],
    [1234567, "1234567"],
    [123456789, "123456789"],
    ["01234567", '"01234567"'],
    [12345678.5, "12345678,5"],
    ["DK", '"DK"'],
    ["SE12345678", '"SE12345678"'],
  ])("refuses %p, which is no CVR number, naming the cell", (cell, shown) => {
    expectDomainError(
      () => newShare(column(12345678, cell), column("")),
      "value",
      `Cvr, række 2: ${shown} er ikke et CVR-nummer; et CVR-nummer er otte cifre (fx 12345678 eller "DK 1234 5678").`,
    );
  });

  it("names a cell that is not a CVR number", () => {
    expectDomainError(
      () => newShare(column(12345678, true), column("")),
      "value",
      'Cvr, række 2: SAND er ikke et CVR-nummer; et CVR-nummer er otte cifre (fx 12345678 eller "DK 1234 5678").',
    );
    expectDomainError(
      () => newShare(column(12345678), column(1.5)),
      "value",
      'Cvr_året_før, række 1: 1,5 er ikke et CVR-nummer; et CVR-nummer er otte cifre (fx 12345678 eller "DK 1234 5678").',
      'PreviousIds, row 1: 1.5 is not a CVR number; a CVR number is eight digits (e.g. 12345678 or "DK 1234 5678").',
    );
  });

  it("gives #DIV/0! for an empty list", () => {
    expectDomainError(
      () => newShare(column("", ""), column(12345678)),
      "divisionByZero",
      "Der er ingen virksomheder i årets liste.",
    );
  });
});
