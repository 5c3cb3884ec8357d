/**
 * The segment filter the survey functions share: keep the answers whose segment cell holds the chosen
 * segment ("drift", "vækst", a topic such as "grøn omstilling", or a code such as 1). Text matches ignoring
 * case and spaces; a number or a boolean matches cells of the same value. A segment that occurs nowhere is
 * a typing error, not "no data": the message lists the segments that do occur.
 */
import { ExcelValue, Grid, isBlank, matchKey, showCell } from "./cells";
import { valueError } from "./errors";
import { readOnce } from "./readings";

export interface SegmentOptions {
  /** A segment per answer (or per respondent row). */
  segments?: Grid;
  /** The segment to keep. */
  segment?: unknown;
}

export interface SegmentFilter {
  /** Whether the segment cell at (row, column) holds the chosen segment. */
  test(row: number, column: number): boolean;
  /**
   * Called when nothing was left to count: fails with #VALUE! listing the segments that occur if the chosen
   * one occurs nowhere (a typing error), and returns if it occurs (then "no data" is the truth).
   */
  requireOccurs(): void;
}

const MAX_LISTED = 8;

/**
 * The filter for the chosen segment, or undefined when no filter is asked for. The caller has checked that
 * the segment column is a range that fits its answers. Verdicts are worked out once per distinct cell value.
 */
export function segmentFilter({ segments, segment }: SegmentOptions): SegmentFilter | undefined {
  const noSegment = isBlank(segment);
  if (segments === undefined && noSegment) return undefined;
  if (segments === undefined || noSegment) {
    throw valueError(
      'Angiv både segmentkolonnen og det segment, der skal tælles (fx "drift").',
      'Give both the segment column and the segment to count (e.g. "drift").',
    );
  }
  const wanted = matchKey(segment);
  if (wanted === undefined) {
    const shown = showCell(segment);
    throw valueError(
      `Segment ${shown.da} forstås ikke; skriv fx "drift".`,
      `Segment ${shown.en} is not understood; write e.g. "drift".`,
    );
  }
  const keyOf = (cell: ExcelValue) => (isBlank(cell) ? undefined : matchKey(cell));
  const inSegment = readOnce((cell) => keyOf(cell) === wanted);
  return {
    test: (row, column) => inSegment(segments[row][column]),
    requireOccurs() {
      const seen = new Map<string, ExcelValue>();
      for (const cells of segments) {
        for (const cell of cells) {
          const key = keyOf(cell);
          if (key !== undefined && !seen.has(key)) seen.set(key, cell);
        }
      }
      if (seen.has(wanted)) return;
      const listed = [...seen.values()].slice(0, MAX_LISTED).map(showCell);
      const more = seen.size > MAX_LISTED ? " …" : "";
      const shown = showCell(segment);
      throw valueError(
        seen.size === 0
          ? `Segment ${shown.da} findes ikke: segmentkolonnen er tom.`
          : `Segment ${shown.da} findes ikke i segmenterne; de er: ${listed.map((item) => item.da).join(", ")}${more}.`,
        seen.size === 0
          ? `Segment ${shown.en} does not occur: the segment column is blank.`
          : `Segment ${shown.en} does not occur in the segments; they are: ${listed.map((item) => item.en).join(", ")}${more}.`,
      );
    },
  };
}
