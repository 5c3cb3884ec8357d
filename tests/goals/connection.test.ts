/**
 * Connecting a year's export to its goal tables, decided without Excel: the inputs the goals need, the
 * columns proposed from a synthetic export's headers, and the formulas each computed goal gets; and the
 * survey functions on that export against values counted from the generator's own record.
 */
import { effectShare, newShare, nps, share } from "../../src/core";
import { goalsFor } from "../../src/goals";
import { columnReference, goalConnection, inputsNeeded, proposeColumns, yearName } from "../../src/goals/connection";
import { HEADERS, RespondentRecord, syntheticExport } from "../fixtures/syntheticExport";

const thisYear = syntheticExport(400, 2022, 2022);
const lastYear = syntheticExport(300, 2021, 2021);
const columnOf = (data: typeof thisYear, index: number) => data.rows.map((row) => [row[index]]);
const header = (start: string) => HEADERS.findIndex((text) => text.startsWith(start));
const goals2022 = [
  ...goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland" }),
  ...goalsFor({ source: "resultatkontrakt-midtjylland-2022", year: 2022 }),
];

describe("the survey functions on a synthetic export, against the generator's record", () => {
  const records = thisYear.records;
  const count = (keep: (record: RespondentRecord) => boolean) => records.filter(keep).length;

  it("gives the NPS of each segment from label answers and Ved ikke", () => {
    for (const segment of ["drift", "vækst"] as const) {
      const answered = records.filter((record) => record.segment === segment && record.score !== undefined);
      const promoters = answered.filter((record) => (record.score as number) >= 9).length;
      const detractors = answered.filter((record) => (record.score as number) <= 6).length;
      const segments = columnOf(thisYear, header("Segment"));
      expect(nps(columnOf(thisYear, header("Hvor sandsynligt")), { segments, segment })).toBeCloseTo(
        ((promoters - detractors) * 100) / answered.length,
        9,
      );
    }
  });

  it("gives the shares the contracts count", () => {
    const referralUse = records.filter((record) => record.used !== undefined && record.used !== "ved ikke");
    expect(
      share(columnOf(thisYear, header("Har du benyttet")), [["ja"], ["forventer at benytte"]], {
        excluded: "ved ikke",
      }),
    ).toBeCloseTo(count((r) => r.used === "ja" || r.used === "forventer at benytte") / referralUse.length, 12);
    expect(share(columnOf(thisYear, header("Har du hørt")), "ja")).toBeCloseTo(count((r) => r.aware) / 400, 12);
    const vækst = records.filter((record) => record.segment === "vækst");
    expect(
      share(columnOf(thisYear, header("Hvor tilfreds")), "meget tilfreds", {
        segments: columnOf(thisYear, header("Segment")),
        segment: "vækst",
      }),
    ).toBeCloseTo(vækst.filter((record) => record.satisfaction === "meget tilfreds").length / vækst.length, 12);
  });

  it("gives the effect share of a topic from the five-point wordings", () => {
    const green = records.filter((record) => record.topic === "grøn omstilling");
    const high = green.filter((record) => record.effect === "meget høj" || record.effect === "høj").length;
    expect(
      effectShare(columnOf(thisYear, header("I hvilken grad")), {
        segments: columnOf(thisYear, header("Hvilket emne")),
        segment: "grøn omstilling",
      }),
    ).toBeCloseTo(high / green.length, 12);
  });

  it("gives the share of new firms against last year's export", () => {
    const before = new Set(lastYear.records.map((record) => record.cvr));
    const firms = new Set(records.map((record) => record.cvr));
    const fresh = [...firms].filter((cvr) => !before.has(cvr)).length;
    expect(newShare(columnOf(thisYear, header("CVR")), columnOf(lastYear, header("CVR")))).toBeCloseTo(
      fresh / firms.size,
      12,
    );
  });
});

describe("the inputs a year's goal tables need", () => {
  it("is the union of the range names of the 2022 framework agreement's and Midtjylland's computations", () => {
    const inputs = inputsNeeded(goals2022);
    expect(inputs.map((input) => `${input.name.da}:${input.origin}`)).toEqual([
      "cvr:export",
      "cvr_året_før:previousYear",
      "tilfredshed:export",
      "segmenter:export",
      "scorer:export",
      "effektsvar:export",
      "emner:export",
      "kendskab:export",
      "benyttet_henvisning:export",
      "kendskab_grønne_ydelser:export",
      "aktivitet_pr_kommune:register",
      "befolkning:register",
      "henvist:export",
    ]);
    expect(inputs.find((input) => input.name.da === "scorer")?.goals).toEqual([
      "ra21-m3-nps-drift",
      "ra21-m3-nps-vaekst",
      "midt22-m3-nps-drift",
      "midt22-m3-nps-vaekst",
    ]);
  });

  it("proposes each input's column of the export from its header", () => {
    const columns = HEADERS.map((_, index) => thisYear.rows.map((row) => row[index]));
    const proposal = proposeColumns(inputsNeeded(goals2022), { headers: HEADERS, columns });
    expect(Object.fromEntries(Object.entries(proposal).map(([input, column]) => [input, HEADERS[column]]))).toEqual({
      scorer: HEADERS[header("Hvor sandsynligt")],
      cvr: "CVR-nummer",
      kendskab_grønne_ydelser: HEADERS[header("Tilbyder")],
      kendskab: HEADERS[header("Har du hørt")],
      benyttet_henvisning: HEADERS[header("Har du benyttet")],
      henvist: HEADERS[header("Blev du henvist")],
      tilfredshed: HEADERS[header("Hvor tilfreds")],
      effektsvar: HEADERS[header("I hvilken grad")],
      emner: HEADERS[header("Hvilket emne")],
      segmenter: "Segment",
    });
  });

  it("finds a segment column by its values when the header does not say so", () => {
    const inputs = inputsNeeded(goals2022);
    expect(
      proposeColumns(inputs, {
        headers: ["Type", "Score"],
        columns: [
          ["Drift", "vækst", ""],
          [9, 8, 7],
        ],
      }),
    ).toEqual({
      segmenter: 0,
    });
  });
});

describe("the formulas a connected goal gets", () => {
  const connected = new Set(["scorer", "segmenter", "benyttet_henvisning", "kendskab", "emner", "effektsvar", "cvr"]);
  const names = (year: number) => (input: string) =>
    input === "cvr_året_før" ? yearName("cvr", year - 1) : connected.has(input) ? yearName(input, year) : undefined;
  const goal = (id: string) => goals2022.find((candidate) => candidate.id === id)!;
  const connect = (id: string, base = names(2021)) => goalConnection(goal(id), names(2022), base, { baseline: "$G7" });

  it("writes an NPS goal's value and its adjusted-Wald bounds", () => {
    expect(connect("midt22-m3-nps-drift")).toEqual({
      actual: '=KKR.NPS(scorer_2022,segmenter_2022,"drift")',
      interval: {
        lower: '=INDEX(KKR.NPSINTERVAL(scorer_2022,,segmenter_2022,"drift"),1,1)',
        upper: '=INDEX(KKR.NPSINTERVAL(scorer_2022,,segmenter_2022,"drift"),1,2)',
      },
    });
  });

  it("writes a share goal's bounds from the share and its respondents", () => {
    expect(connect("midt22-m4-henvisninger")).toEqual({
      actual: '=KKR.SHARE(benyttet_henvisning_2022,{"ja";"forventer at benytte"},"ved ikke")',
      interval: {
        lower:
          '=INDEX(KKR.SHAREINTERVAL(KKR.SHARE(benyttet_henvisning_2022,{"ja";"forventer at benytte"},"ved ikke",,,TRUE)),1,1)',
        upper:
          '=INDEX(KKR.SHAREINTERVAL(KKR.SHARE(benyttet_henvisning_2022,{"ja";"forventer at benytte"},"ved ikke",,,TRUE)),1,2)',
      },
    });
    expect(connect("midt22-m1-nye-virksomheder")?.actual).toBe("=KKR.NEWSHARE(cvr_2022,cvr_2021)");
    expect(connect("midt22-m5-groen-effekt")?.interval?.lower).toBe(
      '=INDEX(KKR.SHAREINTERVAL(KKR.EFFECTSHARE(effektsvar_2022,"høj",,emner_2022,"grøn omstilling",TRUE)),1,1)',
    );
  });

  it("measures a change goal against the connected base year: baseline and bounds from SHARECHANGE", () => {
    const pair = (year: number) => `KKR.SHARE(kendskab_${year},"ja",,,,TRUE)`;
    expect(connect("midt22-m1-kendskab-stigning")).toEqual({
      actual: '=KKR.SHARE(kendskab_2022,"ja")',
      baseline: '=KKR.SHARE(kendskab_2021,"ja")',
      interval: {
        lower: `=$G7+INDEX(KKR.SHARECHANGE(${pair(2022)},,${pair(2021)}),1,2)`,
        upper: `=$G7+INDEX(KKR.SHARECHANGE(${pair(2022)},,${pair(2021)}),1,3)`,
      },
    });
    // Without the base year connected the baseline is the user's, and the interval is this year's share's.
    expect(connect("midt22-m1-kendskab-stigning", () => undefined)).toEqual({
      actual: '=KKR.SHARE(kendskab_2022,"ja")',
      interval: {
        lower: `=INDEX(KKR.SHAREINTERVAL(${pair(2022)}),1,1)`,
        upper: `=INDEX(KKR.SHAREINTERVAL(${pair(2022)}),1,2)`,
      },
    });
  });

  it("leaves a goal whose inputs are not connected, and one that is not computed, to the user", () => {
    expect(connect("midt22-m5-groent-kendskab")).toBeUndefined();
    expect(connect("midt22-m8-geografisk-spredning")).toBeUndefined();
    expect(connect("midt22-m2-geografisk-spredning")).toBeUndefined();
  });

  it("names a table's column by structured reference, escaping what Excel escapes", () => {
    expect(columnReference("Eksport2022", "Hvor tilfreds er du [1-5]?")).toBe(
      "Eksport2022[[Hvor tilfreds er du '[1-5']?]]",
    );
    expect(columnReference("Eksport2022", "Nr. #1 'ny'")).toBe("Eksport2022[[Nr. '#1 ''ny'']]");
    expect(columnReference("Svar", "KKR-arbejdet er vigtigt")).toBe("Svar[[KKR-arbejdet er vigtigt]]");
  });
});
