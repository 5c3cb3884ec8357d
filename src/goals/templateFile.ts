/**
 * Reads a secretariat's own template file (JSON with a "goals" list) against the catalogue's schema,
 * and words every problem so the user can find the field: "goals[2].levels[0].threshold: …".
 */
import { z } from "zod";
import { GoalTemplate, templateFileSchema } from "./schema";

/**
 * Large enough for hundreds of goals with quotes; larger files are almost surely not template files.
 * Counted in characters (UTF-16 units), which for JSON is close to its size in bytes.
 */
export const MAX_TEMPLATE_FILE_BYTES = 512 * 1024;

const DANISH_MESSAGES = z.locales.da().localeError;

export type TemplateFileResult = { ok: true; goals: GoalTemplate[] } | { ok: false; errors: string[] };

export function parseTemplateFile(content: string): TemplateFileResult {
  if (content.length > MAX_TEMPLATE_FILE_BYTES) {
    const size = Math.ceil(content.length / 1024);
    return { ok: false, errors: [`Filen er for stor (${size} KB; højst ${MAX_TEMPLATE_FILE_BYTES / 1024} KB).`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [`Filen er ikke gyldig JSON: ${(error as Error).message}`] };
  }
  const parsed = templateFileSchema.safeParse(json, { error: DANISH_MESSAGES });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const seen = new Set<string>();
  const duplicates = parsed.data.goals.filter((goal) => seen.size === seen.add(goal.id).size).map((goal) => goal.id);
  if (duplicates.length > 0)
    return { ok: false, errors: duplicates.map((id) => `id "${id}" bruges mere end én gang.`) };
  return { ok: true, goals: parsed.data.goals };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
  return `${path || "(filen)"}: ${issue.message}`;
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
