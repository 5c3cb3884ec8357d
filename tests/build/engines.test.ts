/**
 * `engines` in package.json says what the installed tree needs: the lowest Node it admits runs every
 * package of the lockfile by that package's own engines field, so `npm ci` on it prints no engine warning.
 */
import { readFileSync } from "fs";
import { join } from "path";
import semver from "semver";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe("engines", () => {
  const lowest = semver.minVersion(pkg.engines.node)?.version as string;

  it("admits no Node older than some package of the tree needs", () => {
    const unmet = Object.entries(lock.packages).flatMap(([path, info]) => {
      const range = !Array.isArray(info.engines) ? info.engines?.node : undefined;
      return range && !semver.satisfies(lowest, range) ? [`${path} needs ${range}`] : [];
    });
    expect(unmet).toEqual([]);
  });

  it("admits the Node this machine runs", () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
