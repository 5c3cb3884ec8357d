import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { GoalTemplate, parseTemplateFile } from "../../src/goals";
import { goalsToRows, ownColumns, rowsToGoals } from "../../src/sheets/ownGoals";
import { openOwnGoals, readOwnGoals } from "../../src/excel/ownGoalsSheet";
import { FakeExcel } from "../fakes/fakeExcel";

const TEMPLATES = join(__dirname, "../../src/goals/templates");
/** Each built-in template file's goals, read as a secretariat's file would be. */
const templateFiles: [string, GoalTemplate[]][] = readdirSync(TEMPLATES).map((name) => {
  const parsed = parseTemplateFile(readFileSync(join(TEMPLATES, name), "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join("; ")}`);
  return [name, parsed.goals];
});

const origin = { sheet: "Egne mål", row: 1, column: 0 };
const DANISH = ownColumns("da");
/** A row by Danish column name, the rest blank. */
const row = (cells: Record<string, string | number>) => DANISH.map((column) => cells[column] ?? "");
const goal = {
  id: "fyn-henvisninger",
  titel: "Henvisninger benyttet",
  kilde: "Resultatkontrakt Fyn 2025",
  afsnit: "Mål 4",
  citat: "45 pct. i 2025 og 50 pct. i 2026-2027 benytter henvisningen.",
  måltype: "Andel",
  sammenligning: "mindst",
  tærskel: 0.5,
  år: "2025-2027",
};

describe("Egne mål holds a whole contract", () => {
  it("has the seven built-in template files", () => {
    expect(templateFiles).toHaveLength(7);
  });

  it.each(templateFiles)("round-trips %s through the sheet, in Danish and in English", (_, goals) => {
    for (const language of ["da", "en"] as const) {
      const { rows, simplified } = goalsToRows(goals, language);
      expect(simplified).toEqual([]);
      const read = rowsToGoals(rows, origin, ownColumns(language));
      expect(read.errors).toEqual([]);
      expect(read.goals).toEqual(goals);
    }
  });

  it("round-trips the 2021-2023 framework agreement through the workbook, per-year and per-hub rows included", async () => {
    const [, goals] = templateFiles.find(([name]) => name === "rammeaftale-2021-2023.json") as [string, GoalTemplate[]];
    const excel = new FakeExcel();
    expect(await openOwnGoals(excel.run, "da", goals)).toMatchObject({ added: goals.length, simplified: [] });
    expect(await readOwnGoals(excel.run)).toEqual({ found: true, errors: [], goals });
    // Mål 7's effect goal: 70 % on its own row, 65 % for 2021 on the row under it.
    const at = (address: string) => excel.cell("Egne mål", address)?.formula;
    const rows = Array.from({ length: 60 }, (_, index) => index + 2);
    const own = rows.find((number) => at(`A${number}`) === "ra21-m7-effekt" && (at(`I${number}`) ?? "") === "");
    expect(own).toBeDefined();
    expect(at(`J${own}`)).toBe(0.7);
    expect([at(`A${Number(own) + 1}`), at(`I${Number(own) + 1}`), at(`J${Number(own) + 1}`)]).toEqual([
      "ra21-m7-effekt",
      "2021",
      0.65,
    ]);
  });

  it("reads a year's and a hub's thresholds, and a change goal's baselines, from rows under the goal", () => {
    const read = rowsToGoals(
      [
        row(goal),
        row({ id: "fyn-henvisninger", "gælder for": "2025", tærskel: 0.45 }),
        row({ id: "fyn-henvisninger", "gælder for": "2026 fyn", tærskel: 0.55, "delvis tærskel": 0.5 }),
        row({
          ...goal,
          id: "fyn-kendskab",
          måltype: "Ændring i procentpoint",
          tærskel: 0.05,
          basisår: 2024,
          beregning: "KKR.ANDEL",
          argumenter: 'kendskab; "ja"; "ved ikke"',
        }),
        row({ id: "fyn-kendskab", "gælder for": "Fyn", udgangspunkt: 0.33 }),
      ],
      origin,
      DANISH,
    );
    expect(read.errors).toEqual([]);
    expect(read.goals[0].overrides).toEqual([
      { year: 2025, levels: [{ fulfilment: 1, threshold: 0.45 }] },
      {
        year: 2026,
        hub: "fyn",
        levels: [
          { fulfilment: 1, threshold: 0.55 },
          { fulfilment: 0.5, threshold: 0.5 },
        ],
      },
    ]);
    expect(read.goals[1]).toMatchObject({
      measure: "changePp",
      baseYear: 2024,
      baselines: { fyn: 0.33 },
      computation: {
        function: "SHARE",
        arguments: [{ range: { da: "kendskab", en: "awareness" } }, { value: "ja" }, { value: "ved ikke" }],
      },
    });
  });

  it.each([
    [
      "Danish, with a list, a decimal comma and the goal's segment",
      "da",
      'svar; {"ja";"forventer at benytte"}; 0,5; SAND; ; [segment]',
    ],
    [
      "English, with a list, a decimal point and the goal's segment",
      "en",
      'answers, {"ja";"forventer at benytte"}, 0.5, TRUE, , [segment]',
    ],
  ] as const)("reads a computation's arguments written in %s", (_, language, written) => {
    const columns = ownColumns(language);
    const cells: Record<string, string | number> = {
      [columns[0]]: "fyn-x",
      [columns[1]]: "X",
      [columns[3]]: "K",
      [columns[4]]: "Mål 1",
      [columns[5]]: "Citat.",
      [columns[6]]: "NPS",
      [columns[9]]: 50,
      [columns[13]]: 2025,
      [columns[15]]: "drift",
      [columns[18]]: language === "da" ? "KKR.ANDEL" : "KKR.SHARE",
      [columns[19]]: written,
    };
    const read = rowsToGoals([columns.map((column) => cells[column] ?? "")], origin, columns);
    expect(read.errors).toEqual([]);
    expect(read.goals[0].computation).toEqual({
      function: "SHARE",
      arguments: [
        { range: { da: "svar", en: "svar" } }, // a name of the user's own stands for both languages
        { values: ["ja", "forventer at benytte"] },
        { value: 0.5 },
        { value: true },
        { omitted: true },
        { segmentOfGoal: true },
      ].map((argument, index) =>
        index === 0 && language === "en" ? { range: { da: "answers", en: "answers" } } : argument,
      ),
    });
  });

  it("names every problem of a contract's rows by its sheet cell", () => {
    const read = rowsToGoals(
      [
        row(goal),
        row({ id: "fyn-henvisninger", "gælder for": "næste år", tærskel: 0.45 }),
        row({ id: "fyn-henvisninger", "gælder for": "2026", note: "se bilag" }),
        row({ id: "fyn-henvisninger", "gælder for": "2026" }),
        row({ id: "fyn-henvisninger", "gælder for": "2026 Fyn", udgangspunkt: 0.3 }),
        row({ id: "fyn-ukendt", "gælder for": "2026", tærskel: 0.5 }),
        row({ ...goal, id: "fyn-a", beregning: "KKR.GENNEMSNIT", argumenter: "scorer" }),
        row({ ...goal, id: "fyn-b", argumenter: "scorer" }),
        row({ ...goal, id: "fyn-c", beregning: "KKR.NPS", argumenter: "scorer; 5 %" }),
        row({ ...goal, id: "fyn-d", beregning: "Leveres af" }),
        row({ ...goal, id: "fyn-e", basisår: "2024-2025" }),
        row({ ...goal, id: "fyn-f", afventer: "måske" }),
        row({ ...goal, id: "fyn-h", beregning: "KKR.NPS" }),
      ],
      origin,
      DANISH,
    );
    expect(read.goals).toEqual([]);
    expect(read.errors).toEqual([
      "'Egne mål'!I3 (gælder for): skriv et år (2025), et erhvervshus (Fyn) eller begge (2025 Fyn)",
      "'Egne mål'!X4 (note): en række for et år eller erhvervshus har kun tærskler og udgangspunkt; skriv resten på målets egen række",
      "'Egne mål'!J5 (tærskel): skriv en tærskel eller et udgangspunkt for året eller erhvervshuset",
      "'Egne mål'!I6 (gælder for): et udgangspunkt gælder ét erhvervshus for alle år: skriv kun erhvervshuset",
      `'Egne mål'!A7 (id): ingen række har id "fyn-ukendt" uden "gælder for"; en række for et år eller erhvervshus hører under målets egen række`,
      "'Egne mål'!S8 (beregning): vælg en beregning på listen (KKR.NPS, KKR.ANDEL, KKR.EFFEKTANDEL, KKR.NYANDEL, KKR.SPREDNING, MAKS(ABS(KKR.SPREDNING)), Leveres af, Egen registrering)",
      "'Egne mål'!T9 (argumenter): argumenter kræver en beregning; vælg den i kolonnen beregning",
      `'Egne mål'!T10 (argumenter): "5 %" er intet argument: skriv et navn (scorer), en tekst i anførselstegn ("ja"), et tal, SAND/FALSK, en liste ({"ja";"nej"}) eller [segment]`,
      "'Egne mål'!T11 (argumenter): skriv hvem der leverer tallet, eller hvad der tælles",
      "'Egne mål'!O12 (basisår): skriv et år (2025), flere (2025, 2026) eller en periode (2025-2027)",
      "'Egne mål'!V13 (afventer): skriv ja, eller lad cellen stå tom",
      "'Egne mål'!T14 (argumenter): skriv funktionens argumenter, fx scorer; segmenter; [segment]",
    ]);
  });

  it("reads a goal the source marks as pending, and one whose threshold is a monthly figure", () => {
    const read = rowsToGoals(
      [row({ ...goal, afventer: "ja", "pr. måned": "x" }), row({ ...goal, id: "fyn-g", afventer: "nej" })],
      origin,
      DANISH,
    );
    expect(read.errors).toEqual([]);
    expect(read.goals.map(({ pending, perMonth }) => [pending, perMonth])).toEqual([
      [true, true],
      [undefined, undefined],
    ]);
  });

  it("names a schema problem of a row under the goal at that row", () => {
    const read = rowsToGoals(
      [
        row(goal),
        row({
          id: "fyn-henvisninger",
          "gælder for": "2026",
          tærskel: 0.5,
          "delvis tærskel": 0.6,
          "opfyldelse ved delvis": 2,
        }),
      ],
      origin,
      DANISH,
    );
    expect(read.errors).toEqual([
      "'Egne mål'!L3 (opfyldelse ved delvis): skal være højst 1",
      "'Egne mål'!J3 (tærskel): niveauerne skal stå med den højeste opfyldelse først",
    ]);
  });

  it("reads a table made before the sheet held a whole contract, and says which goals it cannot hold", async () => {
    const older = [
      "id",
      "titel",
      "titel på engelsk",
      "kilde",
      "afsnit",
      "citat",
      "måltype",
      "sammenligning",
      "tærskel",
      "delvis tærskel",
      "opfyldelse ved delvis",
      "år",
      "segment",
      "emne",
      "erhvervshus",
      "note",
    ];
    const oldRow = older.map((column) => ({ ...goal, id: "fyn-gammel" })[column as keyof typeof goal] ?? "");
    expect(rowsToGoals([oldRow], origin, older)).toMatchObject({
      errors: [],
      goals: [{ id: "fyn-gammel", years: [2025, 2026, 2027] }],
    });
    const [, framework] = templateFiles.find(([name]) => name === "rammeaftale-2021-2023.json") as [
      string,
      GoalTemplate[],
    ];
    const { simplified } = goalsToRows(framework, "da", older);
    // Goals with a computation, a per-year threshold or a baseline need the new columns; the others fit.
    expect(simplified).toEqual(
      framework
        .filter((each) => each.computation || each.overrides || each.baselines || each.implements || each.baseYear)
        .map((each) => each.id),
    );
    expect(simplified.length).toBeLessThan(framework.length);
  });
});
