/** The goal templates, their status formulas and how their values are obtained: pure TypeScript, no Office. */
export { catalogue, goalsFor, resolveGoal } from "./catalogue";
export type { GoalInForce, GoalQuery } from "./catalogue";
export { formatMeasure, hasUncertainty } from "./status";
export type { GoalStatus } from "./status";
export { excelString, goalFormulas } from "./formulas";
export type { GoalCells, GoalFormulas } from "./formulas";
export { parseTemplateFile, MAX_TEMPLATE_FILE_BYTES } from "./templateFile";
export { goalSchema, templateFileSchema } from "./schema";
export { MEASURES, COMPARATORS, SEGMENTS, COMPUTING_FUNCTIONS } from "./constants";
export { HUBS } from "../core/municipalities";
export type {
  GoalTemplate,
  Hub,
  Level,
  Measure,
  Comparator,
  Segment,
  Computation,
  ComputationArgument,
  ComputingFunction,
} from "./schema";
export { SOURCE_DOCUMENTS, HUB_NAMES } from "./sources";
export type { SourceDocument } from "./sources";
export { describeComputation, functionName } from "./computation";
export type { Language } from "../locale";
