/**
 * Evaluates the formulas a connection writes (KKR calls over workbook names, INDEX, a cell plus a bound),
 * by calling the custom functions as Excel would, so a test can put their values where they stood and let
 * LibreOffice, which has no KKR functions, compute the rest. Only the shapes the add-in writes are read.
 */
import * as KKR from "../../src/functions/functions";

type Value = unknown;
export interface FormulaContext {
  /** A workbook name's cells, as a range argument. */
  name(name: string): unknown[][];
  /** A cell of the formula's sheet ("G7"), evaluated. */
  cell(address: string): Value;
}

const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  "KKR.NPS": KKR.nps,
  "KKR.NPSINTERVAL": KKR.npsInterval,
  "KKR.SHARE": KKR.share,
  "KKR.EFFECTSHARE": KKR.effectShare,
  "KKR.NEWSHARE": KKR.newShare,
  "KKR.SHAREINTERVAL": KKR.shareInterval,
  "KKR.SHARECHANGE": KKR.shareChange,
};

const TOKEN = /\s*("(?:[^"]|"")*"|\{[^}]*\}|\$?[A-Z]{1,3}\$?\d+(?![\w.(])|[A-Za-z_][\w.æøåÆØÅ]*|\d+(?:\.\d+)?|[(),+])/y;

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
    if (name === "INDEX") return (args[0] as Value[][])[(args[1] as number) - 1][(args[2] as number) - 1];
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`no function ${name}`);
    return single(fn(...args.map((arg) => (arg === null ? null : arg))));
  }
  function term(): Value {
    const token = next();
    if (peek() === "(") return call(token);
    if (token.startsWith("{")) {
      return token
        .slice(1, -1)
        .split(";")
        .map((row) => row.split(",").map((cell) => literal(cell.trim())));
    }
    const value = literal(token);
    if (value !== undefined) return value;
    if (/^\$?[A-Z]{1,3}\$?\d+$/.test(token)) return context.cell(token.replace(/\$/g, ""));
    return context.name(token);
  }
  function expression(): Value {
    let value = term();
    while (peek() === "+") {
      next();
      value = (value as number) + (term() as number);
    }
    return value;
  }
  return expression();
}
