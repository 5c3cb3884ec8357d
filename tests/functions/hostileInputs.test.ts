/**
 * Every custom function, as Excel calls it, given hostile input in every argument: 32 values a user (or a
 * script) can put in a cell or an argument, each in place of a whole argument and in one cell of a range
 * argument. Each call must either give a result whose every number is finite, or an Excel error with a code
 * the README lists for it and a message a Danish user can act on: it names the argument, and shows no
 * JavaScript artefact ("NaN" for a value that was not NaN, "undefined", "[object", "(?)", 16-digit floats).
 */
import * as KKR from "../../src/functions/functions";
import { FUNCTION_IDS } from "../helpers";

const HOSTILE: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  -0.0000001,
  1e308,
  5e-324,
  2 ** 53 + 2,
  0.1 + 0.2,
  0.9999999999999999,
  "",
  " ",
  "abc",
  "1,5",
  "100",
  "-3",
  "1e3",
  "０１２", // full-width digits
  "−5", // a true minus sign
  "=1+1",
  "ved ikke",
  "🙂",
  "x".repeat(5000),
  true,
  false,
  { code: "#N/A" },
  { code: "#DIV/0!" },
  { code: "#VALUE!" },
  { code: "#REF!" },
  {},
  [[1]],
  undefined,
  null,
];

type Call = (...args: unknown[]) => unknown;
interface Parameter {
  danish: string;
  valid: unknown;
  range?: boolean;
}

const col = (...values: unknown[]) => values.map((value) => [value]);

/** Each function with a valid call, argument by argument, and the argument's Danish name. */
const FUNCTIONS: Record<string, { call: Call; parameters: Parameter[] }> = {
  NPS: {
    call: KKR.nps as Call,
    parameters: [
      { danish: "scorer", valid: col(10, 3, 8), range: true },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "udelad", valid: [["ved ikke"]], range: true },
    ],
  },
  NPSINTERVAL: {
    call: KKR.npsInterval as Call,
    parameters: [
      { danish: "scorer", valid: col(10, 3, 8), range: true },
      { danish: "konfidens", valid: 0.95 },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "udelad", valid: [["ved ikke"]], range: true },
    ],
  },
  SHARE: {
    call: KKR.share as Call,
    parameters: [
      { danish: "svar", valid: col("ja", "nej", "ved ikke"), range: true },
      { danish: "tæller", valid: [["ja"]], range: true },
      { danish: "udelad", valid: [["ved ikke"]], range: true },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "respondenter", valid: true },
    ],
  },
  EFFECTSHARE: {
    call: KKR.effectShare as Call,
    parameters: [
      { danish: "svar", valid: col("i høj grad", "slet ikke", "ved ikke"), range: true },
      { danish: "niveau", valid: "høj" },
      { danish: "udelad_ved_ikke", valid: true },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "respondenter", valid: true },
    ],
  },
  NEWSHARE: {
    call: KKR.newShare as Call,
    parameters: [
      { danish: "cvr", valid: col(12345678, "87654321"), range: true },
      { danish: "cvr", valid: col(12345678), range: true },
      { danish: "respondenter", valid: true },
    ],
  },
  SHAREINTERVAL: {
    call: KKR.shareInterval as Call,
    parameters: [
      { danish: "andel", valid: [[0.3]], range: true },
      { danish: "respondent", valid: 10 },
      { danish: "konfidens", valid: 0.95 },
    ],
  },
  SHARECHANGE: {
    call: KKR.shareChange as Call,
    parameters: [
      { danish: "andel", valid: [[0.39]], range: true },
      { danish: "respondenter", valid: 400 },
      { danish: "andel_før", valid: [[0.34, 350]], range: true },
      { danish: "respondenter_før", valid: "" },
      { danish: "konfidens", valid: 0.95 },
    ],
  },
  NPSCHANGE: {
    call: KKR.npsChange as Call,
    parameters: [
      { danish: "scorer", valid: col(10, 3, 8), range: true },
      { danish: "scorer_før", valid: col(9, 6), range: true },
      { danish: "konfidens", valid: 0.95 },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "segmenter_før", valid: col("a", "b"), range: true },
    ],
  },
  CHOICES: {
    call: KKR.choices as Call,
    parameters: [
      { danish: "svar", valid: col("a; b", "b", "c"), range: true },
      { danish: "højst", valid: 5 },
      { danish: "muligheder", valid: col("a", "b", "c"), range: true },
      { danish: "alle_rækker", valid: false },
      { danish: "tillad_flere", valid: false },
    ],
  },
  SCALEMEAN: {
    call: KKR.scaleMean as Call,
    parameters: [
      { danish: "svar", valid: col(4, "5 - Helt enig", 2), range: true },
      { danish: "udelad", valid: [[9]], range: true },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
      { danish: "med_respondenter", valid: true },
    ],
  },
  SCALEDISTRIBUTION: {
    call: KKR.scaleDistribution as Call,
    parameters: [
      { danish: "svar", valid: col(4, "5 - Helt enig", 2), range: true },
      { danish: "punkter", valid: col(1, 2, 3, 4, 5), range: true },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
    ],
  },
  MEANINTERVAL: {
    call: KKR.meanInterval as Call,
    parameters: [
      { danish: "svar", valid: col(4, "5 - Helt enig", 2), range: true },
      { danish: "konfidens", valid: 0.95 },
      { danish: "segment", valid: col("a", "a", "b"), range: true },
      { danish: "segment", valid: "a" },
    ],
  },
  MEANCHANGE: {
    call: KKR.meanChange as Call,
    parameters: [
      { danish: "svar", valid: col(4, "5 - Helt enig", 2), range: true },
      { danish: "svar_før", valid: col(3, 2, 3), range: true },
      { danish: "konfidens", valid: 0.95 },
    ],
  },
  SPREAD: {
    call: KKR.spread as Call,
    parameters: [
      { danish: "antal", valid: col(1, 2, 3), range: true },
      { danish: "befolkning", valid: col(10, 20, 30), range: true },
      { danish: "type", valid: "pp" },
    ],
  },
  POPALLOC: {
    call: KKR.popAlloc as Call,
    parameters: [
      { danish: "total", valid: 100 },
      { danish: "vægte", valid: col(1, 2, 3), range: true },
      { danish: "decimaler", valid: 0 },
      { danish: "udelad", valid: col("", "x", ""), range: true },
    ],
  },
  QUOTA: {
    call: KKR.quota as Call,
    parameters: [
      { danish: "total", valid: 10 },
      { danish: "befolkning", valid: col(100, 200, 300), range: true },
      { danish: "indvandrere", valid: col(10, 20, 5), range: true },
      { danish: "familiesammenførte", valid: col(1, 0, 2), range: true },
      { danish: "landstal", valid: 50 },
      { danish: "befolkning", valid: 6000 },
      { danish: "indvandrere", valid: 400 },
      { danish: "familiesammenførte", valid: 30 },
      { danish: "udelad", valid: col("", "", "x"), range: true },
    ],
  },
  MUNICIPALITIES: {
    call: KKR.municipalities as Call,
    parameters: [{ danish: "område", valid: "Fyn" }],
  },
  DHONDT: {
    call: KKR.dhondt as Call,
    parameters: [
      { danish: "stemmer", valid: col(1000, 310, 290), range: true },
      { danish: "pladser", valid: 3 },
      { danish: "valgforbund", valid: col("", "BC", "BC"), range: true },
    ],
  },
  TWOSTEP: {
    call: KKR.twoStep as Call,
    parameters: [
      { danish: "total", valid: 100 },
      { danish: "områder", valid: col("A", "A", "B"), range: true },
      { danish: "vægte", valid: col(1, 2, 3), range: true },
      {
        danish: "områdevægte",
        valid: [
          ["A", 1],
          ["B", 1],
        ],
        range: true,
      },
      { danish: "decimaler", valid: 0 },
    ],
  },
  SEATS: {
    call: KKR.seats as Call,
    parameters: [
      { danish: "stemmer", valid: col(5000, 3000, 1000), range: true },
      { danish: "pladser", valid: 6 },
      { danish: "mindst", valid: col(2, 1, 1), range: true },
    ],
  },
  TRANSFER: {
    call: KKR.transfer as Call,
    parameters: [
      { danish: "antal", valid: col(1, 2, 3), range: true },
      { danish: "kommune", valid: col("Aarhus", "Odder", "Samsø"), range: true },
      { danish: "overtage", valid: col("", "Aarhus", ""), range: true },
    ],
  },
};

const CODES = ["#VALUE!", "#NUM!", "#DIV/0!"];
const ARTEFACTS = [/undefined/, /\[object/, /\(\?\)/, /\d\.\d{15,}|\d,\d{15,}/];

function finiteThroughout(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteThroughout);
  return typeof value === "string";
}

/** What went wrong with one call, or undefined when it kept the rules. */
function problemWith(call: Call, args: unknown[], parameter: Parameter, hostile: unknown): string | undefined {
  let result: unknown;
  try {
    result = call(...args);
  } catch (error) {
    if (!(error instanceof CustomFunctions.Error)) return `threw ${String(error)}`;
    const { code, message } = error as unknown as { code: string; message: string };
    if (!CODES.includes(code)) return `code ${code}`;
    if (code !== "#VALUE!") return undefined; // Excel shows no message for #NUM! and #DIV/0!
    if (!message) return "no message";
    const artefact = ARTEFACTS.find((pattern) => pattern.test(message));
    if (artefact) return `artefact ${artefact} in "${message}"`;
    if (/NaN/.test(message) && !Number.isNaN(hostile)) return `NaN in "${message}"`;
    if (!message.toLocaleLowerCase("da").includes(parameter.danish))
      return `"${message}" does not name ${parameter.danish}`;
    return undefined;
  }
  return finiteThroughout(result) ? undefined : `result ${JSON.stringify(result)}`;
}

describe("every custom function under hostile input", () => {
  it("covers every function", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(FUNCTION_IDS);
  });

  describe.each(Object.entries(FUNCTIONS))("%s", (_id, { call, parameters }) => {
    const cases = parameters.flatMap((parameter, position) =>
      HOSTILE.flatMap((hostile) => {
        const whole = parameters.map((p, index) => (index === position ? hostile : p.valid));
        const inCell = parameter.range
          ? [
              parameters.map((p, index) =>
                index === position ? [...(p.valid as unknown[][]).slice(0, -1), [hostile]] : p.valid,
              ),
            ]
          : [];
        return [whole, ...inCell].map((args) => ({ args, parameter, hostile }));
      }),
    );

    it(`keeps the rules on ${cases.length} hostile calls (at least 30)`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
      const problems = cases.flatMap(({ args, parameter, hostile }) => {
        const problem = problemWith(call, args, parameter, hostile);
        return problem ? [`${parameter.danish} = ${String(hostile).slice(0, 20)}: ${problem}`] : [];
      });
      expect(problems).toEqual([]);
    });
  });
});
