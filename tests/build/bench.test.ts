/**
 * `npm run bench`, as the README documents it, runs to the end and reports every function, each survey
 * function with its ratio to the bare loop. Times are not asserted: a benchmark is a script, not a test.
 */
import { execFileSync } from "child_process";
import { join } from "path";

describe("npm run bench", () => {
  it("reports every function, POPALLOC and QUOTA at a million rows", () => {
    const output = execFileSync("npm", ["run", "--silent", "bench"], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
      timeout: 120_000,
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
    ]) {
      expect(output).toMatch(row);
    }
  }, 120_000);
});
