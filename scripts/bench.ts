/**
 * `npm run bench`: times the four calculations on inputs shaped as Excel passes them (rows of cells),
 * and compares NPS with a bare loop that only counts promoters and detractors in the same array.
 * Prints the median of several runs; compare figures only within one run (ratios), not across machines.
 */
import { performance } from "node:perf_hooks";
import { effectShare, nps, popAlloc, quota } from "../src/core";

const RUNS = 7;

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function medianMs(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const next = random(2026);
const scores = Array.from({ length: 1_000_000 }, () => [next() < 0.02 ? "" : Math.floor(next() * 11)]);
const answerTexts = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", ""];
const answers = Array.from({ length: Math.ceil(1_000_000 / 7) }, () =>
  Array.from({ length: 7 }, () => answerTexts[Math.floor(next() * answerTexts.length)]),
);
const weights = Array.from({ length: 10_000 }, () => [Math.floor(next() * 1_000_000)]);
const population = Array.from({ length: 98 }, () => [1_800 + Math.floor(next() * 650_000)]);
const immigrants = population.map(([p]) => [Math.floor(p * next() * 0.15)]);
const familyReunified = population.map(() => [Math.floor(next() * 40)]);

function bareLoop(grid: unknown[][]): number {
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

const bare = medianMs(() => bareLoop(scores));
const results: [string, number][] = [
  ["NPS, 1,000,000 cells", medianMs(() => nps(scores))],
  ["bare promoter/detractor loop, same cells", bare],
  ["EFFECTSHARE, 1,000,000 cells (7 per row)", medianMs(() => effectShare(answers))],
  ["POPALLOC, 10,000 rows", medianMs(() => popAlloc(39_010_000, weights, { decimals: -3 }))],
  ["QUOTA, 98 rows", medianMs(() => quota(4_000, population, immigrants, familyReunified))],
];

console.log(`node ${process.version}, median of ${RUNS} runs`);
for (const [name, ms] of results) console.log(`${name.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms`);
console.log(`NPS / bare loop: ${(results[0][1] / bare).toFixed(2)}×`);
