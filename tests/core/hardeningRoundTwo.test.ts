/**
 * The newer functions held to the rules the first four keep: each case below was a silent or misleading
 * result once (a NaN, a number changed by reading, a name not found, a hint that leads to a second error).
 * Expected values are worked out by hand from the rules written in the README.
 */
import { npsInterval, share, shareInterval, transfer } from "../../src/core";
import { showCell } from "../../src/core/cells";
import { column, expectDomainError } from "../helpers";

const NA = { code: "#N/A" };

describe("SHARE and the segment filter", () => {
  it("does not read an answer outside the chosen segment, even an error value, as NPS and EFFECTSHARE do", () => {
    // In "drift": "ja", "nej" → 1 of 2. The #N/A sits in a "vækst" row and is not read.
    const answers = column("ja", NA, "nej");
    const segments = column("drift", "vækst", "drift");
    expect(share(answers, "ja", { segments, segment: "drift" })).toBe(0.5);
  });

  it("still names an error value inside the segment", () => {
    expectDomainError(
      () => share(column("ja", NA), "ja", { segments: column("drift", "vækst"), segment: "vækst" }),
      "value",
      "Svar, række 2: cellen viser fejlen #I/T; ret den først.",
    );
  });
});

describe("confidence levels", () => {
  it("gives finite bounds for a level a hair below 1, not NaN", () => {
    const { lower, upper } = shareInterval(0.3, 10, 0.9999999999999999);
    // Tail (1 − c)/2 = 5.55e-17, z ≈ 8.29, z² ≈ 68.7: centre (0.3 + 3.435)/7.87 ≈ 0.4746, half-width
    // (8.29/7.87)·√(0.021 + 68.7/400) ≈ 0.4624, so about 0.012 to 0.937.
    expect(lower).toBeCloseTo(0.012, 2);
    expect(upper).toBeCloseTo(0.937, 2);
    const nps = npsInterval(column(10, 3, 8, 9), 0.9999999999999999);
    expect([Number.isFinite(nps.lower), Number.isFinite(nps.upper)]).toEqual([true, true]);
  });

  it("gives the z of 0.95 as before: the 95 % Wilson interval of 3 of 10 is 0.1078 to 0.6032", () => {
    // Wilson by hand, z = 1.959964: centre (0.3 + 0.19207)/1.38415 = 0.35550, half 0.24769.
    const { lower, upper } = shareInterval(0.3, 10, 0.95);
    expect(lower).toBeCloseTo(0.1078, 4);
    expect(upper).toBeCloseTo(0.6032, 4);
  });

  it("hints at a level typed in per cent, and only then", () => {
    expectDomainError(
      () => shareInterval(0.3, 10, 99.9),
      "value",
      "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 99,9) (mente du 0,999?).",
      "Confidence must lie between 0 and 1, e.g. 0.95 (got 99.9) (did you mean 0.999?).",
    );
    expectDomainError(
      () => shareInterval(0.3, 10, 1.5),
      "value",
      "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 1,5).",
      "Confidence must lie between 0 and 1, e.g. 0.95 (got 1.5).",
    );
    expectDomainError(
      () => shareInterval(0.3, 10, 100),
      "value",
      "Konfidens skal ligge mellem 0 og 1, fx 0,95 (fik 100).",
    );
  });
});

describe("SHAREINTERVAL's respondents", () => {
  it("asks for the number when it is omitted, instead of suggesting 0, which it refuses", () => {
    expectDomainError(
      () => shareInterval(0.3, ""),
      "value",
      "Respondenter mangler; angiv antallet af respondenter, andel er beregnet på (et positivt helt tal), eller giv andel som {andel; respondenter} fra KKR.ANDEL(…; SAND).",
      "Respondents is missing; give the number of respondents share was computed on (a positive whole number), or give share as {share, respondents} from KKR.SHARE(…, TRUE).",
    );
    expectDomainError(() => shareInterval(0.3, 0), "value", "Respondenter skal være et positivt helt tal (fik 0).");
    expectDomainError(
      () => shareInterval(0.3, 0.1 + 0.2),
      "value",
      "Respondenter skal være et positivt helt tal (fik 0,3).",
    );
  });
});

describe("TRANSFER", () => {
  it("leaves a row no takeover touches exactly as it came, a computed =1/3 too", () => {
    const result = transfer(column(1 / 3, 5, 2), column("Aarhus", "Bornholm", "Dragør"), column("", "", "Bornholm"));
    expect(result).toEqual([[1 / 3], [7], [0]]);
  });

  it("finds a municipality by an older spelling or its formal name", () => {
    // "Århus" is Aarhus; "Bornholms Regionskommune" is Bornholm.
    expect(transfer(column(4, 3, 1), column("Aarhus", "Bornholm", "Odder"), column("", "", "Århus")).flat()).toEqual([
      5, 3, 0,
    ]);
    expect(transfer(column(4, 3), column("Bornholms Regionskommune", "Læsø"), column("", "Bornholm")).flat()).toEqual([
      7, 0,
    ]);
  });

  it("sees two spellings of one municipality as a name given twice", () => {
    expectDomainError(
      () => transfer(column(1, 2), column("Aarhus", "Århus"), column("", "")),
      "value",
      'Kommuner, række 2: "Århus" står to gange; en modtager skal kunne findes entydigt.',
    );
  });

  it("refuses a name that is an error value, naming the cell", () => {
    expectDomainError(
      () => transfer(column(1, 2), column("Aarhus", NA), column("", "")),
      "value",
      "Kommuner, række 2: #I/T er ikke et navn; skriv kommunens navn.",
    );
  });
});

describe("what a message cannot show", () => {
  it("is described by its kind, never as (?)", () => {
    expect(showCell([[1]])).toEqual({ da: "en matrix", en: "an array" });
    expect(showCell({ a: 1 })).toEqual({ da: "et objekt", en: "an object" });
    expect(showCell(Symbol("x"))).toEqual({ da: "en værdi af typen symbol", en: "a value of type symbol" });
  });

  it("shows a number at Excel's 15 digits, without float artefacts", () => {
    expect(showCell(0.1 + 0.2)).toEqual({ da: "0,3", en: "0.3" });
    expect(showCell(99.9 / 100)).toEqual({ da: "0,999", en: "0.999" });
  });
});
