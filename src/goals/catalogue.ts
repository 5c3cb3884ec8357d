/**
 * The built-in catalogue, validated against the template schema when the module loads, and the lookup
 * of the goals in force for a source, year, hub and segment.
 */
import { z } from "zod";
import { CATALOGUE_DATA } from "./catalogue.data";
import { levelsFor } from "./levels";
import { GoalTemplate, Hub, Segment, goalSchema } from "./schema";
import { SOURCE_DOCUMENTS } from "./sources";

export const catalogue: readonly GoalTemplate[] = loadCatalogue(CATALOGUE_DATA);

function loadCatalogue(data: readonly GoalTemplate[]): GoalTemplate[] {
  const goals = z.array(goalSchema).parse(data);
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
