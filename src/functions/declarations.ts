/**
 * Each custom function declared once: its id, its Danish name and its parameters in order, each with its
 * names in both languages (from the core's vocabulary, so a domain error names the argument the user
 * typed) and whether Excel passes it as a range. The adapter places a cell error by a parameter's position
 * here; a test holds the built metadata (from the JSDoc and docs/) to this table.
 */
import { ARGUMENT, LocalizedText } from "../core";

export interface Parameter {
  name: LocalizedText;
  /** A range (Excel gives its address) or a single value. */
  kind: "range" | "value";
}

export interface Declaration {
  id: string;
  da: string;
  parameters: readonly Parameter[];
}

const range = (name: LocalizedText): Parameter => ({ name, kind: "range" });
const value = (name: LocalizedText): Parameter => ({ name, kind: "value" });

export const DECLARATIONS = {
  nps: {
    id: "NPS",
    da: "NPS",
    parameters: [range(ARGUMENT.scores), range(ARGUMENT.segments), value(ARGUMENT.segment), range(ARGUMENT.excluded)],
  },
  effectShare: {
    id: "EFFECTSHARE",
    da: "EFFEKTANDEL",
    parameters: [
      range(ARGUMENT.answers),
      value(ARGUMENT.level),
      value(ARGUMENT.excludeDontKnow),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
      value(ARGUMENT.withRespondents),
    ],
  },
  share: {
    id: "SHARE",
    da: "ANDEL",
    parameters: [
      range(ARGUMENT.answers),
      range(ARGUMENT.counted),
      range(ARGUMENT.excluded),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
      value(ARGUMENT.withRespondents),
    ],
  },
  spread: {
    id: "SPREAD",
    da: "SPREDNING",
    parameters: [range(ARGUMENT.counts), range(ARGUMENT.population), value(ARGUMENT.kind)],
  },
  newShare: {
    id: "NEWSHARE",
    da: "NYANDEL",
    parameters: [range(ARGUMENT.ids), range(ARGUMENT.previousIds), value(ARGUMENT.withRespondents)],
  },
  npsInterval: {
    id: "NPSINTERVAL",
    da: "NPSINTERVAL",
    parameters: [
      range(ARGUMENT.scores),
      value(ARGUMENT.confidence),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
      range(ARGUMENT.excluded),
    ],
  },
  shareInterval: {
    id: "SHAREINTERVAL",
    da: "ANDELSINTERVAL",
    parameters: [range(ARGUMENT.share), value(ARGUMENT.respondents), value(ARGUMENT.confidence)],
  },
  shareChange: {
    id: "SHARECHANGE",
    da: "ANDELSÆNDRING",
    parameters: [
      range(ARGUMENT.share),
      value(ARGUMENT.respondents),
      range(ARGUMENT.baseShare),
      value(ARGUMENT.baseRespondents),
      value(ARGUMENT.confidence),
    ],
  },
  npsChange: {
    id: "NPSCHANGE",
    da: "NPSÆNDRING",
    parameters: [
      range(ARGUMENT.scores),
      range(ARGUMENT.baseScores),
      value(ARGUMENT.confidence),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
      range(ARGUMENT.baseSegments),
    ],
  },
  popAlloc: {
    id: "POPALLOC",
    da: "FORDEL",
    parameters: [value(ARGUMENT.total), range(ARGUMENT.weights), value(ARGUMENT.decimals), range(ARGUMENT.exclude)],
  },
  quota: {
    id: "QUOTA",
    da: "KVOTE",
    parameters: [
      value(ARGUMENT.total),
      range(ARGUMENT.population),
      range(ARGUMENT.immigrants),
      range(ARGUMENT.familyReunified),
      value(ARGUMENT.landstal),
      value(ARGUMENT.totalPopulation),
      value(ARGUMENT.totalImmigrants),
      value(ARGUMENT.totalFamilyReunified),
      range(ARGUMENT.exclude),
    ],
  },
  municipalities: { id: "MUNICIPALITIES", da: "KOMMUNER", parameters: [value(ARGUMENT.area)] },
  dhondt: {
    id: "DHONDT",
    da: "DHONDT",
    parameters: [range(ARGUMENT.votes), value(ARGUMENT.seats), range(ARGUMENT.alliances)],
  },
  twoStep: {
    id: "TWOSTEP",
    da: "TOTRIN",
    parameters: [
      value(ARGUMENT.total),
      range(ARGUMENT.areas),
      range(ARGUMENT.weights),
      range(ARGUMENT.areaWeights),
      value(ARGUMENT.decimals),
    ],
  },
  seats: {
    id: "SEATS",
    da: "PLADSER",
    parameters: [range(ARGUMENT.votes), value(ARGUMENT.seats), range(ARGUMENT.minimum)],
  },
  transfer: {
    id: "TRANSFER",
    da: "OVERDRAG",
    parameters: [range(ARGUMENT.amounts), range(ARGUMENT.names), range(ARGUMENT.receivers)],
  },
  choices: {
    id: "CHOICES",
    da: "VALG",
    parameters: [
      range(ARGUMENT.answers),
      value(ARGUMENT.maxChoices),
      range(ARGUMENT.options),
      value(ARGUMENT.allRows),
      value(ARGUMENT.allowMore),
    ],
  },
  scaleMean: {
    id: "SCALEMEAN",
    da: "SKALAGENNEMSNIT",
    parameters: [
      range(ARGUMENT.answers),
      range(ARGUMENT.excluded),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
      value(ARGUMENT.withRespondents),
    ],
  },
  scaleDistribution: {
    id: "SCALEDISTRIBUTION",
    da: "SKALAFORDELING",
    parameters: [range(ARGUMENT.answers), range(ARGUMENT.points), range(ARGUMENT.segments), value(ARGUMENT.segment)],
  },
  meanInterval: {
    id: "MEANINTERVAL",
    da: "GENNEMSNITSINTERVAL",
    parameters: [
      range(ARGUMENT.answers),
      value(ARGUMENT.confidence),
      range(ARGUMENT.segments),
      value(ARGUMENT.segment),
    ],
  },
  meanChange: {
    id: "MEANCHANGE",
    da: "GENNEMSNITSÆNDRING",
    parameters: [range(ARGUMENT.answers), range(ARGUMENT.baseAnswers), value(ARGUMENT.confidence)],
  },
} satisfies Record<string, Declaration>;
