/**
 * Golden fixtures, in the manner of Script Lab's samples: an expected value the code writes and a reviewer
 * has read, kept as a named file in tests/fixtures/golden/. `UPDATE_GOLDEN=1 npx jest …` rewrites the files
 * (read the diff before committing it); a missing or empty file fails, so no test passes on nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";

const FOLDER = join(__dirname, "fixtures", "golden");

export function expectGolden(name: string, actual: unknown): void {
  const file = join(FOLDER, `${name}.json`);
  const written = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(FOLDER, { recursive: true });
    writeFileSync(file, written);
    return;
  }
  const golden = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (golden === "")
    throw new Error(`The golden fixture ${file} is missing or empty: run with UPDATE_GOLDEN=1 and read it.`);
  expect(actual).toEqual(JSON.parse(golden));
}
