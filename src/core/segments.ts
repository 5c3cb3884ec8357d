/**
 * The segment filter the survey functions share: keep the answers whose segment cell holds the chosen
 * segment ("drift", "vækst", a topic such as "grøn omstilling", or a code such as 1). Text matches ignoring
 * case and spaces; a number or a boolean matches cells of the same value. A segment that occurs nowhere is
 * a typing error, not "no data": the message lists the segments that do occur.
 */
import { ARGUMENT } from "./argumentNames";
import { Cell, Grid, isBlank, matchKey, requireGrid, showCell } from "./cells";
import { valueError } from "./errors";

export interface SegmentOptions {
  /** A segment per answer (or per respondent row). */
  segments?: Grid;
  /** The segment to keep. */
  segment?: unknown;
}

/** Says, per segment cell, whether it holds the chosen segment. */
export type SegmentTest = (row: number, column: number) => boolean;

const MAX_LISTED = 8;

/**
 * The test for the chosen segment, or undefined when no filter is asked for. The caller checks that the
 * segment column fits its answers; here the segment itself is checked against what occurs.
 */
export function segmentFilter({ segments, segment }: SegmentOptions): SegmentTest | undefined {
  const noSegment = segment === undefined || segment === null || isBlank(segment);
  if (segments === undefined && noSegment) return undefined;
  if (segments === undefined || noSegment) {
    throw valueError(
      'Angiv både segmentkolonnen og det segment, der skal tælles (fx "drift").',
      'Give both the segment column and the segment to count (e.g. "drift").',
    );
  }
  requireGrid(segments, ARGUMENT.segments);
  const wanted = isBlank(segment) ? undefined : matchKey(segment);
  if (wanted === undefined) {
    const shown = showCell(segment);
    throw valueError(
      `Segment ${shown.da} forstås ikke; skriv fx "drift".`,
      `Segment ${shown.en} is not understood; write e.g. "drift".`,
    );
  }
  const verdicts = new Map<Cell, boolean>();
  const seen = new Map<string, Cell>();
  for (const cells of segments) {
    for (const cell of cells) {
      if (verdicts.has(cell)) continue;
      const key = isBlank(cell) ? undefined : matchKey(cell);
      verdicts.set(cell, key === wanted);
      if (key !== undefined && !seen.has(key)) seen.set(key, cell);
    }
  }
  if (!seen.has(wanted)) {
    const listed = [...seen.values()].slice(0, MAX_LISTED).map(showCell);
    const more = seen.size > MAX_LISTED ? { da: " …", en: " …" } : { da: "", en: "" };
    const shown = showCell(segment);
    throw valueError(
      seen.size === 0
        ? `Segment ${shown.da} findes ikke: segmentkolonnen er tom.`
        : `Segment ${shown.da} findes ikke i segmenterne; de er: ${listed.map((item) => item.da).join(", ")}${more.da}.`,
      seen.size === 0
        ? `Segment ${shown.en} does not occur: the segment column is blank.`
        : `Segment ${shown.en} does not occur in the segments; they are: ${listed.map((item) => item.en).join(", ")}${more.en}.`,
    );
  }
  return (row, column) => verdicts.get(segments[row][column]) === true;
}
