/**
 * The fixed choices of a goal template, apart from the schema (zod), so the pane's first screen can use them
 * without loading the validator.
 */
export const MEASURES = [
  "nps",
  "share",
  "count",
  "changePp",
  "growthVsControlPp",
  "populationDeviation",
  "qualitative",
] as const;
export const COMPARATORS = ["atLeast", "atMost", "greaterThan", "within"] as const;
export const SEGMENTS = ["drift", "vækst"] as const;

/** The KKR functions that compute a goal's actual value from survey or register data. */
export const COMPUTING_FUNCTIONS = ["NPS", "SHARE", "EFFECTSHARE", "NEWSHARE", "SPREAD"] as const;
