import fc from "fast-check";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { MAX_TEMPLATE_FILE_BYTES, MEASURES, SOURCE_DOCUMENTS, catalogue, parseTemplateFile } from "../../src/goals";
import { templateJsonSchema } from "../../src/goals/templateFile";
import { aGoal } from "../builders";

const validGoal = aGoal({ id: "lokal-nyhedsbreve" });
const file = (...goals: unknown[]) => JSON.stringify({ goals });
const FIELD_NAMES: Record<string, string> = {
  id: "id",
  source: "kilde",
  title: "titel",
  measure: "måltype",
  comparator: "sammenligning",
  levels: "niveau",
  years: "år",
  segment: "segment",
  hub: "erhvervshus",
};
const errorsOf = (content: string): string[] => {
  const result = parseTemplateFile(content);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.errors;
};

describe("parseTemplateFile", () => {
  it("accepts a secretariat's own goals", () => {
    const result = parseTemplateFile(
      file(validGoal, { ...validGoal, id: "lokal-strategi", measure: "qualitative", levels: [] }),
    );
    expect(result).toEqual({
      ok: true,
      goals: [expect.objectContaining({ id: "lokal-nyhedsbreve" }), expect.objectContaining({ id: "lokal-strategi" })],
    });
  });

  it("accepts the built-in catalogue itself", () => {
    expect(parseTemplateFile(JSON.stringify({ goals: catalogue })).ok).toBe(true);
  });

  it("names each offending field", () => {
    expect(errorsOf(file({ ...validGoal, levels: [{ fulfilment: 1, threshold: "tolv" }] }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveau 1, tærskel: skal være et tal',
    ]);
    expect(errorsOf(file({ ...validGoal, measure: "happiness" }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), måltype: skal være en af: "nps", "share", "count", "changePp", "growthVsControlPp", "populationDeviation", "qualitative"',
    ]);
    const { source, ...withoutSource } = validGoal;
    expect(errorsOf(file(withoutSource))).toEqual(['Mål 1 ("lokal-nyhedsbreve"), kilde: mangler']);
    expect(errorsOf(file({ ...validGoal, source: { ...validGoal.source, section: " " } }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), kilde, afsnit: må ikke være tom',
    ]);
  });

  it("rejects a goal left without thresholds for a year or hub it applies to", () => {
    // Levels only by year override, and none for 2026: the 2026 sheet would flag every value as missed.
    const byYear = {
      ...validGoal,
      levels: [],
      years: [2025, 2026],
      overrides: [{ year: 2025, levels: validGoal.levels }],
    };
    expect(errorsOf(file(byYear))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), undtagelser: ingen tærskler for 2026; angiv niveauer for målet eller en undtagelse for hvert år',
    ]);
    // Levels only for one hub: a national sheet and the other hubs have none.
    const byHub = { ...validGoal, levels: [], overrides: [{ hub: "fyn", levels: validGoal.levels }] };
    expect(errorsOf(file(byHub))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), undtagelser: ingen tærskler for 2025 (—), 2025 (hovedstaden), 2025 (sjaelland), ' +
        "2025 (sydjylland), 2025 (midtjylland), 2025 (nordjylland); angiv niveauer for målet eller en undtagelse for hvert år",
    ]);
    // Pinned to that hub, it is complete.
    expect(parseTemplateFile(file({ ...byHub, hub: "fyn" })).ok).toBe(true);
    expect(
      parseTemplateFile(file({ ...byYear, overrides: [...byYear.overrides, { year: 2026, levels: validGoal.levels }] }))
        .ok,
    ).toBe(true);
  });

  it("rejects thresholds out of range for the measure", () => {
    expect(errorsOf(file({ ...validGoal, measure: "share", levels: [{ fulfilment: 1, threshold: 70 }] }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveauer: tærsklen 70 ligger uden for 0..1 for måltypen "share"',
    ]);
    expect(errorsOf(file({ ...validGoal, measure: "nps", levels: [{ fulfilment: 1, threshold: 170 }] }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveauer: tærsklen 170 ligger uden for -100..100 for måltypen "nps"',
    ]);
    expect(errorsOf(file({ ...validGoal, levels: [{ fulfilment: 1.5, threshold: 12 }] }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveau 1, opfyldelse: skal være højst 1',
    ]);
    expect(
      errorsOf(
        file({
          ...validGoal,
          levels: [
            { fulfilment: 0.5, threshold: 6 },
            { fulfilment: 1, threshold: 12 },
          ],
        }),
      ),
    ).toEqual(['Mål 1 ("lokal-nyhedsbreve"), niveauer: niveauerne skal stå med den højeste opfyldelse først']);
  });

  it("rejects goals that cannot be judged", () => {
    expect(errorsOf(file({ ...validGoal, levels: [] }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveauer: et kvantitativt mål skal have mindst én tærskel',
    ]);
    expect(errorsOf(file({ ...validGoal, measure: "changePp", levels: [{ fulfilment: 1, threshold: 0.05 }] }))).toEqual(
      ['Mål 1 ("lokal-nyhedsbreve"), udgangspunkter: et ændringsmål skal have udgangspunkter eller et basisår'],
    );
    // A base year instead of baselines will do, but it must come before the goal's years.
    const change = { ...validGoal, measure: "changePp", levels: [{ fulfilment: 1, threshold: 0.05 }] };
    expect(parseTemplateFile(file({ ...change, years: [2022], baseYear: 2021 })).ok).toBe(true);
    expect(errorsOf(file({ ...change, years: [2022], baseYear: 2022 }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), basisår: basisåret skal ligge før målets år',
    ]);
    expect(errorsOf(file({ ...validGoal, measure: "qualitative" }))).toEqual([
      'Mål 1 ("lokal-nyhedsbreve"), niveauer: et kvalitativt mål har ingen tærskler',
    ]);
    expect(errorsOf(file(validGoal, validGoal))).toEqual(['Id "lokal-nyhedsbreve" bruges mere end én gang.']);
    expect(errorsOf(file({ ...validGoal, id: "Mål 9!" }))).toEqual([
      'Mål 1 ("Mål 9!"), id: et id er 3-80 tegn: små bogstaver a-z, tal og bindestreg',
    ]);
  });

  it("speaks English where Office runs in English", () => {
    const result = parseTemplateFile(file({ ...validGoal, levels: [{ fulfilment: 1, threshold: "tolv" }] }), "en");
    expect(result).toEqual({
      ok: false,
      errors: ['Goal 1 ("lokal-nyhedsbreve"), level 1, threshold: must be a number'],
    });
    expect(parseTemplateFile("{", "en")).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The file is not valid JSON/)],
    });
    const share = file({ ...validGoal, measure: "share", levels: [{ fulfilment: 1, threshold: 70 }] });
    expect(parseTemplateFile(share, "en")).toEqual({
      ok: false,
      errors: ['Goal 1 ("lokal-nyhedsbreve"), levels: the threshold 70 lies outside 0..1 for the measure "share"'],
    });
  });

  it("rejects what is not a template file", () => {
    expect(errorsOf("")).toEqual(["Filen er ikke gyldig JSON."]);
    // The engine's "at position 17" becomes a line and character the user can find.
    expect(errorsOf('{\n  "goals": [1\n  }')).toEqual(["Filen er ikke gyldig JSON (fejl i linje 3, tegn 3)."]);
    expect(errorsOf("[1, 2]")).toEqual(["Filen: skal være et objekt { … }"]);
    expect(errorsOf(file())).toEqual(['"goals": skal have mindst 1 element']);
  });

  it("rejects a file over the size limit before parsing it", () => {
    const huge = file({ ...validGoal, note: "x".repeat(MAX_TEMPLATE_FILE_BYTES) });
    expect(errorsOf(huge)).toEqual([`Filen er for stor (${Math.ceil(huge.length / 1024)} KB; højst 512 KB).`]);
  });

  it("rejects hundreds of generated malformed templates without crashing", () => {
    // Start from a valid goal and break one field with a value of the wrong kind.
    const breakable = ["id", "source", "title", "measure", "comparator", "levels", "years", "segment", "hub"] as const;
    const wrongValue = fc.oneof(
      fc.constant(null),
      fc.integer(),
      // Never a valid id, enum value or object: a leading space and a "!".
      fc.string({ maxLength: 5 }).map((text) => ` ${text}!`),
      fc.array(fc.anything(), { minLength: 1, maxLength: 3 }),
      fc.constant({}),
    );
    fc.assert(
      fc.property(fc.constantFrom(...breakable), wrongValue, (field, value) => {
        const result = parseTemplateFile(file({ ...validGoal, [field]: value }));
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.errors[0]).toMatch(new RegExp(`^Mål 1( \\(".*"\\))?, ${FIELD_NAMES[field]}`, "s"));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (content) => {
        expect(parseTemplateFile(content).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the built-in template files", () => {
  const folder = join(__dirname, "..", "..", "src", "goals", "templates");

  it("are one per source document and each passes the same validation as a user's file", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(SOURCE_DOCUMENTS.map((d) => d.id).sort());
    for (const name of files) {
      const result = parseTemplateFile(readFileSync(join(folder, name), "utf8"));
      if (!result.ok) throw new Error(`${name}: ${result.errors.join("; ")}`);
      expect(result.goals.every((goal) => goal.source.document === name.replace(/\.json$/, ""))).toBe(true);
    }
  });

  it("point at the published JSON Schema, which is the one generated from the zod schema", () => {
    const schemaFile = join(__dirname, "..", "..", "schema", "goal-template.schema.json");
    expect(JSON.parse(readFileSync(schemaFile, "utf8"))).toEqual(templateJsonSchema());
    for (const name of readdirSync(folder)) {
      expect(JSON.parse(readFileSync(join(folder, name), "utf8")).$schema).toBe(
        "../../../schema/goal-template.schema.json",
      );
    }
    const goal = (
      templateJsonSchema() as { properties: { goals: { items: { properties: Record<string, { enum?: string[] }> } } } }
    ).properties.goals.items.properties;
    expect(goal.measure.enum).toEqual([...MEASURES]);
  });
});
