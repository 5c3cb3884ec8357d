/**
 * The functions' argument names as the user sees them in each language; they must match the parameter
 * names of the English and Danish function metadata, so messages point at the argument the user typed.
 */
import { LocalizedText } from "./errors";

export const ARGUMENT = {
  scores: { da: "scorer", en: "scores" },
  segments: { da: "segmenter", en: "segments" },
  segment: { da: "segment", en: "segment" },
  answers: { da: "svar", en: "answers" },
  level: { da: "niveau", en: "level" },
  total: { da: "total", en: "total" },
  weights: { da: "vægte", en: "weights" },
  decimals: { da: "decimaler", en: "decimals" },
  exclude: { da: "udelad", en: "exclude" },
  excludeDontKnow: { da: "udelad_ved_ikke", en: "excludeDontKnow" },
  population: { da: "befolkning", en: "population" },
  immigrants: { da: "indvandrere", en: "immigrants" },
  familyReunified: { da: "familiesammenførte", en: "familyReunified" },
  landstal: { da: "landstal", en: "landstal" },
  totalPopulation: { da: "befolkning_i_alt", en: "totalPopulation" },
  totalImmigrants: { da: "indvandrere_i_alt", en: "totalImmigrants" },
  totalFamilyReunified: { da: "familiesammenførte_i_alt", en: "totalFamilyReunified" },
  counted: { da: "tæller", en: "counted" },
  excluded: { da: "udelad", en: "excluded" },
  counts: { da: "antal", en: "counts" },
  kind: { da: "type", en: "kind" },
  ids: { da: "cvr", en: "ids" },
  previousIds: { da: "cvr_året_før", en: "previousIds" },
  confidence: { da: "konfidens", en: "confidence" },
  share: { da: "andel", en: "share" },
  respondents: { da: "respondenter", en: "respondents" },
  area: { da: "område", en: "area" },
  amounts: { da: "antal", en: "amounts" },
  names: { da: "kommuner", en: "names" },
  receivers: { da: "overtages_af", en: "receivers" },
  votes: { da: "stemmer", en: "votes" },
  seats: { da: "pladser", en: "seats" },
  alliances: { da: "valgforbund", en: "alliances" },
  minimum: { da: "mindst", en: "minimum" },
  areas: { da: "områder", en: "areas" },
  areaWeights: { da: "områdevægte", en: "areaWeights" },
} satisfies Record<string, LocalizedText>;
