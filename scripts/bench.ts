/**
 * `npm run bench`: times the calculations on inputs shaped as Excel passes them (rows of cells). The survey
 * functions are compared with a bare loop that only counts the same cells in the same run, so the ratios,
 * not the milliseconds, are the figures to compare across machines. Prints the median of several runs.
 */
import { performance } from "node:perf_hooks";
import { effectShare, newShare, nps, npsInterval, popAlloc, quota, share, spread } from "../src/core";
import { measurePaneLoad } from "./paneLoad";

const RUNS = 7;
const BIG_RUNS = 3;
const MILLION = 1_000_000;

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function medianMs(work: () => unknown, runs = RUNS): number {
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

const scores = columnOf(MILLION, () => (next() < 0.02 ? "" : Math.floor(next() * 11)));
const referral = columnOf(MILLION, () => pick(["ja", "nej", "ved ikke", "", "Ja"]));
const effectAnswers = columnOf(MILLION, () =>
  pick(["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", ""]),
);
const segments = columnOf(MILLION, () => pick(["drift", "vækst"]));
const weights = columnOf(MILLION, () => Math.floor(next() * 1_000_000));
const population = columnOf(MILLION, () => 1_800 + Math.floor(next() * 650_000));
const immigrants = population.map(([p]) => [Math.floor(p * next() * 0.15)]);
const familyReunified = population.map(() => [Math.floor(next() * 40)]);
const activity = population.slice(0, 98).map(([p]) => [Math.floor(p / 1000 + next() * 50)]);
const firms = columnOf(100_000, () => 10_000_000 + Math.floor(next() * 80_000));
const previousFirms = columnOf(100_000, () => 10_000_000 + Math.floor(next() * 80_000));

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

/** The least a share must do: count the non-blank, non-excluded cells and the counted ones. */
function bareShare(
  grid: unknown[][],
  counted: string,
  excluded: string,
  filter?: unknown[][],
  wanted?: string,
): number {
  let hits = 0;
  let respondents = 0;
  for (let row = 0; row < grid.length; row++) {
    if (filter && filter[row][0] !== wanted) continue;
    const cell = grid[row][0];
    if (cell === "" || cell === excluded) continue;
    respondents++;
    if (cell === counted) hits++;
  }
  return hits / respondents;
}

const timed = {
  nps: medianMs(() => nps(scores)),
  bareNps: medianMs(() => bareNps(scores)),
  share: medianMs(() => share(referral, "ja", { excluded: "ved ikke" })),
  bareShare: medianMs(() => bareShare(referral, "ja", "ved ikke")),
  effect: medianMs(() => effectShare(effectAnswers, { segments, segment: "vækst" })),
  bareEffect: medianMs(() => bareShare(effectAnswers, "i høj grad", "", segments, "vækst")),
  npsInterval: medianMs(() => npsInterval(scores)),
  newShare: medianMs(() => newShare(firms, previousFirms)),
  spread: medianMs(() => spread(activity, population.slice(0, 98), "relativ")),
  popAlloc: medianMs(() => popAlloc(39_010_000_000, weights, { decimals: -3 }), BIG_RUNS),
  quota: medianMs(() => quota(4_000, population, immigrants, familyReunified), BIG_RUNS),
};

const rows: [string, number, string?][] = [
  ["NPS, 1,000,000 cells", timed.nps, `${(timed.nps / timed.bareNps).toFixed(2)}× bare loop`],
  ["  bare promoter/detractor loop, same cells", timed.bareNps],
  ["SHARE, 1,000,000 answers", timed.share, `${(timed.share / timed.bareShare).toFixed(2)}× bare loop`],
  ["  bare counting loop, same cells", timed.bareShare],
  [
    "EFFECTSHARE by segment, 1,000,000 answers",
    timed.effect,
    `${(timed.effect / timed.bareEffect).toFixed(2)}× bare loop`,
  ],
  ["  bare counting loop with the segment test", timed.bareEffect],
  ["NPSINTERVAL, 1,000,000 cells", timed.npsInterval, `${(timed.npsInterval / timed.nps).toFixed(2)}× NPS`],
  ["NEWSHARE, 100,000 + 100,000 CVR numbers", timed.newShare],
  ["SPREAD, 98 municipalities", timed.spread],
  ["POPALLOC, 1,000,000 rows", timed.popAlloc, `${(timed.popAlloc / timed.nps).toFixed(1)}× NPS`],
  ["QUOTA, 1,000,000 rows", timed.quota, `${(timed.quota / timed.nps).toFixed(1)}× NPS`],
];

console.log(`node ${process.version}, median of ${RUNS} runs (${BIG_RUNS} for the 1,000,000-row POPALLOC and QUOTA)`);
for (const [name, ms, ratio = ""] of rows) {
  console.log(`${name.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${ratio}`);
}

/** The pane's load: what a user downloads and how soon the first screen can be used. */
async function paneLoad(): Promise<void> {
  const { chunks, firstScreenMs } = await measurePaneLoad();
  console.log("\ntask pane (production build)");
  for (const { file, raw, gzip } of chunks) {
    console.log(
      `${file.padEnd(46)} ${(raw / 1024).toFixed(0).padStart(6)} KB raw ${(gzip / 1024).toFixed(0).padStart(6)} KB gzip`,
    );
  }
  console.log(
    `${"first screen usable, 4× CPU throttling".padEnd(46)} ${firstScreenMs.toFixed(0).padStart(9)} ms (median of 5)`,
  );
}

paneLoad().catch((error) => {
  console.error(error);
  process.exit(1);
});
