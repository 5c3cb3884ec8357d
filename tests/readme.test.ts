/**
 * The README's worked examples, computed: each formula the README shows with a result is called as Excel
 * calls it, on the README's data, and the result, written as the README writes it, must stand there beside
 * it. Every KKR formula in the README with a "→" is in this list, so no example goes untested.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as KKR from "../src/functions/functions";
import { column } from "./helpers";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

/** A number as the README writes it: Danish separators, a true minus sign, at most `decimals` decimals. */
const danish = (value: number, decimals: number): string =>
  new Intl.NumberFormat("da-DK", { maximumFractionDigits: decimals }).format(value).replace("-", "−");
const percent = (value: number | number[][], decimals = 1): string =>
  `${danish((typeof value === "number" ? value : value[0][0]) * 100, decimals)} %`;
/** A share as a percentage with exactly one decimal, "5,0 %". */
const percentFixed = (value: number): string =>
  `${new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100).replace("-", "−")} %`;
const list = (values: number[][], show: (value: number) => string): string => values.flat().map(show).join("; ");

// The README's tables.
const npsScores = column(10, 3, 9, 8, 5);
const npsSegments = column("drift", "vækst", "Drift", "vækst", "drift");
const exportScores = column("10 - Meget sandsynligt", "Ved ikke", "3", "", "9 (meget sandsynligt)", "Kan ikke vurdere");
const scores = (promoters: number, passives: number, detractors: number) =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(3));
const answers = column("ja", "nej", "Ja", "ved ikke", "", "JA", "nej");
const answerSegments = column("drift", "vækst", "vækst", "drift", "drift", "drift", "drift");
const survey = [
  ["i høj grad", "slet ikke", ""],
  ["i nogen grad", "i lav grad", "ved ikke"],
  ["ved ikke", "", "ved ikke"],
  ["", "", ""],
  ["slet ikke", "i lav grad", "slet ikke"],
];
const topics = column("grøn omstilling", "digitalisering", "grøn omstilling", "grøn omstilling", "digitalisering");
const population = column(50_000, 30_000, 20_000);
const startUpKey = column(385, 275, 171, 156, 119, 94);
const MIDTJYLLAND_2022 = [
  1417, 1370, 2613, 1718, 2701, 1215, 574, 1082, 673, 2876, 1645, 108, 2796, 1856, 1330, 609, 1264, 2831, 10331,
];
const no = null as never;
const keywordAnswers = column("Samarbejde; Tillid", "samarbejde, handlekraft", "", "Handlekraft;Tillid", "SAMARBEJDE");
const keywordOptions = column("Samarbejde", "Tillid", "Handlekraft", "Bureaukrati");
const statement = column(5, "4", "5 - Helt enig", 3, "Ved ikke", "", 2, "4 (enig)");
const showChoices = (rows: unknown[][]) =>
  rows.map(([option, marks, share]) => `${option} | ${marks} | ${percent(share as number, 0)}`).join("; ");

const examples: [formula: string, result: string, compute: () => string][] = [
  ["=KKR.NPS(A2:A6)", "0", () => danish(KKR.nps(npsScores), 2)],
  ['=KKR.NPS(A2:A6; B2:B6; "drift")', "33,33", () => danish(KKR.nps(npsScores, npsSegments, "drift"), 2)],
  ['=KKR.NPS(A2:A6, B2:B6, "vækst")', "−50", () => danish(KKR.nps(npsScores, npsSegments, "vækst"), 2)],
  [
    '=KKR.NPS(A2:A6; B2:B6; "dirft")',
    '`#VALUE!` "Segment "dirft" findes ikke i segmenterne; de er: "drift", "vækst"."',
    () => {
      try {
        KKR.nps(npsScores, npsSegments, "dirft");
        return "no error";
      } catch (error) {
        const { code, message } = error as { code: string; message: string };
        return `\`${code}\` "${message}"`;
      }
    },
  ],
  ["=KKR.NPS(C2:C6)", "33,33", () => danish(KKR.nps(exportScores.slice(0, 5), no, no, no), 2)],
  [
    '=KKR.NPS(C2:C7; ; ; "kan ikke vurdere")',
    "33,33",
    () => danish(KKR.nps(exportScores, no, no, [["kan ikke vurdere"]]), 2),
  ],
  [
    "=KKR.NPSINTERVAL(A2:A21)",
    "−11,7 | 55,2",
    () => list(KKR.npsInterval(scores(10, 5, 5)), (v) => danish(v, 1)).replace("; ", " | "),
  ],
  [
    "=KKR.NPSINTERVAL(A2:A91)",
    "13,2 | 44,9",
    () => list(KKR.npsInterval(scores(45, 27, 18)), (v) => danish(v, 1)).replace("; ", " | "),
  ],
  ['=KKR.ANDEL(A2:A8; "ja"; "ved ikke")', "60 %", () => percent(KKR.share(answers, [["ja"]], [["ved ikke"]]))],
  ['=KKR.ANDEL(A2:A8; "ja")', "50 %", () => percent(KKR.share(answers, [["ja"]]))],
  [
    '=KKR.SHARE(A2:A8, "ja", "ved ikke", B2:B8, "vækst")',
    "50 %",
    () => percent(KKR.share(answers, [["ja"]], [["ved ikke"]], answerSegments, "vækst")),
  ],
  [
    '=KKR.ANDEL(A2:A8; "ja"; "ved ikke"; ; ; SAND)',
    "60 % | 5",
    () => {
      const [[value, respondents]] = KKR.share(answers, [["ja"]], [["ved ikke"]], no, no, true);
      return `${percent(value)} | ${respondents}`;
    },
  ],
  [
    '=KKR.ANDELSINTERVAL(KKR.ANDEL(A2:A8; "ja"; "ved ikke"; ; ; SAND))',
    "23,1 % | 88,2 %",
    () =>
      list(KKR.shareInterval(KKR.share(answers, [["ja"]], [["ved ikke"]], no, no, true), no, no), (v) =>
        percent(v),
      ).replace("; ", " | "),
  ],
  [
    "=KKR.ANDELSINTERVAL(81/263; 263)",
    "25,5 % | 36,6 %",
    () => list(KKR.shareInterval([[81 / 263]], 263), (v) => percent(v)).replace("; ", " | "),
  ],
  [
    "=KKR.SHAREINTERVAL(0, 20)",
    "0 % | 16,1 %",
    () => list(KKR.shareInterval([[0]], 20), (v) => percent(v)).replace("; ", " | "),
  ],
  [
    "=KKR.ANDELSÆNDRING(0,39; 400; 0,34; 350)",
    "5,0 % | −1,9 % | 11,8 %",
    () =>
      KKR.shareChange([[0.39]], 400, [[0.34]], 350, no)[0]
        .map((v) => percentFixed(v))
        .join(" | "),
  ],
  [
    "=KKR.SHARECHANGE(56/70, 70, 48/80, 80)",
    "20,0 % | 5,2 % | 33,4 %",
    () =>
      KKR.shareChange([[56 / 70]], 70, [[48 / 80]], 80, no)[0]
        .map((v) => percentFixed(v))
        .join(" | "),
  ],
  [
    "=KKR.NPSÆNDRING(A2:A21; B2:B91)",
    "−5 | −44,3 | 29,7",
    () =>
      KKR.npsChange(scores(10, 5, 5), scores(45, 27, 18), no, no, no, no)[0]
        .map((v) => danish(v, 1))
        .join(" | "),
  ],
  ["=KKR.EFFEKTANDEL(A2:C6)", "25 %", () => percent(KKR.effectShare(survey))],
  ['=KKR.EFFEKTANDEL(A2:C6; "middel")', "50 %", () => percent(KKR.effectShare(survey, "middel"))],
  ['=KKR.EFFECTSHARE(A2:C6, "high", TRUE)', "33,3 %", () => percent(KKR.effectShare(survey, "high", true))],
  [
    '=KKR.EFFEKTANDEL(A2:C6; ; ; D2:D6; "grøn omstilling")',
    "50 %",
    () => percent(KKR.effectShare(survey, null, null, topics, "grøn omstilling")),
  ],
  [
    "=KKR.NYANDEL(A2:A5; B2:B3)",
    "66,7 %",
    () => percent(KKR.newShare(column(12345678, "12345678", 87654321, 11111111), column(87654321, 22222222))),
  ],
  [
    '=KKR.SPREDNING(A2:A4; B2:B4; "relativ")',
    "12 %; −8,3 %; −17,5 %",
    () => list(KKR.spread(column(112, 55, 33), population, "relativ"), (v) => percent(v)),
  ],
  [
    '=MAKS(ABS(KKR.SPREDNING(A2:A4; B2:B4; "relativ")))',
    "17,5 %",
    () =>
      percent(
        Math.max(
          ...KKR.spread(column(112, 55, 33), population, "relativ")
            .flat()
            .map(Math.abs),
        ),
      ),
  ],
  [
    '=KKR.SPREAD(A2:A4, B2:B4, "pp")',
    "3 %; −1 %; −2 %",
    () => list(KKR.spread(column(106, 58, 36), population, "pp"), (v) => percent(v)),
  ],
  [
    "=KKR.FORDEL(39010; B2:B20)",
    "the same parts, but Aarhus 10.332",
    () => {
      const parts = KKR.popAlloc(39010, column(...MIDTJYLLAND_2022)).flat();
      const changed = parts.filter((part, index) => part !== MIDTJYLLAND_2022[index]);
      return changed.length === 1 && parts[18] === 10332 ? "the same parts, but Aarhus 10.332" : String(parts);
    },
  ],
  [
    "=KKR.POPALLOC(7500000, B2:B7)",
    "2.406.250; 1.718.750; 1.068.750; 975.000; 743.750; 587.500",
    () => list(KKR.popAlloc(7_500_000, startUpKey), (v) => danish(v, 0)),
  ],
  [
    "=KKR.FORDEL(7500000; B2:B7; -3)",
    "2.406.000; 1.719.000; 1.069.000; 975.000; 744.000; 587.000",
    () => list(KKR.popAlloc(7_500_000, startUpKey, -3), (v) => danish(v, 0)),
  ],
  [
    '=KKR.FORDEL(100; {1;1;2}; 0; {"x";"";""})',
    "0; 33; 67",
    () => list(KKR.popAlloc(100, column(1, 1, 2), 0, column("x", "", "")), (v) => danish(v, 0)),
  ],
  [
    "=KKR.KVOTE(10; A2:A4; B2:B4; C2:C4)",
    "6; 1; 3",
    () =>
      list(KKR.quota(10, column(50, 30, 20), column(10, 10, 0), column(1, 0, 2), no, no, no, no, no), (v) =>
        danish(v, 0),
      ),
  ],
  [
    "=KKR.QUOTA(12, A2:A3, B2:B3, C2:C3, 50, 1000, 100, 10)",
    "7; 5",
    () => list(KKR.quota(12, column(120, 50), column(10, 2), column(1, 0), 50, 1000, 100, 10, no), (v) => danish(v, 0)),
  ],
  [
    "=KKR.OVERDRAG(A2:A4; B2:B4; C2:C4)",
    "0; 10; 0",
    () => list(KKR.transfer(column(3, 5, 2), column("A", "B", "C"), column("B", "", "B")), (v) => danish(v, 0)),
  ],
  ["=KKR.DHONDT(A2:A4; 3)", "3; 0; 0", () => list(KKR.dhondt(column(1000, 310, 290), 3, no), (v) => danish(v, 0))],
  [
    "=KKR.DHONDT(A2:A4; 3; B2:B4)",
    "2; 1; 0",
    () => list(KKR.dhondt(column(1000, 310, 290), 3, column("", "BC", "BC")), (v) => danish(v, 0)),
  ],
  [
    "=KKR.TOTRIN(1000; A2:A4; B2:B4; D2:E6)",
    "46; 28; 19",
    () =>
      list(
        KKR.twoStep(
          1000,
          column("Nordjylland", "Nordjylland", "Nordjylland"),
          column(5, 3, 2),
          [
            ["Hovedstaden", 40],
            ["Midtjylland", 23],
            ["Syddanmark", 21],
            ["Sjælland", 14],
            ["Nordjylland", 10],
          ],
          no,
        ),
        (v) => danish(v, 0),
      ),
  ],
  [
    "=KKR.TOTRIN(10; A2:A7; B2:B7)",
    "2; 2; 2; 1; 2; 1",
    () =>
      list(KKR.twoStep(10, column("A", "A", "B", "B", "C", "C"), column(1, 1, 1, 1, 1, 1), no, no), (v) =>
        danish(v, 0),
      ),
  ],
  [
    "=KKR.FORDEL(10; B2:B7)",
    "2; 2; 2; 2; 1; 1",
    () => list(KKR.popAlloc(10, column(1, 1, 1, 1, 1, 1), no, no), (v) => danish(v, 0)),
  ],
  [
    "=KKR.PLADSER(A2:A4; 6; B2:B4)",
    "3; 2; 1",
    () => list(KKR.seats(column(5000, 3000, 1000), 6, column(2, 1, 1)), (v) => danish(v, 0)),
  ],
  [
    "=KKR.VALG(A2:A6; 5; D2:D5)",
    "Samarbejde | 3 | 75 %; Tillid | 2 | 50 %; Handlekraft | 2 | 50 %; Bureaukrati | 0 | 0 %",
    () => showChoices(KKR.choices(keywordAnswers, 5, keywordOptions, no, no)),
  ],
  [
    "=KKR.CHOICES(A2:A6, , , TRUE)",
    "Samarbejde | 3 | 60 %; Tillid | 2 | 40 %; handlekraft | 2 | 40 %",
    () => showChoices(KKR.choices(keywordAnswers, no, no, true, no)),
  ],
  ["=KKR.SKALAGENNEMSNIT(A2:A9)", "3,83", () => danish(KKR.scaleMean(statement, no, no, no)[0][0], 2)],
  [
    "=KKR.SKALAGENNEMSNIT(A2:A9; ; ; ; SAND)",
    "3,83 | 6",
    () => {
      const [[mean, answered]] = KKR.scaleMean(statement, no, no, no, true);
      return `${danish(mean, 2)} | ${answered}`;
    },
  ],
  [
    "=KKR.SKALAFORDELING(A2:A9; {1;2;3;4;5})",
    "0 % | 17 % | 17 % | 33 % | 33 %",
    () =>
      KKR.scaleDistribution(statement, column(1, 2, 3, 4, 5), no, no)[0]
        .map((v) => percent(v, 0))
        .join(" | "),
  ],
  [
    "=KKR.GENNEMSNITSINTERVAL(A2:A9)",
    "2,61 | 5,06",
    () =>
      KKR.meanInterval(statement, no, no, no)[0]
        .map((v) => danish(v, 2))
        .join(" | "),
  ],
  [
    "=KKR.MEANCHANGE(A2:A9, B2:B6)",
    "0,83 | −0,48 | 2,14",
    () =>
      KKR.meanChange(statement, column(3, 3, 4, 2, 3), no)[0]
        .map((v) => danish(v, 2))
        .join(" | "),
  ],
  [
    '=KKR.KOMMUNER("Fyn")',
    "420 Assens; 430 Faaborg-Midtfyn; … 492 Ærø (9 rows)",
    () => {
      const rows = KKR.municipalities("Fyn");
      const show = (row: unknown[]) => row.join(" ");
      return `${show(rows[0])}; ${show(rows[1])}; … ${show(rows[rows.length - 1])} (${rows.length} rows)`;
    },
  ],
];

describe("the README's worked examples", () => {
  it.each(examples)("%s → %s", (formula, result, compute) => {
    expect(readme).toContain(`\`${formula}\` → ${result}`);
    expect(compute()).toBe(result);
  });

  it("are all in this test", () => {
    const shown = [...readme.matchAll(/`(=[^`]*KKR\.[^`]*)` →/g)].map((match) => match[1]);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((formula) => !examples.some(([tested]) => tested === formula))).toEqual([]);
  });
});
