/**
 * The member survey report as a plan: the columns proposed for KL's export, what the report lays out, each
 * bad input named, and the formulas of every block, written out by hand from the report's definition.
 */
import { SurveyColumns, SurveyTable, proposeSurveyColumns, surveyFacts } from "../../src/sheets/memberSurveyData";
import { memberSurveyPlan } from "../../src/sheets/memberSurveyReport";
import { planCells, at } from "../excel/planWorkbook";
import { HEADERS, KEYWORD_MARKS, STATEMENTS, memberSurveyRows } from "../fixtures/memberSurvey2025";

const [headerRow, ...rows] = memberSurveyRows();
const table: SurveyTable = { headers: headerRow as string[], rows };
const COLUMNS: SurveyColumns = {
  today: "Nøgleord i dag",
  future: "Nøgleord fremadrettet",
  group: "Gruppe",
  kkr: "KKR",
  year: "År",
  statements: [...STATEMENTS],
};
const KKR_NAMES = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"].map((name) => `KKR ${name}`);

function facts(columns: Partial<SurveyColumns> = COLUMNS, of: SurveyTable = table) {
  const found = surveyFacts(of, columns);
  if (!("facts" in found)) throw new Error(`a problem: ${JSON.stringify(found.problem)}`);
  return found.facts;
}

const problem = (columns: Partial<SurveyColumns>, of: SurveyTable = table) => {
  const found = surveyFacts(of, columns);
  return "problem" in found ? found.problem : undefined;
};

describe("the answers table", () => {
  it("proposes each part's column from the headers, and the statements from their answers", () => {
    expect(proposeSurveyColumns(table)).toEqual(COLUMNS);
    // English headers as an export in English writes them.
    const english = { headers: ["Year", "KKR", "Group", "Keywords today", "Keywords future", "Q1"], rows: [] };
    expect(
      proposeSurveyColumns({ ...english, rows: [[2025, "KKR Sjælland", "Mayor", "x", "y", "4 - Agree"]] }),
    ).toEqual({
      year: "Year",
      kkr: "KKR",
      group: "Group",
      today: "Keywords today",
      future: "Keywords future",
      statements: ["Q1"],
    });
  });

  it("lays out the groups, the KKRs in KL's order, the years, the keywords and the scale", () => {
    expect(facts()).toEqual({
      groups: ["Borgmester", "Øvrigt medlem"],
      kkrs: KKR_NAMES,
      years: [2017, 2025],
      keywords: KEYWORD_MARKS.map(([keyword]) => keyword).sort((a, b) => a.localeCompare(b, "da")),
      scale: [1, 5],
    });
    // Danish order: Æ, Ø and Å after Z.
    expect(facts().keywords.slice(-2)).toEqual(["Visionær", "Værdiskabende"]);
  });

  it("names each bad input: an empty table, a missing or doubled column, keywords as a statement, one group, one year", () => {
    expect(problem(COLUMNS, { headers: table.headers, rows: [] })).toEqual({ kind: "empty" });
    expect(problem({ ...COLUMNS, kkr: "" })).toEqual({ kind: "missing", role: "kkr" });
    expect(problem({ ...COLUMNS, statements: [] })).toEqual({ kind: "missing", role: "statements" });
    expect(problem({ ...COLUMNS, group: "KKR" })).toEqual({ kind: "sameColumn", header: "KKR" });
    // A keyword column chosen as a statement: its first marks are named.
    const withKeywords = { headers: [...table.headers, "Udsagn 10"], rows: rows.map((row) => [...row, row[4]]) };
    const firstMarks = rows.find((row) => row[4] !== "")![4];
    expect(problem({ ...COLUMNS, statements: [...STATEMENTS, "Udsagn 10"] }, withKeywords)).toEqual({
      kind: "notScale",
      header: "Udsagn 10",
      value: firstMarks,
    });
    expect(firstMarks).toBe("Samarbejde; Konsensus; Politisk; Proaktiv; Synlig");
    const groupIndex = HEADERS.indexOf("Gruppe");
    const oneGroup = rows.map((row) => row.map((cell, c) => (c === groupIndex ? "Borgmester" : cell)));
    expect(problem(COLUMNS, { headers: table.headers, rows: oneGroup })).toEqual({
      kind: "oneGroup",
      header: "Gruppe",
      value: "Borgmester",
    });
    const only2025 = rows.filter((row) => row[1] === 2025);
    expect(problem(COLUMNS, { headers: table.headers, rows: only2025 })).toEqual({
      kind: "oneYear",
      header: "År",
      value: "2025",
    });
  });
});

describe("the report sheet's plan", () => {
  const plan = memberSurveyPlan({ tableName: "Svar", columns: COLUMNS, facts: facts() });
  const cells = planCells(plan);
  const cell = (address: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    return at(cells, Number(digits) - 1, letters.charCodeAt(0) - 65);
  };
  const rowOf = (column: string, text: string, from = 1) => {
    for (let row = from; row < 400; row++) if (cell(`${column}${row}`) === text) return row;
    throw new Error(`no ${text} in ${column}`);
  };

  it("has the report year and the year compared with as inputs, the latest and the earliest", () => {
    expect([cell("A4"), cell("B4"), cell("A5"), cell("B5")]).toEqual(["Rapportår", 2025, "Sammenlignes med år", 2017]);
  });

  it("counts the keywords of the report year with at most 5 marks against the sheet's keyword list", () => {
    expect(cell("A9")).toBe('=KKR.CHOICES(FILTER(Svar[[Nøgleord i dag]],Svar[[År]]=$B$4,""),5,$K$9:$K$23)');
    expect(cell("F9")).toBe('=KKR.CHOICES(FILTER(Svar[[Nøgleord fremadrettet]],Svar[[År]]=$B$4,""),5,$K$9:$K$23)');
    expect(cell("K9")).toBe("Beslutsom");
    // Standard competition rank: one more than the keywords with more marks.
    expect(cell("D10")).toBe('=IF(B10="","",COUNTIF($B$9:$B$23,">"&B10)+1)');
    const comparison = rowOf("A", "Nøgleord", 24) + 1;
    expect([cell(`A${comparison}`), cell(`B${comparison}`), cell(`C${comparison}`)]).toEqual([
      "=A9",
      "=B9",
      `=SUMIF($F$9:$F$23,A${comparison},$G$9:$G$23)`,
    ]);
    expect(plan.charts[0]).toMatchObject({
      type: "BarClustered",
      source: `A${comparison - 1}:C${comparison + 14}`,
      title: "Nøgleord i dag og fremadrettet, antal markeringer",
    });
  });

  it("gives each KKR's five most marked keywords, filtered by year and KKR", () => {
    const first = rowOf("A", "KKR Hovedstaden");
    expect(cell(`C${first}`)).toBe(
      `=INDEX(KKR.CHOICES(FILTER(Svar[[Nøgleord i dag]],(Svar[[År]]=$B$4)*(Svar[[KKR]]=$A$${first}),""),5,$K$9:$K$23),SEQUENCE(5),1)`,
    );
    expect(KKR_NAMES.map((kkr) => rowOf("A", kkr) - first)).toEqual([0, 5, 10, 15, 20]);
  });

  it("gives each statement's mean, answers and interval for all, each group and each KKR", () => {
    const first = rowOf("A", STATEMENTS[8]);
    const rowsOfStatement = Array.from({ length: 8 }, (_, index) => cell(`B${first + index}`));
    expect(rowsOfStatement).toEqual(["Alle", "Borgmester", "Øvrigt medlem", ...KKR_NAMES]);
    const column = "Svar[[Viden om KKR''s arbejde er vigtigt for det politiske arbejde i min kommunalbestyrelse]]";
    const mayors = `FILTER(${column},(Svar[[År]]=$B$4)*(Svar[[Gruppe]]=$B$${first + 1}),"")`;
    expect(cell(`C${first + 1}`)).toBe(`=KKR.SCALEMEAN(${mayors},,,,TRUE)`);
    expect(cell(`E${first + 1}`)).toBe(`=KKR.MEANINTERVAL(${mayors})`);
  });

  it("compares the report year with the year compared with, and mayors with other members, in words", () => {
    const years = rowOf("B", "Sammenligningsår");
    const statementRow = years + 4; // the fourth statement: bred opbakning
    const column = "Svar[[Der er bred opbakning til arbejdet i KKR]]";
    const [now, base] = [`FILTER(${column},Svar[[År]]=$B$4,"")`, `FILTER(${column},Svar[[År]]=$B$5,"")`];
    expect(cell(`D${statementRow}`)).toBe(`=KKR.MEANCHANGE(${now},${base})`);
    expect(cell(`G${statementRow}`)).toBe(
      `=IF(E${statementRow}>0,"højere",IF(F${statementRow}<0,"lavere","ingen sikker forskel"))`,
    );
    const groups = rowOf("B", "Borgmester", years + 1);
    expect(cell(`C${groups}`)).toBe("Øvrigt medlem");
    const mayors = `FILTER(Svar[[${STATEMENTS[0]}]],(Svar[[År]]=$B$4)*(Svar[[Gruppe]]="Borgmester"),"")`;
    expect(cell(`B${groups + 1}`)).toBe(
      `=KKR.SCALEMEAN(FILTER(Svar[[${STATEMENTS[0]}]],(Svar[[År]]=$B$4)*(Svar[[Gruppe]]="Øvrigt medlem"),""))`,
    );
    expect(cell(`D${groups + 1}`)).toMatch(`=KKR.MEANCHANGE(${mayors},`);
  });

  it("lays out the response rates in the note's columns, members typed, answers counted", () => {
    const header = rowOf("A", "KKR", rowOf("B", "Sammenligningsår"));
    const line = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((letter) => cell(`${letter}${header}`));
    expect(line).toEqual([
      "KKR",
      "Medlemmer i alt",
      "Medlemmer, Borgmester",
      "Medlemmer, Øvrigt medlem",
      "Svar i alt",
      "Svar, Borgmester",
      "Svar, Øvrigt medlem",
      "Svarprocent i alt",
      "Svarprocent, Borgmester",
      "Svarprocent, Øvrigt medlem",
    ]);
    const r = header + 1;
    expect([cell(`A${r}`), cell(`B${r}`), cell(`E${r}`), cell(`F${r}`), cell(`H${r}`)]).toEqual([
      "KKR Hovedstaden",
      `=SUM(C${r}:D${r})`,
      `=COUNTIFS(Svar[[KKR]],$A$${r},Svar[[År]],$B$4)`,
      `=COUNTIFS(Svar[[KKR]],$A$${r},Svar[[År]],$B$4,Svar[[Gruppe]],"Borgmester")`,
      `=IF(N(B${r})>0,E${r}/B${r},"")`,
    ]);
    expect(cell(`A${r + 5}`)).toBe("I alt");
    expect(cell(`E${r + 5}`)).toBe(`=SUM(E${r}:E${r + 4})`);
  });

  it("splits each distribution into a diverging bar: disagreeing left of zero, the middle in halves", () => {
    const header = rowOf("B", "3 (halvdelen)", 100);
    const labels = ["B", "C", "D", "E", "F", "G"].map((letter) => cell(`${letter}${header}`));
    expect(labels).toEqual(["3 (halvdelen)", "2", "1", "3 (halvdelen)", "4", "5"]);
    const distribution = rowOf("B", "1", rowOf("A", "Fordeling på skalaen, rapportåret")) + 1;
    const [one, two, three, four, five] = ["B", "C", "D", "E", "F"].map((letter) => `${letter}${distribution}`);
    expect(["B", "C", "D", "E", "F", "G"].map((letter) => cell(`${letter}${header + 1}`))).toEqual([
      `=-${three}/2`,
      `=-${two}`,
      `=-${one}`,
      `=${three}/2`,
      `=${four}`,
      `=${five}`,
    ]);
    expect(cell(`B${distribution}`)).toBe(
      `=KKR.SCALEDISTRIBUTION(FILTER(Svar[[${STATEMENTS[0]}]],Svar[[År]]=$B$4,""),{1,2,3,4,5})`,
    );
    expect(plan.charts[1]).toMatchObject({ type: "BarStacked", source: `A${header}:G${header + 9}` });
  });

  it("speaks English where Office does, the status words included", () => {
    const english = planCells(memberSurveyPlan({ tableName: "Svar", columns: COLUMNS, facts: facts() }, "en"));
    const texts = [...english.values()].filter((value): value is string => typeof value === "string");
    expect(texts).toContain("Report year");
    expect(texts.some((text) => text.includes('"higher"') && text.includes('"no certain difference"'))).toBe(true);
    expect(texts).not.toContain("Rapportår");
  });
});
