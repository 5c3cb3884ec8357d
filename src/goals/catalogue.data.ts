/**
 * Every goal of the framework agreements 2019-2020 (as written into the 2019 contracts), 2021-2023 (7.1)
 * and 2024-2027 (8.1), and of the result contracts Hovedstaden 2019, Sjælland 2019, Midtjylland 2022 and
 * Hovedstaden 2024. One template per measurable target; the qualitative remainder of a goal (strategies,
 * agreements, meetings to hold) is one template checked by hand. Quotes are verbatim from the sources.
 * Shares and percentage points are fractions (0.7 = 70 %); NPS is in points.
 */
import { Computation, GoalTemplate, Level, Segment } from "./schema";

const full = (threshold: number): Level[] => [{ fulfilment: 1, threshold }];
const ladder = (fullAt: number, halfAt: number): Level[] => [
  { fulfilment: 1, threshold: fullAt },
  { fulfilment: 0.5, threshold: halfAt },
];
const manual: Pick<GoalTemplate, "measure" | "comparator" | "levels"> = {
  measure: "qualitative",
  comparator: "atLeast",
  levels: [],
};

/** How each measurable goal's actual value is obtained: the KKR formula over the survey or register columns. */
const range = (da: string, en: string) => ({ range: { da, en } });
const SEGMENT_OF_GOAL = { segmentOfGoal: true } as const;
const OMITTED = { omitted: true } as const;
const SCORES = range("scorer", "scores");
const SEGMENTS = range("segmenter", "segments");
const EFFECT_ANSWERS = range("effektsvar", "effect_answers");
const TOPICS = range("emner", "topics");
const SATISFIED = { values: ["meget tilfreds", "tilfreds"] };
const COMPUTE = {
  nps: { function: "NPS", arguments: [SCORES] },
  npsBySegment: { function: "NPS", arguments: [SCORES, SEGMENTS, SEGMENT_OF_GOAL] },
  effectMedium: { function: "EFFECTSHARE", arguments: [EFFECT_ANSWERS, { value: "middel" }] },
  effectHigh: { function: "EFFECTSHARE", arguments: [EFFECT_ANSWERS] },
  effectHighByTopic: {
    function: "EFFECTSHARE",
    arguments: [EFFECT_ANSWERS, { value: "høj" }, OMITTED, TOPICS, SEGMENT_OF_GOAL],
  },
  effectMediumByTopic: {
    function: "EFFECTSHARE",
    arguments: [EFFECT_ANSWERS, { value: "middel" }, OMITTED, TOPICS, SEGMENT_OF_GOAL],
  },
  satisfaction: { function: "SHARE", arguments: [range("tilfredshed", "satisfaction"), SATISFIED] },
  competence: { function: "SHARE", arguments: [range("kompetencer", "competence"), SATISFIED] },
  verySatisfiedBySegment: {
    function: "SHARE",
    arguments: [range("tilfredshed", "satisfaction"), { value: "meget tilfreds" }, OMITTED, SEGMENTS, SEGMENT_OF_GOAL],
  },
  awareness: { function: "SHARE", arguments: [range("kendskab", "awareness"), { value: "ja" }] },
  greenAwareness: {
    function: "SHARE",
    arguments: [range("kendskab_grønne_ydelser", "green_awareness"), { value: "ja" }],
  },
  awarenessOfServices: {
    function: "SHARE",
    arguments: [
      range("kendskab_til_tilbud", "service_awareness"),
      { value: "ja" },
      OMITTED,
      range("kender_huset", "knows_hub"),
      { value: "ja" },
    ],
  },
  referralUsed: {
    function: "SHARE",
    arguments: [range("benyttet_henvisning", "used_referral"), { value: "ja" }, { value: "ved ikke" }],
  },
  referred: { function: "SHARE", arguments: [range("henvist", "referred"), { value: "ja" }] },
  overFiveEmployees: { function: "SHARE", arguments: [range("over_5_ansatte", "over_5_employees"), { value: "ja" }] },
  newFirms: { function: "NEWSHARE", arguments: [range("cvr", "ids"), range("cvr_året_før", "previous_ids")] },
  spreadPp: {
    function: "SPREAD",
    arguments: [
      range("forløb_pr_kommune", "courses_per_municipality"),
      range("befolkning", "population"),
      { value: "procentpoint" },
    ],
    largestAbsolute: true,
  },
  spreadRelative: {
    function: "SPREAD",
    arguments: [
      range("aktivitet_pr_kommune", "activity_per_municipality"),
      range("befolkning", "population"),
      { value: "relativ" },
    ],
    largestAbsolute: true,
  },
  recorded: {
    recordedAs: {
      da: "antallet i erhvervshusets egen registrering (CRM), fx med TÆL.HVIS",
      en: "the number in the hub's own records (CRM), e.g. with COUNTIF",
    },
  },
  controlGroup: {
    suppliedBy: {
      da: "Erhvervsstyrelsen og Danmarks Statistik (effektmåling mod en kontrolgruppe)",
      en: "the Danish Business Authority and Statistics Denmark (impact measured against a control group)",
    },
  },
} satisfies Record<string, Computation>;

/** A goal the source sets "for hhv. drifts- og vækstsegment": one template per segment. */
function perSegment(goal: GoalTemplate): GoalTemplate[] {
  const segments: [Segment, string, string][] = [
    ["drift", "drift", "operations"],
    ["vækst", "vækst", "growth"],
  ];
  return segments.map(([segment, da, en]) => ({
    ...goal,
    id: `${goal.id}-${segment === "vækst" ? "vaekst" : segment}`,
    segment,
    title: { da: `${goal.title.da} (${da})`, en: `${goal.title.en} (${en} segment)` },
  }));
}

const RA19 = "rammeaftale-2019-2020";
const RA21 = "rammeaftale-2021-2023";
const RA24 = "rammeaftale-2024-2027";
const HOV19 = "resultatkontrakt-hovedstaden-2019";
const SJL19 = "resultatkontrakt-sjaelland-2019";
const MIDT22 = "resultatkontrakt-midtjylland-2022";
const HOV24 = "resultatkontrakt-hovedstaden-2024";

/** The growth and productivity goals against a control group, identical in 2021-2023, 2024-2027 and the contracts. */
function effectAgainstControlGroup(
  prefix: string,
  document: string,
  section: string,
  years: number[],
  quotes: { turnover: string; employment: string; productivity: string },
  implementsPrefix?: string,
): GoalTemplate[] {
  const goals: [string, string, string, Segment, number, "atLeast" | "greaterThan", string][] = [
    [
      "omsaetning",
      "Mervækst i omsætning mod kontrolgruppe",
      "Extra turnover growth vs. control group",
      "vækst",
      0.1,
      "atLeast",
      quotes.turnover,
    ],
    [
      "beskaeftigelse",
      "Mervækst i beskæftigelse mod kontrolgruppe",
      "Extra employment growth vs. control group",
      "vækst",
      0.05,
      "atLeast",
      quotes.employment,
    ],
    [
      "produktivitet",
      "Øget produktivitet mod kontrolgruppe",
      "Productivity growth vs. control group",
      "drift",
      0,
      "greaterThan",
      quotes.productivity,
    ],
  ];
  return goals.map(([key, da, en, segment, threshold, comparator, quote]) => ({
    id: `${prefix}-${key}`,
    source: { document, section, quote },
    title: { da, en },
    measure: "growthVsControlPp",
    computation: COMPUTE.controlGroup,
    comparator,
    levels: full(threshold),
    years,
    segment,
    implements: implementsPrefix && `${implementsPrefix}-${key}`,
    note: "To år efter endt vejledning, i procentpoint (0,1 = 10 pp) over kontrolgruppen; produktivitet som omsætning pr. årsværk.",
  }));
}

const CONTROL_GROUP_QUOTES_2021 = {
  turnover:
    "skal der to år efter endt vejledning, kunne måles en mervækst på mindst 10 procentpoint i omsætning og mindst 5 procentpoint i beskæftigelse",
  employment: "mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder.",
  productivity:
    "har to år efter endt vejledning en øget produktivitet sammenlignet med en kontrolgruppe af sammenlignelige virksomheder.",
};

const AWARENESS_2020 = {
  nordjylland: 0.4,
  midtjylland: 0.36,
  sjaelland: 0.34,
  fyn: 0.33,
  sydjylland: 0.32,
  hovedstaden: 0.26,
};
const GREEN_AWARENESS_2020 = {
  sydjylland: 0.68,
  nordjylland: 0.64,
  hovedstaden: 0.6,
  midtjylland: 0.6,
  fyn: 0.59,
  sjaelland: 0.53,
};

const rammeaftale2019: GoalTemplate[] = [
  {
    id: "ra19-nps",
    source: {
      document: RA19,
      section: "Mål 1 (gengivet i resultatkontrakterne 2019)",
      quote: "Målet for 2019 er, at erhvervshusene opnår en Net Promotor Score på mindst 60.",
    },
    title: { da: "Tilfredshed: Net Promoter Score", en: "Satisfaction: Net Promoter Score" },
    measure: "nps",
    computation: COMPUTE.nps,
    comparator: "atLeast",
    levels: full(60),
    years: [2019],
    overrides: [{ hub: "sjaelland", levels: ladder(60, 50) }],
    note: "Sjællands kontrakt giver 50 % opfyldelse ved NPS 50.",
  },
  {
    id: "ra19-effekt",
    source: {
      document: RA19,
      section: "Mål 2 (gengivet i resultatkontrakterne 2019)",
      quote: "Målet er 50 pct. opfyldt, når andelen af virksomheder der oplever effekt opgøres til 60 procent.",
    },
    title: { da: "Oplevet effekt (middel eller høj)", en: "Perceived effect (medium or high)" },
    measure: "share",
    computation: COMPUTE.effectMedium,
    comparator: "atLeast",
    levels: ladder(0.7, 0.6),
    years: [2019],
    note: 'Beregn med KKR.EFFEKTANDEL(svar; "middel") over de syv underspørgsmål.',
  },
  {
    id: "ra19-digital-indgang",
    source: {
      document: RA19,
      section: "Mål 3 (gengivet i resultatkontrakterne 2019)",
      quote:
        "Målet er 100 pct. opfyldt når Erhvervshusene har etableret en fælles visuel identitet og bidraget til udvikling af den digitale erhvervsfremmeplatform.",
    },
    title: { da: "Fælles digital indgang", en: "Common digital entry point" },
    ...manual,
    years: [2019],
  },
];

const hovedstaden2019: GoalTemplate[] = [
  {
    ...rammeaftale2019[0],
    id: "hov19-m1-nps",
    source: {
      document: HOV19,
      section: "Mål 1",
      quote: "Mål 1: Målet er 100 pct. opfyldt, når erhvervshusene opnår en Net Promoter Score på mindst 60.",
    },
    overrides: undefined,
    note: undefined,
    implements: "ra19-nps",
  },
  {
    ...rammeaftale2019[1],
    id: "hov19-m2-effekt",
    source: {
      document: HOV19,
      section: "Mål 2",
      quote:
        "Mål 2: Målet er 100 pct. opfyldt, når andelen af virksomheder der oplever effekt opgøres til mindst 70 procent.",
    },
    implements: "ra19-effekt",
  },
  {
    ...rammeaftale2019[2],
    id: "hov19-m3-digital-indgang",
    source: {
      document: HOV19,
      section: "Mål 3",
      quote:
        "Mål 3: Målet er 100 pct. opfyldt når Erhvervshusene har etableret en fælles visuel identitet og bidraget til udvikling af den digitale erhvervsfremmeplatform.",
    },
    implements: "ra19-digital-indgang",
  },
  {
    id: "hov19-m4-kommunikationsstrategi",
    source: {
      document: HOV19,
      section: "Mål 4",
      quote: "ultimo 2019 har formuleret og begyndt at eksekvere på en kommunikationsstrategi over for virksomhederne",
    },
    title: { da: "Kommunikationsstrategi over for virksomhederne", en: "Communication strategy towards firms" },
    ...manual,
    years: [2019],
  },
  ...(
    [
      [
        "i-alt",
        "Vejledningsforløb i alt",
        "Advisory courses in total",
        1780,
        "Konkret gennemføres der samlet set 1780 vejledningsforløb",
      ],
      ["vaekstforloeb", "Vækstforløb", "Growth courses", 630, "630 Vækstforløb"],
      ["smv-drift", "SMV drift-forløb", "SME operations courses", 350, "350 SMV drift forløb"],
      ["ivaerksaetterforloeb", "Iværksætterforløb", "Start-up courses", 800, "800 Iværksætterforløb"],
    ] as const
  ).map(([key, da, en, threshold, quote]): GoalTemplate => ({
    id: `hov19-m4-${key}`,
    source: { document: HOV19, section: "Mål 4", quote },
    title: { da, en },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(threshold),
    years: [2019],
  })),
  {
    id: "hov19-m5-knudepunkt",
    source: { document: HOV19, section: "Mål 5", quote: "Målet er 100% opfyldt, når de 6 indsatser er opfyldt." },
    title: { da: "Knudepunkt: realiserede indsatser (af 6)", en: "Hub function: initiatives delivered (of 6)" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(6),
    years: [2019],
  },
  {
    id: "hov19-m6-digital-omstilling",
    source: {
      document: HOV19,
      section: "Mål 6",
      quote:
        "Målet er 100 pct. opfyldt, når der er redegjort for aktiviteter indenfor alle de nævnte områder i en skriftlig afrapportering.",
    },
    title: { da: "Særlig indsats for digital omstilling", en: "Digital transformation effort" },
    ...manual,
    years: [2019],
  },
  {
    id: "hov19-m7-erhvervsfremmestrategi",
    source: {
      document: HOV19,
      section: "Mål 7",
      quote: "Erhvervshus Hovedstaden er ansvarlig for, at KKR Hovedstaden forelægges udkast til strategi 2020.",
    },
    title: { da: "Erhvervsfremmestrategi", en: "Business promotion strategy" },
    ...manual,
    years: [2019],
  },
  {
    id: "hov19-m8-kortlaegning",
    source: {
      document: HOV19,
      section: "Mål 8",
      quote: "Fremlægger plan for (udvikling af) produkter, der kan møde virksomhedernes behov",
    },
    title: { da: "Kortlægning af virksomhedernes behov", en: "Mapping of firms' needs" },
    ...manual,
    years: [2019],
  },
  {
    id: "hov19-m9-greater-copenhagen",
    source: {
      document: HOV19,
      section: "Mål 9",
      quote: "Der laves en samarbejdsaftale omkring aktiviteterne i Early Warning",
    },
    title: {
      da: "Samarbejde med Erhvervshus Sjælland om Greater Copenhagen",
      en: "Greater Copenhagen cooperation with Erhvervshus Sjælland",
    },
    ...manual,
    years: [2019],
  },
];

/** Sjælland 2019's quality targets per course type, from "Samlet oversigt over mål". */
function sjaellandCourse(
  section: string,
  key: string,
  name: { da: string; en: string },
  count: number,
  countQuote: string,
  quality: { satisfaction: number; competence: number; effect: number; nps: number; quote: string },
): GoalTemplate[] {
  const base = {
    years: [2019],
    source: { document: SJL19, section: `${section}, Samlet oversigt over mål`, quote: quality.quote },
  };
  return [
    {
      ...base,
      id: `sjl19-${key}`,
      source: { document: SJL19, section, quote: countQuote },
      title: name,
      measure: "count",
      computation: COMPUTE.recorded,
      comparator: "atLeast",
      levels: full(count),
    },
    {
      ...base,
      id: `sjl19-${key}-tilfredshed`,
      title: { da: `${name.da}: generel tilfredshed`, en: `${name.en}: overall satisfaction` },
      measure: "share",
      computation: COMPUTE.satisfaction,
      comparator: "atLeast",
      levels: full(quality.satisfaction),
    },
    {
      ...base,
      id: `sjl19-${key}-kompetencer`,
      title: { da: `${name.da}: konsulentens kompetencer`, en: `${name.en}: adviser's competence` },
      measure: "share",
      computation: COMPUTE.competence,
      comparator: "atLeast",
      levels: full(quality.competence),
    },
    {
      ...base,
      id: `sjl19-${key}-effekt`,
      title: { da: `${name.da}: oplevet effekt af sparring`, en: `${name.en}: perceived effect` },
      measure: "share",
      computation: COMPUTE.effectMedium,
      comparator: "atLeast",
      levels: full(quality.effect),
    },
    {
      ...base,
      id: `sjl19-${key}-nps`,
      title: { da: `${name.da}: NPS`, en: `${name.en}: NPS` },
      measure: "nps",
      computation: COMPUTE.nps,
      comparator: "atLeast",
      levels: full(quality.nps),
    },
  ];
}

const sjaelland2019: GoalTemplate[] = [
  {
    id: "sjl19-m1-kommunikationsstrategi",
    source: {
      document: SJL19,
      section: "Mål 1",
      quote: "at der i 2019 udarbejdes en kommunikations- og kendskabsstrategi",
    },
    title: { da: "Kommunikations- og kendskabsstrategi", en: "Communication and awareness strategy" },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m1-korte-forloeb",
    source: { document: SJL19, section: "Mål 1", quote: "400 korte forløb" },
    title: { da: "Korte forløb", en: "Short courses" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(400),
    years: [2019],
  },
  ...sjaellandCourse(
    "Mål 1",
    "m1-handlingsplaner",
    { da: "Handlingsplaner", en: "Action plans" },
    300,
    "300 Handlingsplaner",
    {
      satisfaction: 0.8,
      competence: 0.8,
      effect: 0.7,
      nps: 50,
      quote:
        "300 handlingsplaner, herunder: Generel tilfredshed: 80 % Konsulentens kompetencer: 80 % Effekt af sparring (oplevet): 70 % NPS: 50",
    },
  ),
  ...sjaellandCourse("Mål 2", "m2-vaekstplaner", { da: "Vækstplaner", en: "Growth plans" }, 300, "300 Vækstplaner", {
    satisfaction: 0.8,
    competence: 0.8,
    effect: 0.7,
    nps: 60,
    quote:
      "300 vækstplaner, herunder: Generel tilfredshed: 80 % Konsulentens kompetencer: 80 % Effekt af sparring (oplevet): 70 % NPS: 60",
  }),
  ...sjaellandCourse(
    "Mål 2",
    "m2-udviklingsplaner",
    { da: "Udviklingsplaner", en: "Development plans" },
    15,
    "15 Udviklingsplaner",
    {
      satisfaction: 0.9,
      competence: 0.9,
      effect: 0.9,
      nps: 70,
      quote:
        "15 udviklingsplaner, herunder: Generel tilfredshed: 90 % Konsulentens kompetencer: 90 % Effekt af sparring (oplevet): 90 % NPS: 70",
    },
  ),
  {
    ...rammeaftale2019[0],
    id: "sjl19-m3-nps",
    source: {
      document: SJL19,
      section: "Mål 3",
      quote: "Målet er 50 pct. opfyldt, når erhvervshusene opnår en Net Promoter Score på mindst 50.",
    },
    levels: ladder(60, 50),
    overrides: undefined,
    note: undefined,
    implements: "ra19-nps",
  },
  {
    ...rammeaftale2019[1],
    id: "sjl19-m4-effekt",
    source: {
      document: SJL19,
      section: "Mål 4",
      quote: "Målet er 100 pct. opfyldt, når andelen af virksomheder der oplever effekt opgøres til mindst 70 procent.",
    },
    implements: "ra19-effekt",
  },
  ...(
    [
      [
        "omsaetning",
        "Vækstvirksomheder: mervækst i omsætning mod kontrolgruppe",
        "Growth firms: extra turnover growth vs. control group",
      ],
      [
        "arbejdspladser",
        "Vækstvirksomheder: mervækst i arbejdspladser mod kontrolgruppe",
        "Growth firms: extra job growth vs. control group",
      ],
    ] as const
  ).map(([key, da, en]): GoalTemplate => ({
    id: `sjl19-m4-${key}`,
    source: {
      document: SJL19,
      section: "Mål 4",
      quote:
        "Målet er at vækstvirksomhederne som har modtaget vejledning, har en 10% højere vækst end kontrolgruppen på begge parametre.",
    },
    title: { da, en },
    measure: "growthVsControlPp",
    computation: COMPUTE.controlGroup,
    comparator: "atLeast",
    levels: full(0.1),
    years: [2019],
    segment: "vækst",
    note: '"10% højere vækst" er læst som 10 procentpoint over kontrolgruppen.',
  })),
  {
    id: "sjl19-m5a-knudepunkt",
    source: {
      document: SJL19,
      section: "Mål 5A",
      quote:
        "De tre statslige ordninger er fysisk etableret i Erhvervshus Sjælland, og der er udarbejdet konkrete samarbejdsaftaler med dem.",
    },
    title: {
      da: "Knudepunkt: ordninger, rådgiverplatform, møder og oplæg i 17 kommuner",
      en: "Hub function: state schemes, adviser platform, meetings, talks in 17 municipalities",
    },
    ...manual,
    years: [2019],
  },
  ...(
    [
      [
        "handlingsplan",
        "handlingsplan",
        "action plan",
        0.7,
        "henvises min. 70% af virksomhederne til anden rådgivning",
      ],
      ["vaekstplan", "vækstplan", "growth plan", 0.8, "henvises min. 80% af virksomhederne til anden rådgivning"],
      [
        "udviklingsplan",
        "udviklingsplan",
        "development plan",
        1,
        "henvises 100% af virksomhederne til anden rådgivning.",
      ],
    ] as const
  ).map(([key, da, en, threshold, quote]): GoalTemplate => ({
    id: `sjl19-m5a-henvisning-${key}`,
    source: { document: SJL19, section: "Mål 5A, Henvisninger", quote },
    title: { da: `Henvist til anden rådgivning: ${da}`, en: `Referred to other advice: ${en}` },
    measure: "share",
    computation: COMPUTE.referred,
    comparator: "atLeast",
    levels: full(threshold),
    years: [2019],
    note:
      key === "udviklingsplan"
        ? 'Oversigtstabellen skriver "vækstplan" ved 100 %; brødteksten (her) siger udviklingsplan.'
        : undefined,
  })),
  {
    id: "sjl19-m5b-samarbejde",
    source: {
      document: SJL19,
      section: "Mål 5B",
      quote:
        "Der etableres et fælles ”code of conduct” ift. arbejdsdelingen mellem den specialiserede og den lokale erhvervsservice.",
    },
    title: {
      da: "Samarbejdsforum, code of conduct, kommunikationsnetværk og lokale kanaler",
      en: "Cooperation forum, code of conduct, communication network and local channels",
    },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m5b-moeder",
    source: {
      document: SJL19,
      section: "Mål 5B",
      quote: "Der afholdes 4 fælles møder årligt mellem Erhvervshus Sjælland og de lokale erhvervsfremmeaktører",
    },
    title: { da: "Fælles møder med lokale erhvervsfremmeaktører", en: "Joint meetings with local business services" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(4),
    years: [2019],
  },
  {
    id: "sjl19-m5b-geografisk-spredning",
    source: {
      document: SJL19,
      section: "Mål 5B",
      quote: "Og udsvinget ift. befolkningstal fordelt på kommunerne må ikke være højere end 2 procentpoint.",
    },
    title: {
      da: "Geografisk spredning: største afvigelse fra befolkningsandel",
      en: "Geographic spread: largest deviation from population share",
    },
    measure: "populationDeviation",
    computation: COMPUTE.spreadPp,
    comparator: "atMost",
    levels: full(0.02),
    years: [2019],
    note: "Afvigelsen er kommunens andel af forløbene minus dens andel af befolkningen, i procentpoint (0,02 = 2 pp).",
  },
  {
    id: "sjl19-m5b-nyhedsbreve",
    source: { document: SJL19, section: "Mål 5B", quote: "gennem de lokale erhvervsråd gennem 10 nyhedsbreve om året" },
    title: { da: "Nyhedsbreve via lokale erhvervsråd", en: "Newsletters through local business councils" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(10),
    years: [2019],
  },
  {
    id: "sjl19-m5c-konferencer",
    source: {
      document: SJL19,
      section: "Mål 5C",
      quote: "Erhvervshus Sjælland skal som minimum være med til at afholde to konferencer",
    },
    title: { da: "Konferencer for samarbejde på tværs", en: "Conferences for cross-cutting cooperation" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(2),
    years: [2019],
  },
  {
    ...rammeaftale2019[2],
    id: "sjl19-m6-digital-indgang",
    source: {
      document: SJL19,
      section: "Mål 6",
      quote:
        "Målet er 100 pct. opfyldt, når erhvervshusene har etableret en fælles visuel identitet og bidraget til udvikling af den digitale erhvervsfremmeplatform.",
    },
    implements: "ra19-digital-indgang",
  },
  ...(
    [
      [
        "forloeb",
        "Specialiserede forløb om digital forretningsmodel",
        "Courses on digital business models",
        30,
        "Gennemfører 30 specialiserede forløb med virksomheder",
      ],
      [
        "forretningsudviklere",
        "Forretningsudviklere, der er digitale eksperter",
        "Business developers who are digital experts",
        2,
        "Har min. 2 forretningsudviklere, der er digitale eksperter",
      ],
      [
        "events",
        "Events om digitalisering",
        "Events on digitalisation",
        2,
        "Har afholdt min. 2 events med tematikker omkring digitalisering",
      ],
    ] as const
  ).map(([key, da, en, threshold, quote]): GoalTemplate => ({
    id: `sjl19-m7-${key}`,
    source: { document: SJL19, section: "Mål 7", quote },
    title: { da, en },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(threshold),
    years: [2019],
  })),
  {
    id: "sjl19-m7-digitale-eksperter",
    source: { document: SJL19, section: "Mål 7", quote: "Identificerer digitale eksperter (private rådgivere)" },
    title: {
      da: "Digitale eksperter (private rådgivere) identificeret",
      en: "Digital experts (private advisers) identified",
    },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m8-erhvervsfremmestrategi",
    source: {
      document: SJL19,
      section: "Mål 8",
      quote:
        "Erhvervshus Sjælland er ansvarlig for, at KKR Sjælland forelægges udkast til strategi 2020 på mødet i juni 2019.",
    },
    title: { da: "Erhvervsfremmestrategi", en: "Business promotion strategy" },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m9-kortlaegning",
    source: {
      document: SJL19,
      section: "Mål 9",
      quote: "Fremlægger plan for (udvikling af) produkter, der kan møde virksomhedernes behov",
    },
    title: { da: "Kortlægning af virksomhedernes behov", en: "Mapping of firms' needs" },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m10-greater-copenhagen",
    source: {
      document: SJL19,
      section: "Mål 10",
      quote: "Der laves min. 1 stort fælles arrangement (min. 100 deltagere) for de to Erhvervshuse",
    },
    title: {
      da: "Samarbejde med Erhvervshus Hovedstaden om Greater Copenhagen",
      en: "Greater Copenhagen cooperation with Erhvervshus Hovedstaden",
    },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m11-erhvervsgrupper",
    source: {
      document: SJL19,
      section: "Mål 11",
      quote:
        "Målet for 2019 er, at Erhvervshus Sjælland afsøger potentialet for at etablere en kommende stærk erhvervsgruppe.",
    },
    title: { da: "Kommende stærke erhvervsgrupper", en: "Emerging strong business clusters" },
    ...manual,
    years: [2019],
  },
  {
    id: "sjl19-m12-opsoegende-indsats",
    source: {
      document: SJL19,
      section: "Mål 12",
      quote: "Der udarbejdes en nulpunktsmåling af kendskabet til Erhvervshuset og dets aktiviteter.",
    },
    title: { da: "Opsøgende indsats", en: "Outreach" },
    ...manual,
    years: [2019],
  },
];

const rammeaftale2021: GoalTemplate[] = [
  {
    id: "ra21-m1-kendskab-stigning",
    source: {
      document: RA21,
      section: "7.1, Mål 1",
      quote:
        "Virksomhedernes kendskab til hvert erhvervshus skal i efteråret 2021 være steget med 5 procentpoint sammenlignet med kendskabet i efteråret 2020",
    },
    title: { da: "Kendskab: stigning mod 2020-målingen", en: "Awareness: increase on the 2020 measurement" },
    measure: "changePp",
    computation: COMPUTE.awareness,
    comparator: "atLeast",
    levels: full(0.05),
    years: [2021],
    baselines: AWARENESS_2020,
    note: "Udgangspunkt: kendskabsgraden pr. erhvervshus i september 2020 (fodnote 2).",
  },
  {
    id: "ra21-m1-kendskab-2023",
    source: {
      document: RA21,
      section: "7.1, Mål 1",
      quote: "I 2023 skal kendskabsgraden for hvert erhvervshus være mindst 50 pct.",
    },
    title: { da: "Kendskabsgrad", en: "Awareness" },
    measure: "share",
    computation: COMPUTE.awareness,
    comparator: "atLeast",
    levels: full(0.5),
    years: [2023],
  },
  {
    id: "ra21-m1-nye-virksomheder",
    source: {
      document: RA21,
      section: "7.1, Mål 1",
      quote:
        "Mindst 50 pct. af de vejledte virksomheder skal være nye i forhold til de virksomheder, der modtog vejledning fra erhvervshuset året før.",
    },
    title: { da: "Andel nye vejledte virksomheder", en: "Share of newly advised firms" },
    measure: "share",
    computation: COMPUTE.newFirms,
    comparator: "atLeast",
    levels: full(0.5),
    years: [2021, 2022, 2023],
  },
  {
    id: "ra21-m2-geografisk-spredning",
    source: {
      document: RA21,
      section: "7.1, Mål 2",
      quote: "Der skal sikres en geografisk spredning blandt de virksomheder, det enkelte erhvervshus hjælper.",
    },
    title: {
      da: "Bred geografisk spredning (mål fastsat i resultatkontrakten)",
      en: "Broad geographic spread (target set in the result contract)",
    },
    ...manual,
    years: [2021, 2022, 2023],
  },
  ...perSegment({
    id: "ra21-m3-meget-tilfredse",
    source: {
      document: RA21,
      section: "7.1, Mål 3",
      quote:
        "Mindst 80 pct. af de vejledte virksomheder angiver i brugerevalueringen, at de er ”Meget tilfredse” med kvaliteten af vejledningen",
    },
    title: { da: "Andel meget tilfredse", en: "Share very satisfied" },
    measure: "share",
    computation: COMPUTE.verySatisfiedBySegment,
    comparator: "atLeast",
    levels: full(0.8),
    years: [2021, 2022, 2023],
  }),
  ...perSegment({
    id: "ra21-m3-nps",
    source: {
      document: RA21,
      section: "7.1, Mål 3",
      quote:
        "Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for hhv. deres drifts- og vækstsegment.",
    },
    title: { da: "Net Promoter Score", en: "Net Promoter Score" },
    measure: "nps",
    computation: COMPUTE.npsBySegment,
    comparator: "atLeast",
    levels: full(70),
    years: [2021, 2022, 2023],
  }),
  {
    id: "ra21-m4-henvisninger",
    source: {
      document: RA21,
      section: "7.1, Mål 4",
      quote:
        "I 2021 angiver mindst 45 pct. af de henviste virksomheder, at de har benyttet den eksterne rådgivning eller vejledning efter henvisning fra erhvervshuset.",
    },
    title: { da: "Henviste, der har benyttet henvisningen", en: "Referred firms that used the referral" },
    measure: "share",
    computation: COMPUTE.referralUsed,
    comparator: "atLeast",
    levels: [],
    years: [2021, 2023],
    overrides: [
      { year: 2021, levels: full(0.45) },
      { year: 2023, levels: full(0.5) },
    ],
    note: 'Virksomheder, der ikke ved, om de har benyttet henvisningen, udgår ("ved ikke" i KKR.ANDEL\'s udelad). Rammeaftalen sætter intet niveau for 2022.',
  },
  {
    id: "ra21-m5-kriseberedskab",
    source: {
      document: RA21,
      section: "7.1, Mål 5",
      quote: "Erhvervshusene opretholder og dimensionerer i 2021 sit krise-beredskab",
    },
    title: { da: "Kriseberedskab", en: "Crisis preparedness" },
    ...manual,
    years: [2021],
  },
  {
    id: "ra21-m5-corona-effekt",
    source: {
      document: RA21,
      section: "7.1, Mål 5",
      quote:
        "I 2021 vurderer 75 pct. af de virksomheder, der har modtaget vejledning i erhvervshuset som følge af corona-krisen, at vejledningen har haft en positiv effekt for virksomheden",
    },
    title: { da: "Positiv effekt af krisevejledning", en: "Positive effect of crisis advice" },
    measure: "share",
    computation: COMPUTE.effectMediumByTopic,
    comparator: "atLeast",
    levels: full(0.75),
    years: [2021],
    topic: "corona",
  },
  {
    id: "ra21-m6-dialogvaerktoej",
    source: {
      document: RA21,
      section: "7.1, Mål 6",
      quote: "skal erhvervshusene i 2021 udvikle og implementere et fælles dialogværktøj",
    },
    title: { da: "Fælles dialogværktøj om grøn omstilling", en: "Common dialogue tool on green transition" },
    ...manual,
    years: [2021],
  },
  {
    id: "ra21-m6-groen-effekt",
    source: {
      document: RA21,
      section: "7.1, Mål 6",
      quote:
        "I 2022 og 2023 vurderer 70 pct. af de virksomheder der har modtaget vejledning inden for bæredygtighed, grøn omstilling og cirkulær økonomi",
    },
    title: { da: "Effekt af grøn vejledning (i høj grad)", en: "Effect of green advice (to a high degree)" },
    measure: "share",
    computation: COMPUTE.effectHighByTopic,
    comparator: "atLeast",
    levels: full(0.7),
    years: [2022, 2023],
    topic: "grøn omstilling",
  },
  {
    id: "ra21-m6-groent-kendskab",
    source: {
      document: RA21,
      section: "7.1, Mål 6",
      quote:
        "være steget med 5 procentpoint for hvert erhvervshus i forhold til kendskabsmålingen i september 2020, og i 2023 med yderligere 5 procentpoint",
    },
    title: {
      da: "Kendskab til grønne ydelser: stigning mod 2020",
      en: "Awareness of green services: increase on 2020",
    },
    measure: "changePp",
    computation: COMPUTE.greenAwareness,
    comparator: "atLeast",
    levels: [],
    years: [2021, 2023],
    overrides: [
      { year: 2021, levels: full(0.05) },
      { year: 2023, levels: full(0.1) },
    ],
    baselines: GREEN_AWARENESS_2020,
    topic: "grøn omstilling",
    note: "Udgangspunkt: september 2020 (fodnote 4); 2023 = 5 pp + yderligere 5 pp. Virksomheder, der ikke kender erhvervshuset, indgår ikke.",
  },
  {
    id: "ra21-m7-effekt",
    source: {
      document: RA21,
      section: "7.1, Mål 7",
      quote:
        "I 2021 vurderer 65 pct. af de virksomheder, der har modtaget hjælp i erhvervshusene og er registreret i brugerevalueringssystemet, at vejledningen ”I høj grad” forventes at have en positiv effekt for virksomheden. I 2022 og 2023 er målet 70 pct.",
    },
    title: { da: "Forventet positiv effekt (i høj grad)", en: "Expected positive effect (to a high degree)" },
    measure: "share",
    computation: COMPUTE.effectHigh,
    comparator: "atLeast",
    levels: full(0.7),
    years: [2021, 2022, 2023],
    overrides: [{ year: 2021, levels: full(0.65) }],
  },
  ...effectAgainstControlGroup("ra21-m7", RA21, "7.1, Mål 7", [2021, 2022, 2023], CONTROL_GROUP_QUOTES_2021),
  {
    id: "ra21-m8-digital-effekt",
    source: {
      document: RA21,
      section: "7.1, Mål 8",
      quote:
        "I 2021, 2022 og 2023 vurderer 70 pct. af de virksomheder der har modtaget vejledning inden for digitalisering og brug af nye teknologier",
    },
    title: {
      da: "Effekt af digitaliseringsvejledning (i høj grad)",
      en: "Effect of digitalisation advice (to a high degree)",
    },
    measure: "share",
    computation: COMPUTE.effectHighByTopic,
    comparator: "atLeast",
    levels: full(0.7),
    years: [2021, 2022, 2023],
    topic: "digitalisering",
  },
];

const byId = (goals: GoalTemplate[], id: string): GoalTemplate => {
  const found = goals.find((goal) => goal.id === id);
  if (!found) throw new Error(`catalogue: no goal ${id}`);
  return found;
};

/** A contract goal that writes out a national goal: same measure, its own source, id and years. */
const writesOut = (
  national: GoalTemplate,
  id: string,
  source: GoalTemplate["source"],
  changes: Partial<GoalTemplate> = {},
): GoalTemplate => ({
  ...national,
  id,
  source,
  implements: national.id,
  overrides: undefined,
  ...changes,
});

const midtjylland2022: GoalTemplate[] = [
  {
    id: "midt22-m1-kendskab",
    source: {
      document: MIDT22,
      section: "Mål 1",
      quote:
        "For Erhvervshus Midtjylland skal virksomhedernes kendskab til erhvervshuset i efteråret 2022 være 45 pct.",
    },
    title: { da: "Kendskabsgrad", en: "Awareness" },
    measure: "share",
    computation: COMPUTE.awareness,
    comparator: "atLeast",
    levels: full(0.45),
    years: [2022],
  },
  writesOut(byId(rammeaftale2021, "ra21-m1-kendskab-2023"), "midt22-m1-kendskab-2023", {
    document: MIDT22,
    section: "Mål 1",
    quote: "I 2023 skal kendskabsgraden for hvert erhvervshus være mindst 50 pct.",
  }),
  writesOut(
    byId(rammeaftale2021, "ra21-m1-nye-virksomheder"),
    "midt22-m1-nye-virksomheder",
    {
      document: MIDT22,
      section: "Mål 1",
      quote:
        "Mindst 50 pct. af de vejledte virksomheder skal være nye i forhold til de virksomheder, der modtog vejledning fra erhvervshuset året før.",
    },
    { years: [2022] },
  ),
  writesOut(
    byId(rammeaftale2021, "ra21-m2-geografisk-spredning"),
    "midt22-m2-geografisk-spredning",
    { document: MIDT22, section: "Mål 2", quote: "Målet fastsættes nærmere under de lokale mål." },
    { years: [2022], note: "Se Mål 8." },
  ),
  ...["drift", "vaekst"].map((segment) =>
    writesOut(
      byId(rammeaftale2021, `ra21-m3-meget-tilfredse-${segment}`),
      `midt22-m3-meget-tilfredse-${segment}`,
      {
        document: MIDT22,
        section: "Mål 3",
        quote:
          'Mindst 80 pct. af de vejlede virksomheder angiver i brugerevalueringen, at de er "Meget tilfredse" med erhvervshusmedarbejdernes faglige kompetencer.',
      },
      {
        years: [2022],
        title: {
          da: `Andel meget tilfredse med medarbejdernes kompetencer (${segment === "drift" ? "drift" : "vækst"})`,
          en: `Share very satisfied with staff competence (${segment === "drift" ? "operations" : "growth"} segment)`,
        },
      },
    ),
  ),
  ...["drift", "vaekst"].map((segment) =>
    writesOut(
      byId(rammeaftale2021, `ra21-m3-nps-${segment}`),
      `midt22-m3-nps-${segment}`,
      { document: MIDT22, section: "Mål 3", quote: "Målet er en Net Promotor Score på min. 70" },
      { years: [2022] },
    ),
  ),
  writesOut(
    byId(rammeaftale2021, "ra21-m4-henvisninger"),
    "midt22-m4-henvisninger",
    {
      document: MIDT22,
      section: "Mål 4",
      quote:
        "I 2022 angiver mindst 48 pct. af de henviste virksomheder, at de har benyttet den eksterne rådgivning eller vejledning efter henvisning fra erhvervshuset. I 2023 er niveauet 50 pct.",
    },
    {
      years: [2022, 2023],
      overrides: [
        { year: 2022, levels: full(0.48) },
        { year: 2023, levels: full(0.5) },
      ],
      note: "Virksomheder, der ikke ved, om de har benyttet henvisningen, udgår af beregningen.",
    },
  ),
  {
    id: "midt22-m4-oplaeg-og-akademi",
    source: {
      document: MIDT22,
      section: "Mål 4",
      quote: "Erhvervshuset tilbyder alle 19 kommuner at afholde et oplæg om Erhvervshuset",
    },
    title: {
      da: "Oplæg i alle 19 kommuner og Midtjysk Erhvervsudviklings Akademi",
      en: "Talks in all 19 municipalities and the Midtjysk academy",
    },
    ...manual,
    years: [2022],
  },
  writesOut(byId(rammeaftale2021, "ra21-m6-dialogvaerktoej"), "midt22-m5-dialogvaerktoej", {
    document: MIDT22,
    section: "Mål 5",
    quote: "skal erhvervshusene i 2021 udvikle og implementere et fælles dialogværktøj",
  }),
  {
    id: "midt22-m5-groent-kendskab",
    source: {
      document: MIDT22,
      section: "Mål 5",
      quote: "For Erhvervshus Midtjylland skal virksomhedernes kendskab til erhvervshuset i efteråret 2022 være 65pct.",
    },
    title: { da: "Kendskab til grønne ydelser", en: "Awareness of green services" },
    measure: "share",
    computation: COMPUTE.greenAwareness,
    comparator: "atLeast",
    levels: full(0.65),
    years: [2022],
    topic: "grøn omstilling",
  },
  writesOut(byId(rammeaftale2021, "ra21-m6-groen-effekt"), "midt22-m5-groen-effekt", {
    document: MIDT22,
    section: "Mål 5",
    quote:
      "I 2022 og 2023 vurderer 70 pct. af de virksomheder der har modtaget vejledning inden for bæredygtighed, grøn omstilling og cirkulær økonomi",
  }),
  writesOut(
    byId(rammeaftale2021, "ra21-m7-effekt"),
    "midt22-m6-effekt",
    {
      document: MIDT22,
      section: "Mål 6",
      quote:
        'I 2022 vurderer 70 pct. af de virksomheder, der har modtaget hjælp i erhvervshusene at vejledningen "I høj grad" forventes at have en positiv effekt for virksomheden.',
    },
    { years: [2022] },
  ),
  // The contract writes out the agreement's wording word for word.
  ...effectAgainstControlGroup("midt22-m6", MIDT22, "Mål 6", [2022], CONTROL_GROUP_QUOTES_2021, "ra21-m7"),
  writesOut(
    byId(rammeaftale2021, "ra21-m8-digital-effekt"),
    "midt22-m7-digital-effekt",
    {
      document: MIDT22,
      section: "Mål 7",
      quote:
        "I 2022 vurderer 70 pct. af de virksomheder der har modtaget vejledning indenfor digitalisering og brug af nye teknologier",
    },
    { years: [2022] },
  ),
  {
    id: "midt22-m8-geografisk-spredning",
    source: {
      document: MIDT22,
      section: "Mål 8",
      quote:
        "skal erhvervshusets vejledningsaktivitet afspejle den indbyggermæssige fordeling i de enkelte kommuner +/- 10%",
    },
    title: {
      da: "Geografisk spredning: største relative afvigelse fra befolkningsandel",
      en: "Geographic spread: largest relative deviation from population share",
    },
    measure: "populationDeviation",
    computation: COMPUTE.spreadRelative,
    comparator: "within",
    levels: full(0.1),
    years: [2022],
    note: "Afvigelsen er (faktisk − forventet) / forventet pr. kommune, hvor forventet er aktiviteten fordelt efter befolkning; ±10 % = 0,1.",
  },
  {
    id: "midt22-m8-virksomheder",
    source: {
      document: MIDT22,
      section: "Mål 8",
      quote:
        "Målet er 5.000 iværksættere og virksomheder i 2022 gør brug af enten individuel vejledning eller deltagelse i et kollektivt tilbud",
    },
    title: {
      da: "Iværksættere og virksomheder, der bruger erhvervshuset",
      en: "Entrepreneurs and firms using the hub",
    },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(5000),
    years: [2022],
  },
  {
    id: "midt22-m8-vaekstforloeb",
    source: { document: MIDT22, section: "Mål 8", quote: "heraf er min. 600 vækstforløb" },
    title: { da: "Vækstforløb", en: "Growth courses" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(600),
    years: [2022],
    segment: "vækst",
  },
  {
    id: "midt22-m8-henvisning",
    source: {
      document: MIDT22,
      section: "Mål 8",
      quote: "Det er et mål, at 80% af individuelt vejledte henvises til andre aktører/tilbud.",
    },
    title: { da: "Individuelt vejledte, der henvises videre", en: "Individually advised firms referred on" },
    measure: "share",
    computation: COMPUTE.referred,
    comparator: "atLeast",
    levels: full(0.8),
    years: [2022],
  },
  {
    id: "midt22-m8-opsoegende",
    source: {
      document: MIDT22,
      section: "Mål 8",
      quote: "Erhvervshus Midtjylland skal være synlig og opsøgende overfor iværksættere og virksomheder",
    },
    title: { da: "Synlig og opsøgende indsats", en: "Visible outreach" },
    ...manual,
    years: [2022],
  },
];

const START_UPS_2024 = {
  hovedstaden: 385,
  midtjylland: 275,
  sjaelland: 171,
  sydjylland: 156,
  nordjylland: 119,
  fyn: 94,
};

const rammeaftale2024: GoalTemplate[] = [
  {
    id: "ra24-m1-ivaerksaettere",
    source: {
      document: RA24,
      section: "8.1, Mål 1",
      quote:
        "Fordelingen mellem erhvervshusene følger befolkningstallet (Fordeling 2024: Hovedstaden: 385, Midtjylland: 275, Sjælland: 171, Sydjylland: 156, Nordjylland: 119 og Fyn: 94).",
    },
    title: { da: "Vejledte virksomheder under 3 år", en: "Advised firms under 3 years old" },
    measure: "count",
    computation: COMPUTE.recorded,
    comparator: "atLeast",
    levels: full(1200),
    years: [2024, 2025, 2026, 2027],
    overrides: Object.entries(START_UPS_2024).map(([hub, threshold]) => ({
      hub: hub as keyof typeof START_UPS_2024,
      levels: full(threshold),
    })),
    note: "1.200 er målet for alle erhvervshuse samlet frem til 2027; hvert hus har sin andel efter befolkning (fordeling 2024). Ny fordeling: KKR.FORDEL(1200; befolkning).",
  },
  {
    id: "ra24-m2-kendskab",
    source: {
      document: RA24,
      section: "8.1, Mål 2",
      quote: "Virksomhedernes kendskabsgrad til hvert erhvervshus skal være mindst 50 procent.",
    },
    title: { da: "Kendskabsgrad", en: "Awareness" },
    measure: "share",
    computation: COMPUTE.awareness,
    comparator: "atLeast",
    levels: full(0.5),
    years: [2024, 2025, 2026, 2027],
  },
  {
    id: "ra24-m2-kendskab-til-tilbud",
    source: {
      document: RA24,
      section: "8.1, Mål 2",
      quote: "Blandt virksomheder, som kender erhvervshuset, har mindst 55 procent kendskab til deres tilbud i 2025.",
    },
    title: {
      da: "Kendskab til tilbud blandt dem, der kender huset",
      en: "Awareness of services among firms that know the hub",
    },
    measure: "share",
    computation: COMPUTE.awarenessOfServices,
    comparator: "atLeast",
    levels: [],
    years: [2025, 2027],
    overrides: [
      { year: 2025, levels: full(0.55) },
      { year: 2027, levels: full(0.65) },
    ],
  },
  ...perSegment({
    id: "ra24-m3-nps",
    source: {
      document: RA24,
      section: "8.1, Mål 3",
      quote:
        "Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for deres drifts- og vækstseg ment.",
    },
    title: { da: "Net Promoter Score", en: "Net Promoter Score" },
    measure: "nps",
    computation: COMPUTE.npsBySegment,
    comparator: "atLeast",
    levels: full(70),
    years: [2024, 2025, 2026, 2027],
  }),
  {
    id: "ra24-m4-henvisninger",
    source: {
      document: RA24,
      section: "8.1, Mål 4",
      quote: "angiver i brugerevalueringen, at de har anvendt en eller flere af henvisningerne fra erhvervshuset.",
    },
    title: { da: "Henviste, der har anvendt henvisningen", en: "Referred firms that used the referral" },
    measure: "share",
    computation: COMPUTE.referralUsed,
    comparator: "atLeast",
    levels: full(0.5),
    years: [2024, 2025, 2026, 2027],
  },
  ...effectAgainstControlGroup("ra24-m5", RA24, "8.1, Mål 5", [2024, 2025, 2026, 2027], {
    turnover: "skal der to år efter endt vejledning kunne måles en mervækst på mindst 10 procentpoint i omsætning",
    employment: "mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder.",
    productivity:
      "Virksomheder i erhvervshusenes driftssegment har to år efter endt vejledning en mervækst i produktivi tet",
  }),
  {
    id: "ra24-m6-baeredygtighed",
    source: {
      document: RA24,
      section: "8.1, Mål 6",
      quote:
        "70 pct. af de vejledte virksomheder, som er blevet vejledt inden for bæredygtighed, tilkendegiver i deres brugerevaluering",
    },
    title: {
      da: "Effekt af vejledning om bæredygtighed (i høj grad)",
      en: "Effect of sustainability advice (to a high degree)",
    },
    measure: "share",
    computation: COMPUTE.effectHighByTopic,
    comparator: "atLeast",
    levels: full(0.7),
    years: [2024, 2025, 2026, 2027],
    topic: "bæredygtighed",
  },
];

const hovedstadenCount = (
  id: string,
  da: string,
  en: string,
  threshold: number,
  quote: string,
  section: string,
): GoalTemplate => ({
  id,
  source: { document: HOV24, section, quote },
  title: { da, en },
  measure: "count",
  computation: COMPUTE.recorded,
  comparator: "atLeast",
  levels: full(threshold),
  years: [2024],
});

const hovedstaden2024: GoalTemplate[] = [
  writesOut(
    byId(rammeaftale2024, "ra24-m2-kendskab"),
    "hov24-m1-kendskab",
    { document: HOV24, section: "Mål 1", quote: "[Overordnet mål: Kendskabsgraden øges til 50%.]" },
    { years: [2024], note: "Afventede rammeaftalen, der siden fastsatte mindst 50 procent." },
  ),
  hovedstadenCount(
    "hov24-m1-abonnenter",
    "Flere abonnenter til nyhedsbrev",
    "More newsletter subscribers",
    2500,
    "2.500 flere abonnenter til nyhedsbrev",
    "Mål 1, interne mål",
  ),
  hovedstadenCount(
    "hov24-m1-presseartikler",
    "Presseartikler og cases",
    "Press articles and cases",
    50,
    "I alt 50 presseartikler/cases",
    "Mål 1, interne mål",
  ),
  hovedstadenCount(
    "hov24-m1-visninger",
    "Månedlige visninger af nyhedsbreve og SoMe",
    "Monthly views of newsletters and social media",
    100000,
    "100.000 månedlige visninger af nyhedsbreve og SoMe",
    "Mål 1, interne mål",
  ),
  {
    id: "hov24-m2-balance",
    source: {
      document: HOV24,
      section: "Mål 2",
      quote: "Der tilstræbes en balance mellem de forskellige virksomhedssegmenter på tværs af de 29 kommuner.",
    },
    title: {
      da: "Balance mellem segmenter på tværs af de 29 kommuner",
      en: "Balance between segments across the 29 municipalities",
    },
    ...manual,
    years: [2024],
  },
  hovedstadenCount(
    "hov24-m2-deltagere",
    "Deltagere i erhvervshusets tilbud (forventet)",
    "Participants in the hub's services (expected)",
    6500,
    "Samlet set forventes det, at ca. 6500 før-startere, iværksættere og vækst- og driftsvirksomheder deltager i Erhvervshusets tilbud.",
    "Mål 2",
  ),
  hovedstadenCount(
    "hov24-m2-vejledninger",
    "1-1 vejledninger",
    "One-to-one advisory sessions",
    1500,
    "1500 vejledninger af iværksættere, vækst- og driftsvirksomheder",
    "Mål 2, 1-1 vejledninger",
  ),
  {
    id: "hov24-m2-vejledninger-5-ansatte",
    source: { document: HOV24, section: "Mål 2, 1-1 vejledninger", quote: "heraf 30% med +5 ansatte." },
    title: {
      da: "Andel af vejledningerne til virksomheder med +5 ansatte",
      en: "Share of sessions with firms of 5+ employees",
    },
    measure: "share",
    computation: COMPUTE.overFiveEmployees,
    comparator: "atLeast",
    levels: full(0.3),
    years: [2024],
  },
  hovedstadenCount(
    "hov24-m2-korte-vejledninger",
    "Kortere orienterende vejledninger",
    "Short orientation sessions",
    1000,
    "1000 kortere orienterende vejledninger.",
    "Mål 2, 1-1 vejledninger",
  ),
  hovedstadenCount(
    "hov24-m2-eventdeltagere",
    "Deltagere i events",
    "Event participants",
    2000,
    "2000 deltagere i events, fysiske som virtuelle.",
    "Mål 2, 1-mange events",
  ),
  hovedstadenCount(
    "hov24-m2-programdeltagere",
    "Deltagere i landsdækkende programmer",
    "Participants in national programmes",
    2000,
    "I alt 2000 deltagere i forløb, events og/eller tilskudsmodtagere igennem landsdækkende programmer.",
    "Mål 2, programmer",
  ),
  hovedstadenCount(
    "hov24-m2-opsoegende-kommuner",
    "Kommuner med fælles opsøgende arbejde",
    "Municipalities with joint outreach",
    10,
    "Erhvervshuset udfører i samarbejde med den lokale erhvervsservice i minimum 10 kommuner opsøgende arbejde",
    "Mål 2, opsøgende indsats",
  ),
  hovedstadenCount(
    "hov24-m2-opsoegende-virksomheder",
    "Virksomheder med +5 ansatte nået opsøgende",
    "Firms of 5+ employees reached by outreach",
    500,
    "specialiseret vejledning til 500 virksomheder med +5 ansatte.",
    "Mål 2, opsøgende indsats",
  ),
  ...["drift", "vaekst"].map((segment) =>
    writesOut(
      byId(rammeaftale2024, `ra24-m3-nps-${segment}`),
      `hov24-m3-nps-${segment}`,
      {
        document: HOV24,
        section: "Mål 3",
        quote:
          "[Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for hhv. deres drifts- og vækstsegment.]",
      },
      { years: [2024] },
    ),
  ),
  writesOut(
    byId(rammeaftale2024, "ra24-m4-henvisninger"),
    "hov24-m4-henvisninger",
    {
      document: HOV24,
      section: "Mål 4",
      quote:
        "[I 2024 angiver mindst 50 pct. af de henviste virksomheder, at de har benyttet den eksterne rådgivning eller vejledning efter henvisning fra Erhvervshuset.]",
    },
    { years: [2024] },
  ),
  {
    id: "hov24-m4-knudepunktsindsatser",
    source: {
      document: HOV24,
      section: "Mål 4",
      quote:
        "Erhvervshuset vil udvikle følgende samarbejder for at give virksomhederne lettere adgang til tilbud/muligheder i erhvervsfremmesystemet",
    },
    title: {
      da: "Særlige knudepunktsindsatser (bæredygtighed, digitalisering, internationalisering, arbejdskraft)",
      en: "Special hub initiatives (sustainability, digitalisation, internationalisation, labour)",
    },
    ...manual,
    years: [2024],
  },
  ...effectAgainstControlGroup(
    "hov24-m5",
    HOV24,
    "Mål 5",
    [2024],
    {
      turnover: "endt vejledning, kunne måles en mervækst på mindst 10 procentpoint i omsætning.",
      employment:
        "endt vejledning, kunne måles en mervækst på mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder.",
      productivity:
        "Virksomheder i erhvervshusenes driftssegment har to år efter endt vejledning en øget produktivitet sammenlignet med en kontrolgruppe af sammenlignelige virksomheder.]",
    },
    "ra24-m5",
  ),
  {
    id: "hov24-m6-saerlige-indsatser",
    source: {
      document: HOV24,
      section: "Mål 6",
      quote: "Formulering af mål ift. særlige indsatser afventer rammeaftalen",
    },
    title: {
      da: "Særlige indsatser (afventede rammeaftalen)",
      en: "Special initiatives (awaiting the framework agreement)",
    },
    ...manual,
    years: [2024],
  },
];

export const CATALOGUE_DATA: readonly GoalTemplate[] = [
  ...rammeaftale2019,
  ...hovedstaden2019,
  ...sjaelland2019,
  ...rammeaftale2021,
  ...midtjylland2022,
  ...rammeaftale2024,
  ...hovedstaden2024,
];
