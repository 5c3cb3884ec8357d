/**
 * Connecting a year's survey export to that year's goal tables, as pure decisions: which inputs the goals'
 * computations need, which column of the export each input is (proposed from the headers), the workbook
 * names that point at those columns (`scorer_2022`), and the live formulas each computed goal gets in
 * *Faktisk værdi*, its interval and, for a change goal measured against a connected base year, its
 * baseline. Formulas are in Excel's invariant syntax (English names, commas), as Office.js writes them.
 */
import { GoalInForce } from "./catalogue";
import { excelString } from "./formulas";
import { hasUncertainty } from "./status";
import { Computation, ComputationArgument } from "./schema";
import { normalizeText } from "../core/cells";

/** Where an input's data comes from: the export, last year's connected export, or a register range. */
export type InputOrigin = "export" | "previousYear" | "register";

export interface SurveyInput {
  /** The range name the computations use, in Danish ("scorer") and English ("scores"). */
  name: { da: string; en: string };
  origin: InputOrigin;
  /** The goals that need it, by id. */
  goals: string[];
}

/** Inputs that are not a column of this year's export. */
const ORIGINS: Record<string, InputOrigin> = {
  cvr_året_før: "previousYear",
  aktivitet_pr_kommune: "register",
  forløb_pr_kommune: "register",
  befolkning: "register",
};

/** Where an input's data comes from, by its name. */
export const inputOrigin = (input: string): InputOrigin => ORIGINS[input] ?? "export";

type FunctionComputation = Extract<Computation, { function: unknown }>;
const computed = (goal: GoalInForce): FunctionComputation | undefined =>
  goal.computation && "function" in goal.computation ? goal.computation : undefined;

/** The union of the range names in the goals' computations, in the order first met. */
export function inputsNeeded(goals: readonly GoalInForce[]): SurveyInput[] {
  const inputs = new Map<string, SurveyInput>();
  for (const goal of goals) {
    for (const argument of computed(goal)?.arguments ?? []) {
      if (!("range" in argument)) continue;
      const key = argument.range.da;
      const input = inputs.get(key) ?? { name: argument.range, origin: inputOrigin(key), goals: [] };
      if (!input.goals.includes(goal.id)) input.goals.push(goal.id);
      inputs.set(key, input);
    }
  }
  return [...inputs.values()];
}

/**
 * How a header is recognised as an input, most specific first: the contract's question wording and the
 * words exports use. An input's own name ("kendskab") in the header also matches, as a last resort.
 */
const HEADER_RULES: readonly [input: string, test: (header: string) => boolean][] = [
  ["scorer", (h) => /anbefale|recommend|\bnps\b/.test(h)],
  ["cvr", (h) => /\bcvr|company registration/.test(h) && !/før|previous|sidste år/.test(h)],
  ["kendskab_grønne_ydelser", (h) => /grøn|bæredygtig|green|sustainab/.test(h) && /kend|tilbyder|ydelse|aware/.test(h)],
  ["kendskab_til_tilbud", (h) => /tilbud|offer/.test(h) && /kend|aware/.test(h)],
  ["kender_huset", (h) => /kender du|know the/.test(h)],
  ["kendskab", (h) => /kendskab|hørt om|heard of|aware/.test(h)],
  ["benyttet_henvisning", (h) => /benyttet|benytte|used the referral/.test(h)],
  ["henvist", (h) => /henvist|henvisning|referred|referral/.test(h)],
  ["kompetencer", (h) => /kompetence|competence/.test(h) && !/tilfreds|satisf/.test(h)],
  ["tilfredshed", (h) => /tilfreds|satisf/.test(h)],
  ["effektsvar", (h) => /effekt|effect/.test(h)],
  ["emner", (h) => /emne|tema|topic|område for vejledning/.test(h)],
  ["over_5_ansatte", (h) => /ansatte|employees/.test(h)],
  ["segmenter", (h) => /segment/.test(h)],
  ["befolkning", (h) => /befolkning|folketal|indbyggere|population|folk1a/.test(h)],
  ["forløb_pr_kommune", (h) => /forløb|courses/.test(h)],
  ["aktivitet_pr_kommune", (h) => /aktivitet|vejledte|virksomheder|activity|firms/.test(h)],
];

const SEGMENT_VALUES = new Set(["drift", "vækst", "growth", "operations"]);

/** A column holds segments when its non-blank values are all drift/vækst. */
function holdsSegments(values: readonly unknown[]): boolean {
  const texts = values.filter((value) => typeof value === "string" && value.trim() !== "") as string[];
  return texts.length > 0 && texts.every((text) => SEGMENT_VALUES.has(normalizeText(text)));
}

export interface ExportColumns {
  headers: readonly unknown[];
  /** The columns' values below the header, column by column. */
  columns: readonly (readonly unknown[])[];
}

/**
 * The proposed column (index) for each input, by the rules above and then the input's own name; each
 * column is proposed for one input at most; an input not found is left out. The selection is the export or,
 * connected on its own, the register table of municipalities with their activity and population.
 */
export function proposeColumns(inputs: readonly SurveyInput[], data: ExportColumns): Record<string, number> {
  const headers = data.headers.map((header) => (typeof header === "string" ? normalizeText(header) : ""));
  // Last year's CVR numbers come from last year's connection; everything else from the selected table.
  const wanted = new Set(inputs.filter((input) => input.origin !== "previousYear").map((input) => input.name.da));
  const taken = new Set<number>();
  const proposal: Record<string, number> = {};
  const take = (input: string, column: number) => {
    if (column < 0 || taken.has(column) || input in proposal || !wanted.has(input)) return;
    proposal[input] = column;
    taken.add(column);
  };
  for (const [input, test] of HEADER_RULES)
    take(
      input,
      headers.findIndex((h, c) => !taken.has(c) && test(h)),
    );
  if (wanted.has("segmenter") && !("segmenter" in proposal)) {
    take(
      "segmenter",
      data.columns.findIndex((values, c) => !taken.has(c) && holdsSegments(values)),
    );
  }
  for (const input of wanted) {
    const spaced = input.replace(/_/g, " ");
    take(
      input,
      headers.findIndex((h, c) => !taken.has(c) && (h === input || h.includes(spaced))),
    );
  }
  return proposal;
}

/** The workbook name of an input's data in one year: "scorer_2022". */
export const yearName = (input: string, year: number): string => `${input}_${year}`;

/**
 * A column of a table by structured reference: "T[[Hvor sandsynligt …?]]". The header in double brackets,
 * since Excel needs them for a header with a comma, dash, slash, question mark and the like (and accepts
 * them always), and [, ], # and ' escaped with '.
 */
export function columnReference(table: string, header: string): string {
  return `${table}[[${header.replace(/['#[\]]/g, (char) => `'${char}`)}]]`;
}

const TRUE_LITERAL = "TRUE";

/** An argument in invariant syntax, its ranges the year's names (`undefined`: an input not connected). */
function argumentFormula(argument: ComputationArgument, goal: GoalInForce, names: NameLookup): string | undefined {
  if ("range" in argument) return names(argument.range.da);
  if ("value" in argument) {
    const { value } = argument;
    return typeof value === "string"
      ? excelString(value)
      : typeof value === "boolean"
        ? String(value).toUpperCase()
        : String(value);
  }
  if ("values" in argument) {
    return `{${argument.values.map((value) => (typeof value === "string" ? excelString(value) : String(value))).join(";")}}`;
  }
  if ("segmentOfGoal" in argument) return excelString(goal.segment ?? goal.topic ?? "");
  return "";
}

/** The year's name of an input, or undefined where it is not connected. */
export type NameLookup = (input: string) => string | undefined;

/** The function call with its arguments, padded with empty ones to `length` and then `extra`. */
function call(id: string, args: readonly string[], length = args.length, ...extra: string[]): string {
  const padded = [...args, ...Array(Math.max(0, length - args.length)).fill("")];
  return `KKR.${id}(${[...padded, ...extra].join(",")})`.replace(/,+\)$/, ")");
}

/** The arguments of the goal's computation for a year, or undefined when an input of it is not connected. */
function argumentsFor(goal: GoalInForce, names: NameLookup): string[] | undefined {
  const computation = computed(goal);
  if (!computation) return undefined;
  const args = computation.arguments.map((argument) => argumentFormula(argument, goal, names));
  return args.every((argument): argument is string => argument !== undefined) ? args : undefined;
}

/** How many arguments each share function has before its withRespondents flag. */
const SHARE_ARITY: Record<string, number> = { SHARE: 5, EFFECTSHARE: 5, NEWSHARE: 2 };

/** The share call that spills {share, respondents}. */
const sharePair = (id: string, args: readonly string[]) => call(id, args, SHARE_ARITY[id], TRUE_LITERAL);

export interface GoalConnection {
  actual: string;
  /** The interval's lower and upper bound, where the goal has one. */
  interval?: { lower: string; upper: string };
  /** A change goal's baseline computed from the connected base year. */
  baseline?: string;
}

export interface GoalCellsAddresses {
  /** The baseline cell of the goal's row, for a change goal's bounds (baseline + change bound). */
  baseline: string;
}

/**
 * The formulas a computed goal gets for a year, given the year's names and the base year's; undefined
 * when the goal is not computed or an input it needs is not connected (its status stays "Ingen data").
 */
export function goalConnection(
  goal: GoalInForce,
  names: NameLookup,
  baseNames: NameLookup,
  cells: GoalCellsAddresses,
): GoalConnection | undefined {
  const computation = computed(goal);
  const args = argumentsFor(goal, names);
  if (!computation || !args) return undefined;
  const id = computation.function;
  const plain = call(id, args);
  const actual = computation.largestAbsolute ? `=MAX(ABS(${plain}))` : `=${plain}`;
  if (!hasUncertainty(goal.comparator) || id === "SPREAD") return { actual };
  const bound = (spill: string, column: number, offset = "") => `=${offset}INDEX(${spill},1,${column})`;
  if (id === "NPS") {
    const interval = call("NPSINTERVAL", [args[0], "", ...args.slice(1)]);
    return { actual, interval: { lower: bound(interval, 1), upper: bound(interval, 2) } };
  }
  // A baseline the source gives is the authority; the base year's data fills in only where it gives none.
  const baseArgs =
    goal.measure === "changePp" && goal.baseline === undefined ? argumentsFor(goal, baseNames) : undefined;
  if (baseArgs) {
    // The bounds of this year's share: the baseline plus the bounds of the change, so that the status
    // formulas (bound − baseline against the threshold) judge the change with both samples' uncertainty.
    const change = call("SHARECHANGE", [sharePair(id, args), "", sharePair(id, baseArgs)]);
    return {
      actual,
      baseline: `=${call(id, baseArgs)}`,
      interval: { lower: bound(change, 2, `${cells.baseline}+`), upper: bound(change, 3, `${cells.baseline}+`) },
    };
  }
  const interval = call("SHAREINTERVAL", [sharePair(id, args)]);
  return { actual, interval: { lower: bound(interval, 1), upper: bound(interval, 2) } };
}

/** What keeps an export from being connected, for the pane to name; nothing is written then. */
export type ExportProblem =
  | { kind: "noGoalTable" }
  | { kind: "noHeader" }
  | { kind: "duplicateHeaders"; header: string }
  | { kind: "mixedYears"; header: string; years: number[] };

const DATE_HEADER = /dato|date|\bår\b|\byear\b|tidspunkt/;

/** The year of a date cell: text with a year in it, or an Excel date serial (days since 1899-12-30). */
function yearOf(cell: unknown): number | undefined {
  if (typeof cell === "number" && cell > 36_000 && cell < 73_000) {
    return new Date(Math.round((cell - 25_569) * 86_400_000)).getUTCFullYear();
  }
  const found = typeof cell === "string" ? /\b(20\d\d)\b/.exec(cell) : null;
  return found ? Number(found[1]) : undefined;
}

/**
 * Why an export cannot be connected for `year`: no goal table of the year, no header row (a number or a
 * blank among the headers), two columns of one name, or a date column whose years are not (only) `year`.
 */
export function exportProblem(data: ExportColumns, year: number, goalTables: number): ExportProblem | undefined {
  if (goalTables === 0) return { kind: "noGoalTable" };
  const headers = data.headers;
  if (data.columns.length === 0 || data.columns[0].length === 0) return { kind: "noHeader" };
  if (headers.some((header) => typeof header !== "string" || header.trim() === "")) return { kind: "noHeader" };
  const seen = new Set<string>();
  for (const header of headers as string[]) {
    const key = normalizeText(header);
    if (seen.has(key)) return { kind: "duplicateHeaders", header };
    seen.add(key);
  }
  for (let column = 0; column < headers.length; column++) {
    const header = headers[column] as string;
    if (!DATE_HEADER.test(normalizeText(header))) continue;
    const years = [...new Set(data.columns[column].map(yearOf).filter((found) => found !== undefined))].sort();
    if (years.length > 0 && (years.length > 1 || years[0] !== year)) return { kind: "mixedYears", header, years };
  }
  return undefined;
}

/** A column chosen for two inputs: the header and the inputs, or undefined. */
export function doubleMapping(
  mapping: Readonly<Record<string, string>>,
): { header: string; inputs: string[] } | undefined {
  const byHeader = new Map<string, string[]>();
  for (const [input, header] of Object.entries(mapping)) byHeader.set(header, [...(byHeader.get(header) ?? []), input]);
  const [header, inputs] = [...byHeader].find(([, list]) => list.length > 1) ?? [];
  return header === undefined ? undefined : { header, inputs: [...(inputs as string[])].sort() };
}
