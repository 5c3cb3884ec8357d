/** The pane's text: Danish, with English where Office runs in English. */
export type Language = "da" | "en";

const da = {
  language: "da" as Language,
  showValue: (value: unknown): string => showValue("da")(value),
  intro:
    "Vælg kilde, år og erhvervshus, og indsæt målene i projektmappen. Skriv derefter årets resultater i kolonnen Faktisk værdi: status og farver følger med, også for kolleger uden tilføjelsesprogrammet.",
  scrollHint: (count: number) => `Rul i listen for at se alle ${count} mål.`,
  quote: "Kildens ordlyd",
  hubFixed: (hub: string) => `En resultatkontrakt gælder ét erhvervshus: ${hub}.`,
  hubChoice: "Vælg et erhvervshus for dets egne tal (kendskab, iværksættere); tomt giver de nationale tal.",
  reviewDetails: (sheet: string, actual: string, threshold: string) =>
    `${sheet} · faktisk ${actual || "–"} · tærskel ${threshold || "–"}`,
  title: "KKR mål og resultater",
  help: "Hjælp (brugervejledning)",
  pickHeading: "Hent mål ind i projektmappen",
  source: "Kilde",
  year: "År",
  hub: "Erhvervshus",
  allHubs: "Alle (nationale tal)",
  segment: "Segment",
  allSegments: "Alle segmenter",
  goalsInForce: (count: number) => `${count} mål gælder`,
  noGoals: "Ingen mål gælder for dette valg.",
  insert: "Indsæt i projektmappen",
  inserting: "Indsætter …",
  inserted: (sheet: string, inserted: number, updated: number) =>
    updated > 0
      ? `Arket "${sheet}": ${updated} mål opdateret, ${inserted} nye.`
      : `${inserted} mål indsat på arket "${sheet}".`,
  manual: "vurderes manuelt",
  actualFrom: "Faktisk værdi:",
  notAddedFiltered: (count: number) =>
    `${count} nye mål blev ikke tilføjet, fordi tabellen er filtreret; fjern filteret, og indsæt igen.`,
  widenBlocked: (address: string) =>
    `Tabellen fik ikke kolonnerne Beregning og Interval, fordi cellerne ${address} ikke er tomme; flyt dem, og indsæt igen.`,
  reviewHeading: "Gennemgang",
  reviewEmpty: "Alle mål med data er opfyldt.",
  reviewNoTables: "Projektmappen har endnu ingen måltabeller.",
  reviewSummary: (missed: number, partly: number, uncertain: number) =>
    `${missed} ikke opfyldt, ${partly} delvist opfyldt, ${uncertain} inden for usikkerheden`,
  goTo: "Gå til",
  goToLabel: (title: string) => `Gå til status for ${title}`,
  refresh: "Opdater",
  linkHeading: "Kæd faktisk værdi til en celle",
  linkHelp: "Markér cellen med resultatet (fx =KKR.NPS(...)) i projektmappen, vælg målet, og klik Kæd.",
  linkGoal: "Mål",
  linkButton: "Kæd til markeret celle",
  linked: (formula: string) => `Faktisk værdi er nu ${formula}.`,
  linkOccupied: (value: string) =>
    `Målet har allerede værdien ${value}. Erstat den med en kæde til den markerede celle?`,
  replace: "Erstat",
  cancel: "Annuller",
  linkNotOneCell: "Markér én celle, ikke et område.",
  linkSameCell: "Den markerede celle er selve målets celle; markér cellen med resultatet.",
  linkGoalNotFound: "Målet findes ikke længere i tabellen.",
  templateHeading: "Egne mål",
  ownGoalsHelp:
    "Skriv kontraktens lokale mål på arket Egne mål: én række pr. mål, med lister for måltype, sammenligning, segment og erhvervshus. Læs arket, og målene kan vælges som kilde ovenfor.",
  ownGoalsOpen: "Opret eller åbn arket Egne mål",
  ownGoalsRead: "Læs arket Egne mål",
  ownGoalsOpened: (sheet: string) => `Arket "${sheet}" er åbent; skriv målene i tabellen, og klik Læs.`,
  ownGoalsMissing: "Projektmappen har intet ark Egne mål endnu; opret det først.",
  ownGoalsSource: "Egne mål",
  ownGoalsLoaded: (count: number) => `${count} egne mål læst; vælg kilden ovenfor.`,
  ownGoalsSave: (file: string) => `Gem som skabelonfil (${file})`,
  ownGoalsErrors: "Arket Egne mål har fejl; ret cellerne og læs igen:",
  putInSheet: "Sæt målene ind i arket Egne mål",
  putInSheetDone: (count: number, sheet: string) => `${count} mål sat ind i arket "${sheet}".`,
  simplified: (ids: string) =>
    `Disse mål havde tærskler pr. år eller erhvervshus, udgangspunkter eller en beregning, som en række ikke kan rumme: ${ids}.`,
  templateHelp: "Indlæs en JSON-fil med lokale mål (samme format som katalogets).",
  templateFile: "Skabelonfil",
  templateLoaded: (count: number, name: string) => `${count} mål indlæst fra ${name}; vælg kilden ovenfor.`,
  templateErrors: (name: string) => `${name} kunne ikke indlæses:`,
  ownTemplate: (name: string) => `Egen skabelon: ${name}`,
  excelError: (message: string) => `Excel svarede med en fejl: ${message}`,
  goalsTab: "Målopfølgning",
  loading: "Indlæser …",
  showYears: (from: number, to: number) => `Vis ${from}-${to} side om side`,
  yearsBuilt: (sheet: string, linked: number, years: number) =>
    `Arket "${sheet}" viser ${years} år side om side; ${linked} af dem er hentet fra måltabellerne.`,
  overviewHeading: "Overblik til KKR-mødet",
  overviewHelp:
    "Samler alle måltabeller på arket Overblik: antal opfyldte, delvist opfyldte og ikke opfyldte mål, gennemsnitlig opfyldelse og en graf, klar til udskrift. Tallene er formler og følger med, når resultaterne ændres.",
  buildOverview: "Byg overblik",
  overviewBuilt: (sheet: string, tables: number) =>
    `Arket "${sheet}" viser ${tables} ${tables === 1 ? "måltabel" : "måltabeller"}.`,
  financeHeading: "Fordeling og kvoter",
  financeHelp:
    "Lægger et nyt ark ud med områdets kommuner, formlerne og en kontrolrække, klar til at udfylde. Intet eksisterende ark ændres.",
  area: "Område",
  wholeCountry: "Hele landet",
  newAllocation: "Ny fordeling",
  newQuota: "Ny kvoteberegning",
  quotaPerRegion: "Kvoter fordeles pr. region (KKR); vælg en region for en kvoteberegning.",
  allocationMade: (sheet: string) => `Arket "${sheet}" er lagt ud: skriv beløbet i B4 og vægtene i kolonne C.`,
  quotaMade: (sheet: string) =>
    `Arket "${sheet}" er lagt ud: skriv brevets tal i B4:B8 og kommunernes tal i kolonne D-F.`,
};

export type Strings = typeof da;

/** A cell's value as the user's language writes it: "0,3" in Danish. */
const showValue = (language: Language) => (value: unknown) =>
  typeof value === "number"
    ? new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 10 }).format(value)
    : String(value);

const en: Strings = {
  language: "en",
  showValue: (value) => showValue("en")(value),
  intro:
    "Choose source, year and business hub, and insert the goals into the workbook. Then type the year's results in the Actual value column: status and colours follow, also for colleagues without the add-in.",
  scrollHint: (count) => `Scroll the list to see all ${count} goals.`,
  quote: "The source's wording",
  hubFixed: (hub) => `A result contract applies to one business hub: ${hub}.`,
  hubChoice: "Choose a business hub for its own figures (awareness, start-ups); blank gives the national figures.",
  reviewDetails: (sheet, actual, threshold) => `${sheet} · actual ${actual || "–"} · threshold ${threshold || "–"}`,
  title: "KKR goals and results",
  help: "Help (user guide)",
  pickHeading: "Bring goals into the workbook",
  source: "Source",
  year: "Year",
  hub: "Business hub",
  allHubs: "All (national figures)",
  segment: "Segment",
  allSegments: "All segments",
  goalsInForce: (count) => `${count} goals apply`,
  noGoals: "No goals apply to this choice.",
  insert: "Insert into workbook",
  inserting: "Inserting …",
  inserted: (sheet, inserted, updated) =>
    updated > 0
      ? `Sheet "${sheet}": ${updated} goals updated, ${inserted} new.`
      : `${inserted} goals inserted on sheet "${sheet}".`,
  manual: "checked by hand",
  actualFrom: "Actual value:",
  notAddedFiltered: (count) =>
    `${count} new goals were not added because the table is filtered; clear the filter and insert again.`,
  widenBlocked: (address) =>
    `The table did not get the Computation and Interval columns because the cells ${address} are not empty; move them and insert again.`,
  reviewHeading: "Review",
  reviewEmpty: "Every goal with data is met.",
  reviewNoTables: "The workbook has no goal tables yet.",
  reviewSummary: (missed, partly, uncertain) =>
    `${missed} missed, ${partly} partly met, ${uncertain} within the uncertainty`,
  goTo: "Go to",
  goToLabel: (title) => `Go to the status of ${title}`,
  refresh: "Refresh",
  linkHeading: "Link an actual value to a cell",
  linkHelp: "Select the cell with the result (e.g. =KKR.NPS(...)) in the workbook, choose the goal and click Link.",
  linkGoal: "Goal",
  linkButton: "Link to selected cell",
  linked: (formula) => `The actual value is now ${formula}.`,
  linkOccupied: (value) => `The goal already has the value ${value}. Replace it with a link to the selected cell?`,
  replace: "Replace",
  cancel: "Cancel",
  linkNotOneCell: "Select one cell, not a range.",
  linkSameCell: "The selected cell is the goal's own cell; select the cell with the result.",
  linkGoalNotFound: "The goal is no longer in the table.",
  templateHeading: "Own goals",
  ownGoalsHelp:
    "Write the contract's local goals on the Egne mål sheet: one row per goal, with lists for measure, comparison, segment and business hub. Read the sheet, and the goals can be chosen as a source above.",
  ownGoalsOpen: "Create or open the Egne mål sheet",
  ownGoalsRead: "Read the Egne mål sheet",
  ownGoalsOpened: (sheet) => `The sheet "${sheet}" is open; write the goals in the table and click Read.`,
  ownGoalsMissing: "The workbook has no Egne mål sheet yet; create it first.",
  ownGoalsSource: "Own goals",
  ownGoalsLoaded: (count) => `${count} own goals read; choose the source above.`,
  ownGoalsSave: (file) => `Save as template file (${file})`,
  ownGoalsErrors: "The Egne mål sheet has errors; correct the cells and read again:",
  putInSheet: "Put the goals into the Egne mål sheet",
  putInSheetDone: (count, sheet) => `${count} goals put into the sheet "${sheet}".`,
  simplified: (ids) =>
    `These goals had per-year or per-hub thresholds, baselines or a computation, which a row cannot hold: ${ids}.`,
  templateHelp: "Load a JSON file with local goals (the catalogue's format).",
  templateFile: "Template file",
  templateLoaded: (count, name) => `${count} goals loaded from ${name}; choose the source above.`,
  templateErrors: (name) => `${name} could not be loaded:`,
  ownTemplate: (name) => `Own template: ${name}`,
  excelError: (message) => `Excel answered with an error: ${message}`,
  goalsTab: "Goals",
  loading: "Loading …",
  showYears: (from, to) => `Show ${from}-${to} side by side`,
  yearsBuilt: (sheet, linked, years) =>
    `The sheet "${sheet}" shows ${years} years side by side; ${linked} of them come from the goal tables.`,
  overviewHeading: "Overview for the KKR meeting",
  overviewHelp:
    "Gathers every goal table on the Overview sheet: goals met, partly met and missed, average fulfilment and a chart, ready to print. The numbers are formulas and follow the results.",
  buildOverview: "Build overview",
  overviewBuilt: (sheet, tables) => `The sheet "${sheet}" shows ${tables} goal ${tables === 1 ? "table" : "tables"}.`,
  financeHeading: "Allocations and quotas",
  financeHelp:
    "Lays out a new sheet with the area's municipalities, the formulas and a control row, ready to fill in. No existing sheet is changed.",
  area: "Area",
  wholeCountry: "Whole country",
  newAllocation: "New allocation",
  newQuota: "New quota sheet",
  quotaPerRegion: "Quotas are set per region (KKR); choose a region for a quota sheet.",
  allocationMade: (sheet) => `The sheet "${sheet}" is laid out: enter the amount in B4 and the weights in column C.`,
  quotaMade: (sheet) =>
    `The sheet "${sheet}" is laid out: enter the letter's figures in B4:B8 and the municipalities' in columns D-F.`,
};

export const STRINGS: Record<Language, Strings> = { da, en };

export const languageOf = (displayLanguage: string | undefined): Language =>
  displayLanguage?.toLowerCase().startsWith("en") ? "en" : "da";
