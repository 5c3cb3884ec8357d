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

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeOnce(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The median of `runs` timed runs, after one untimed run so that the JIT has compiled the code. */
function medianMs(work: () => unknown, runs = RUNS): number {
  work();
  return median(Array.from({ length: runs }, () => timeOnce(work)));
}

/**
 * A function against its bare loop, timed in alternation after a warm-up of both: each run's ratio is taken
 * at one moment of a shared machine, and the median of those ratios is reported (two medians taken apart
 * moved by half between runs when another process woke up in between).
 */
function paired(work: () => unknown, bare: () => unknown): { ms: number; bareMs: number; ratio: number } {
  work();
  bare();
  const runs = Array.from({ length: RUNS }, () => [timeOnce(work), timeOnce(bare)]);
  return {
    ms: median(runs.map(([ms]) => ms)),
    bareMs: median(runs.map(([, bareMs]) => bareMs)),
    ratio: median(runs.map(([ms, bareMs]) => ms / bareMs)),
  };
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

const spillOf = (answers: unknown[][]) => shareResult(shareCounts(answers, "ja", { excluded: "ved ikke" }), true);
const pairs = {
  nps: paired(
    () => nps(scores),
    () => bareNps(scores),
  ),
  labelledNps: paired(
    () => nps(labelledScores),
    () => bareLabelledNps(labelledScores),
  ),
  share: paired(
    () => share(referral, "ja", { excluded: "ved ikke" }),
    () => bareShare(referral, REFERRAL_VERDICTS),
  ),
  effect: paired(
    () => effectShare(effectAnswers, { segments, segment: "vækst" }),
    () => bareShare(effectAnswers, EFFECT_VERDICTS, segments),
  ),
  shareChange: paired(
    () => shareChange(spillOf(referral), undefined, spillOf(baseReferral), undefined),
    () => bareShare(referral, REFERRAL_VERDICTS) - bareShare(baseReferral, REFERRAL_VERDICTS),
  ),
  npsChange: paired(
    () => npsChange(labelledScores, scores),
    () => bareLabelledNps(labelledScores) - bareNps(scores),
  ),
  choices: paired(
    () => choices(keywordCells),
    () => bareChoices(keywordCells),
  ),
  scaleMean: paired(
    () => scaleMean(statementAnswers),
    () => bareScaleMean(statementAnswers),
  ),
};
const timed = {
  npsInterval: medianMs(() => npsInterval(scores)),
  newShare: medianMs(() => newShare(firms, previousFirms)),
  spread: medianMs(() => spread(activity, population.slice(0, 98), "relativ")),
  popAlloc: medianMs(() => popAlloc(39_010_000_000, weights, { decimals: -3 }), BIG_RUNS),
  quota: medianMs(() => quota(4_000, population, immigrants, familyReunified), BIG_RUNS),
};

/** A function's row and its bare loop's row. */
const pairRows = (name: string, pair: (typeof pairs)["nps"], bare: string): [string, number, string?][] => [
  [name, pair.ms, `${pair.ratio.toFixed(2)}× bare loop`],
  [`  ${bare}`, pair.bareMs],
];
const rows: [string, number, string?][] = [
  ...pairRows(`NPS, ${count(SIZE)} cells`, pairs.nps, "bare promoter/detractor loop, same cells"),
  ...pairRows(
    `NPS, export labels and "Ved ikke", ${count(SIZE)} cells`,
    pairs.labelledNps,
    "bare loop with the labels' scores looked up",
  ),
  ...pairRows(`SHARE, ${count(SIZE)} answers`, pairs.share, "bare counting loop, same cells"),
  ...pairRows(
    `EFFECTSHARE by segment, ${count(SIZE)} answers`,
    pairs.effect,
    "bare counting loop with the segment test",
  ),
  [`NPSINTERVAL, ${count(SIZE)} cells`, timed.npsInterval, `${(timed.npsInterval / pairs.nps.ms).toFixed(2)}× NPS`],
  ...pairRows(
    `SHARECHANGE of two SHAREs, ${count(SIZE)} + ${count(SIZE)}`,
    pairs.shareChange,
    "bare counting loops over both years",
  ),
  ...pairRows(
    `NPSCHANGE, labelled ${count(SIZE)} against ${count(SIZE)}`,
    pairs.npsChange,
    "bare NPS loops over both years",
  ),
  ...pairRows(`CHOICES, ${count(SIZE)} keyword cells`, pairs.choices, "bare loop with each cell's marks looked up"),
  ...pairRows(`SCALEMEAN, ${count(SIZE)} answers`, pairs.scaleMean, "bare loop with each answer's point looked up"),
  [`NEWSHARE, ${count(FIRMS)} + ${count(FIRMS)} CVR numbers`, timed.newShare],
  ["SPREAD, 98 municipalities", timed.spread],
  [`POPALLOC, ${count(SIZE)} rows`, timed.popAlloc, `${(timed.popAlloc / pairs.nps.ms).toFixed(1)}× NPS`],
  [`QUOTA, ${count(SIZE)} rows`, timed.quota, `${(timed.quota / pairs.nps.ms).toFixed(1)}× NPS`],
];

console.log(
  `node ${process.version}, median of ${RUNS} runs (${BIG_RUNS} for POPALLOC and QUOTA); ratios: median of paired runs`,
);
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
