/**
 * The scripts the README documents, run as a newcomer would. `npm run bench` runs to the end and reports
 * every function, each survey function with its ratio to the bare loop (times are not asserted: a benchmark
 * is a script, not a test). `npm run schema` writes the JSON Schema the template files point at.
 */
import { spawnSync } from "child_process";
import { WAIT_MS, runWaiting } from "../limits";
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import JSZip from "jszip";

const root = join(__dirname, "..", "..");

/** An npm script run to its end, with its exit code and output, for a test of what it refuses. */
const npmScript = (args: string[], env: Record<string, string> = {}) =>
  spawnSync("npm", ["run", "--silent", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: WAIT_MS,
    env: { ...process.env, ...env },
  });

describe("npm run bench", () => {
  it("reports every function with its ratio, and the pane's load, at the tiny size BENCH_SIZE sets", () => {
    const output = runWaiting("npm run bench at BENCH_SIZE=1000", "npm", ["run", "--silent", "bench"], {
      cwd: root,
      env: { ...process.env, BENCH_SIZE: "1000" },
    });
    for (const row of [
      /median of 1 runs/,
      /NPS, 1,000 cells +[\d.]+ ms +[\d.]+× bare loop/,
      /SHARE, 1,000 answers +[\d.]+ ms +[\d.]+× bare loop/,
      /EFFECTSHARE by segment, 1,000 answers +[\d.]+ ms +[\d.]+× bare loop/,
      /NPSINTERVAL, 1,000 cells +[\d.]+ ms/,
      /NEWSHARE, 100 \+ 100 CVR numbers +[\d.]+ ms/,
      /SPREAD, 98 municipalities +[\d.]+ ms/,
      /POPALLOC, 1,000 rows +[\d.]+ ms +[\d.]+× NPS/,
      /QUOTA, 1,000 rows +[\d.]+ ms +[\d.]+× NPS/,
      /taskpane\.js +\d+ KB raw +\d+ KB gzip/,
      /functions\.js +\d+ KB raw +\d+ KB gzip/,
      /own-goals\.js +\d+ KB raw +\d+ KB gzip/,
      /first screen, 4× CPU throttling, a fresh browser per run, median of 1/,
      /task pane +\d+ KB gzip +\d+ ms {2}\(.*functions\.js.*taskpane\.js.*\)/,
      /floor page \(React, FluentProvider, one Button\) +\d+ KB gzip +\d+ ms {2}\(floor\.js\)/,
      /task pane ÷ floor +[\d.]+× bytes +[\d.]+× time/,
    ]) {
      expect(output).toMatch(row);
    }
  });

  it("refuses a BENCH_SIZE that is no size", () => {
    const result = npmScript(["bench"], { BENCH_SIZE: "lille" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'BENCH_SIZE skal være et helt tal på mindst 98 / must be a whole number of at least 98 (got "lille")',
    );
  });
});

describe("npm run schema", () => {
  it("writes the JSON Schema that is committed", () => {
    const file = join(root, "schema", "goal-template.schema.json");
    const before = readFileSync(file, "utf8");
    const output = runWaiting("npm run schema", "npm", ["run", "--silent", "schema"], { cwd: root });
    expect(output).toContain("goal-template.schema.json");
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("the source files", () => {
  it("are none over 600 lines", () => {
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const long = files(join(root, "src"))
      .filter((path) => /\.(tsx?|json)$/.test(path))
      .map((path) => [path.slice(root.length + 1), readFileSync(path, "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 600);
    expect(long).toEqual([]);
  });
});

describe("the closing count of npm test", () => {
  const { countFromProgress } = require("../../scripts/progressReporter.cjs") as {
    countFromProgress(text: string): { passed: number; failed: number; missing: string[] };
  };
  const lines = (...entries: object[]) => entries.map((entry) => JSON.stringify(entry)).join("\n");

  it("adds up the suites' results, a skipped test and a suite that cannot load each counting as failed", () => {
    const text = lines(
      { event: "run", suites: 3 },
      { event: "start", path: "a" },
      { event: "result", path: "a", passed: 10, failed: 1, broken: false },
      { event: "start", path: "b" },
      { event: "result", path: "b", passed: 0, failed: 0, broken: true },
      { event: "start", path: "c" },
      { event: "result", path: "c", passed: 4, failed: 0, broken: false },
    );
    expect(countFromProgress(text)).toEqual({ passed: 14, failed: 2, missing: [] });
  });

  it("counts a suite that started and never reported, and suites never started, as failed when jest dies", () => {
    const text = `${lines(
      { event: "run", suites: 5 },
      { event: "start", path: "a" },
      { event: "result", path: "a", passed: 7, failed: 0, broken: false },
      { event: "start", path: "b" },
    )}\n{"event":"resu`; // cut off mid-line
    // b started and never ended; c, d and e never started.
    expect(countFromProgress(text)).toEqual({ passed: 7, failed: 4, missing: ["b"] });
    expect(countFromProgress("")).toEqual({ passed: 0, failed: 1, missing: [] });
  });

  it("survives a jest killed mid-run: npm test ends non-zero with the tests that did run counted", () => {
    // Two suites in band and in order of name: the first passes, the second kills jest's own process.
    const result = spawnSync(
      "node",
      [
        "scripts/test.mjs",
        "--jest-only",
        "--runInBand",
        "--testSequencer=./tests/fixtures/killed/sequencer.cjs",
        "--testMatch=**/tests/fixtures/killed/*.fixture.ts",
      ],
      {
        cwd: root,
        encoding: "utf8",
        timeout: WAIT_MS,
        env: { ...process.env, KKR_PROGRESS_FILE: join(root, ".tmp", "killed", "progress.jsonl") },
      },
    );
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    const closing = result.stdout.trimEnd().split("\n").at(-1);
    expect(closing).toBe("2 passed, 1 failed");
  });
});

describe("npm run test:busy", () => {
  it("runs npm test beside two CPU-burning processes and ends with npm test's count", () => {
    const output = runWaiting(
      "npm run test:busy on one fixture suite",
      "npm",
      ["run", "--silent", "test:busy", "--", "--jest-only", "--testMatch=**/tests/fixtures/killed/a-passes.fixture.ts"],
      { cwd: root, env: { ...process.env, KKR_PROGRESS_FILE: join(root, ".tmp", "busy", "progress.jsonl") } },
    );
    expect(output).toContain("test:busy: 2 CPU-burning processes started");
    expect(output).toMatch(/test:busy: npm test took \d+ s with 2 cores busy/);
    expect(output.trimEnd().split("\n").at(-1)).toBe("2 passed, 0 failed");
  });
});

describe("npm run manifest", () => {
  const manifests = require("../../scripts/manifest.cjs") as { manifestProblems(xml: string, url?: string): string[] };

  it("writes manifest.xml for the address a release package is hosted at, passing the offline rules", () => {
    const out = join(root, ".tmp", "manifest-test.xml");
    const output = runWaiting(
      "npm run manifest",
      "npm",
      ["run", "--silent", "manifest", "--", "https://addins.region.example/kkr"],
      {
        cwd: root,
        env: { ...process.env, MANIFEST_OUT: out },
      },
    );
    expect(output).toContain("manifest.xml for / til https://addins.region.example/kkr");
    const xml = readFileSync(out, "utf8");
    expect(xml).toContain("https://addins.region.example/kkr/taskpane.html");
    expect(manifests.manifestProblems(xml, "https://addins.region.example/kkr")).toEqual([]);
  });

  it("refuses a bad address with the message alone and exit code 2, writing nothing", () => {
    const result = npmScript(["manifest", "--", "http://addins.region.example"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'ADDIN_URL "http://addins.region.example": skal begynde med https:// (Office indlæser kun sikre adresser).\n' +
        'ADDIN_URL "http://addins.region.example": must start with https:// (Office loads secure addresses only).',
    );
  });
});

describe("npm run package without ADDIN_URL", () => {
  it("prints what is missing and nothing else: no stack trace", () => {
    const result = npmScript(["package"], { ADDIN_URL: "" });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      'ADDIN_URL "": mangler; sæt adressen, hvor tilføjelsesprogrammet hostes, fx https://kkr.kommune.dk/tilfoejelse/',
      'ADDIN_URL "": is missing; set the address the add-in is hosted at, e.g. https://kkr.kommune.dk/addin/',
    ]);
  });
});

describe("npm run package", () => {
  it("builds for ADDIN_URL and writes the host's files as one zip beside the production manifest", async () => {
    const output = runWaiting("npm run package", "npm", ["run", "--silent", "package"], {
      cwd: root,
      env: {
        ...process.env,
        ADDIN_URL: "https://kkr.region.example/tilfoejelse/",
        OUTPUT_DIR: ".tmp/package-dist",
        PACKAGE_DIR: ".tmp/package",
      },
    });
    expect(output).toContain("https://kkr.region.example/tilfoejelse/taskpane.html");
    expect(output).toContain("Integrerede apps");
    const zip = await JSZip.loadAsync(readFileSync(join(root, ".tmp", "package", "kkr-tilfoejelse.zip")));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "functions.da.json",
        "assets/icon-32.png",
        "docs/it-vejledning.html",
        "docs/privatliv.html",
      ]),
    );
    expect(names.filter((name) => name.endsWith(".map") || name === "manifest.xml")).toEqual([]);
    // The pane's script carries its content hash, so a host may cache it for good.
    expect(names.filter((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))).toHaveLength(1);
    const manifest = readFileSync(join(root, ".tmp", "package", "manifest.xml"), "utf8");
    expect(manifest).toContain("https://kkr.region.example/tilfoejelse/taskpane.html");
    expect(manifest).not.toMatch(/localhost/);
  });
});
