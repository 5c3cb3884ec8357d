/**
 * The municipality register against the sources it was built from: the 2022 quota letter's Bilag A (all 98
 * codes, names and regions) and Bilag 1 of rammeaftale 2021-2023 (hubs, urban or rural), both read here
 * from the documents themselves.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { MUNICIPALITIES, listMunicipalities, municipalitiesIn, parseArea } from "../../src/core";
import { municipalityNamed } from "../../src/core/municipalities";
import { expectDomainError } from "../helpers";

const source = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "sources", name), "utf8");

/** Bilag A: "Region X" headings, then "101 København\t30" lines. */
function bilagA(): { code: number; name: string; region: string }[] {
  let region = "";
  return source("kommunekvoter-2022.md")
    .split("\n")
    .flatMap((line) => {
      const heading = /^Region (\S+)\s*$/.exec(line.trim());
      if (heading) region = heading[1];
      const row = /^(\d{3}) (.+?)\t/.exec(line);
      return row ? [{ code: Number(row[1]), name: row[2].trim(), region }] : [];
    });
}

/** Bilag 1: "Erhvervshus X" headings, "Bykommuner"/"Landkommuner" subheadings, one name a line. */
function bilag1(): Map<string, { hub: string; type: string }> {
  const text = source("rammeaftale-2021-2023.md").split("## 14. Bilag 1")[1];
  const result = new Map<string, { hub: string; type: string }>();
  let hub = "";
  let type = "";
  for (const line of text.split("\n").map((l) => l.trim())) {
    const heading = /^#+ Erhvervshus (\S+)/.exec(line);
    if (heading) hub = heading[1];
    else if (line.includes("Bykommuner")) type = "urban";
    else if (line.includes("Landkommuner")) type = "rural";
    else if (hub && type && line && !line.startsWith("#")) result.set(line, { hub, type });
  }
  return result;
}

const REGION_IDS: Record<string, string> = {
  Hovedstaden: "hovedstaden",
  Sjælland: "sjaelland",
  Syddanmark: "syddanmark",
  Midtjylland: "midtjylland",
  Nordjylland: "nordjylland",
};

describe("the municipality register", () => {
  it("has the 98 codes, names and regions of the 2022 quota letter (Aarhus in today's spelling)", () => {
    const letter = bilagA();
    expect(letter).toHaveLength(98);
    expect(MUNICIPALITIES.map(({ code, region }) => [code, region])).toEqual(
      [...letter].sort((a, b) => a.code - b.code).map(({ code, region }) => [code, REGION_IDS[region]]),
    );
    for (const { code, name } of letter) {
      expect(municipalityNamed(name)?.code).toBe(code);
    }
    expect(MUNICIPALITIES.find((m) => m.code === 751)?.name).toBe("Aarhus");
  });

  it("counts 29, 17, 22, 19 and 11 municipalities per region, 9 and 13 in the hubs Fyn and Sydjylland", () => {
    const count = (area: string) => municipalitiesIn(parseArea(area)).length;
    expect(["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"].map(count)).toEqual([
      29, 17, 22, 19, 11,
    ]);
    expect(["Fyn", "Sydjylland"].map(count)).toEqual([9, 13]);
    // Bilag 1's nine, and Middelfart (on Funen) in Sydjylland.
    expect(municipalitiesIn(parseArea("Fyn")).map((m) => m.name)).toEqual([
      "Assens",
      "Faaborg-Midtfyn",
      "Kerteminde",
      "Nyborg",
      "Odense",
      "Svendborg",
      "Nordfyns",
      "Langeland",
      "Ærø",
    ]);
    // Bornholm belongs to the hub Hovedstaden.
    expect(municipalityNamed("Bornholm")?.hub).toBe("hovedstaden");
  });

  it("has Bilag 1's hub and urban/rural type for every municipality", () => {
    const listed = bilag1();
    expect(listed.size).toBe(98);
    for (const [name, { hub, type }] of listed) {
      const municipality = municipalityNamed(name);
      expect([name, municipality?.type]).toEqual([name, type]);
      expect([name, municipality?.hub]).toEqual([name, hub.toLowerCase().replace("æ", "ae")]);
    }
  });

  it("finds older spellings and formal names", () => {
    for (const [typed, code] of [
      ["Århus", 751],
      ["aarhus kommune", 751],
      ["Nordfyn", 480],
      ["Vesthimmerlands", 820],
      ["Bornholms Regionskommune", 400],
      ["Københavns Kommune", 101],
      ["faaborg midtfyn", 430],
      ["LYNGBY-TAARBÆK", 173],
    ] as const) {
      expect([typed, municipalityNamed(typed)?.code]).toEqual([typed, code]);
    }
    expect(municipalityNamed("Atlantis")).toBeUndefined();
  });
});

describe("listMunicipalities (MUNICIPALITIES)", () => {
  it("lists an area's municipalities by code, however the area is written", () => {
    const nordjylland = listMunicipalities("Nordjylland");
    expect(nordjylland[0]).toEqual([773, "Morsø"]);
    expect(nordjylland).toHaveLength(11);
    for (const name of ["Region Nordjylland", "KKR Nordjylland", " nordjylland ", "Erhvervshus Nordjylland"]) {
      expect(listMunicipalities(name)).toEqual(nordjylland);
    }
    expect(listMunicipalities("Sjaelland")).toEqual(listMunicipalities("Sjælland"));
    expect(listMunicipalities("Sydjylland").map(([code]) => code)).toEqual([
      410, 510, 530, 540, 550, 561, 563, 573, 575, 580, 607, 621, 630,
    ]);
  });

  it("lists all 98 when the area is blank", () => {
    expect(listMunicipalities()).toHaveLength(98);
    expect(listMunicipalities("")).toHaveLength(98);
    expect(listMunicipalities(null)[97]).toEqual([860, "Hjørring"]);
  });

  it("names the valid areas for an unknown one", () => {
    expectDomainError(
      () => listMunicipalities("Jylland"),
      "value",
      'Området "Jylland" findes ikke; brug en region eller et erhvervshus: Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland, Fyn, Sydjylland (eller tomt for alle 98).',
    );
    expectDomainError(
      () => listMunicipalities(3),
      "value",
      "Området 3 findes ikke; brug en region eller et erhvervshus: Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland, Fyn, Sydjylland (eller tomt for alle 98).",
    );
  });
});
