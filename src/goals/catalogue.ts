/**
 * The built-in catalogue and the lookup of the goals in force for a source, year, hub and segment. The
 * catalogue is one template file per source document (./templates), in exactly the format secretariats'
 * own files use.
 */
import rammeaftale2019 from "./templates/rammeaftale-2019-2020.json";
import rammeaftale2021 from "./templates/rammeaftale-2021-2023.json";
import rammeaftale2024 from "./templates/rammeaftale-2024-2027.json";
import hovedstaden2019 from "./templates/resultatkontrakt-hovedstaden-2019.json";
import hovedstaden2024 from "./templates/resultatkontrakt-hovedstaden-2024.json";
import midtjylland2022 from "./templates/resultatkontrakt-midtjylland-2022.json";
import sjaelland2019 from "./templates/resultatkontrakt-sjaelland-2019.json";
import { levelsFor } from "./levels";
import type { GoalTemplate, Hub, Segment } from "./schema";
import { SOURCE_DOCUMENTS } from "./sources";

/** The built-in template files, by source document. */
const TEMPLATE_FILES: Record<string, unknown> = {
  "rammeaftale-2019-2020": rammeaftale2019,
  "rammeaftale-2021-2023": rammeaftale2021,
  "rammeaftale-2024-2027": rammeaftale2024,
  "resultatkontrakt-hovedstaden-2019": hovedstaden2019,
  "resultatkontrakt-sjaelland-2019": sjaelland2019,
  "resultatkontrakt-midtjylland-2022": midtjylland2022,
  "resultatkontrakt-hovedstaden-2024": hovedstaden2024,
};

export const catalogue: readonly GoalTemplate[] = loadCatalogue(Object.values(TEMPLATE_FILES));

/**
 * The built-in files pass the same validation as a user's file in the tests (templateFile.test.ts); here
 * they are trusted, so the validator (zod) stays out of the pane's first screen.
 */
function loadCatalogue(files: readonly unknown[]): GoalTemplate[] {
  const goals = files.flatMap((file) => (file as { goals: GoalTemplate[] }).goals);
  const ids = new Set<string>();
  for (const goal of goals) {
    if (ids.has(goal.id)) throw new Error(`catalogue: the id ${goal.id} is used twice`);
    ids.add(goal.id);
    if (!SOURCE_DOCUMENTS.some((source) => source.id === goal.source.document)) {
      throw new Error(`catalogue: ${goal.id} cites an unknown document ${goal.source.document}`);
    }
  }
  return goals;
}

/** A goal as it applies in one year (and for one hub): its levels and baseline resolved. */
export interface GoalInForce extends Omit<GoalTemplate, "overrides" | "baselines"> {
  year: number;
  baseline?: number;
}

export interface GoalQuery {
  source: string;
  year: number;
  hub?: Hub;
  segment?: Segment;
}

/** The goals of one source in force in a year; a segment keeps the goals of that segment and those of none. */
export function goalsFor(query: GoalQuery, goals: readonly GoalTemplate[] = catalogue): GoalInForce[] {
  const hub = query.hub ?? SOURCE_DOCUMENTS.find((source) => source.id === query.source)?.hub;
  return goals
    .filter((goal) => goal.source.document === query.source && goal.years.includes(query.year))
    .filter((goal) => query.segment === undefined || goal.segment === undefined || goal.segment === query.segment)
    .filter((goal) => goal.hub === undefined || hub === undefined || goal.hub === hub)
    .map((goal) => resolveGoal(goal, query.year, hub));
}

export function resolveGoal(goal: GoalTemplate, year: number, hub?: Hub): GoalInForce {
  const { overrides, baselines, ...rest } = goal;
  return {
    ...rest,
    year,
    hub: goal.hub ?? hub,
    levels: levelsFor(goal, year, goal.hub ?? hub),
    baseline: hub === undefined ? undefined : baselines?.[hub],
  };
}
