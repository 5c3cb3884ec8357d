/**
 * Which levels apply to a goal in a year and for a hub: the most specific override (hub and year, then
 * year, then hub), else the goal's own. Shared by the schema, which refuses a goal left without levels
 * anywhere it applies, and by the catalogue lookup.
 */
import type { Hub } from "../core/municipalities";

/** A goal's levels and overrides, whatever a level is: the schema needs this before its types exist. */
interface Leveled<Level> {
  levels: Level[];
  overrides?: { year?: number; hub?: Hub; levels: Level[] }[];
}

export function levelsFor<Level>(goal: Leveled<Level>, year: number, hub: Hub | undefined): Level[] {
  const overrides = goal.overrides ?? [];
  const match = (wantYear: boolean, wantHub: boolean) =>
    overrides.find(
      (override) =>
        (override.year !== undefined) === wantYear &&
        (override.hub !== undefined) === wantHub &&
        (!wantYear || override.year === year) &&
        (!wantHub || override.hub === hub),
    );
  return (match(true, true) ?? match(true, false) ?? (hub ? match(false, true) : undefined))?.levels ?? goal.levels;
}
