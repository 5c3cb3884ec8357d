/** The documents goals come from: the framework agreements (rammeaftaler) and the result contracts. */
import { Hub } from "./schema";

export interface SourceDocument {
  id: string;
  kind: "rammeaftale" | "resultatkontrakt";
  title: { da: string; en: string };
  years: number[];
  hub?: Hub;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    id: "rammeaftale-2019-2020",
    kind: "rammeaftale",
    title: { da: "Rammeaftale 2019-2020", en: "Framework agreement 2019-2020" },
    // The catalogue holds this agreement's goals for 2019 only, and its text is not among the project's
    // sources to check levels for 2020 against: offering 2020 would import an empty table.
    years: [2019],
  },
  {
    id: "rammeaftale-2021-2023",
    kind: "rammeaftale",
    title: { da: "Rammeaftale 2021-2023", en: "Framework agreement 2021-2023" },
    years: [2021, 2022, 2023],
  },
  {
    id: "rammeaftale-2024-2027",
    kind: "rammeaftale",
    title: { da: "Rammeaftale 2024-2027", en: "Framework agreement 2024-2027" },
    years: [2024, 2025, 2026, 2027],
  },
  {
    id: "resultatkontrakt-hovedstaden-2019",
    kind: "resultatkontrakt",
    title: { da: "Resultatkontrakt Hovedstaden 2019", en: "Result contract Hovedstaden 2019" },
    years: [2019],
    hub: "hovedstaden",
  },
  {
    id: "resultatkontrakt-sjaelland-2019",
    kind: "resultatkontrakt",
    title: { da: "Resultatkontrakt Sjælland 2019", en: "Result contract Sjælland 2019" },
    years: [2019],
    hub: "sjaelland",
  },
  {
    id: "resultatkontrakt-midtjylland-2022",
    kind: "resultatkontrakt",
    title: { da: "Resultatkontrakt Midtjylland 2022", en: "Result contract Midtjylland 2022" },
    years: [2022, 2023],
    hub: "midtjylland",
  },
  {
    id: "resultatkontrakt-hovedstaden-2024",
    kind: "resultatkontrakt",
    title: { da: "Resultatkontrakt Hovedstaden 2024", en: "Result contract Hovedstaden 2024" },
    years: [2024],
    hub: "hovedstaden",
  },
];

export { HUB_NAMES } from "../core/municipalities";
