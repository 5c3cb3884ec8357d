/**
 * The task pane's load, for `npm run bench`, against its floor (scripts/floor: React, FluentProvider and
 * one Button, built with the same settings): every production chunk's bytes (raw and gzip), the bytes the
 * first screen fetches (gzip), and the time from navigation to a usable first screen (the insert button
 * enabled) in headless Chromium at 4× CPU throttling, a fresh browser for each run, median of `runs`.
 * office.js is answered by the browser test's stand-in.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openHarness, projectRoot } from "../tests/e2e/harness";

const root = projectRoot();
const ADDIN_URL = "https://kkr.kommune.example/tilfoejelse";

export interface PageLoad {
  /** The JavaScript files the page fetched before it was usable, and their gzip bytes in all. */
  firstScreenFiles: string[];
  firstScreenGzip: number;
  firstScreenMs: number;
}

export interface PaneLoad {
  chunks: { file: string; raw: number; gzip: number }[];
  pane: PageLoad;
  floor: PageLoad;
  runs: number;
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
/** A chunk named without its content hash, so a run reads the same as the one before. */
const unhashed = (file: string): string => file.replace(/\.[0-9a-f]{8}\.js$/, ".js");

function build(args: string[], output: string): void {
  const run = spawnSync("npx", ["webpack", "--mode", "production", ...args], {
    cwd: root,
    env: { ...process.env, ADDIN_URL, OUTPUT_DIR: output },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}${run.stderr}`);
}

/**
 * One load in a fresh browser: when the insert button was enabled, and the scripts that had arrived by then
 * (a view loaded after the first screen does not count).
 */
async function loadOnce(folder: string, page: string): Promise<{ files: string[]; ms: number }> {
  const harness = await openHarness(folder, join(root, ".tmp", "bench-standin"));
  try {
    const cdp = await harness.browser.newCDPSession(harness.page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await harness.page.goto(`${harness.origin}/${page}`);
    const usable = await harness.page.waitForFunction(() => {
      const ready = Array.from(document.querySelectorAll("button")).some(
        (button) => button.textContent === "Indsæt i projektmappen" && !button.disabled,
      );
      if (!ready) return false;
      const ms = performance.now();
      const arrived = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith(".js") && entry.responseEnd > 0 && entry.responseEnd <= ms)
        .map((entry) => new URL(entry.name).pathname.split("/").pop() as string);
      return { ms, files: arrived };
    });
    const { ms, files } = (await usable.jsonValue()) as { ms: number; files: string[] };
    return { files: files.filter((file) => file !== "office.js").sort(), ms };
  } finally {
    await harness.close();
  }
}

async function measurePage(folder: string, page: string, runs: number): Promise<PageLoad> {
  const loads = [];
  for (let run = 0; run < runs; run++) loads.push(await loadOnce(folder, page));
  const files = loads[0].files;
  const times = loads.map((load) => load.ms).sort((a, b) => a - b);
  return {
    firstScreenFiles: files.map(unhashed),
    firstScreenGzip: files.reduce((sum, file) => sum + gzipSize(join(folder, file)), 0),
    firstScreenMs: times[Math.floor(runs / 2)],
  };
}

export async function measurePaneLoad(runs: number): Promise<PaneLoad> {
  const paneFolder = join(root, ".tmp", "bench-dist");
  const floorFolder = join(root, ".tmp", "bench-floor");
  build([], ".tmp/bench-dist");
  build(["--config", "scripts/floor/floor.webpack.cjs"], ".tmp/bench-floor");
  const chunks = readdirSync(paneFolder)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({
      file: unhashed(file),
      raw: readFileSync(join(paneFolder, file)).length,
      gzip: gzipSize(join(paneFolder, file)),
    }));
  const pane = await measurePage(paneFolder, "taskpane.html", runs);
  const floor = await measurePage(floorFolder, "floor.html", runs);
  return { chunks, pane, floor, runs };
}
