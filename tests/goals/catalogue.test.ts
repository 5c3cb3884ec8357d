import { readFileSync } from "fs";
import { join } from "path";
import { catalogue, describeComputation, goalsFor, resolveGoal } from "../../src/goals";
import { DECLARATIONS } from "../../src/functions/declarations";
import { DANISH_FUNCTION_NAMES } from "../../src/goals/computation";

const byId = (id: string) => {
  const goal = catalogue.find((candidate) => candidate.id === id);
  if (!goal) throw new Error(`no goal ${id}`);
  return goal;
};
const levels = (id: string, year: number, hub?: Parameters<typeof resolveGoal>[2]) =>
  resolveGoal(byId(id), year, hub).levels;
const full = (threshold: number) => [{ fulfilment: 1, threshold }];

describe("the catalogue", () => {
  it("holds every goal of each source, counted by hand from the texts", () => {
    const counts: Record<string, number> = {};
    catalogue.forEach((goal) => (counts[goal.source.document] = (counts[goal.source.document] ?? 0) + 1));
    expect(counts).toEqual({
      // Mål 1-3 as written into the 2019 contracts.
      "rammeaftale-2019-2020": 3,
      // Mål 1-3; Mål 4: strategy + 4 course counts; Mål 5-9.
      "resultatkontrakt-hovedstaden-2019": 13,
      // Mål 1: 7, Mål 2: 10, Mål 3: 1, Mål 4: 3, 5A: 4, 5B: 4, 5C: 1, 6: 1, 7: 4, 8-12: 5.
      "resultatkontrakt-sjaelland-2019": 40,
      // Mål 1: 3, 2: 1, 3: 4, 4: 1, 5: 2, 6: 3, 7: 4, 8: 1.
      "rammeaftale-2021-2023": 19,
      // Mål 1: 4 (45 %, +5 pp on autumn 2021, 50 % in 2023, new firms), 2: 1, 3: 4, 4: 2, 5: 3, 6: 4, 7: 1, 8: 5.
      "resultatkontrakt-midtjylland-2022": 24,
      // Mål 1: 1, 2: 2, 3: 2, 4: 1, 5: 3, 6: 1.
      "rammeaftale-2024-2027": 10,
      // Mål 1: 4, 2: 9, 3: 2, 4: 2, 5: 3, 6: 1.
      "resultatkontrakt-hovedstaden-2024": 21,
    });
  });

  it("quotes every goal verbatim from its source", () => {
    const folder = join(__dirname, "..", "fixtures", "sources");
    // Spaces aside: a PDF's line breaks fall between words and inside them ("produktivi\ntet"); that a quote
    // does not keep a word broken is checked in catalogueAudit.test.ts.
    const normalized = (file: string) => readFileSync(join(folder, file), "utf8").replace(/\s+/g, "");
    const files: Record<string, string> = {
      // The 2019-2020 agreement is known through the contracts that write it out.
      "rammeaftale-2019-2020":
        normalized("resultatkontrakt-hovedstaden-2019.md") + normalized("resultatkontrakt-sjaelland-2019.md"),
    };
    for (const goal of catalogue) {
      const text = files[goal.source.document] ?? normalized(`${goal.source.document}.md`);
      expect([goal.id, text.includes(goal.source.quote.replace(/\s+/g, ""))]).toEqual([goal.id, true]);
    }
  });

  it("links contract goals to the national goals they write out", () => {
    const ids = new Set(catalogue.map((goal) => goal.id));
    const linked = catalogue.filter((goal) => goal.implements);
    expect(linked.length).toBeGreaterThan(20);
    linked.forEach((goal) => expect([goal.id, ids.has(goal.implements as string)]).toEqual([goal.id, true]));
  });

  describe("thresholds, read by hand from the texts", () => {
    it("rammeaftale 2019-2020: NPS 60 (Sjælland: 50 % at 50); effect 70 %, 50 % at 60 %", () => {
      expect(levels("ra19-nps", 2019)).toEqual(full(60));
      expect(levels("ra19-nps", 2019, "sjaelland")).toEqual([
        { fulfilment: 1, threshold: 60 },
        { fulfilment: 0.5, threshold: 50 },
      ]);
      expect(levels("ra19-effekt", 2019)).toEqual([
        { fulfilment: 1, threshold: 0.7 },
        { fulfilment: 0.5, threshold: 0.6 },
      ]);
      expect(byId("ra19-digital-indgang").measure).toBe("qualitative");
    });

    it("rammeaftale 2021-2023: awareness +5 pp on 2020 per hub, 50 % in 2023; NPS 70 per segment; referral 45 %/50 %", () => {
      const awareness = resolveGoal(byId("ra21-m1-kendskab-stigning"), 2021, "hovedstaden");
      expect([awareness.measure, awareness.levels, awareness.baseline]).toEqual(["changePp", full(0.05), 0.26]);
      expect(resolveGoal(byId("ra21-m1-kendskab-stigning"), 2021, "nordjylland").baseline).toBe(0.4);
      expect(levels("ra21-m1-kendskab-2023", 2023)).toEqual(full(0.5));
      expect(byId("ra21-m3-nps-drift")).toMatchObject({ measure: "nps", segment: "drift", levels: full(70) });
      expect(byId("ra21-m3-nps-vaekst")).toMatchObject({ measure: "nps", segment: "vækst", levels: full(70) });
      expect(byId("ra21-m3-meget-tilfredse-drift").levels).toEqual(full(0.8));
      expect(levels("ra21-m4-henvisninger", 2021)).toEqual(full(0.45));
      expect(levels("ra21-m4-henvisninger", 2023)).toEqual(full(0.5));
      expect(levels("ra21-m5-corona-effekt", 2021)).toEqual(full(0.75));
    });

    it("rammeaftale 2021-2023: effect 65 % in 2021 and 70 % in 2022-23; green awareness +5 pp, then +5 more", () => {
      expect(levels("ra21-m7-effekt", 2021)).toEqual(full(0.65));
      expect(levels("ra21-m7-effekt", 2022)).toEqual(full(0.7));
      expect(levels("ra21-m7-effekt", 2023)).toEqual(full(0.7));
      expect(levels("ra21-m6-groent-kendskab", 2021)).toEqual(full(0.05));
      expect(levels("ra21-m6-groent-kendskab", 2023)).toEqual(full(0.1));
      expect(resolveGoal(byId("ra21-m6-groent-kendskab"), 2021, "sjaelland").baseline).toBe(0.53);
      expect(byId("ra21-m7-omsaetning")).toMatchObject({
        measure: "growthVsControlPp",
        segment: "vækst",
        levels: full(0.1),
      });
      expect(byId("ra21-m7-beskaeftigelse").levels).toEqual(full(0.05));
      expect(byId("ra21-m7-produktivitet")).toMatchObject({
        comparator: "greaterThan",
        segment: "drift",
        levels: full(0),
      });
      expect(byId("ra21-m8-digital-effekt").years).toEqual([2021, 2022, 2023]);
    });

    it("rammeaftale 2024-2027: 1,200 start-ups split 385/275/171/156/119/94; awareness 50 %, offers 55 %/65 %", () => {
      const split = { hovedstaden: 385, midtjylland: 275, sjaelland: 171, sydjylland: 156, nordjylland: 119, fyn: 94 };
      expect(levels("ra24-m1-ivaerksaettere", 2024)).toEqual(full(1200));
      for (const [hub, threshold] of Object.entries(split)) {
        expect(levels("ra24-m1-ivaerksaettere", 2024, hub as keyof typeof split)).toEqual(full(threshold));
      }
      expect(levels("ra24-m2-kendskab", 2026)).toEqual(full(0.5));
      expect(levels("ra24-m2-kendskab-til-tilbud", 2025)).toEqual(full(0.55));
      expect(levels("ra24-m2-kendskab-til-tilbud", 2027)).toEqual(full(0.65));
      expect(byId("ra24-m3-nps-vaekst").levels).toEqual(full(70));
      expect(byId("ra24-m4-henvisninger").levels).toEqual(full(0.5));
      expect(byId("ra24-m6-baeredygtighed")).toMatchObject({ topic: "bæredygtighed", levels: full(0.7) });
    });

    it("Sjælland 2019: quality targets per course type from the summary table, referrals 70/80/100 %, spread ≤ 2 pp", () => {
      expect(byId("sjl19-m1-handlingsplaner").levels).toEqual(full(300));
      expect(byId("sjl19-m1-handlingsplaner-tilfredshed").levels).toEqual(full(0.8));
      expect(byId("sjl19-m1-handlingsplaner-nps").levels).toEqual(full(50));
      expect(byId("sjl19-m2-vaekstplaner-nps").levels).toEqual(full(60));
      expect(byId("sjl19-m2-udviklingsplaner").levels).toEqual(full(15));
      expect(byId("sjl19-m2-udviklingsplaner-effekt").levels).toEqual(full(0.9));
      expect(byId("sjl19-m2-udviklingsplaner-nps").levels).toEqual(full(70));
      expect(byId("sjl19-m3-nps").levels).toEqual([
        { fulfilment: 1, threshold: 60 },
        { fulfilment: 0.5, threshold: 50 },
      ]);
      expect(byId("sjl19-m5a-henvisning-handlingsplan").levels).toEqual(full(0.7));
      expect(byId("sjl19-m5a-henvisning-vaekstplan").levels).toEqual(full(0.8));
      expect(byId("sjl19-m5a-henvisning-udviklingsplan").levels).toEqual(full(1));
      expect(byId("sjl19-m5b-geografisk-spredning")).toMatchObject({ comparator: "atMost", levels: full(0.02) });
      expect(byId("sjl19-m7-forloeb").levels).toEqual(full(30));
    });

    it("Hovedstaden 2019: NPS 60, 1,780 courses (630/350/800), 6 initiatives", () => {
      expect(byId("hov19-m1-nps").levels).toEqual(full(60));
      expect(byId("hov19-m4-i-alt").levels).toEqual(full(1780));
      expect(byId("hov19-m4-vaekstforloeb").levels).toEqual(full(630));
      expect(byId("hov19-m4-smv-drift").levels).toEqual(full(350));
      expect(byId("hov19-m4-ivaerksaetterforloeb").levels).toEqual(full(800));
      expect(byId("hov19-m5-knudepunkt").levels).toEqual(full(6));
    });

    it("Midtjylland 2022: awareness 45 %, green awareness 65 %, referral 48 %, 5,000 firms, 600 growth courses, ±10 %", () => {
      expect(byId("midt22-m1-kendskab").levels).toEqual(full(0.45));
      expect(byId("midt22-m5-groent-kendskab").levels).toEqual(full(0.65));
      expect(levels("midt22-m4-henvisninger", 2022)).toEqual(full(0.48));
      expect(levels("midt22-m4-henvisninger", 2023)).toEqual(full(0.5));
      expect(byId("midt22-m8-virksomheder").levels).toEqual(full(5000));
      expect(byId("midt22-m8-vaekstforloeb").levels).toEqual(full(600));
      expect(byId("midt22-m8-henvisning").levels).toEqual(full(0.8));
      expect(byId("midt22-m8-geografisk-spredning")).toMatchObject({ comparator: "within", levels: full(0.1) });
    });

    it("Hovedstaden 2024: 1,500 sessions of which 30 % with 5+ employees, outreach in 10 municipalities to 500 firms", () => {
      expect(byId("hov24-m2-vejledninger").levels).toEqual(full(1500));
      expect(byId("hov24-m2-vejledninger-5-ansatte").levels).toEqual(full(0.3));
      expect(byId("hov24-m2-opsoegende-kommuner").levels).toEqual(full(10));
      expect(byId("hov24-m2-opsoegende-virksomheder").levels).toEqual(full(500));
      expect(byId("hov24-m1-abonnenter").levels).toEqual(full(2500));
      expect(byId("hov24-m1-visninger").levels).toEqual(full(100000));
    });
  });
});

describe("goalsFor", () => {
  it("gives the goals of a source in force in a year", () => {
    const ids = (query: Parameters<typeof goalsFor>[0]) => goalsFor(query).map((goal) => goal.id);
    expect(ids({ source: "rammeaftale-2021-2023", year: 2021 })).toContain("ra21-m5-corona-effekt");
    expect(ids({ source: "rammeaftale-2021-2023", year: 2022 })).not.toContain("ra21-m5-corona-effekt");
    expect(ids({ source: "rammeaftale-2021-2023", year: 2022 })).not.toContain("ra21-m4-henvisninger");
    expect(ids({ source: "rammeaftale-2021-2023", year: 2030 })).toEqual([]);
  });

  it("keeps the goals of the chosen segment and those without a segment", () => {
    const drift = goalsFor({ source: "rammeaftale-2024-2027", year: 2024, segment: "drift" }).map((goal) => goal.id);
    expect(drift).toContain("ra24-m3-nps-drift");
    expect(drift).not.toContain("ra24-m3-nps-vaekst");
    expect(drift).not.toContain("ra24-m5-omsaetning");
    expect(drift).toContain("ra24-m2-kendskab");
  });

  it("resolves per-hub values from the hub, or from the contract's own hub", () => {
    const startUps = (hub?: "fyn") =>
      goalsFor({ source: "rammeaftale-2024-2027", year: 2025, hub }).find(
        (goal) => goal.id === "ra24-m1-ivaerksaettere",
      );
    expect(startUps("fyn")?.levels).toEqual(full(94));
    expect(startUps()?.levels).toEqual(full(1200));
    const sjaelland = goalsFor({ source: "resultatkontrakt-sjaelland-2019", year: 2019 });
    expect(sjaelland.every((goal) => goal.hub === "sjaelland" && goal.year === 2019)).toBe(true);
  });
});

describe("computations", () => {
  const inForce = (id: string, year: number) =>
    resolveGoal(
      catalogue.find((goal) => goal.id === id)!,
      year,
    );

  it("tell how every measurable goal's actual value is obtained, and no qualitative goal's", () => {
    for (const goal of catalogue) {
      if (goal.measure === "qualitative") expect([goal.id, goal.computation]).toEqual([goal.id, undefined]);
      else expect([goal.id, goal.computation === undefined]).toEqual([goal.id, false]);
    }
  });

  it("send the control-group growth goals to the authorities that compute them", () => {
    const growth = catalogue.filter((goal) => goal.measure === "growthVsControlPp");
    expect(growth.length).toBeGreaterThan(10);
    for (const goal of growth) expect(goal.computation).toHaveProperty("suppliedBy");
  });

  it("compute the survey and spread goals with the KKR functions", () => {
    // Every NPS, share, change and spread goal has a formula, except shares counted in the hub's own register.
    const computed = catalogue.filter((goal) => goal.computation && "function" in goal.computation);
    expect(computed.length).toBe(
      catalogue.filter((goal) => ["nps", "share", "changePp", "populationDeviation"].includes(goal.measure)).length,
    );
  });

  it("write the formula in Danish and in English, with the goal's own segment or topic", () => {
    expect(describeComputation(inForce("ra21-m3-nps-drift", 2022), "da")).toBe('=KKR.NPS(scorer; segmenter; "drift")');
    expect(describeComputation(inForce("ra21-m3-nps-drift", 2022), "en")).toBe('=KKR.NPS(scores, segments, "drift")');
    expect(describeComputation(inForce("ra21-m4-henvisninger", 2021), "da")).toBe(
      '=KKR.ANDEL(benyttet_henvisning; "ja"; "ved ikke")',
    );
    expect(describeComputation(inForce("ra21-m6-groen-effekt", 2022), "da")).toBe(
      '=KKR.EFFEKTANDEL(effektsvar; "høj"; ; emner; "grøn omstilling")',
    );
    expect(describeComputation(inForce("sjl19-m1-handlingsplaner-tilfredshed", 2019), "en")).toBe(
      '=KKR.SHARE(satisfaction, {"meget tilfreds";"tilfreds"})',
    );
    expect(describeComputation(inForce("midt22-m8-geografisk-spredning", 2022), "da")).toBe(
      '=MAKS(ABS(KKR.SPREDNING(aktivitet_pr_kommune; befolkning; "relativ")))',
    );
    expect(describeComputation(inForce("midt22-m1-nye-virksomheder", 2022), "da")).toBe(
      "=KKR.NYANDEL(cvr; cvr_året_før)",
    );
    expect(describeComputation(inForce("ra21-m7-omsaetning", 2022), "da")).toMatch(/^Leveres af Erhvervsstyrelsen/);
  });

  it("use the Danish function names of the Danish metadata", () => {
    const declared = Object.values(DECLARATIONS);
    for (const [id, name] of Object.entries(DANISH_FUNCTION_NAMES)) {
      expect(declared.find((fn) => fn.id === id)?.da).toBe(name);
    }
  });
});
