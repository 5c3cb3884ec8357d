import { effectShare, nps, popAlloc, quota } from "../../src/functions/functions";
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
    expect(effectShare(column("i høj grad", "ved ikke"), null as never, null as never)).toBe(0.5);
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
    expect(effectShare(column("i nogen grad", "ved ikke"), "middel", true)).toBe(1);
    expect(popAlloc(1, column(1, 2), 2, column("", "x"))).toEqual([[1], [0]]);
    expect(quota(12, column(120, 50), column(10, 2), column(1, 0), 50, 1000, 100, 10, column("", ""))).toEqual([
      [7],
      [5],
    ]);
  });

  it("map each domain error to its Excel error code, with the message in Danish by default", () => {
    expect(excelErrorOf(() => nps(column(9, "x")))).toMatchObject({
      code: "#VALUE!",
      message: 'Scorer, række 2: "x" er ikke en score; en score er et helt tal fra 0 til 10.',
    });
    expect(excelErrorOf(() => effectShare(column("")))).toMatchObject({
      code: "#DIV/0!",
      message: "Der er ingen respondenter at beregne andelen af.",
    });
    expect(excelErrorOf(() => popAlloc(-5, column(1)))).toMatchObject({
      code: "#NUM!",
      message: "Totalen må ikke være negativ (-5).",
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
});
