/**
 * Reads a secretariat's own template file (JSON with a "goals" list) against the catalogue's schema, and
 * words every problem in the user's language so the user can find it: which goal (by number and id),
 * which field, and what is wrong ("Mål 3 ("lokal-nps"), niveau 1, tærskel: skal være et tal").
 */
import { z } from "zod";
import { showNumber } from "../core/errors";
import { Language, wordsFor } from "../locale";
import { GoalTemplate, templateFileSchema } from "./schema";

/**
 * Large enough for hundreds of goals with quotes; larger files are almost surely not template files.
 * Counted in characters (UTF-16 units), which for JSON is close to its size in bytes.
 */
export const MAX_TEMPLATE_FILE_BYTES = 512 * 1024;

export type TemplateFileResult = { ok: true; goals: GoalTemplate[] } | { ok: false; errors: string[] };

/** A table's own entry for a key a file chose ("constructor" is no field name). */
const own = (table: Record<string, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

export function parseTemplateFile(content: string, language: Language = "da"): TemplateFileResult {
  const text = wordsFor(language).templateFile;
  if (content.length > MAX_TEMPLATE_FILE_BYTES) {
    return { ok: false, errors: [text.tooLarge(Math.ceil(content.length / 1024), MAX_TEMPLATE_FILE_BYTES / 1024)] };
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
  if (lineColumn) return wordsFor(language).templateFile.at(Number(lineColumn[1]), Number(lineColumn[2]));
  const position = /position (\d+)/.exec(message);
  if (!position) return "";
  const before = content.slice(0, Number(position[1])).split("\n");
  return wordsFor(language).templateFile.at(before.length, before[before.length - 1].length + 1);
}

/** Where: "Mål 3 ("lokal-nps"), niveau 1, tærskel". */
function describePath(path: readonly PropertyKey[], json: unknown, language: Language): string {
  const text = wordsFor(language).templateFile;
  if (path.length === 0) return text.file;
  const parts: string[] = [];
  let list: string | undefined;
  path.forEach((key, index) => {
    if (typeof key === "number") {
      if (index === 1 && path[0] === "goals") {
        const id = (json as { goals?: { id?: unknown }[] }).goals?.[key]?.id;
        parts.pop();
        parts.push(text.goal(key + 1, typeof id === "string" ? id.slice(0, 80) : undefined));
      } else {
        const item = list ? own(text.items, list) : undefined;
        parts.pop();
        parts.push(item ? `${item} ${key + 1}` : text.numbered(own(text.fields, list ?? "") ?? String(list), key + 1));
      }
      return;
    }
    const name = String(key);
    list = name;
    parts.push(own(text.fields, name) ?? `"${name}"`);
  });
  return parts.join(", ");
}

/** What: "mangler", "skal være et tal", "skal være en af: …". */
export function describeProblem(issue: z.core.$ZodIssue, language: Language): string {
  const text = wordsFor(language).templateFile;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return text.missing;
      return text.mustBe(own(text.types, issue.expected) ?? issue.expected);
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === "string") return small && bound === 1 ? text.notEmpty : text.characters(small, bound);
      if (issue.origin === "array") return text.listLength(small, bound);
      return text.bound(small, !issue.inclusive, showNumber(bound)[language]);
    }
    case "invalid_value":
      return text.oneOf(issue.values.map((value) => JSON.stringify(value)).join(", "));
    case "invalid_format":
      return issue.path[issue.path.length - 1] === "id" ? text.idFormat : text.wrongFormat;
    case "invalid_union":
      return text.noForm;
    case "unrecognized_keys":
      return text.unknownFields(issue.keys.join(", "));
    case "custom": {
      // A cross-field rule of the schema words its message in both languages where it is checked.
      const english = (issue.params as { en?: string } | undefined)?.en;
      return language === "da" || !english ? issue.message : english;
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
