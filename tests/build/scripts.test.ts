/**
 * The scripts the README documents, run as a newcomer would. `npm run bench` runs to the end and reports
 * every function, each survey function with its ratio to the bare loop (times are not asserted: a benchmark
 * is a script, not a test). `npm run schema` writes the JSON Schema the template files point at.
 */
import { execFileSync } from "child_process";
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import JSZip from "jszip";

const root = join(__dirname, "..", "..");

describe("npm run bench", () => {
  it("reports every function, POPALLOC and QUOTA at a million rows", () => {
    const output = execFileSync("npm", ["run", "--silent", "bench"], {
      cwd: root,
      encoding: "utf8",
      timeout: 180_000,
    });
    for (const row of [
      /NPS, 1,000,000 cells +[\d.]+ ms +[\d.]+× bare loop/,
      /SHARE, 1,000,000 answers +[\d.]+ ms +[\d.]+× bare loop/,
      /EFFECTSHARE by segment, 1,000,000 answers +[\d.]+ ms +[\d.]+× bare loop/,
      /NPSINTERVAL, 1,000,000 cells +[\d.]+ ms/,
      /NEWSHARE, 100,000 \+ 100,000 CVR numbers +[\d.]+ ms/,
      /SPREAD, 98 municipalities +[\d.]+ ms/,
      /POPALLOC, 1,000,000 rows +[\d.]+ ms +[\d.]+× NPS/,
      /QUOTA, 1,000,000 rows +[\d.]+ ms +[\d.]+× NPS/,
      /taskpane\.js +\d+ KB raw +\d+ KB gzip/,
      /functions\.js +\d+ KB raw +\d+ KB gzip/,
      /own-goals\.js +\d+ KB raw +\d+ KB gzip/,
      /first screen usable, 4× CPU throttling +\d+ ms \(median of 5\)/,
    ]) {
      expect(output).toMatch(row);
    }
  }, 180_000);
});

describe("npm run schema", () => {
  it("writes the JSON Schema that is committed", () => {
    const file = join(root, "schema", "goal-template.schema.json");
    const before = readFileSync(file, "utf8");
    const output = execFileSync("npm", ["run", "--silent", "schema"], {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(output).toContain("goal-template.schema.json");
    expect(readFileSync(file, "utf8")).toBe(before);
  }, 120_000);
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
  const { countFromReport, countFromSummary } = require("../../scripts/jestCount.cjs") as {
    countFromReport(results: Record<string, number>): { passed: number; failed: number };
    countFromSummary(output: string): { passed: number; failed: number };
  };

  it("comes from jest's report, counting suites that cannot load and skipped tests as failures", () => {
    const report = {
      numPassedTests: 131,
      numFailedTests: 2,
      numRuntimeErrorTestSuites: 1,
      numPendingTests: 1,
      numTodoTests: 0,
    };
    expect(countFromReport(report)).toEqual({ passed: 131, failed: 4 });
  });

  it("is read from jest's summary when the report is lost, as once happened on a machine without Chromium", () => {
    const output = "Test Suites: 1 failed, 18 passed, 19 total\nTests:       5 failed, 131 passed, 136 total\n";
    expect(countFromSummary(output)).toEqual({ passed: 131, failed: 5 });
    expect(countFromSummary("Test Suites: 1 failed, 1 total\nTests:       3 passed, 3 total\n")).toEqual({
      passed: 3,
      failed: 1,
    });
    expect(countFromSummary("jest crashed")).toEqual({ passed: 0, failed: 1 });
  });
});

describe("npm run package", () => {
  it("builds for ADDIN_URL and writes the host's files as one zip beside the production manifest", async () => {
    const output = execFileSync("npm", ["run", "--silent", "package"], {
      cwd: root,
      encoding: "utf8",
      timeout: 180_000,
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
        "taskpane.js",
        "functions.js",
        "functions.json",
        "functions.da.json",
        "assets/icon-32.png",
        "docs/it-vejledning.html",
        "docs/privatliv.html",
      ]),
    );
    expect(names.filter((name) => name.endsWith(".map") || name === "manifest.xml")).toEqual([]);
    const manifest = readFileSync(join(root, ".tmp", "package", "manifest.xml"), "utf8");
    expect(manifest).toContain("https://kkr.region.example/tilfoejelse/taskpane.html");
    expect(manifest).not.toMatch(/localhost/);
  }, 180_000);
});
