/**
 * `npm run bench`: times the calculations on inputs shaped as Excel passes them (rows of cells). The survey
 * functions are compared with a bare loop that only counts the same cells in the same run, so the ratios,
 * not the milliseconds, are the figures to compare across machines. Prints the median of several runs.
 * BENCH_SIZE=1000 runs it at a tiny size, once per measurement: what the test of this script does, so that
 * a busy machine never makes it slow.
 */
import { performance } from "node:perf_hooks";
import {
  choices,
  scaleMean,
  effectShare,
  newShare,
  npsChange,
  nps,
  npsInterval,
  popAlloc,
  quota,
  share,
  shareChange,
  shareCounts,
  shareResult,
  spread,
} from "../src/core";
import { measurePaneLoad } from "./paneLoad";

const MILLION = 1_000_000;
const SIZE = benchSize(process.env.BENCH_SIZE);
const TINY = SIZE < MILLION;
const RUNS = TINY ? 1 : 7;
const BIG_RUNS = TINY ? 1 : 3;
const FIRMS = Math.max(1, Math.floor(SIZE / 10));

function benchSize(value: string | undefined): number {
  if (value === undefined || value === "") return MILLION;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 98) {
    console.error(
      `BENCH_SIZE skal være et helt tal på mindst 98 / must be a whole number of at least 98 (got "${value}")`,
    );
    process.exit(2);
  }
  return size;
}

const count = (value: number): string => value.toLocaleString("en");

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The median of `runs` timed runs, after one untimed run so that the JIT has compiled the code. */
function medianMs(work: () => unknown, runs = RUNS): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const next = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
const columnOf = <T>(count: number, make: () => T): T[][] => Array.from({ length: count }, () => [make()]);

const scores = columnOf(SIZE, () => (next() < 0.02 ? "" : Math.floor(next() * 11)));
/** The recommend column as exports write it: the ends as labels, "Ved ikke", blanks, the rest numbers. */
const labelledScores = scores.map(([score]) =>
  next() < 0.05
    ? ["Ved ikke"]
    : [score === 10 ? "10 - Meget sandsynligt" : score === 0 ? "0 - Slet ikke sandsynligt" : score],
);
/** What a bare loop over that column is given ready-made: each text's score, or -1 for no respondent. */
const LABEL_SCORES = new Map<unknown, number>([
  ["10 - Meget sandsynligt", 10],
  ["0 - Slet ikke sandsynligt", 0],
  ["Ved ikke", -1],
  ["", -1],
]);
const referral = columnOf(SIZE, () => pick(["ja", "nej", "ved ikke", "", "Ja"]));
const baseReferral = columnOf(SIZE, () => pick(["ja", "nej", "ved ikke", "", "Ja"]));
const effectAnswers = columnOf(SIZE, () =>
  pick(["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", ""]),
);
const segments = columnOf(SIZE, () => pick(["drift", "vækst"]));
/** The member survey: keyword marks in one cell per respondent, and a 1-5 statement as exports write it. */
const KEYWORD_CELLS = ["Samarbejde; Tillid", "Handlekraft", "Tillid; Bureaukrati; Samarbejde", "", "Politik"];
const keywordCells = columnOf(SIZE, () => pick(KEYWORD_CELLS));
const statementAnswers = columnOf(SIZE, () => pick([1, 2, 3, 4, 5, "5 - Helt enig", "Ved ikke", ""]));
const weights = columnOf(SIZE, () => Math.floor(next() * 1_000_000));
const population = columnOf(SIZE, () => 1_800 + Math.floor(next() * 650_000));
const immigrants = population.map(([p]) => [Math.floor(p * next() * 0.15)]);
const familyReunified = population.map(() => [Math.floor(next() * 40)]);
const activity = population.slice(0, 98).map(([p]) => [Math.floor(p / 1000 + next() * 50)]);
const firms = columnOf(FIRMS, () => 10_000_000 + Math.floor(next() * 80_000));
const previousFirms = columnOf(FIRMS, () => 10_000_000 + Math.floor(next() * 80_000));

/** The least any NPS must do: look at every cell once and count. */
function bareNps(grid: unknown[][]): number {
  let promoters = 0;
  let detractors = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell !== "number") continue;
      if (cell >= 9) promoters++;
      else if (cell <= 6) detractors++;
    }
  }
  return promoters - detractors;
}

/** The bare NPS loop over labelled answers: a number as it is, a text by a ready lookup. */
function bareLabelledNps(grid: unknown[][]): number {
  let promoters = 0;
  let detractors = 0;
  for (const row of grid) {
    for (const cell of row) {
      const score = typeof cell === "number" ? cell : (LABEL_SCORES.get(cell) ?? -1);
      if (score < 0) continue;
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
  }
  return promoters - detractors;
}

/**
 * The least a share must do to give the same count: each distinct answer's verdict is known in advance
 * (1 counted, 0 another answer, -1 no respondent), so the loop is one lookup and two additions per cell.
 * A plain === against the counted text would not do the same count: SHARE also counts "Ja" as "ja", and
 * the segment filter takes "Vækst" for "vækst"; so the segment's verdicts are looked up as well.
 */
function bareShare(grid: unknown[][], verdicts: Map<unknown, number>, filter?: unknown[][]): number {
  let hits = 0;
  let respondents = 0;
  for (let row = 0; row < grid.length; row++) {
    if (filter && SEGMENT_VERDICTS.get(filter[row][0]) !== true) continue;
    const verdict = verdicts.get(grid[row][0]) ?? -1;
    if (verdict < 0) continue;
    respondents++;
    hits += verdict;
  }
  return hits / respondents;
}

const SEGMENT_VERDICTS = new Map<unknown, boolean>([
  ["vækst", true],
  ["drift", false],
]);
/** What a bare loop over the keyword cells is given ready-made: each distinct cell's marks, as positions. */
const KEYWORD_MARKS = new Map<unknown, number[]>([
  ["Samarbejde; Tillid", [0, 1]],
  ["Handlekraft", [2]],
  ["Tillid; Bureaukrati; Samarbejde", [1, 3, 0]],
  ["", []],
  ["Politik", [4]],
]);

/** The least CHOICES must do: per cell, add its known marks and count it if it has any. */
function bareChoices(grid: unknown[][]): number {
  const counts = [0, 0, 0, 0, 0];
  let respondents = 0;
  for (const [cell] of grid) {
    const marks = KEYWORD_MARKS.get(cell) ?? [];
    if (marks.length > 0) respondents++;
    for (const mark of marks) counts[mark]++;
  }
  return counts[0] / respondents;
}

/** What a bare loop over the statement is given ready-made: each distinct answer's point, or -1. */
const STATEMENT_POINTS = new Map<unknown, number>([
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
  ["5 - Helt enig", 5],
  ["Ved ikke", -1],
  ["", -1],
]);

/** The least SCALEMEAN must do: add the known points of the answered cells. */
function bareScaleMean(grid: unknown[][]): number {
  let sum = 0;
  let n = 0;
  for (const [cell] of grid) {
    const point = STATEMENT_POINTS.get(cell) ?? -1;
    if (point < 0) continue;
    sum += point;
    n++;
  }
  return sum / n;
}

const REFERRAL_VERDICTS = new Map<unknown, number>([
  ["ja", 1],
  ["Ja", 1],
  ["nej", 0],
  ["ved ikke", -1],
  ["", -1],
]);
const EFFECT_VERDICTS = new Map<unknown, number>([
  ["i høj grad", 1],
  ["i nogen grad", 0],
  ["i lav grad", 0],
  ["slet ikke", 0],
  ["ved ikke", 0],
  ["", -1],
]);

const timed = {
  nps: medianMs(() => nps(scores)),
  bareNps: medianMs(() => bareNps(scores)),
  labelledNps: medianMs(() => nps(labelledScores)),
  bareLabelledNps: medianMs(() => bareLabelledNps(labelledScores)),
  share: medianMs(() => share(referral, "ja", { excluded: "ved ikke" })),
  bareShare: medianMs(() => bareShare(referral, REFERRAL_VERDICTS)),
  effect: medianMs(() => effectShare(effectAnswers, { segments, segment: "vækst" })),
  bareEffect: medianMs(() => bareShare(effectAnswers, EFFECT_VERDICTS, segments)),
  npsInterval: medianMs(() => npsInterval(scores)),
  shareChange: medianMs(() => {
    const spill = (answers: unknown[][]) => shareResult(shareCounts(answers, "ja", { excluded: "ved ikke" }), true);
    return shareChange(spill(referral), undefined, spill(baseReferral), undefined);
  }),
  bareShareChange: medianMs(() => bareShare(referral, REFERRAL_VERDICTS) - bareShare(baseReferral, REFERRAL_VERDICTS)),
  choices: medianMs(() => choices(keywordCells)),
  bareChoices: medianMs(() => bareChoices(keywordCells)),
  scaleMean: medianMs(() => scaleMean(statementAnswers)),
  bareScaleMean: medianMs(() => bareScaleMean(statementAnswers)),
  npsChange: medianMs(() => npsChange(labelledScores, scores)),
  bareNpsChange: medianMs(() => bareLabelledNps(labelledScores) - bareNps(scores)),
  newShare: medianMs(() => newShare(firms, previousFirms)),
  spread: medianMs(() => spread(activity, population.slice(0, 98), "relativ")),
  popAlloc: medianMs(() => popAlloc(39_010_000_000, weights, { decimals: -3 }), BIG_RUNS),
  quota: medianMs(() => quota(4_000, population, immigrants, familyReunified), BIG_RUNS),
};

const rows: [string, number, string?][] = [
  [`NPS, ${count(SIZE)} cells`, timed.nps, `${(timed.nps / timed.bareNps).toFixed(2)}× bare loop`],
  ["  bare promoter/detractor loop, same cells", timed.bareNps],
  [
    `NPS, export labels and "Ved ikke", ${count(SIZE)} cells`,
    timed.labelledNps,
    `${(timed.labelledNps / timed.bareLabelledNps).toFixed(2)}× bare loop`,
  ],
  ["  bare loop with the labels' scores looked up", timed.bareLabelledNps],
  [`SHARE, ${count(SIZE)} answers`, timed.share, `${(timed.share / timed.bareShare).toFixed(2)}× bare loop`],
  ["  bare counting loop, same cells", timed.bareShare],
  [
    `EFFECTSHARE by segment, ${count(SIZE)} answers`,
    timed.effect,
    `${(timed.effect / timed.bareEffect).toFixed(2)}× bare loop`,
  ],
  ["  bare counting loop with the segment test", timed.bareEffect],
  [`NPSINTERVAL, ${count(SIZE)} cells`, timed.npsInterval, `${(timed.npsInterval / timed.nps).toFixed(2)}× NPS`],
  [
    `SHARECHANGE of two SHAREs, ${count(SIZE)} + ${count(SIZE)}`,
    timed.shareChange,
    `${(timed.shareChange / timed.bareShareChange).toFixed(2)}× bare loop`,
  ],
  ["  bare counting loops over both years", timed.bareShareChange],
  [
    `NPSCHANGE, labelled ${count(SIZE)} against ${count(SIZE)}`,
    timed.npsChange,
    `${(timed.npsChange / timed.bareNpsChange).toFixed(2)}× bare loop`,
  ],
  ["  bare NPS loops over both years", timed.bareNpsChange],
  [
    `CHOICES, ${count(SIZE)} keyword cells`,
    timed.choices,
    `${(timed.choices / timed.bareChoices).toFixed(2)}× bare loop`,
  ],
  ["  bare loop with each cell's marks looked up", timed.bareChoices],
  [
    `SCALEMEAN, ${count(SIZE)} answers`,
    timed.scaleMean,
    `${(timed.scaleMean / timed.bareScaleMean).toFixed(2)}× bare loop`,
  ],
  ["  bare loop with each answer's point looked up", timed.bareScaleMean],
  [`NEWSHARE, ${count(FIRMS)} + ${count(FIRMS)} CVR numbers`, timed.newShare],
  ["SPREAD, 98 municipalities", timed.spread],
  [`POPALLOC, ${count(SIZE)} rows`, timed.popAlloc, `${(timed.popAlloc / timed.nps).toFixed(1)}× NPS`],
  [`QUOTA, ${count(SIZE)} rows`, timed.quota, `${(timed.quota / timed.nps).toFixed(1)}× NPS`],
];

console.log(`node ${process.version}, median of ${RUNS} runs (${BIG_RUNS} for POPALLOC and QUOTA)`);
for (const [name, ms, ratio = ""] of rows) {
  console.log(`${name.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${ratio}`);
}

/** The pane's load: what a user downloads and how soon the first screen can be used, against the floor page. */
async function paneLoad(): Promise<void> {
  const { chunks, pane, floor, runs } = await measurePaneLoad(TINY ? 1 : 5);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} KB`;
  console.log("\ntask pane (production build)");
  for (const { file, raw, gzip } of chunks) console.log(`${file.padEnd(46)} ${kb(raw)} raw ${kb(gzip)} gzip`);
  console.log(`\nfirst screen, 4× CPU throttling, a fresh browser per run, median of ${runs}`);
  for (const [name, load] of [
    ["task pane", pane],
    ["floor page (React, FluentProvider, one Button)", floor],
  ] as const) {
    console.log(
      `${name.padEnd(46)} ${kb(load.firstScreenGzip)} gzip ${load.firstScreenMs.toFixed(0).padStart(6)} ms  (${load.firstScreenFiles.join(", ")})`,
    );
  }
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
  console.log(
    `${"task pane ÷ floor".padEnd(46)} ${ratio(pane.firstScreenGzip, floor.firstScreenGzip).padStart(9)} bytes ${ratio(pane.firstScreenMs, floor.firstScreenMs).padStart(6)} time`,
  );
}

paneLoad().catch((error) => {
  console.error(error);
  process.exit(1);
});
