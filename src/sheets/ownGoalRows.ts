/**
 * Reading the Egne mål table: a goal's own row (its "gælder for" empty) holds the goal; rows with the same
 * id and "gælder for" filled in hold the thresholds of one year or hub, or a change goal's baseline for a
 * hub. Every row becomes part of a goal template, checked with the schema template files use, and every
 * problem is named by its sheet cell ("'Egne mål'!J4 (tærskel): skal være et tal"). Pure.
 */
import { GoalTemplate, goalSchema } from "../goals";
import { describeProblem } from "../goals/templateFile";
import { Language, wordsFor } from "../locale";
import { cellAddress, sheetReference } from "./addresses";
import {
  COMPARATORS,
  FIELDS,
  Field,
  LEVEL_FIELDS,
  ROW_MEASURES,
  RowCells,
  fieldsOfHeaders,
  hubNamed,
  lookup,
  ownLanguage,
  parseAppliesTo,
  parseYears,
  readMark,
  text,
} from "./ownGoalFields";
import { readComputation } from "./ownGoalComputation";
import { Cell } from "./plan";

export interface OwnGoalsResult {
  goals: GoalTemplate[];
  /** "'Egne mål'!J4 (tærskel): skal være et tal", in sheet order. */
  errors: string[];
}

type Problem = [Field, string];
/** A goal being read, with the rows its overrides and baselines came from, to name their cells. */
interface Reading {
  row: number;
  candidate: Record<string, unknown> & { overrides?: unknown[]; baselines?: Record<string, unknown> };
  overrideRows: number[];
  baselineRows: Record<string, number>;
}

/**
 * The table's rows as goal templates, checked; `headers` are the table's (either language, any order), and
 * `origin` the sheet and 0-based row and column of the first body cell. Blank rows are skipped.
 */
export function rowsToGoals(
  rows: readonly (readonly Cell[])[],
  origin: { sheet: string; row: number; column: number },
  headers: readonly unknown[],
): OwnGoalsResult {
  const fields = fieldsOfHeaders(headers);
  const language = ownLanguage(headers);
  const errors: { row: number; message: string }[] = [];
  const complain = (row: number, [field, problem]: Problem) => {
    const column = Math.max(fields.indexOf(field), 0);
    const name = wordsFor(language).ownGoals.columns[field];
    const cell = `${sheetReference(origin.sheet)}!${cellAddress(origin.row + row, origin.column + column)}`;
    errors.push({ row, message: `${cell} (${name}): ${problem}` });
  };
  const records = rows.map((cells) => {
    const record: RowCells = {};
    fields.forEach((field, column) => field && (record[field] = cells[column]));
    return record;
  });
  const readings: Reading[] = [];
  records.forEach((record, row) => {
    if (FIELDS.every((field) => text(record[field]) === "") || text(record.appliesTo) !== "") return;
    const read = readGoalRow(record, language);
    if ("problems" in read) read.problems.forEach((problem) => complain(row, problem));
    else readings.push({ row, candidate: read.candidate, overrideRows: [], baselineRows: {} });
  });
  records.forEach((record, row) => {
    if (text(record.appliesTo) === "") return;
    const id = text(record.id);
    const reading = readings.find((candidate) => candidate.candidate.id === id);
    if (!reading && !records.some((other) => text(other.id) === id && text(other.appliesTo) === ""))
      complain(row, ["id", wordsFor(language).ownGoals.noGoalRow(id)]);
    else if (reading) addLevelRow(reading, record, row, language).forEach((problem) => complain(row, problem));
  });
  const goals = readings.flatMap((reading) => {
    const parsed = goalSchema.safeParse(reading.candidate, { reportInput: true });
    if (parsed.success) return [parsed.data];
    for (const issue of parsed.error.issues) {
      const [row, field] = placeOf(reading, issue.path);
      complain(row, [field, describeProblem(issue, language)]);
    }
    return [];
  });
  const seen = new Set<string>();
  for (const reading of readings) {
    const id = reading.candidate.id as string;
    if (seen.has(id)) complain(reading.row, ["id", wordsFor(language).ownGoals.duplicate(id)]);
    seen.add(id);
  }
  const messages = errors.sort((a, b) => a.row - b.row).map((error) => error.message);
  return { goals: messages.length > 0 ? [] : goals, errors: messages };
}

/** A number cell as a number, a blank as nothing; anything else as it is, for the schema to name. */
function numberIn(cell: Cell | undefined): unknown {
  return typeof cell === "number" ? cell : text(cell) === "" ? undefined : cell;
}

/** Full fulfilment at the threshold, and the partial level when given (50 % unless the row says). */
function levelsOf(record: RowCells): { fulfilment: unknown; threshold: unknown }[] {
  const [threshold, partial] = [numberIn(record.threshold), numberIn(record.partial)];
  return [
    ...(threshold === undefined ? [] : [{ fulfilment: 1, threshold }]),
    ...(partial === undefined ? [] : [{ fulfilment: numberIn(record.partialFulfilment) ?? 0.5, threshold: partial }]),
  ];
}

/** A goal's own row as a goal for the schema to check, or the problems of its lists and words. */
function readGoalRow(
  record: RowCells,
  language: Language,
): { candidate: Reading["candidate"] } | { problems: Problem[] } {
  const words = wordsFor(language).ownGoals;
  const problems: Problem[] = [];
  const measure = lookup(ROW_MEASURES, (locale) => locale.ownGoals.measures, text(record.measure));
  if (!measure)
    problems.push(["measure", words.chooseMeasure(ROW_MEASURES.map((key) => words.measures[key]).join(", "))]);
  const comparator = lookup(COMPARATORS, (locale) => locale.ownGoals.comparators, text(record.comparator) || "mindst");
  const names = COMPARATORS.map((key) => words.comparators[key]);
  if (!comparator)
    problems.push([
      "comparator",
      words.chooseComparator(`${names.slice(0, -1).join(", ")} ${words.or} ${names.at(-1)}`),
    ]);
  const years = parseYears(record.years);
  if (!years) problems.push(["years", words.writeYears]);
  const hub = text(record.hub) ? hubNamed(text(record.hub)) : undefined;
  if (text(record.hub) && !hub) problems.push(["hub", words.chooseHub]);
  const baseYear = text(record.baseYear) === "" ? undefined : parseYears(record.baseYear);
  if (baseYear && baseYear.length !== 1) problems.push(["baseYear", words.writeYears]);
  const computation = readComputation(record.computation, record.arguments, language);
  if ("problem" in computation) problems.push(computation.problem);
  const [pending, perMonth] = [readMark(record.pending), readMark(record.perMonth)];
  if (pending === undefined) problems.push(["pending", words.writeMark]);
  if (perMonth === undefined) problems.push(["perMonth", words.writeMark]);
  if (problems.length > 0 || "problem" in computation) return { problems };
  const optional = (field: Field) => text(record[field]) || undefined;
  return {
    candidate: {
      id: text(record.id),
      source: { document: text(record.source), section: text(record.section), quote: text(record.quote) },
      title: { da: text(record.title), en: text(record.titleEn) || text(record.title) },
      measure,
      comparator,
      levels: measure === "qualitative" ? [] : levelsOf(record),
      years,
      segment: optional("segment"),
      topic: optional("topic"),
      hub,
      baseYear: baseYear?.[0] ?? (text(record.baseYear) === "" ? undefined : record.baseYear),
      computation: computation.computation,
      implements: optional("implements"),
      pending: pending || undefined,
      perMonth: perMonth || undefined,
      note: optional("note"),
    },
  };
}

/** A row for one year or hub: its thresholds become an override, its baseline the hub's baseline. */
function addLevelRow(reading: Reading, record: RowCells, row: number, language: Language): Problem[] {
  const words = wordsFor(language).ownGoals;
  const stray = FIELDS.find((field) => !LEVEL_FIELDS.includes(field) && text(record[field]) !== "");
  if (stray) return [[stray, words.onlyLevels]];
  const appliesTo = parseAppliesTo(record.appliesTo);
  if (!appliesTo) return [["appliesTo", words.writeAppliesTo]];
  const levels = levelsOf(record);
  const baseline = numberIn(record.baseline);
  if (levels.length === 0 && baseline === undefined) return [["threshold", words.thresholdOrBaseline]];
  if (baseline !== undefined && (appliesTo.hub === undefined || appliesTo.year !== undefined))
    return [["appliesTo", words.baselineForHub]];
  const { candidate } = reading;
  if (levels.length > 0) {
    candidate.overrides = [...(candidate.overrides ?? []), { ...appliesTo, levels }];
    reading.overrideRows.push(row);
  }
  if (baseline !== undefined && appliesTo.hub) {
    candidate.baselines = { ...candidate.baselines, [appliesTo.hub]: baseline };
    reading.baselineRows[appliesTo.hub] = row;
  }
  return [];
}

/** The row and field a schema problem is about. */
function placeOf(reading: Reading, path: readonly PropertyKey[]): [number, Field] {
  const [field, index, part] = path;
  // A level's threshold, or the partial level's threshold or fulfilment.
  const levelField = (level: unknown, attribute: unknown): Field =>
    level === 1 ? (attribute === "fulfilment" ? "partialFulfilment" : "partial") : "threshold";
  if (field === "overrides" && typeof index === "number") {
    const row = reading.overrideRows[index] ?? reading.row;
    return [row, part === "levels" ? levelField(path[3], path[4]) : "appliesTo"];
  }
  if (field === "baselines" && typeof index === "string")
    return [reading.baselineRows[index] ?? reading.row, "baseline"];
  if (field === "levels" || field === "overrides") return [reading.row, levelField(index, part)];
  if (field === "title") return [reading.row, index === "en" ? "titleEn" : "title"];
  if (field === "source")
    return [reading.row, index === "section" ? "section" : index === "quote" ? "quote" : "source"];
  if (field === "computation") return [reading.row, "arguments"];
  return [reading.row, FIELDS.find((candidate) => candidate === field) ?? "id"];
}
