/**
 * A goal's computation in two cells of the Egne mål table: the function (from a drop-down: a KKR function,
 * the largest deviation of SPREAD, "Leveres af" or "Egen registrering") and its arguments, written as in the
 * formula the goal table shows ("scorer; segmenter; [segment]"), or the text of who supplies the figure.
 * Range names and texts the catalogue knows are read in either language and keep both; a name of the user's
 * own stands for both languages.
 */
import {
  COMPUTING_FUNCTIONS,
  Computation,
  ComputationArgument,
  ComputingFunction,
  GoalTemplate,
  catalogue,
  functionName,
} from "../goals";
import { literal } from "../goals/computation";
import { LOCALES, Language, wordsFor } from "../locale";
import { Field, text } from "./ownGoalFields";

type Localized = { da: string; en: string };
type Choice = ComputingFunction | "largestSpread" | "suppliedBy" | "recordedAs";
const CHOICES: readonly Choice[] = [...COMPUTING_FUNCTIONS, "largestSpread", "suppliedBy", "recordedAs"];

function choiceName(choice: Choice, language: Language): string {
  const words = wordsFor(language);
  if (choice === "suppliedBy" || choice === "recordedAs") return words.ownGoals[choice];
  if (choice === "largestSpread") return `${words.computation.largest}(ABS(${functionName("SPREAD", language)}))`;
  return functionName(choice, language);
}

/** The computation column's drop-down. */
export const computationChoices = (language: Language): string[] =>
  CHOICES.map((choice) => choiceName(choice, language));

/** The catalogue's range names and texts by either language's wording (lower case), each with both. */
const VOCABULARY: Map<string, Localized> = (() => {
  const known = new Map<string, Localized>();
  const add = (pair: Localized) => [pair.da, pair.en].forEach((name) => known.set(name.toLowerCase(), pair));
  for (const { computation } of catalogue) {
    if (!computation) continue;
    if ("suppliedBy" in computation) add(computation.suppliedBy);
    else if ("recordedAs" in computation) add(computation.recordedAs);
    else computation.arguments.forEach((argument) => "range" in argument && add(argument.range));
  }
  return known;
})();
const localized = (name: string): Localized => VOCABULARY.get(name.toLowerCase()) ?? { da: name, en: name };

function argumentText(argument: ComputationArgument, goal: GoalTemplate, language: Language): string {
  const words = wordsFor(language).ownGoals;
  if ("range" in argument) return argument.range[language];
  if ("value" in argument) return literal(argument.value, language);
  if ("values" in argument) return `{${argument.values.map((value) => literal(value, language)).join(";")}}`;
  if ("segmentOfGoal" in argument)
    return goal.segment === undefined && goal.topic ? words.topicToken : words.segmentToken;
  return "";
}

/** A goal's computation as the two cells write it. */
export function computationCells(goal: GoalTemplate, language: Language): { computation: string; arguments: string } {
  const computation = goal.computation;
  if (computation === undefined) return { computation: "", arguments: "" };
  if ("suppliedBy" in computation)
    return { computation: choiceName("suppliedBy", language), arguments: computation.suppliedBy[language] };
  if ("recordedAs" in computation)
    return { computation: choiceName("recordedAs", language), arguments: computation.recordedAs[language] };
  const choice = computation.largestAbsolute ? "largestSpread" : computation.function;
  return {
    computation: choiceName(choice, language),
    arguments: computation.arguments
      .map((argument) => argumentText(argument, goal, language))
      .join(wordsFor(language).computation.separator),
  };
}

/** Splits at `separators` outside quotes and braces. */
function splitTopLevel(value: string, separators: string): string[] {
  const parts: string[] = [];
  let [current, quoted, depth] = ["", false, 0];
  for (const character of value) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === "{") depth++;
    else if (!quoted && character === "}") depth--;
    if (!quoted && depth === 0 && separators.includes(character)) {
      parts.push(current);
      current = "";
    } else current += character;
  }
  return [...parts, current].map((part) => part.trim());
}

/** A literal as the sheet's language writes it, or undefined. */
function readLiteral(token: string, language: Language): string | number | boolean | undefined {
  const quoted = /^"((?:[^"]|"")*)"$/.exec(token);
  if (quoted) return quoted[1].replace(/""/g, '"');
  const number = language === "da" ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (number.test(token)) return Number(token.replace(",", "."));
  const booleans = [LOCALES.da, LOCALES.en].map((words) =>
    words.computation.booleans.map((word) => word.toLowerCase()),
  );
  const truth = booleans.find((pair) => pair.includes(token.toLowerCase()));
  return truth ? truth.indexOf(token.toLowerCase()) === 0 : undefined;
}

function readArgument(token: string, language: Language): ComputationArgument | undefined {
  if (token === "") return { omitted: true };
  const tokens = [LOCALES.da, LOCALES.en].flatMap((words) => [words.ownGoals.segmentToken, words.ownGoals.topicToken]);
  if (tokens.includes(token.toLowerCase())) return { segmentOfGoal: true };
  const list = /^\{(.*)\}$/.exec(token);
  if (list) {
    const values = splitTopLevel(list[1], ";").map((item) => readLiteral(item, language));
    const plain = values.every((value) => typeof value === "string" || typeof value === "number");
    return plain ? { values: values as (string | number)[] } : undefined;
  }
  const value = readLiteral(token, language);
  if (value !== undefined) return { value };
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(token) ? { range: localized(token) } : undefined;
}

export type ComputationRead = { computation?: Computation } | { problem: [Field, string] };

/** The two cells as a computation (none when both are empty), or the problem with the cell it is in. */
export function readComputation(choiceCell: unknown, argumentsCell: unknown, language: Language): ComputationRead {
  const words = wordsFor(language).ownGoals;
  const [name, written] = [text(choiceCell as string), text(argumentsCell as string)];
  if (name === "") return written === "" ? {} : { problem: ["arguments", words.argumentsWithout] };
  const choice = CHOICES.find((candidate) =>
    (["da", "en"] as const).some((each) => choiceName(candidate, each).toLowerCase() === name.toLowerCase()),
  );
  if (choice === undefined)
    return { problem: ["computation", words.chooseComputation(computationChoices(language).join(", "))] };
  if (choice === "suppliedBy" || choice === "recordedAs") {
    if (written === "") return { problem: ["arguments", words.textNeeded] };
    return { computation: { [choice]: localized(written) } as Computation };
  }
  if (written === "") return { problem: ["arguments", words.argumentsNeeded] };
  const tokens = splitTopLevel(written, language === "da" ? ";" : ",;");
  const read = tokens.map((token) => readArgument(token, language));
  const bad = tokens.find((_, index) => read[index] === undefined);
  if (bad !== undefined) return { problem: ["arguments", words.badArgument(bad)] };
  const computation: Computation =
    choice === "largestSpread"
      ? { function: "SPREAD", arguments: read as ComputationArgument[], largestAbsolute: true }
      : { function: choice, arguments: read as ComputationArgument[] };
  return { computation };
}
