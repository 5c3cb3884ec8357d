/**
 * Agreement scales (1-5, or any numeric scale): the answers read as exports write them (5, "5",
 * "5 - I meget høj grad"; "Ved ikke" and `excluded` are no respondent; a blank none), their mean, its
 * Student-t interval, the change between two independent groups or years by Welch's t interval
 * (Welch–Satterthwaite degrees of freedom), and the share answering each point, adding up to 100 % as shown.
 */
import { allocateLargestRemainder } from "./allocate";
import { ARGUMENT } from "./argumentNames";
import { answerKeys, isDontKnow, numberedLabel } from "./answers";
import { Grid, cellError, isBlank, matchKey, readFlagArgument, requireGrid, requireSameShape, showCell } from "./cells";
import { Change } from "./changes";
import { LocalizedText, divisionByZeroError, showNumber, valueError } from "./errors";
import { Interval, readConfidence } from "./intervals";
import { readOnce } from "./readings";
import { SegmentOptions, segmentFilter } from "./segments";
import { studentTQuantile } from "./studentT";

export interface ScaleOptions extends SegmentOptions {
  /** More answers that are no respondent, e.g. "Ikke relevant" or a code such as 9. */
  excluded?: unknown;
}

const NO_RESPONDENT = Symbol("no respondent");
const NOT_A_POINT = Symbol("not a point");

function readPoint(cell: unknown, excluded: Set<string>): number | typeof NO_RESPONDENT | typeof NOT_A_POINT {
  if (isBlank(cell)) return NO_RESPONDENT;
  const key = matchKey(cell);
  if (key !== undefined && excluded.has(key)) return NO_RESPONDENT;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NOT_A_POINT;
  if (typeof cell !== "string") return NOT_A_POINT;
  if (isDontKnow(cell)) return NO_RESPONDENT;
  const text = cell.trim().replace(",", ".");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return numberedLabel(cell)?.number ?? NOT_A_POINT;
}

/**
 * The scale answers of the chosen segment, as a tally of each point's answers (a scale has few points, so a
 * million answers are counted, not kept); a cell that is no answer is #VALUE! naming it.
 */
export function scaleAnswers(
  answerGrid: Grid,
  options: ScaleOptions = {},
  argument: LocalizedText = ARGUMENT.answers,
): Map<number, number> {
  const answers = requireGrid(answerGrid, argument);
  if (options.segments !== undefined) requireSameShape(answers, argument, options.segments, ARGUMENT.segments);
  const excluded = answerKeys(options.excluded ?? null, ARGUMENT.excluded);
  const inSegment = segmentFilter(options);
  const pointOf = readOnce((cell) => readPoint(cell, excluded));
  // Whole numbers 0..100 are counted in an array; other points (3,5, 250) in the map.
  const small = new Float64Array(101);
  const tally = new Map<number, number>();
  // Whole numbers are the common answer: counted inline unless an excluded answer or a segment could drop one.
  const numbersFast = !inSegment && ![...excluded].some((key) => /^-?\d/.test(key));
  for (let row = 0; row < answers.length; row++) {
    const cells = answers[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (numbersFast && typeof cell === "number" && cell >= 0 && cell <= 100 && (cell | 0) === cell) {
        small[cell]++;
        continue;
      }
      const point = pointOf(cell);
      if (point === NO_RESPONDENT || (inSegment && !inSegment.test(row, column))) continue;
      if (point === NOT_A_POINT) throw notOnTheScale(answers, row, column, argument);
      if (point >= 0 && point <= 100 && (point | 0) === point) small[point]++;
      else tally.set(point, (tally.get(point) ?? 0) + 1);
    }
  }
  small.forEach((count, point) => count > 0 && tally.set(point, count));
  if (tally.size === 0) inSegment?.requireOccurs();
  return new Map([...tally].sort(([a], [b]) => a - b));
}

function notOnTheScale(answers: Grid, row: number, column: number, argument: LocalizedText) {
  const shown = showCell(answers[row][column]);
  return cellError(argument, answers, row, column, {
    da: `${shown.da} er ikke et svar på skalaen; skriv et tal (fx 4), et svar med tallet først ("5 - I meget høj grad") eller "ved ikke".`,
    en: `${shown.en} is not an answer on the scale; write a number (e.g. 4), an answer with its number first ("5 - Strongly agree") or "don't know".`,
  });
}

interface Moments {
  n: number;
  mean: number;
  /** The sample variance (n − 1 in the denominator). */
  variance: number;
}

function moments(tally: ReadonlyMap<number, number>, least: number, what: LocalizedText): Moments {
  let n = 0;
  let sum = 0;
  for (const [point, count] of tally) {
    n += count;
    sum += point * count;
  }
  if (n < least) {
    throw divisionByZeroError(
      `${what.da}: ${n === 0 ? "der er ingen svar" : `der er kun ${n} svar`}; der skal mindst være ${least}.`,
      `${what.en}: ${n === 0 ? "there are no answers" : `there is only ${n} answer`}; at least ${least} are needed.`,
    );
  }
  const mean = sum / n;
  let squares = 0;
  for (const [point, count] of tally) squares += count * (point - mean) ** 2;
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

const ANSWERS_WHAT = { da: "Svar", en: "Answers" };
const BASE_WHAT = { da: "Svar_før", en: "BaseAnswers" };

export function scaleMean(answers: Grid, options: ScaleOptions = {}): number {
  return moments(scaleAnswers(answers, options), 1, ANSWERS_WHAT).mean;
}

/** What SCALEMEAN spills: the mean alone, or with `withRespondents` the mean and its number of answers. */
export function scaleMeanResult(answers: Grid, options: ScaleOptions = {}, withRespondents?: unknown): number[][] {
  const { n, mean } = moments(scaleAnswers(answers, options), 1, ANSWERS_WHAT);
  return readFlagArgument(withRespondents, ARGUMENT.withRespondents, false) ? [[mean, n]] : [[mean]];
}

/** The t of a two-sided interval at `confidence` with `df` degrees of freedom. */
const tFor = (confidence: unknown, df: number): number =>
  studentTQuantile(1 - (1 - readConfidence(confidence)) / 2, df);

/** The Student-t interval of the mean: mean ± t(1 − α/2, n − 1) · s/√n. */
export function meanInterval(answers: Grid, confidence?: unknown, options: ScaleOptions = {}): Interval {
  const { n, mean, variance } = moments(scaleAnswers(answers, options), 2, ANSWERS_WHAT);
  const half = tFor(confidence, n - 1) * Math.sqrt(variance / n);
  return { lower: mean - half, upper: mean + half };
}

/** The change of the mean from a base group or year, with Welch's t interval. */
export function meanChange(answers: Grid, baseAnswers: Grid, confidence?: unknown): Change {
  const now = moments(scaleAnswers(answers), 2, ANSWERS_WHAT);
  const base = moments(scaleAnswers(baseAnswers, {}, ARGUMENT.baseAnswers), 2, BASE_WHAT);
  const change = now.mean - base.mean;
  const [a, b] = [now.variance / now.n, base.variance / base.n];
  const se = Math.sqrt(a + b);
  if (se === 0) return { change, lower: change, upper: change };
  const df = (a + b) ** 2 / (a ** 2 / (now.n - 1) + b ** 2 / (base.n - 1));
  const half = tFor(confidence, df) * se;
  return { change, lower: change - half, upper: change + half };
}

/** The points of the scale: given, or every whole number from the lowest answer to the highest. */
function scalePoints(points: unknown, answers: readonly number[]): number[] {
  if (isBlank(points) || points === undefined) {
    const [low, high] = [Math.min(...answers), Math.max(...answers)];
    if (answers.some((answer) => !Number.isInteger(answer)) || high - low > 100) {
      throw valueError(
        "Angiv skalaens punkter (fx {1;2;3;4;5}): svarene er ikke hele tal på en kort skala.",
        "Give the scale's points (e.g. {1;2;3;4;5}): the answers are not whole numbers on a short scale.",
      );
    }
    return Array.from({ length: high - low + 1 }, (_, index) => low + index);
  }
  const grid: Grid = Array.isArray(points) ? requireGrid(points, ARGUMENT.points) : [[points]];
  return grid.flat().map((cell, index) => {
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    throw cellError(ARGUMENT.points, grid, Math.floor(index / grid[0].length), index % grid[0].length, {
      da: `${showCell(cell).da} er ikke et punkt på skalaen; skriv tallene, fx {1;2;3;4;5}.`,
      en: `${showCell(cell).en} is not a point on the scale; write the numbers, e.g. {1;2;3;4;5}.`,
    });
  });
}

/**
 * The share answering each point, in whole per cent that add up to exactly 100 % (largest remainder, ties
 * to the larger count and then the earlier point), spilled as one row in the order of the points.
 */
export function scaleDistribution(answers: Grid, points?: unknown, options: ScaleOptions = {}): number[] {
  const tally = scaleAnswers(answers, options);
  if (tally.size === 0) throw divisionByZeroError("Der er ingen svar.", "There are no answers.");
  const scale = scalePoints(points, [...tally.keys()]);
  const counts = scale.map((point) => tally.get(point) ?? 0);
  const outside = [...tally.keys()].find((answer) => !scale.includes(answer));
  if (outside !== undefined) {
    const shown = scale.map(showNumber);
    throw valueError(
      `Svaret ${showCell(outside).da} er ikke et af punkterne ${shown.map((point) => point.da).join("; ")}.`,
      `The answer ${showCell(outside).en} is not one of the points ${shown.map((point) => point.en).join(", ")}.`,
    );
  }
  const percents = allocateLargestRemainder(100n, counts.map(BigInt));
  return percents.map((percent) => Number(percent) / 100);
}
