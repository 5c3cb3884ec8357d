/**
 * Reads a secretariat's own template file (JSON with a "goals" list) against the catalogue's schema, and
 * words every problem in the user's language so the user can find it: which goal (by number and id),
 * which field, and what is wrong ("Mål 3 ("lokal-nps"), niveau 1, tærskel: skal være et tal").
 */
import { z } from "zod";
import { showNumber } from "../core/errors";
import type { Language } from "./computation";
import { GoalTemplate, templateFileSchema } from "./schema";

/**
 * Large enough for hundreds of goals with quotes; larger files are almost surely not template files.
 * Counted in characters (UTF-16 units), which for JSON is close to its size in bytes.
 */
export const MAX_TEMPLATE_FILE_BYTES = 512 * 1024;

export type TemplateFileResult = { ok: true; goals: GoalTemplate[] } | { ok: false; errors: string[] };

const TEXT = {
  da: {
    tooLarge: (kb: number) => `Filen er for stor (${kb} KB; højst ${MAX_TEMPLATE_FILE_BYTES / 1024} KB).`,
    notJson: (where: string) => `Filen er ikke gyldig JSON${where ? ` (fejl i ${where})` : ""}.`,
    at: (line: number, column: number) => `linje ${line}, tegn ${column}`,
    duplicate: (id: string) => `Id "${id}" bruges mere end én gang.`,
    file: "Filen",
    goal: (number: number, id?: string) => `Mål ${number}${id ? ` ("${id}")` : ""}`,
  },
  en: {
    tooLarge: (kb: number) => `The file is too large (${kb} KB; at most ${MAX_TEMPLATE_FILE_BYTES / 1024} KB).`,
    notJson: (where: string) => `The file is not valid JSON${where ? ` (error at ${where})` : ""}.`,
    at: (line: number, column: number) => `line ${line}, character ${column}`,
    duplicate: (id: string) => `The id "${id}" is used more than once.`,
    file: "The file",
    goal: (number: number, id?: string) => `Goal ${number}${id ? ` ("${id}")` : ""}`,
  },
};

/** The fields' names as a user reads them; a list's items are numbered with the singular. */
const FIELDS: Record<string, { da: string; en: string; item?: { da: string; en: string } }> = {
  goals: { da: '"goals"', en: '"goals"' },
  id: { da: "id", en: "id" },
  source: { da: "kilde", en: "source" },
  document: { da: "dokument", en: "document" },
  section: { da: "afsnit", en: "section" },
  quote: { da: "citat", en: "quote" },
  title: { da: "titel", en: "title" },
  da: { da: "dansk", en: "Danish" },
  en: { da: "engelsk", en: "English" },
  measure: { da: "måltype", en: "measure" },
  comparator: { da: "sammenligning", en: "comparator" },
  levels: { da: "niveauer", en: "levels", item: { da: "niveau", en: "level" } },
  fulfilment: { da: "opfyldelse", en: "fulfilment" },
  threshold: { da: "tærskel", en: "threshold" },
  years: { da: "år", en: "years", item: { da: "år nr.", en: "year no." } },
  year: { da: "år", en: "year" },
  segment: { da: "segment", en: "segment" },
  topic: { da: "emne", en: "topic" },
  hub: { da: "erhvervshus", en: "business hub" },
  overrides: { da: "undtagelser", en: "overrides", item: { da: "undtagelse", en: "override" } },
  baselines: { da: "udgangspunkter", en: "baselines" },
  computation: { da: "beregning", en: "computation" },
  arguments: { da: "argumenter", en: "arguments", item: { da: "argument", en: "argument" } },
  implements: { da: "gennemfører", en: "implements" },
  note: { da: "note", en: "note" },
};

const TYPE_NAMES: Record<string, { da: string; en: string }> = {
  string: { da: "tekst", en: "text" },
  number: { da: "et tal", en: "a number" },
  int: { da: "et helt tal", en: "a whole number" },
  boolean: { da: "SAND eller FALSK", en: "true or false" },
  object: { da: "et objekt { … }", en: "an object { … }" },
  array: { da: "en liste [ … ]", en: "a list [ … ]" },
};

export function parseTemplateFile(content: string, language: Language = "da"): TemplateFileResult {
  const text = TEXT[language];
  if (content.length > MAX_TEMPLATE_FILE_BYTES) {
    return { ok: false, errors: [text.tooLarge(Math.ceil(content.length / 1024))] };
  }
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, errors: [text.notJson(errorPosition(content, (error as Error).message, language))] };
  }
  const parsed = templateFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, json, language)) };
  const seen = new Set<string>();
  const duplicates = parsed.data.goals.filter((goal) => seen.size === seen.add(goal.id).size).map((goal) => goal.id);
  if (duplicates.length > 0) return { ok: false, errors: duplicates.map(text.duplicate) };
  return { ok: true, goals: parsed.data.goals };
}

/** "linje 5, tegn 3" from the engine's "at position 123" or "(line 5 column 3)". */
function errorPosition(content: string, message: string, language: Language): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return TEXT[language].at(Number(lineColumn[1]), Number(lineColumn[2]));
  const position = /position (\d+)/.exec(message);
  if (!position) return "";
  const before = content.slice(0, Number(position[1])).split("\n");
  return TEXT[language].at(before.length, before[before.length - 1].length + 1);
}

/** Where: "Mål 3 ("lokal-nps"), niveau 1, tærskel". */
function describePath(path: readonly PropertyKey[], json: unknown, language: Language): string {
  if (path.length === 0) return TEXT[language].file;
  const parts: string[] = [];
  let list: string | undefined;
  path.forEach((key, index) => {
    if (typeof key === "number") {
      if (index === 1 && path[0] === "goals") {
        const id = (json as { goals?: { id?: unknown }[] }).goals?.[key]?.id;
        parts.pop();
        parts.push(TEXT[language].goal(key + 1, typeof id === "string" ? id.slice(0, 80) : undefined));
      } else {
        const item = list ? FIELDS[list]?.item : undefined;
        parts.pop();
        parts.push(
          item ? `${item[language]} ${key + 1}` : `${FIELDS[list ?? ""]?.[language] ?? String(list)} nr. ${key + 1}`,
        );
      }
      return;
    }
    const name = String(key);
    list = name;
    parts.push(FIELDS[name]?.[language] ?? `"${name}"`);
  });
  return parts.join(", ");
}

/** What: "mangler", "skal være et tal", "skal være en af: …". */
export function describeProblem(issue: z.core.$ZodIssue, language: Language): string {
  const da = language === "da";
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return da ? "mangler" : "is missing";
      const type = TYPE_NAMES[issue.expected] ?? { da: issue.expected, en: issue.expected };
      return da ? `skal være ${type.da}` : `must be ${type.en}`;
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const exclusive = !issue.inclusive;
      if (issue.origin === "string") {
        if (small && bound === 1) return da ? "må ikke være tom" : "must not be empty";
        return da
          ? `skal have ${small ? "mindst" : "højst"} ${bound} tegn`
          : `must have ${small ? "at least" : "at most"} ${bound} characters`;
      }
      if (issue.origin === "array") {
        return da
          ? `skal have ${small ? "mindst" : "højst"} ${bound} element${bound === 1 ? "" : "er"}`
          : `must have ${small ? "at least" : "at most"} ${bound} item${bound === 1 ? "" : "s"}`;
      }
      const word = da
        ? small
          ? exclusive
            ? "over"
            : "mindst"
          : exclusive
            ? "under"
            : "højst"
        : small
          ? exclusive
            ? "above"
            : "at least"
          : exclusive
            ? "below"
            : "at most";
      return da ? `skal være ${word} ${showNumber(bound).da}` : `must be ${word} ${bound}`;
    }
    case "invalid_value": {
      const values = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return da ? `skal være en af: ${values}` : `must be one of: ${values}`;
    }
    case "invalid_format":
      return issue.path[issue.path.length - 1] === "id"
        ? da
          ? "et id er 3-80 tegn: små bogstaver a-z, tal og bindestreg"
          : "an id is 3-80 characters: lowercase a-z, digits and hyphens"
        : da
          ? "har ikke det rigtige format"
          : "has the wrong format";
    case "invalid_union":
      return da ? "passer ikke til nogen af de tilladte former" : "matches none of the allowed forms";
    case "unrecognized_keys":
      return da ? `ukendte felter: ${issue.keys.join(", ")}` : `unknown fields: ${issue.keys.join(", ")}`;
    case "custom": {
      const english = (issue.params as { en?: string } | undefined)?.en;
      return da || !english ? issue.message : english;
    }
    default:
      return issue.message;
  }
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown, language: Language): string {
  return `${describePath(issue.path, json, language)}: ${describeProblem(issue, language)}`;
}

/**
 * The template file format as a JSON Schema, generated from the zod schema (the one source of truth), for
 * editor completion and for anyone writing a file by hand. The cross-field rules (thresholds in range,
 * levels for every year) are checked by the add-in, not by the JSON Schema.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(templateFileSchema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, unknown>;
  };
  return {
    ...generated,
    title: "KKR-målskabelon / KKR goal template",
    description:
      "Mål fra en rammeaftale eller resultatkontrakt, som KKR-tilføjelsesprogrammet læser. Goals of a framework agreement or result contract, as the KKR add-in reads them.",
    properties: { $schema: { type: "string" }, ...generated.properties },
  };
}
