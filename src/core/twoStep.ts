/**
 * KKR.TWOSTEP: a total split in two steps, as a national number is split over the five KKR (or the six hubs)
 * and each one's part over its municipalities: first over the areas by their weights (given, or the sum of
 * their municipalities' weights), then each area's part over its municipalities. Both steps are largest
 * remainder in exact arithmetic, so each area's municipalities add up to exactly its first-step part, and
 * those parts to the total. An area in `areaWeights` with no municipality listed still takes its part in the
 * first step; that part is simply not shown, so one region's share of a national split can be laid out alone.
 */
import { allocateLargestRemainder } from "./allocate";
import { ARGUMENT } from "./argumentNames";
import {
  ExcelValue,
  Grid,
  cellErrorAt,
  isBlank,
  matchKey,
  readNonNegativeNumber,
  readNonNegativeNumbers,
  requireGrid,
  requireSameShape,
  reshapeLike,
  showCell,
} from "./cells";
import { fromUnits, toCommonScale, toDecimal } from "./decimal";
import { divisionByZeroError, valueError } from "./errors";
import { readDecimals, totalInUnits } from "./popAlloc";

interface Area {
  /** As the user wrote it first, for messages. */
  shown: string;
  weight: bigint;
  rows: number[];
}

export function twoStep(
  total: unknown,
  areaGrid: Grid,
  weightGrid: Grid,
  areaWeightGrid?: Grid,
  decimalsValue?: unknown,
): number[][] {
  const decimals = readDecimals(decimalsValue);
  const units = totalInUnits(total, decimals);
  const weights = requireGrid(weightGrid, ARGUMENT.weights);
  requireSameShape(weights, ARGUMENT.weights, areaGrid, ARGUMENT.areas);
  // One common scale for every weight, so sums and shares are exact whatever the decimals.
  const scaled = toCommonScale(readNonNegativeNumbers(ARGUMENT.weights, weights).map(toDecimal)).units;
  const areas = areaWeightGrid === undefined ? new Map<string, Area>() : readAreaWeights(areaWeightGrid);
  const given = areaWeightGrid !== undefined;
  areaGrid.flat().forEach((cell, row) => {
    const key = matchKey(cell);
    if (key === undefined || isBlank(cell)) throw cellErrorAt(ARGUMENT.areas, areaGrid, row, noArea(cell));
    const area = areas.get(key) ?? (given ? undefined : { shown: String(cell), weight: 0n, rows: [] });
    if (area === undefined) throw cellErrorAt(ARGUMENT.areas, areaGrid, row, unknownArea(cell, areas));
    area.rows.push(row);
    if (!given) area.weight += scaled[row];
    areas.set(key, area);
  });
  const list = [...areas.values()];
  if (list.every((area) => area.weight === 0n)) {
    throw divisionByZeroError(
      "Alle områdernes vægte er 0, så der er intet at fordele efter.",
      "Every area's weight is 0, so there is nothing to split by.",
    );
  }
  const parts = scaled.map(() => 0n);
  allocateLargestRemainder(
    units,
    list.map((area) => area.weight),
  ).forEach((part, index) => splitWithin(list[index], part, scaled, parts));
  return reshapeLike(
    weights,
    parts.map((part) => fromUnits(part, decimals)),
  );
}

/** An area's first-step part over its municipalities; an area with no municipality listed keeps it unshown. */
function splitWithin(area: Area, part: bigint, weights: readonly bigint[], parts: bigint[]): void {
  if (area.rows.length === 0 || part === 0n) return;
  const own = area.rows.map((row) => weights[row]);
  if (own.every((weight) => weight === 0n)) {
    throw divisionByZeroError(
      `Området "${area.shown}" får en del af totalen, men alle dets vægte er 0.`,
      `The area "${area.shown}" gets a part of the total, but all its weights are 0.`,
    );
  }
  allocateLargestRemainder(part, own).forEach((share, index) => (parts[area.rows[index]] = share));
}

/** Two columns, area and weight, one row per area; a blank row is skipped, an area listed twice refused. */
function readAreaWeights(grid: Grid): Map<string, Area> {
  const rows = requireGrid(grid, ARGUMENT.areaWeights);
  if (rows[0].length !== 2) {
    throw valueError(
      `Områdevægte skal have to kolonner, område og vægt (fik ${rows[0].length}).`,
      `Area weights must have two columns, area and weight (got ${rows[0].length}).`,
    );
  }
  const weights = rows.map((row, index) =>
    isBlank(row[0]) ? 0 : readNonNegativeNumber(ARGUMENT.areaWeights, rows, index, 1),
  );
  const scaled = toCommonScale(weights.map(toDecimal)).units;
  const areas = new Map<string, Area>();
  rows.forEach(([name], index) => {
    if (isBlank(name)) return;
    const key = matchKey(name);
    if (key === undefined || areas.has(key)) {
      throw cellErrorAt(ARGUMENT.areaWeights, rows, index * 2, {
        da: key === undefined ? `${showCell(name).da} er ikke et områdenavn.` : `${showCell(name).da} står to gange.`,
        en: key === undefined ? `${showCell(name).en} is not an area name.` : `${showCell(name).en} is listed twice.`,
      });
    }
    areas.set(key, { shown: String(name), weight: scaled[index], rows: [] });
  });
  return areas;
}

const noArea = (cell: ExcelValue) => ({
  da: `${showCell(cell).da} er ikke et område; hver kommune skal have sit område (fx KKR eller erhvervshus).`,
  en: `${showCell(cell).en} is not an area; each municipality needs its area (e.g. KKR or business hub).`,
});

function unknownArea(cell: ExcelValue, areas: Map<string, Area>) {
  const known = [...areas.values()].map((area) => area.shown).join(", ");
  return {
    da: `${showCell(cell).da} står ikke blandt områdevægtene (${known}).`,
    en: `${showCell(cell).en} is not among the area weights (${known}).`,
  };
}
