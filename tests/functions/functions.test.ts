import {
  effectShare,
  newShare,
  nps,
  npsInterval,
  popAlloc,
  quota,
  share,
  shareInterval,
  spread,
} from "../../src/functions/functions";
import { column } from "../helpers";

interface ExcelError {
  code: string;
  message: string;
}

function excelErrorOf(compute: () => unknown): ExcelError {
  try {
    compute();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as ExcelError;
  }
  throw new Error("expected an Excel error");
}

describe("custom functions as Excel calls them", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("treat omitted optional arguments (null) as their defaults", () => {
    expect(nps(column(10, 0, 9), null as never, null as never)).toBeCloseTo(100 / 3, 12);
    expect(effectShare(column("i høj grad", "ved ikke"), null as never, null as never)).toEqual([[0.5]]);
    expect(popAlloc(10, column(1, 1, 2), null as never, null as never)).toEqual([[3], [2], [5]]);
    expect(
      quota(
        10,
        column(50, 30, 20),
        column(10, 10, 0),
        column(1, 0, 2),
        null as never,
        null as never,
        null as never,
        null as never,
        null as never,
      ),
    ).toEqual([[6], [1], [3]]);
  });

  it("pass the optional arguments through", () => {
    expect(nps(column(10, 0), column("drift", "vækst"), "Drift")).toBe(100);
    expect(effectShare(column("i nogen grad", "ved ikke"), "middel", true)).toEqual([[1]]);
    expect(popAlloc(1, column(1, 2), 2, column("", "x"))).toEqual([[1], [0]]);
    expect(quota(12, column(120, 50), column(10, 2), column(1, 0), 50, 1000, 100, 10, column("", ""))).toEqual([
      [7],
      [5],
    ]);
  });

  it("map each domain error to its Excel error code, with the message in Danish by default", () => {
    expect(excelErrorOf(() => nps(column(9, "x")))).toMatchObject({
      code: "#VALUE!",
      message:
        'Scorer, række 2: "x" er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".',
    });
    expect(excelErrorOf(() => effectShare(column("")))).toMatchObject({
      code: "#DIV/0!",
      message: "Der er ingen respondenter at beregne andelen af.",
    });
    expect(excelErrorOf(() => popAlloc(-5, column(1)))).toMatchObject({
      code: "#NUM!",
      message: "Total må ikke være negativ (-5).",
    });
    expect(excelErrorOf(() => quota(10, column(1), column(0), column(0)))).toMatchObject({ code: "#DIV/0!" });
  });

  it("speak English where Office runs in English", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "en-GB" } } });
    expect(excelErrorOf(() => popAlloc(10, column(1, ""))).message).toBe(
      "Weights, row 2: the cell is blank; enter 0 if the number is zero.",
    );
  });

  it("stay Danish where Office runs in Danish", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "da-DK" } } });
    expect(excelErrorOf(() => popAlloc(10, column(1, ""))).message).toBe(
      "Vægte, række 2: cellen er tom; skriv 0, hvis tallet er nul.",
    );
  });

  it("pass the new functions' arguments through, nulls as omitted", () => {
    expect(share(column("ja", "nej", "ved ikke"), [["ja"]], [["ved ikke"]], null as never, null as never)).toEqual([
      [0.5],
    ]);
    expect(effectShare(column("i høj grad", "slet ikke"), null, null, column("a", "b"), "b")).toEqual([[0]]);
    expect(spread(column(3, 1), column(1, 1), "pp")).toEqual([[0.25], [-0.25]]);
    expect(newShare(column(10000001, 20000002), column(20000002))).toEqual([[0.5]]);
    // One promoter: n' = 4, p' = 1,75/4, d' = 0,75/4; the interval spills as one row of two numbers.
    const interval = npsInterval(column(10), null, null as never, null);
    expect(interval).toHaveLength(1);
    expect(interval[0]).toHaveLength(2);
    expect(interval[0][0]).toBeLessThan(25);
    expect(interval[0][1]).toBeGreaterThan(25);
    const wilson = shareInterval([[81 / 263]], 263, null);
    expect(wilson[0][0]).toBeCloseTo(0.2553, 4);
    expect(wilson[0][1]).toBeCloseTo(0.3662, 4);
  });

  it("name the sheet cell of a bad value where Excel gives the ranges' addresses", () => {
    const invocation = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;
    // Row 2 of a range starting in C13 is C14.
    expect(
      excelErrorOf(() =>
        nps(column(9, "x"), null as never, null, null as never, invocation("Data!C13:C14", "", "", "")),
      ).message,
    ).toBe(
      'Scorer, celle Data!C14: "x" er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".',
    );
    // A whole column: row N of the range is row N of the sheet. A sheet name with a space is quoted.
    expect(
      excelErrorOf(() =>
        popAlloc(10, column(1, "", 2), null as never, null as never, invocation("", "'Fordeling 2025'!$B:$B")),
      ).message,
    ).toBe("Vægte, celle 'Fordeling 2025'!B2: cellen er tom; skriv 0, hvis tallet er nul.");
    // The second argument's address is used for an error in the second argument.
    expect(
      excelErrorOf(() =>
        newShare(column(10000001), column(20000002, true), null, invocation("A1:A1", "Sidste år!D5:D6", "")),
      ).message,
    ).toBe(
      `Cvr_året_før, celle 'Sidste år'!D6: SAND er ikke et CVR-nummer; et CVR-nummer er otte cifre (fx 12345678 eller "DK 1234 5678").`,
    );
    // An array constant has no address: the position in the range is named instead.
    expect(
      excelErrorOf(() => nps([[9, "x"]], null as never, null, null as never, invocation("", "", "", ""))).message,
    ).toBe(
      'Scorer, kolonne 2: "x" er ikke en score; en score er et helt tal fra 0 til 10 (også "10 - Meget sandsynligt") eller "ved ikke".',
    );
  });

  it("name the sheet cell in English where Office runs in English", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "en-US" } } });
    const invocation = { parameterAddresses: ["Survey!A2:B3"] } as CustomFunctions.Invocation;
    expect(
      excelErrorOf(() =>
        effectShare(
          [
            ["i høj grad", ""],
            ["", "måske"],
          ],
          null,
          null,
          null as never,
          null,
          null,
          invocation,
        ),
      ).message,
    ).toBe(
      'Answers, cell Survey!B3: "måske" is not an answer that is understood; the answers are "to a very high degree", "to a very great extent", "to a high degree", "to a great extent", "to a large extent", "to some degree", "to some extent", "to a moderate extent", "to a low degree", "to a small extent", "to a very low degree", "to a very small extent", "not at all" and "don\'t know" (also with a number first, "5 - To a very high degree", and in Danish).',
    );
  });

  it("give #VALUE! for a mistyped segment, naming the segments that occur", () => {
    expect(excelErrorOf(() => nps(column(9, 3), column("drift", "vækst"), "dirft"))).toMatchObject({
      code: "#VALUE!",
      message: 'Segment "dirft" findes ikke i segmenterne; de er: "drift", "vækst".',
    });
  });
});
