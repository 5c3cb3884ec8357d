/** The goal templates and their evaluation: pure TypeScript, no Office. */
export { catalogue, goalsFor, resolveGoal } from "./catalogue";
export type { GoalInForce, GoalQuery } from "./catalogue";
export { evaluateGoal, formatMeasure, STATUS_LABELS } from "./evaluate";
export type { Actual, Evaluation, GoalStatus } from "./evaluate";
export { goalFormulas } from "./formulas";
export type { GoalCells, GoalFormulas } from "./formulas";
export { parseTemplateFile, MAX_TEMPLATE_FILE_BYTES } from "./templateFile";
export { goalSchema, templateFileSchema } from "./schema";
export { MEASURES, COMPARATORS, SEGMENTS } from "./constants";
export { HUBS } from "../core/municipalities";
export type { GoalTemplate, Hub, Level, Measure, Comparator, Segment, Computation } from "./schema";
export { SOURCE_DOCUMENTS, HUB_NAMES } from "./sources";
export type { SourceDocument } from "./sources";
export { describeComputation, intervalFunction, functionName } from "./computation";
export type { Language } from "./computation";
export type { ActualInterval, EvaluationContext } from "./evaluate";
