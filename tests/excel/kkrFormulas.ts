/**
 * Evaluates the KKR formulas the add-in writes (KKR calls over workbook names, table columns by structured
 * reference, cells and ranges; INDEX, FILTER, SEQUENCE; =, * and + element by element), by calling the
 * custom functions as Excel would, so a test can put their values where they stood and let LibreOffice,
 * which has no KKR functions (and, in Debian's version, no FILTER), compute the rest. Only the shapes the
 * add-in writes are read.
 */
import * as KKR from "../../src/functions/functions";

type Value = unknown;
export interface FormulaContext {
  /** A workbook name's cells, as a range argument. */
  name(name: string): unknown[][];
  /** A cell of the formula's sheet ("G7"), evaluated. */
  cell(address: string): Value;
  /** A range of the formula's sheet ("K9:K23"). */
  range?(address: string): unknown[][];
  /** A table's column by header, as a range argument. */
  column?(table: string, header: string): unknown[][];
}

const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  "KKR.NPS": KKR.nps,
  "KKR.NPSINTERVAL": KKR.npsInterval,
  "KKR.SHARE": KKR.share,
  "KKR.EFFECTSHARE": KKR.effectShare,
  "KKR.NEWSHARE": KKR.newShare,
  "KKR.SHAREINTERVAL": KKR.shareInterval,
  "KKR.SHARECHANGE": KKR.shareChange,
  "KKR.CHOICES": KKR.choices,
  "KKR.SCALEMEAN": KKR.scaleMean,
  "KKR.SCALEDISTRIBUTION": KKR.scaleDistribution,
  "KKR.MEANINTERVAL": KKR.meanInterval,
  "KKR.MEANCHANGE": KKR.meanChange,
};

const STRUCTURED = /^([A-Za-z_][\w.]*)\[\[((?:[^\]']|'.)*)\]\]$/;

const TOKEN =
  /\s*("(?:[^"]|"")*"|\{[^}]*\}|[A-Za-z_][\w.]*\[\[(?:[^\]']|'.)*\]\]|\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}\$?\d+(?![\w.(])|[A-Za-z_][\w.æøåÆØÅ]*|\d+(?:\.\d+)?|[(),+*=])/y;

function tokens(formula: string): string[] {
  const found: string[] = [];
  let position = 0;
  while (formula.slice(position).trim() !== "") {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`cannot read ${formula} at ${position}`);
    found.push(match[1]);
    position = TOKEN.lastIndex;
  }
  return found;
}

const literal = (text: string): Value =>
  text.startsWith('"')
    ? text.slice(1, -1).replace(/""/g, '"')
    : /^\d/.test(text)
      ? Number(text)
      : text === "TRUE" || text === "FALSE"
        ? text === "TRUE"
        : undefined;

/** A 1×1 spill is its value, as a cell shows it. */
const single = (value: Value): Value =>
  Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;

/** An operator element by element, an array against an array of its shape or against a single value. */
function elementwise(left: Value, right: Value, operator: (a: Value, b: Value) => Value): Value {
  if (!Array.isArray(left) && !Array.isArray(right)) return operator(left, right);
  const shape = (Array.isArray(left) ? left : right) as Value[][];
  const cellOf = (side: Value, r: number, c: number) => (Array.isArray(side) ? (side as Value[][])[r][c] : side);
  return shape.map((line, r) => line.map((_, c) => operator(cellOf(left, r, c), cellOf(right, r, c))));
}

const equal = (a: Value, b: Value) =>
  typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;

/** FILTER(array, include, ifEmpty): the rows whose include is true, or ifEmpty where none is. */
function filter(array: Value[][], include: Value[][], ifEmpty: Value): Value[][] {
  const kept = array.filter((_, row) => Boolean(include[row][0]));
  return kept.length > 0 ? kept : [[ifEmpty]];
}

/** INDEX(array, row, column), where row may be a column of rows (SEQUENCE's). */
function index(array: Value[][], row: Value, column: number): Value {
  if (Array.isArray(row)) return (row as number[][]).map(([each]) => [array[each - 1][column - 1]]);
  return array[(row as number) - 1][column - 1];
}

const BUILT_IN: Record<string, (...args: any[]) => Value> = {
  INDEX: index,
  FILTER: filter,
  SEQUENCE: (rows: number) => Array.from({ length: rows }, (_, row) => [row + 1]),
};

export function evaluateFormula(formula: string, context: FormulaContext): Value {
  const list = tokens(formula.replace(/^=/, ""));
  let at = 0;
  const next = () => list[at++];
  const peek = () => list[at];
  function argument(): Value {
    return peek() === "," || peek() === ")" ? null : expression();
  }
  function call(name: string): Value {
    next(); // "("
    const args: Value[] = [];
    if (peek() !== ")") {
      args.push(argument());
      while (peek() === ",") {
        next();
        args.push(argument());
      }
    }
    next(); // ")"
    if (BUILT_IN[name]) return BUILT_IN[name](...args);
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`no function ${name}`);
    return single(fn(...args));
  }
  function reference(token: string): Value {
    const structured = STRUCTURED.exec(token);
    if (structured && context.column) return context.column(structured[1], structured[2].replace(/'(.)/g, "$1"));
    if (/^\$?[A-Z]{1,3}\$?\d+:/.test(token) && context.range) return context.range(token.replace(/\$/g, ""));
    if (/^\$?[A-Z]{1,3}\$?\d+$/.test(token)) return context.cell(token.replace(/\$/g, ""));
    return context.name(token);
  }
  function term(): Value {
    const token = next();
    if (token === "(") {
      const value = expression();
      next(); // ")"
      return value;
    }
    if (peek() === "(") return call(token);
    if (token.startsWith("{")) {
      return token
        .slice(1, -1)
        .split(";")
        .map((row) => row.split(",").map((cell) => literal(cell.trim())));
    }
    const value = literal(token);
    return value !== undefined ? value : reference(token);
  }
  function product(): Value {
    let value = term();
    while (peek() === "*") {
      next();
      value = elementwise(value, term(), (a, b) => Number(a) * Number(b));
    }
    return value;
  }
  function sum(): Value {
    let value = product();
    while (peek() === "+") {
      next();
      value = elementwise(value, product(), (a, b) => (a as number) + (b as number));
    }
    return value;
  }
  function expression(): Value {
    const value = sum();
    if (peek() !== "=") return value;
    next();
    return elementwise(value, sum(), equal);
  }
  return expression();
}
