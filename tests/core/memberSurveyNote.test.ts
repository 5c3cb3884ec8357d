/**
 * KL's note on the KKR member survey 2025, read from the source file, against the functions run on a data
 * set built to agree with it (tests/fixtures/memberSurvey2025.ts): the keyword marks, the response rates,
 * the order of the five most marked keywords, and statement means and intervals worked out by hand.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { choices } from "../../src/core/choices";
import { meanChange, meanInterval, scaleMean } from "../../src/core/scale";
import {
  KEYWORD_MARKS,
  KKRS,
  MAYOR,
  OTHER,
  RESPONSE_TABLE,
  STATEMENTS,
  memberSurveyRows,
  surveyColumn,
} from "../fixtures/memberSurvey2025";

const note = readFileSync(join(__dirname, "..", "fixtures", "sources", "kkr-undersoegelse-2025.md"), "utf8");
const rows = memberSurveyRows();
const of2025 = (row: Record<string, string | number>) => row["År"] === 2025;
const options = KEYWORD_MARKS.map(([keyword]) => [keyword]);
const marks = (header: string, where = of2025) =>
  choices(surveyColumn(rows, header, where), { maxChoices: 5, options });

/** The note's "falder/stiger fra A til B markeringer", per keyword: section 1.3. */
function publishedMarks(): Map<string, [number, number]> {
  const section = note.slice(note.indexOf("1.3 Sammenligning"), note.indexOf("1.4 Kendetegn"));
  const found = new Map<string, [number, number]>();
  for (const match of section.matchAll(/"(\p{L}+)"[^"]*?fra\s+(\d+)\s+til\s+(\d+)\s+markeringer/gu)) {
    found.set(match[1], [Number(match[2]), Number(match[3])]);
  }
  return found;
}

/** The data report's response-rate table: per KKR and in all, members, respondents and rates. */
function responseTable(): number[][] {
  const pattern = /(\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) % (\d+) % (\d+) %/g;
  return [...note.matchAll(pattern)].map((match) => match.slice(1).map(Number));
}

/** A numbered list of five quoted keywords, as sections 1.1 and 1.2 write them. */
function topFive(heading: string): string[] {
  const section = note.slice(note.indexOf(heading));
  return [...section.matchAll(/\d\)\s*”(\p{L}+)”/gu)].slice(0, 5).map((match) => match[1]);
}

describe("the member survey 2025 as KL's note publishes it", () => {
  it("has 118 respondents, 74 mayors and 44 others, split per KKR as the response-rate table", () => {
    const answered = surveyColumn(rows, "Gruppe", of2025).flat();
    expect(answered).toHaveLength(118);
    expect(answered.filter((group) => group === MAYOR)).toHaveLength(74);
    expect(answered.filter((group) => group === OTHER)).toHaveLength(44);
    const table = responseTable();
    KKRS.forEach((kkr, index) => {
      const [, mayors, others, all, answeredMayors, answeredOthers] = table[index];
      expect(RESPONSE_TABLE[kkr]).toEqual({ members: [mayors, others], answered: [answeredMayors, answeredOthers] });
      const inKkr = surveyColumn(rows, "KKR", (row) => of2025(row) && row["KKR"] === `KKR ${kkr}`);
      expect(inKkr).toHaveLength(all);
    });
  });

  it("gives the note's response rates: 61/71/77/47/100 % per KKR and 68 %, 76 % and 58 % in all", () => {
    const table = responseTable();
    expect(table).toHaveLength(6);
    const rate = (answered: number, members: number) => Math.round((100 * answered) / members);
    for (const [members, mayors, others, all, answeredMayors, answeredOthers, ...rates] of table) {
      expect([rate(all, members), rate(answeredMayors, mayors), rate(answeredOthers, others)]).toEqual(rates);
    }
    const byGroup = (group: string) => surveyColumn(rows, "Gruppe", (row) => of2025(row) && row.Gruppe === group);
    expect(rate(byGroup(MAYOR).length, 98)).toBe(76);
    expect(rate(byGroup(OTHER).length, 76)).toBe(58);
    expect(rate(118, 174)).toBe(68);
    expect(table.map((line) => line[6])).toEqual([61, 71, 77, 47, 100, 68]);
  });

  it("counts the keyword marks the note writes, today and for the future, with at most 5 marks each", () => {
    const published = publishedMarks();
    expect([...published.keys()]).toEqual([
      "Samarbejde",
      "Beslutsom",
      "Inddragende",
      "Politisk",
      "Proaktiv",
      "Konsensus",
      "Værdiskabende",
    ]);
    const today = new Map(marks("Nøgleord i dag").map(([keyword, count]) => [keyword, count]));
    const future = new Map(marks("Nøgleord fremadrettet").map(([keyword, count]) => [keyword, count]));
    for (const [keyword, [then, later]] of published) {
      expect([keyword, today.get(keyword), future.get(keyword)]).toEqual([keyword, then, later]);
    }
    // "Proaktiv", "Handlekraft" og "Innovativ" får flere markeringer … fremadrettet.
    for (const keyword of ["Proaktiv", "Handlekraft", "Innovativ"]) {
      expect(future.get(keyword)).toBeGreaterThan(today.get(keyword) as number);
    }
    // CHOICES refuses a respondent with more than 5 marks: that it runs is the survey's rule kept.
    expect(marks("Nøgleord i dag")).toHaveLength(15);
  });

  it("ranks the note's five most marked keywords today and for the future, in its order", () => {
    const five = (header: string) =>
      marks(header)
        .slice(0, 5)
        .map(([keyword]) => keyword);
    expect(topFive("1.1 Nøgleord")).toEqual(five("Nøgleord i dag"));
    // 1.2 writes "Beslutsomhed" and "Inddragelse" for the keywords 1.3 and Tabel 1 call Beslutsom and Inddragende.
    expect(topFive("1.2 Nøgleord")).toEqual(["Samarbejde", "Beslutsomhed", "Inddragelse", "Politisk", "Proaktiv"]);
    expect(five("Nøgleord fremadrettet")).toEqual(["Samarbejde", "Beslutsom", "Inddragende", "Politisk", "Proaktiv"]);
    // The shares are of the 118 who marked at least one keyword: 87/118.
    expect(marks("Nøgleord i dag")[0]).toEqual(["Samarbejde", 87, 87 / 118]);
  });

  it("has a Tabel 1 'i dag' column that no data set can agree with together with figure 1.1", () => {
    // Relevant is among the five of every KKR today and Beslutsom among none, so Relevant has at least as
    // many marks as Beslutsom in every KKR and hence in all; yet figure 1.1 puts Beslutsom fifth and
    // Relevant outside the five. The data set follows the note's text (1.1-1.3), not Tabel 1.
    const table = note.slice(note.indexOf("Tabel 1:"), note.indexOf("Del 2."));
    const todayColumns = [...table.matchAll(/^([1-5]) (\p{L}+) (\p{L}+)\s*$/gmu)].map((match) => match[2]);
    const perKkr = Array.from({ length: 5 }, (_, k) => todayColumns.slice(5 * k, 5 * k + 5));
    expect(perKkr.every((five) => five.includes("Relevant"))).toBe(true);
    expect(perKkr.some((five) => five.includes("Beslutsom"))).toBe(false);
    expect(topFive("1.1 Nøgleord")).toContain("Beslutsom");
    expect(topFive("1.1 Nøgleord")).not.toContain("Relevant");
  });
});

describe("the statements of the member survey, worked out by hand", () => {
  const bredOpbakning = STATEMENTS[3];
  it("gives the mean and Student-t interval of 'Der er bred opbakning' in 2025", () => {
    // Answers 1×1, 4×2, 15×3, 48×4, 50×5: n = 118, Σx = 496, Σx² = 2170, mean 4.20339.
    // s² = (2170 − 496²/118)/117 = 0.727507; s/√n = 0.078520; t(0.975; 117) = 1.98045 → ± 0.155503.
    const answers = surveyColumn(rows, bredOpbakning, of2025);
    expect(scaleMean(answers)).toBeCloseTo(496 / 118, 12);
    const { lower, upper } = meanInterval(answers);
    expect(lower).toBeCloseTo(4.0479, 4);
    expect(upper).toBeCloseTo(4.3589, 4);
  });

  it("leaves 'Ved ikke' out: 'Der er et godt samspil mellem KKR og KL' has 115 answers, mean 403/115", () => {
    expect(scaleMean(surveyColumn(rows, STATEMENTS[6], of2025))).toBeCloseTo(403 / 115, 12);
  });

  it("finds 'bred opbakning' higher in 2025 than in 2017, and 'koordineringsforum' not surely different", () => {
    const of2017 = (row: Record<string, string | number>) => row["År"] === 2017;
    // 2017: 5×1, 15×2, 35×3, 30×4, 15×5: n = 100, Σx = 335, Σx² = 1235, s² = 112.75/99 = 1.138889.
    // Welch df = 188.47, t = 1.97263; change 4.20339 − 3.35 = 0.85339 ± 1.97263 · √(0.006165 + 0.011389) = ± 0.26136.
    const opbakning = meanChange(surveyColumn(rows, bredOpbakning, of2025), surveyColumn(rows, bredOpbakning, of2017));
    expect(opbakning.change).toBeCloseTo(0.8534, 4);
    expect(opbakning.lower).toBeCloseTo(0.592, 3);
    expect(opbakning.upper).toBeCloseTo(1.1147, 4);
    const forum = meanChange(surveyColumn(rows, STATEMENTS[0], of2025), surveyColumn(rows, STATEMENTS[0], of2017));
    expect(forum.change).toBeCloseTo(481 / 118 - 4.01, 12);
    expect(forum.lower).toBeLessThan(0);
    expect(forum.upper).toBeGreaterThan(0);
  });

  it("orders the 2025 means as the note's section 2.1 does", () => {
    const order = [3, 0, 1, 5, 2, 6, 7, 8, 4].map((index) => STATEMENTS[index]);
    const means = order.map((statement) => scaleMean(surveyColumn(rows, statement, of2025)));
    expect([...means].sort((a, b) => b - a)).toEqual(means);
  });
});
