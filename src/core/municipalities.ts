/**
 * The register of Denmark's 98 municipalities: official code, current name, region (= KKR), business-hub
 * area and the urban/rural type the geographic-spread goals use. Sources: Udlændingestyrelsen's 2022 quota
 * letter, Bilag A (codes, names, regions; it spells Aarhus "Århus") and Bilag 1 of rammeaftale 2021-2023
 * (hubs, urban or rural; it spells Nordfyns "Nordfyn", Vesthimmerland "Vesthimmerlands" and Norddjurs
 * "Norrdjurs"). Bilag 1 is the authority on the hub areas: Middelfart, though on Funen, belongs to
 * Erhvervshus Sydjylland (13 municipalities), and Fyn is nine; the 2024 start-up split (Fyn 94, Sydjylland
 * 156 of 1,200 by population) agrees.
 */
import { normalizeText } from "./cells";

export const REGIONS = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"] as const;
export const HUBS = ["hovedstaden", "sjaelland", "fyn", "sydjylland", "midtjylland", "nordjylland"] as const;

export type Region = (typeof REGIONS)[number];
export type Hub = (typeof HUBS)[number];
export type SettlementType = "urban" | "rural";

export interface Municipality {
  code: number;
  name: string;
  region: Region;
  hub: Hub;
  type: SettlementType;
}

export const REGION_NAMES: Record<Region, string> = {
  hovedstaden: "Hovedstaden",
  sjaelland: "Sjælland",
  syddanmark: "Syddanmark",
  midtjylland: "Midtjylland",
  nordjylland: "Nordjylland",
};

export const HUB_NAMES: Record<Hub, string> = {
  hovedstaden: "Hovedstaden",
  sjaelland: "Sjælland",
  fyn: "Fyn",
  sydjylland: "Sydjylland",
  midtjylland: "Midtjylland",
  nordjylland: "Nordjylland",
};

const DATA: [number, string, Region, Hub, SettlementType][] = [
  [101, "København", "hovedstaden", "hovedstaden", "urban"],
  [147, "Frederiksberg", "hovedstaden", "hovedstaden", "urban"],
  [151, "Ballerup", "hovedstaden", "hovedstaden", "urban"],
  [153, "Brøndby", "hovedstaden", "hovedstaden", "urban"],
  [155, "Dragør", "hovedstaden", "hovedstaden", "urban"],
  [157, "Gentofte", "hovedstaden", "hovedstaden", "urban"],
  [159, "Gladsaxe", "hovedstaden", "hovedstaden", "urban"],
  [161, "Glostrup", "hovedstaden", "hovedstaden", "urban"],
  [163, "Herlev", "hovedstaden", "hovedstaden", "urban"],
  [165, "Albertslund", "hovedstaden", "hovedstaden", "urban"],
  [167, "Hvidovre", "hovedstaden", "hovedstaden", "urban"],
  [169, "Høje-Taastrup", "hovedstaden", "hovedstaden", "urban"],
  [173, "Lyngby-Taarbæk", "hovedstaden", "hovedstaden", "urban"],
  [175, "Rødovre", "hovedstaden", "hovedstaden", "urban"],
  [183, "Ishøj", "hovedstaden", "hovedstaden", "urban"],
  [185, "Tårnby", "hovedstaden", "hovedstaden", "urban"],
  [187, "Vallensbæk", "hovedstaden", "hovedstaden", "urban"],
  [190, "Furesø", "hovedstaden", "hovedstaden", "urban"],
  [201, "Allerød", "hovedstaden", "hovedstaden", "urban"],
  [210, "Fredensborg", "hovedstaden", "hovedstaden", "urban"],
  [217, "Helsingør", "hovedstaden", "hovedstaden", "urban"],
  [219, "Hillerød", "hovedstaden", "hovedstaden", "urban"],
  [223, "Hørsholm", "hovedstaden", "hovedstaden", "urban"],
  [230, "Rudersdal", "hovedstaden", "hovedstaden", "urban"],
  [240, "Egedal", "hovedstaden", "hovedstaden", "urban"],
  [250, "Frederikssund", "hovedstaden", "hovedstaden", "urban"],
  [260, "Halsnæs", "hovedstaden", "hovedstaden", "rural"],
  [270, "Gribskov", "hovedstaden", "hovedstaden", "urban"],
  [400, "Bornholm", "hovedstaden", "hovedstaden", "rural"],
  [253, "Greve", "sjaelland", "sjaelland", "urban"],
  [259, "Køge", "sjaelland", "sjaelland", "urban"],
  [265, "Roskilde", "sjaelland", "sjaelland", "urban"],
  [269, "Solrød", "sjaelland", "sjaelland", "urban"],
  [306, "Odsherred", "sjaelland", "sjaelland", "rural"],
  [316, "Holbæk", "sjaelland", "sjaelland", "urban"],
  [320, "Faxe", "sjaelland", "sjaelland", "rural"],
  [326, "Kalundborg", "sjaelland", "sjaelland", "rural"],
  [329, "Ringsted", "sjaelland", "sjaelland", "urban"],
  [330, "Slagelse", "sjaelland", "sjaelland", "rural"],
  [336, "Stevns", "sjaelland", "sjaelland", "rural"],
  [340, "Sorø", "sjaelland", "sjaelland", "rural"],
  [350, "Lejre", "sjaelland", "sjaelland", "urban"],
  [360, "Lolland", "sjaelland", "sjaelland", "rural"],
  [370, "Næstved", "sjaelland", "sjaelland", "rural"],
  [376, "Guldborgsund", "sjaelland", "sjaelland", "rural"],
  [390, "Vordingborg", "sjaelland", "sjaelland", "rural"],
  [410, "Middelfart", "syddanmark", "sydjylland", "urban"],
  [420, "Assens", "syddanmark", "fyn", "urban"],
  [430, "Faaborg-Midtfyn", "syddanmark", "fyn", "urban"],
  [440, "Kerteminde", "syddanmark", "fyn", "urban"],
  [450, "Nyborg", "syddanmark", "fyn", "urban"],
  [461, "Odense", "syddanmark", "fyn", "urban"],
  [479, "Svendborg", "syddanmark", "fyn", "rural"],
  [480, "Nordfyns", "syddanmark", "fyn", "urban"],
  [482, "Langeland", "syddanmark", "fyn", "rural"],
  [492, "Ærø", "syddanmark", "fyn", "rural"],
  [510, "Haderslev", "syddanmark", "sydjylland", "urban"],
  [530, "Billund", "syddanmark", "sydjylland", "rural"],
  [540, "Sønderborg", "syddanmark", "sydjylland", "rural"],
  [550, "Tønder", "syddanmark", "sydjylland", "rural"],
  [561, "Esbjerg", "syddanmark", "sydjylland", "urban"],
  [563, "Fanø", "syddanmark", "sydjylland", "urban"],
  [573, "Varde", "syddanmark", "sydjylland", "urban"],
  [575, "Vejen", "syddanmark", "sydjylland", "urban"],
  [580, "Aabenraa", "syddanmark", "sydjylland", "rural"],
  [607, "Fredericia", "syddanmark", "sydjylland", "urban"],
  [621, "Kolding", "syddanmark", "sydjylland", "urban"],
  [630, "Vejle", "syddanmark", "sydjylland", "urban"],
  [615, "Horsens", "midtjylland", "midtjylland", "urban"],
  [657, "Herning", "midtjylland", "midtjylland", "urban"],
  [661, "Holstebro", "midtjylland", "midtjylland", "rural"],
  [665, "Lemvig", "midtjylland", "midtjylland", "rural"],
  [671, "Struer", "midtjylland", "midtjylland", "rural"],
  [706, "Syddjurs", "midtjylland", "midtjylland", "rural"],
  [707, "Norddjurs", "midtjylland", "midtjylland", "rural"],
  [710, "Favrskov", "midtjylland", "midtjylland", "urban"],
  [727, "Odder", "midtjylland", "midtjylland", "urban"],
  [730, "Randers", "midtjylland", "midtjylland", "urban"],
  [740, "Silkeborg", "midtjylland", "midtjylland", "urban"],
  [741, "Samsø", "midtjylland", "midtjylland", "rural"],
  [746, "Skanderborg", "midtjylland", "midtjylland", "urban"],
  [751, "Aarhus", "midtjylland", "midtjylland", "urban"],
  [756, "Ikast-Brande", "midtjylland", "midtjylland", "urban"],
  [760, "Ringkøbing-Skjern", "midtjylland", "midtjylland", "rural"],
  [766, "Hedensted", "midtjylland", "midtjylland", "urban"],
  [779, "Skive", "midtjylland", "midtjylland", "rural"],
  [791, "Viborg", "midtjylland", "midtjylland", "rural"],
  [773, "Morsø", "nordjylland", "nordjylland", "rural"],
  [787, "Thisted", "nordjylland", "nordjylland", "rural"],
  [810, "Brønderslev", "nordjylland", "nordjylland", "urban"],
  [813, "Frederikshavn", "nordjylland", "nordjylland", "rural"],
  [820, "Vesthimmerland", "nordjylland", "nordjylland", "rural"],
  [825, "Læsø", "nordjylland", "nordjylland", "rural"],
  [840, "Rebild", "nordjylland", "nordjylland", "urban"],
  [846, "Mariagerfjord", "nordjylland", "nordjylland", "urban"],
  [849, "Jammerbugt", "nordjylland", "nordjylland", "rural"],
  [851, "Aalborg", "nordjylland", "nordjylland", "urban"],
  [860, "Hjørring", "nordjylland", "nordjylland", "rural"],
];

/** Sorted by code. */
export const MUNICIPALITIES: readonly Municipality[] = DATA.map(([code, name, region, hub, type]) => ({
  code,
  name,
  region,
  hub,
  type,
})).sort((a, b) => a.code - b.code);

/** Older and other spellings users type: the 2022 letter's, Bilag 1's, and the formal names. */
const OTHER_NAMES: Record<string, string> = {
  Århus: "Aarhus",
  Nordfyn: "Nordfyns",
  Vesthimmerlands: "Vesthimmerland",
  Norrdjurs: "Norddjurs",
  Københavns: "København",
  Bornholms: "Bornholm",
  Lyngby: "Lyngby-Taarbæk",
  Taastrup: "Høje-Taastrup",
};

/** A name's key for lookups: case, spaces, hyphens and a trailing "kommune"/"regionskommune" ignored. */
export const nameKey = (name: string): string =>
  normalizeText(name)
    .replace(/\s*(regions)?kommune$/, "")
    .replace(/[\s-]/g, "");

const BY_NAME = new Map<string, Municipality>([
  ...MUNICIPALITIES.map((municipality) => [nameKey(municipality.name), municipality] as const),
  ...Object.entries(OTHER_NAMES).map(
    ([other, current]) => [nameKey(other), MUNICIPALITIES.find((m) => m.name === current) as Municipality] as const,
  ),
]);

/** A municipality by its current or an older name ("Århus", "Hillerød Kommune"), or undefined. */
export const municipalityNamed = (name: string): Municipality | undefined => BY_NAME.get(nameKey(name));

/** A region or KKR ("Midtjylland", "Region Midtjylland", "KKR Midtjylland") or a hub area ("Fyn", "Erhvervshus Fyn"). */
export type Area = { kind: "region"; id: Region } | { kind: "hub"; id: Hub };

const areaKey = (text: string): string =>
  nameKey(text)
    .replace(/^(region|kkr|erhvervshus)/, "")
    .replace(/æ/g, "ae");

/** Every area a user can name, with the names listed in messages. */
export const AREA_NAMES: readonly string[] = [
  ...REGIONS.map((id) => REGION_NAMES[id]),
  ...HUBS.filter((id) => !(REGIONS as readonly string[]).includes(id)).map((id) => HUB_NAMES[id]),
];

/** The area a text names, or undefined. A name that is both a region and a hub area means the same municipalities. */
export function parseArea(text: string): Area | undefined {
  const key = areaKey(text);
  const region = REGIONS.find((id) => areaKey(REGION_NAMES[id]) === key);
  if (region) return { kind: "region", id: region };
  const hub = HUBS.find((id) => areaKey(HUB_NAMES[id]) === key);
  return hub ? { kind: "hub", id: hub } : undefined;
}

/** The municipalities of an area (all 98 without one), sorted by code. */
export const municipalitiesIn = (area?: Area): Municipality[] =>
  MUNICIPALITIES.filter((municipality) => !area || municipality[area.kind] === area.id);
