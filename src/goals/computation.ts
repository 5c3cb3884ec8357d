/**
 * Writes out how a goal's actual value is obtained, in the user's language: the KKR formula to type (with
 * Danish function names and ";" in Danish, as a Danish Excel shows them), or who supplies the figure.
 */
import { GoalInForce } from "./catalogue";
import { excelString } from "./formulas";
import { Language, wordsFor } from "../locale";
import { Computation, ComputationArgument, ComputingFunction } from "./schema";

/** The functions' Danish names, as declared in src/functions/declarations.ts (a test holds the two together). */
export const DANISH_FUNCTION_NAMES: Record<ComputingFunction | "NPSINTERVAL" | "SHAREINTERVAL", string> = {
  NPS: "NPS",
  SHARE: "ANDEL",
  EFFECTSHARE: "EFFEKTANDEL",
  NEWSHARE: "NYANDEL",
  SPREAD: "SPREDNING",
  NPSINTERVAL: "NPSINTERVAL",
  SHAREINTERVAL: "ANDELSINTERVAL",
};

/** A value as a formula in `language` writes it: "ja" in quotes, SAND/TRUE, 0,5 or 0.5. */
export function literal(value: string | number | boolean, language: Language): string {
  const words = wordsFor(language).computation;
  if (typeof value === "string") return excelString(value);
  if (typeof value === "boolean") return words.booleans[value ? 0 : 1];
  return words.decimalComma ? String(value).replace(".", ",") : String(value);
}

function argumentText(argument: ComputationArgument, goal: GoalInForce, language: Language): string {
  if ("range" in argument) return argument.range[language];
  if ("value" in argument) return literal(argument.value, language);
  // A vertical array constant: ";" separates rows in Danish and English Excel alike.
  if ("values" in argument) return `{${argument.values.map((value) => literal(value, language)).join(";")}}`;
  if ("segmentOfGoal" in argument) return excelString(goal.segment ?? goal.topic ?? "");
  return "";
}

/** The name a user types: KKR.ANDEL in Danish Excel, KKR.SHARE in English. */
export const functionName = (id: keyof typeof DANISH_FUNCTION_NAMES, language: Language): string =>
  `KKR.${language === "da" ? DANISH_FUNCTION_NAMES[id] : id}`;

/** "=KKR.ANDEL(henvisning; "ja"; "ved ikke")", or "Leveres af Erhvervsstyrelsen …". */
export function describeComputation(goal: GoalInForce, language: Language): string | undefined {
  const computation: Computation | undefined = goal.computation;
  if (computation === undefined) return undefined;
  const words = wordsFor(language).computation;
  if ("suppliedBy" in computation) return words.suppliedBy(computation.suppliedBy[language]);
  if ("recordedAs" in computation) return words.counted(computation.recordedAs[language]);
  const call = `${functionName(computation.function, language)}(${computation.arguments
    .map((argument) => argumentText(argument, goal, language))
    .join(words.separator)})`;
  return computation.largestAbsolute ? `=${words.largest}(ABS(${call}))` : `=${call}`;
}
