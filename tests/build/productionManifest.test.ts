/**
 * The production manifest IT uploads: built from the development manifest for the hosting address, with a
 * real XML parser. Every URL under ADDIN_URL (with or without a trailing slash or a sub-path), AppDomain the
 * origin, the production Id, package.json's version, the validator's rules, and never localhost.
 */
import { execFileSync, spawnSync } from "child_process";
import { BAD_ADDRESSES } from "../fixtures/badAddresses";
import { WAIT_MS } from "../limits";
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";

const manifests = require("../../scripts/manifest.cjs") as {
  productionManifest(source: string, options: { addinUrl?: string; version: string }): string;
  manifestProblems(xml: string, addinUrl?: string): string[];
  PRODUCTION_ID: string;
};

const root = join(__dirname, "..", "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const all = (xml: string) => Array.from(parse(xml).getElementsByTagName("*"));
const text = (xml: string, tag: string) => all(xml).find((element) => element.tagName === tag)?.textContent;
const urls = (xml: string) =>
  all(xml).flatMap((element) =>
    ["DefaultValue", "Value"]
      .map((attribute) => element.getAttribute(attribute))
      .filter((value): value is string => !!value && value.startsWith("http")),
  );
const displayNames = (xml: string) =>
  all(xml)
    .filter((element) => element.tagName === "DisplayName" || element.parentNode?.nodeName === "DisplayName")
    .map((element) => element.getAttribute("DefaultValue") ?? element.getAttribute("Value"));

describe("the production manifest", () => {
  it.each([
    [
      "https://kkr.kommune.example/tilfoejelse",
      "https://kkr.kommune.example/tilfoejelse/",
      "https://kkr.kommune.example",
    ],
    [
      "https://kkr.kommune.example/tilfoejelse/",
      "https://kkr.kommune.example/tilfoejelse/",
      "https://kkr.kommune.example",
    ],
    ["https://addins.region.example", "https://addins.region.example/", "https://addins.region.example"],
    ["https://host.example:8443/a/b", "https://host.example:8443/a/b/", "https://host.example:8443"],
  ])("for %s puts every URL under %s and AppDomain at %s", (addinUrl, base, origin) => {
    const xml = manifests.productionManifest(source, { addinUrl, version });
    const found = urls(xml);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(found).toContain(`${base}taskpane.html`);
    expect(found).toContain(`${base}functions.da.json`);
    expect(text(xml, "AppDomain")).toBe(origin);
    expect(xml).not.toMatch(/localhost/i);
    expect(manifests.manifestProblems(xml, addinUrl)).toEqual([]);
  });

  it("has the stable production Id, the real name and package.json's version; the development manifest its own", () => {
    const xml = manifests.productionManifest(source, { addinUrl: "https://kkr.kommune.example/", version });
    expect(text(xml, "Id")).toBe(manifests.PRODUCTION_ID);
    expect(text(source, "Id")).not.toBe(manifests.PRODUCTION_ID);
    expect(displayNames(xml)).toEqual(["KKR Goals and Calculations", "KKR Mål og beregninger"]);
    expect(displayNames(source)).toEqual([
      "KKR Goals and Calculations (development)",
      "KKR Mål og beregninger (udvikling)",
    ]);
    expect(text(xml, "Version")).toBe(`${version}.0`);
    expect(text(source, "Version")).toBe(`${version}.0`);
  });

  it.each(BAD_ADDRESSES)("refuses ADDIN_URL %p with a clear message", (addinUrl, danish) => {
    expect(() => manifests.productionManifest(source, { addinUrl, version })).toThrow(danish);
  });

  it("is what npm test's build wrote to dist/, and nothing in dist/ points at localhost", () => {
    const built = readFileSync(join(root, "dist", "manifest.xml"), "utf8");
    expect(manifests.manifestProblems(built, "https://kkr.kommune.example/tilfoejelse")).toEqual([]);
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) =>
        statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : [join(folder, name)],
      );
    const mentioning = files(join(root, "dist")).filter(
      // A URL of the dev server, not the word (the manifest page refuses "localhost"); source maps never go to the host.
      (file) => !/\.(png|map)$/.test(file) && /\/\/localhost|localhost:\d/i.test(readFileSync(file, "utf8")),
    );
    expect(mentioning).toEqual([]);
  });

  it("stops `npm run build` with a non-zero exit and the message for a bad ADDIN_URL", () => {
    const result = spawnSync("npm", ["run", "--silent", "build"], {
      cwd: root,
      env: { ...process.env, ADDIN_URL: "http://kkr.kommune.example" },
      encoding: "utf8",
      timeout: WAIT_MS,
    });
    expect(result.error).toBeUndefined(); // a timeout would say so here
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain("skal begynde med https://");
  });

  it("passes the offline validator rules on the development manifest too", () => {
    expect(manifests.manifestProblems(source)).toEqual([]);
    expect(execFileSync("node", ["-e", "require('./scripts/manifest.cjs')"], { cwd: root }).toString()).toBe("");
  });
});
