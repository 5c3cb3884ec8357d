/**
 * The schema of a goal template, shared by the built-in catalogue and the template files secretariats
 * write for their local goals. Validated with zod so every offending field gets its own message.
 */
import { z } from "zod";
import { showNumber } from "../core/errors";
import { HUBS } from "../core/municipalities";
import { COMPARATORS, COMPUTING_FUNCTIONS, MEASURES, SEGMENTS } from "./constants";
import { levelsFor } from "./levels";

export { HUBS, MEASURES, COMPARATORS, SEGMENTS, COMPUTING_FUNCTIONS };

const text = z.string().trim().min(1, "må ikke være tom");

/** A custom rule's message in both languages: Danish as zod's message, English in its params. */
const bilingual = (da: string, en: string) => ({ message: da, params: { en } });
const localized = z.object({ da: text.max(200), en: text.max(200) });

/**
 * One argument of a computation, as the pane and the goal table write it out: a range the analyst points
 * at (named by what it holds), a literal value, a vertical list of values, the goal's own segment or
 * topic, or an omitted optional argument.
 */
const computationArgument = z.union([
  z.strictObject({ range: localized }),
  z.strictObject({ value: z.union([z.string().max(80), z.number().finite(), z.boolean()]) }),
  z.strictObject({
    values: z
      .array(z.union([z.string().max(80), z.number().finite()]))
      .min(1)
      .max(10),
  }),
  z.strictObject({ segmentOfGoal: z.literal(true) }),
  z.strictObject({ omitted: z.literal(true) }),
]);

/** How a goal's actual value is obtained: a KKR function, a figure an authority supplies, or the hub's own records. */
const computationSchema = z.union([
  z.strictObject({
    function: z.enum(COMPUTING_FUNCTIONS),
    arguments: z.array(computationArgument).min(1).max(9),
    /** The actual value is the largest absolute value of the function's spill (SPREAD). */
    largestAbsolute: z.boolean().optional(),
  }),
  z.strictObject({ suppliedBy: localized }),
  z.strictObject({ recordedAs: localized }),
]);
const year = z.number().int().min(2000).max(2100);

const level = z.object({
  fulfilment: z.number().gt(0, "opfyldelse skal være over 0").max(1, "opfyldelse kan højst være 1 (100 %)"),
  threshold: z.number().finite(),
});

/** At most full fulfilment and one partial level: what the sources use, and what a goal table has columns for. */
const levels = z
  .array(level)
  .max(2)
  .refine(
    (list) => list.every((item, index) => index === 0 || item.fulfilment < list[index - 1].fulfilment),
    bilingual(
      "niveauerne skal stå med den højeste opfyldelse først",
      "the levels must come with the highest fulfilment first",
    ),
  );

export const goalSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,79}$/, "id skal være 3-80 tegn: små bogstaver a-z, tal og bindestreg"),
    source: z.object({
      document: text,
      section: text,
      quote: text.max(600),
    }),
    title: z.object({ da: text.max(200), en: text.max(200) }),
    measure: z.enum(MEASURES),
    comparator: z.enum(COMPARATORS),
    levels,
    years: z.array(year).min(1).max(20),
    segment: z.enum(SEGMENTS).optional(),
    topic: text.max(80).optional(),
    hub: z.enum(HUBS).optional(),
    /** Levels that replace `levels` for one year, one hub, or one hub in one year. */
    overrides: z
      .array(z.object({ year: year.optional(), hub: z.enum(HUBS).optional(), levels }))
      .max(50)
      .optional(),
    /** Per-hub baseline of a change goal (a share), e.g. the 2020 awareness measurement. */
    baselines: z.partialRecord(z.enum(HUBS), z.number().min(0).max(1)).optional(),
    /** The year a change goal is measured against (its baselines' year, or the survey to connect). */
    baseYear: year.optional(),
    /** How the actual value is computed or where it comes from. */
    computation: computationSchema.optional(),
    /** The national goal a contract goal writes out, by id. */
    implements: z.string().optional(),
    /** The source marks the goal as awaiting another document ("AFVENTER RAMMEAFTALEN"); the note says how it is read. */
    pending: z.literal(true).optional(),
    /** The threshold is a figure per month ("100.000 månedlige visninger"), not per year. */
    perMonth: z.literal(true).optional(),
    note: z.string().max(1000).optional(),
  })
  .superRefine((goal, context) => {
    const allLevels = [goal.levels, ...(goal.overrides ?? []).map((override) => override.levels)];
    if (goal.measure === "qualitative") {
      if (allLevels.some((list) => list.length > 0)) {
        context.addIssue({
          code: "custom",
          path: ["levels"],
          ...bilingual("et kvalitativt mål har ingen tærskler", "a qualitative goal has no thresholds"),
        });
      }
      return;
    }
    if (goal.levels.length === 0 && (goal.overrides ?? []).length === 0) {
      context.addIssue({
        code: "custom",
        path: ["levels"],
        ...bilingual("et kvantitativt mål skal have mindst én tærskel", "a measured goal needs at least one threshold"),
      });
    } else {
      // Every year and hub the goal can be taken into a workbook for must have thresholds; else its sheet
      // would flag every value as missed.
      const hubs = goal.hub ? [goal.hub] : [undefined, ...HUBS];
      // A year left without thresholds everywhere is named once; otherwise the hubs it lacks them for.
      const uncovered = goal.years.flatMap((year) => {
        const missing = hubs.filter((hub) => levelsFor(goal, year, hub).length === 0);
        if (missing.length === hubs.length) return [`${year}`];
        return missing.map((hub) => (hub ? `${year} (${hub})` : `${year} (—)`));
      });
      const listed = `${uncovered.slice(0, 6).join(", ")}${uncovered.length > 6 ? " …" : ""}`;
      if (uncovered.length > 0) {
        context.addIssue({
          code: "custom",
          path: ["overrides"],
          ...bilingual(
            `ingen tærskler for ${listed}; angiv niveauer for målet eller en undtagelse for hvert år`,
            `no thresholds for ${listed}; give the goal levels or an override for every year`,
          ),
        });
      }
    }
    const range = THRESHOLD_RANGE[goal.measure];
    allLevels.flat().forEach((item) => {
      if (item.threshold < range[0] || item.threshold > range[1]) {
        context.addIssue({
          code: "custom",
          path: ["levels"],
          ...bilingual(
            `tærsklen ${showNumber(item.threshold).da} ligger uden for ${showNumber(range[0]).da}..${showNumber(range[1]).da} for måltypen "${goal.measure}"`,
            `the threshold ${item.threshold} lies outside ${range[0]}..${range[1]} for the measure "${goal.measure}"`,
          ),
        });
      }
    });
    checkChangeGoal(goal, context);
    if (goal.comparator === "within" && goal.measure !== "populationDeviation") {
      context.addIssue({
        code: "custom",
        path: ["comparator"],
        ...bilingual(
          '"within" bruges kun til afvigelse fra befolkningsandel',
          '"within" is only for deviation from the population share',
        ),
      });
    }
  });

/** A change goal is measured from its baselines or against a base year, which comes before its years. */
function checkChangeGoal(
  goal: { measure: string; baselines?: object; baseYear?: number; years: number[] },
  context: z.RefinementCtx,
): void {
  if (goal.measure === "changePp" && goal.baselines === undefined && goal.baseYear === undefined) {
    context.addIssue({
      code: "custom",
      path: ["baselines"],
      ...bilingual(
        "et ændringsmål skal have udgangspunkter eller et basisår",
        "a change goal needs baselines or a base year",
      ),
    });
  }
  if (goal.baseYear !== undefined && goal.years.some((each) => each <= (goal.baseYear as number))) {
    context.addIssue({
      code: "custom",
      path: ["baseYear"],
      ...bilingual("basisåret skal ligge før målets år", "the base year must come before the goal's years"),
    });
  }
}

/** Where a threshold can lie: shares and percentage points are fractions, NPS points, counts whole numbers. */
const THRESHOLD_RANGE: Record<(typeof MEASURES)[number], [number, number]> = {
  nps: [-100, 100],
  share: [0, 1],
  count: [0, 1e9],
  changePp: [-1, 1],
  growthVsControlPp: [-1, 1],
  populationDeviation: [0, 1],
  qualitative: [0, 0],
};

export const templateFileSchema = z.object({
  goals: z.array(goalSchema).min(1, "filen skal indeholde mindst ét mål").max(500),
});

export type GoalTemplate = z.infer<typeof goalSchema>;
export type { Hub } from "../core/municipalities";
export type Measure = (typeof MEASURES)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Segment = (typeof SEGMENTS)[number];
export type Level = z.infer<typeof level>;
export type Computation = z.infer<typeof computationSchema>;
export type ComputationArgument = z.infer<typeof computationArgument>;
export type ComputingFunction = (typeof COMPUTING_FUNCTIONS)[number];
