/**
 * Findings of reading the catalogue against its sources, each kept by a test that reads the source file:
 * a goal outside its contract's years, a share counting fewer answers than the contract's method, and a
 * year offered that imports nothing. The general checks (every goal within its source's years, every year
 * offered imports goals) catch the next finding of the same kind.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { SOURCE_DOCUMENTS, catalogue, goalsFor } from "../../src/goals";

const source = (file: string) =>
  readFileSync(join(__dirname, "..", "fixtures", "sources", `${file}.md`), "utf8").replace(/\s+/g, " ");
const goal = (id: string) => {
  const found = catalogue.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no goal ${id}`);
  return found;
};

describe("the catalogue read against its sources", () => {
  it("has every goal within its source's years, and every year a source offers imports goals", () => {
    for (const goalTemplate of catalogue) {
      const { years } = SOURCE_DOCUMENTS.find((document) => document.id === goalTemplate.source.document)!;
      for (const year of goalTemplate.years)
        expect([goalTemplate.id, years.includes(year)]).toEqual([goalTemplate.id, true]);
    }
    for (const document of SOURCE_DOCUMENTS)
      for (const year of document.years)
        expect([document.id, year, goalsFor({ source: document.id, year }).length > 0]).toEqual([
          document.id,
          year,
          true,
        ]);
  });

  it("follows Midtjylland 2022's dialogue tool up in 2022, the contract's year, as its reporting says", () => {
    const contract = source("resultatkontrakt-midtjylland-2022");
    expect(contract).toContain("skal erhvervshusene i 2021 udvikle og implementere et fælles dialogværktøj");
    expect(contract).toContain(
      "Erhvervshus Midtjylland afrapporterer vedr. udviklingen af fælles dialogværktøj til KKR Midtjylland",
    );
    expect(goal("midt22-m5-dialogvaerktoej").years).toEqual([2022]);
  });

  it("counts Midtjylland 2022 Mål 4's referrals used or expected to be used, as the method says", () => {
    const contract = source("resultatkontrakt-midtjylland-2022");
    expect(contract).toContain(
      "Virksomheder tælles med i andelen hvis de har benyttet eller forventer at benytte henvisningen indenfor det næste halve år.",
    );
    expect(contract).toContain("Virksomheder der ikke ved om de har benyttet henvisningen, udgår af beregningen.");
    const computation = goal("midt22-m4-henvisninger").computation;
    expect(computation && "arguments" in computation ? computation.arguments.slice(1) : []).toEqual([
      { values: ["ja", "forventer at benytte"] },
      { value: "ved ikke" },
    ]);
    // The framework agreement's own goal says only "har benyttet": it keeps counting "ja" alone.
    expect(source("rammeaftale-2021-2023")).not.toContain("forventer at benytte");
  });

  it("offers rammeaftale 2019-2020 only for 2019, the year its goals are held for", () => {
    const goals = catalogue.filter((candidate) => candidate.source.document === "rammeaftale-2019-2020");
    expect(new Set(goals.flatMap((candidate) => candidate.years))).toEqual(new Set([2019]));
    expect(SOURCE_DOCUMENTS.find((document) => document.id === "rammeaftale-2019-2020")?.years).toEqual([2019]);
  });

  it("has Midtjylland 2022 Mål 1's change goal: +5 pp on autumn 2021, whose measurement the contract does not give", () => {
    const contract = source("resultatkontrakt-midtjylland-2022");
    expect(contract).toContain(
      "skal i efteråret 2022 være steget med 5 procentpoint sammenlignet med kendskabet i efteråret 2021",
    );
    // Footnote 2 gives the September 2020 measurement, not autumn 2021's: no baseline the add-in could cite.
    expect(contract).toContain("Ved kendskabsmålingen i september 2020 er kendskabsgraden på landsplan 33 pct.");
    const change = goal("midt22-m1-kendskab-stigning");
    expect(change).toMatchObject({ measure: "changePp", comparator: "atLeast", years: [2022], baseYear: 2021 });
    expect(change.levels).toEqual([{ fulfilment: 1, threshold: 0.05 }]);
    expect(change.baselines).toBeUndefined();
    // The framework agreement's own change goal is measured against 2020, whose figures it does give.
    expect(goal("ra21-m1-kendskab-stigning")).toMatchObject({ baseYear: 2020, baselines: { midtjylland: 0.36 } });
  });
});
