/**
 * A hostile-template corpus: hundreds of generated files with wrong types, missing fields, huge strings,
 * deep nesting, prototype keys and formula-looking text. None may crash the reader, every rejection must
 * name the field, and nothing accepted may reach the workbook as a live formula.
 */
import fc from "fast-check";
import { goalRowCells } from "../../src/sheets/goalTable";
import { parseTemplateFile, resolveGoal } from "../../src/goals";
import { aGoal } from "../builders";

const validGoal = aGoal({
  id: "lokal-kendskab",
  source: { document: "Resultatkontrakt Fyn 2025", section: "Mål 2", quote: "Kendskabet skal være mindst 50 pct." },
  title: { da: "Kendskabsgrad", en: "Awareness" },
  measure: "share",
  levels: [{ fulfilment: 1, threshold: 0.5 }],
  computation: { function: "SHARE", arguments: [{ range: { da: "kendskab", en: "awareness" } }, { value: "ja" }] },
});

/** Text Excel would take as a formula, dressed the ways an attacker would: spaces, tabs, a BOM, full-width signs. */
const formulaText = fc
  .tuple(
    fc.constantFrom("", " ", "  ", "\t", "\n", "\uFEFF", "\u00A0", "\u3000"),
    fc.constantFrom("=", "+", "-", "@", "＝", "＋", "－", "＠"),
    fc.constantFrom('HYPERLINK("http://x","klik")', "1+1", "cmd|' /C calc'!A0", "SUM(A1:A9)", "KKR.NPS(A1:A9)"),
  )
  .map(([prefix, sign, body]) => `${prefix}${sign}${body}`);

const nasty = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withSparseArray: true }),
  formulaText,
  fc.string({ minLength: 1000, maxLength: 20000 }),
  fc.constantFrom({ __proto__: { polluted: true } }, { constructor: { prototype: { polluted: true } } }, "__proto__"),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth))),
);

/** The paths a hostile value can be put at. */
const PATHS = [
  ["id"],
  ["source"],
  ["source", "document"],
  ["source", "section"],
  ["source", "quote"],
  ["title"],
  ["title", "da"],
  ["title", "en"],
  ["measure"],
  ["comparator"],
  ["levels"],
  ["levels", 0, "threshold"],
  ["years"],
  ["topic"],
  ["note"],
  ["overrides"],
  ["computation"],
  ["computation", "arguments", 0, "range", "da"],
  ["__proto__"],
];

function withValueAt(path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(validGoal));
  let node = copy;
  path.slice(0, -1).forEach((key) => (node = node[key]));
  Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Where a rejection points: "Mål 1 ("x"), titel, dansk: …", "Filen: …" for the file as a whole, or the file's size or syntax. */
const NAMES_A_FIELD =
  /^((Filen|"goals"|Mål \d+( \(".*"\))?)(, [^:]+)*: .+|Id ".*" bruges mere end én gang\.|Filen er .*)$/s;

/** A cell the add-in writes that Excel would run: starts with a formula sign after the apostrophe-less text. */
const isLiveFormula = (cell: unknown, formulaColumn: boolean): boolean =>
  !formulaColumn && typeof cell === "string" && /^[=+\-@＝＋－＠]/.test(cell);

describe("hostile template files", () => {
  it("never crash the reader, always name the field, and never become a live formula", () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), nasty, fc.boolean(), (path, value, asWholeFile) => {
        const content = asWholeFile
          ? (JSON.stringify(value) ?? "undefined")
          : JSON.stringify({ goals: [withValueAt(path, value)] });
        const result = parseTemplateFile(content);
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
        if (!result.ok) {
          rejected++;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error).toMatch(NAMES_A_FIELD);
          return;
        }
        accepted++;
        for (const template of result.goals) {
          for (const year of template.years) {
            const cells = goalRowCells(resolveGoal(template, year), "Egen skabelon", 1);
            cells.fresh.forEach((cell, column) =>
              // Columns I and J (8, 9) hold the add-in's own fulfilment and status formulas.
              expect([column, isLiveFormula(cell, column === 8 || column === 9)]).toEqual([column, false]),
            );
          }
        }
      }),
      { numRuns: 600, seed: 20261126 },
    );
    // Both sides were exercised.
    expect(rejected).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(10);
  });

  it("keep formula-looking titles as text when they are valid", () => {
    for (const title of ["=1+1", " =1+1", "\uFEFF=1+1", "\t@SUM(A1)", "-5 pp", "+45 8888"]) {
      const result = parseTemplateFile(JSON.stringify({ goals: [{ ...validGoal, title: { da: title, en: title } }] }));
      if (!result.ok) throw new Error(result.errors.join("; "));
      const cells = goalRowCells(resolveGoal(result.goals[0], 2025), "Egen skabelon", 1);
      expect(String(cells.fresh[1]).startsWith("'")).toBe(true);
    }
  });
});
