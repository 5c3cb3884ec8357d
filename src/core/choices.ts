/**
 * CHOICES: multiple-response answers ("markér højst 5 af disse 15 nøgleord"), counted per option. Two
 * layouts, as exports write them: one cell per respondent holding the marked options separated by ";" (or
 * "," where the cell has no ";"), or one column per option holding a mark (x, 1, TRUE, ja, or the option's
 * own name). Case and spaces are ignored. With `options` the list and its order are fixed, an option nobody
 * marked shows 0 and a mark outside the list is #VALUE! naming the cell; without, the options are the marks
 * met, in order of first appearance. A respondent with more marks than `maxChoices` is #VALUE! naming the
 * cell (the survey's rule) unless `allowMore`. Respondents are the rows with at least one mark, or every row
 * of the range with `allRows`.
 */
import { ARGUMENT } from "./argumentNames";
import {
  ExcelValue,
  Grid,
  cellError,
  excelErrorCode,
  isBlank,
  normalizeText,
  parseFlag,
  readFlagArgument,
  readScalarNumber,
  requireGrid,
  showCell,
} from "./cells";
import { capitalize, divisionByZeroError, showNumber, valueError } from "./errors";
import { readOnce } from "./readings";

export interface ChoicesOptions {
  maxChoices?: unknown;
  options?: unknown;
  allRows?: unknown;
  allowMore?: unknown;
}

/** A cell as an option's name: text as written, a number at Excel's 15 digits (0,1+0,2 is "0.3"). */
const nameOf = (cell: string | number | boolean): string =>
  typeof cell === "number" ? showNumber(cell).en : String(cell);

/** The option list: the given options in their order, or those met, as first written. */
class OptionList {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(readonly fixed: boolean) {}

  add(name: string): number {
    const key = normalizeText(name);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    this.index.set(key, this.names.length);
    this.names.push(name.trim());
    return this.names.length - 1;
  }

  /** The option's position, adding it where the list is not fixed; undefined for a mark outside it. */
  find(name: string): number | undefined {
    const found = this.index.get(normalizeText(name));
    return found !== undefined || this.fixed ? found : this.add(name);
  }
}

function optionList(options: unknown): OptionList {
  if (isBlank(options) || options === undefined) return new OptionList(false);
  const grid: Grid = Array.isArray(options) ? requireGrid(options, ARGUMENT.options) : [[options]];
  const list = new OptionList(true);
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (isBlank(cell)) return;
      if (typeof cell !== "string" && typeof cell !== "number") {
        throw cellError(ARGUMENT.options, grid, row, column, {
          da: `${showCell(cell).da} er ikke en mulighed; skriv mulighedernes navne.`,
          en: `${showCell(cell).en} is not an option; write the options' names.`,
        });
      }
      list.add(nameOf(cell));
    }),
  );
  return list;
}

const LISTED = 15;
const listOf = (list: OptionList) =>
  list.names
    .slice(0, LISTED)
    .map((name) => `"${name}"`)
    .join(", ") + (list.names.length > LISTED ? " …" : "");

/** A cell's marks as option positions; throws for a mark outside a fixed list. */
type CellMarks = (cell: ExcelValue, row: number, column: number) => number[];

function marksReader(answers: Grid, list: OptionList): CellMarks {
  const single = answers[0].length === 1;
  const outside = (cell: ExcelValue, row: number, column: number, mark: string) =>
    cellError(ARGUMENT.answers, answers, row, column, {
      da: `${showCell(mark).da} er ikke en af mulighederne ${listOf(list)}${single ? ` (i ${showCell(cell).da})` : ""}.`,
      en: `${showCell(mark).en} is not one of the options ${listOf(list)}${single ? ` (in ${showCell(cell).en})` : ""}.`,
    });
  // The texts of one cell, split once per distinct value: a million cells hold few distinct answers.
  const split = readOnce((cell) =>
    typeof cell === "string"
      ? cell
          .split(cell.includes(";") ? ";" : ",")
          .map((mark) => mark.trim())
          .filter(Boolean)
      : [],
  );
  return (cell, row, column) => {
    if (isBlank(cell)) return [];
    if (
      excelErrorCode(cell) !== undefined ||
      (typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean")
    ) {
      throw cellError(ARGUMENT.answers, answers, row, column, {
        da: `cellen viser ${showCell(cell).da}; ret den først.`,
        en: `the cell shows ${showCell(cell).en}; correct it first.`,
      });
    }
    if (single) {
      return (split(nameOf(cell)) as string[]).map((mark) => {
        const found = list.find(mark);
        if (found === undefined) throw outside(cell, row, column, mark);
        return found;
      });
    }
    const named = typeof cell === "string" ? list.find(cell) : undefined;
    if (named !== undefined && (list.fixed || parseFlag(cell) === undefined)) return [named];
    const flag = parseFlag(cell);
    if (flag === false) return [];
    if (flag === true && column < list.names.length && list.fixed) return [column];
    throw outside(cell, row, column, nameOf(cell));
  };
}

/**
 * Each row's distinct marks. A one-column range holds few distinct cells over many rows, so a cell's marks
 * are worked out once (an error, at the first cell holding the value) and then looked up.
 */
function rowMarksReader(answers: Grid, marksOf: CellMarks): (row: number) => readonly number[] {
  const known = new Map<ExcelValue, readonly number[]>();
  return (row) => {
    const cells = answers[row];
    if (cells.length === 1) {
      let marks = known.get(cells[0]);
      if (marks === undefined) {
        marks = [...new Set(marksOf(cells[0], row, 0))];
        known.set(cells[0], marks);
      }
      return marks;
    }
    const marked = new Set<number>();
    cells.forEach((cell, column) => marksOf(cell, row, column).forEach((mark) => marked.add(mark)));
    return [...marked];
  };
}

function readMaxChoices(value: unknown): number | undefined {
  if (isBlank(value) || value === undefined) return undefined;
  const max = readScalarNumber(value, ARGUMENT.maxChoices);
  if (!Number.isInteger(max) || max < 1) {
    throw valueError(
      `${capitalize(ARGUMENT.maxChoices.da)} skal være et positivt helt tal (fik ${showCell(max).da}).`,
      `${capitalize(ARGUMENT.maxChoices.en)} must be a positive whole number (got ${showCell(max).en}).`,
    );
  }
  return max;
}

/** One row per option: its name, its marks and the share of respondents who marked it, most marked first. */
export function choices(answerGrid: Grid, options: ChoicesOptions = {}): (string | number)[][] {
  const answers = requireGrid(answerGrid, ARGUMENT.answers);
  const list = optionList(options.options);
  const max = readMaxChoices(options.maxChoices);
  const allowMore = readFlagArgument(options.allowMore, ARGUMENT.allowMore, false);
  const allRows = readFlagArgument(options.allRows, ARGUMENT.allRows, false);
  if (answers[0].length > 1 && !list.fixed && answers.some((cells) => cells.some((cell) => parseFlag(cell) === true))) {
    throw valueError(
      "Svarene har én kolonne pr. mulighed med markeringer (x, 1, SAND): angiv mulighederne, kolonnernes nøgleord, i samme rækkefølge.",
      "The answers have one column per option with marks (x, 1, TRUE): give the options, the columns' keywords, in the same order.",
    );
  }
  const marksOf = marksReader(answers, list);
  const counts: number[] = [];
  let respondents = 0;
  const rowMarks = rowMarksReader(answers, marksOf);
  for (let row = 0; row < answers.length; row++) {
    const marked = rowMarks(row);
    if (max !== undefined && marked.length > max && !allowMore) {
      throw cellError(ARGUMENT.answers, answers, row, 0, {
        da: `respondenten har ${marked.length} markeringer; højst ${max} er tilladt (angiv tillad_flere SAND for at tælle dem alligevel).`,
        en: `the respondent has ${marked.length} marks; at most ${max} are allowed (set allowMore TRUE to count them anyway).`,
      });
    }
    if (marked.length > 0 || allRows) respondents++;
    for (const mark of marked) counts[mark] = (counts[mark] ?? 0) + 1;
  }
  if (respondents === 0) throw divisionByZeroError("Der er ingen markeringer.", "There are no marks.");
  return list.names
    .map((name, index) => ({ name, index, marks: counts[index] ?? 0 }))
    .sort((a, b) => b.marks - a.marks || a.index - b.index)
    .map(({ name, marks }) => [name, marks, marks / respondents]);
}
