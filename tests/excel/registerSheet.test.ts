/**
 * The register sheet for the spread goals: which year needs one, the hub area's municipalities as
 * KKR.KOMMUNER lists them, headers Forbind proposes for the register inputs, the sheet on the fake workbook,
 * and its page printed through LibreOffice (test-results/sheet-register-1.png, looked at).
 */
import { municipalities } from "../../src/functions/functions";
import { addPlannedSheet } from "../../src/excel/sheets";
import { inputsNeeded, proposeColumns } from "../../src/goals/connection";
import { goalsFor } from "../../src/goals";
import { registerNeeded, registerPlan } from "../../src/sheets/registerSheet";
import { tableName } from "../../src/sheets/goalTable";
import { FakeExcel } from "../fakes/fakeExcel";
import { WAIT_MS } from "../limits";
import { planCells } from "./planWorkbook";
import { printPages } from "./sheetPages";

/** A goal table's rows as the review reads them: table name and goal id are what counts here. */
const rowsOf = (tableName: string, ids: readonly string[]) => ids.map((goalId) => ({ tableName, goalId }));
const nameOf = (sourceId: string, year: number, hub?: "midtjylland") =>
  tableName({ sourceId, sourceTitle: sourceId, year, hub });
const MIDT_2022 = nameOf("resultatkontrakt-midtjylland-2022", 2022);
const midtIds = goalsFor({ source: "resultatkontrakt-midtjylland-2022", year: 2022 }).map((goal) => goal.id);

describe("the register sheet for the spread goals", () => {
  it("is needed by Midtjylland 2022's spread goal: activity and population of the hub Midtjylland", () => {
    expect(registerNeeded(rowsOf(MIDT_2022, midtIds), 2022)).toEqual({
      hub: "midtjylland",
      year: 2022,
      inputs: ["aktivitet_pr_kommune", "befolkning"],
    });
    // Sjælland 2019 counts courses; the framework agreement's own spread goal is judged by hand.
    const sjaelland = goalsFor({ source: "resultatkontrakt-sjaelland-2019", year: 2019 }).map((goal) => goal.id);
    expect(registerNeeded(rowsOf(nameOf("resultatkontrakt-sjaelland-2019", 2019), sjaelland), 2019)?.inputs).toEqual([
      "forløb_pr_kommune",
      "befolkning",
    ]);
    const framework = goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland" });
    const frameworkRows = rowsOf(
      nameOf("rammeaftale-2021-2023", 2022, "midtjylland"),
      framework.map((goal) => goal.id),
    );
    expect(registerNeeded(frameworkRows, 2022)).toBeUndefined();
    expect(registerNeeded(rowsOf(MIDT_2022, midtIds), 2023)).toBeUndefined();
  });

  it("lists the hub area's municipalities as KKR.KOMMUNER does, with headers Forbind proposes", () => {
    const need = { hub: "midtjylland" as const, year: 2022, inputs: ["aktivitet_pr_kommune", "befolkning"] };
    const cells = planCells(registerPlan(need));
    const listed = municipalities("Midtjylland") as (string | number)[][];
    expect(listed).toHaveLength(19); // the contract's "alle 19 kommuner"
    const rows = listed.map((_, index) => [cells.get(`${5 + index},0`), cells.get(`${5 + index},1`)]);
    expect(rows).toEqual(listed);
    const headers = [0, 1, 2, 3].map((column) => cells.get(`4,${column}`));
    expect(headers).toEqual(["Kode", "Kommune", "Aktivitet (vejledte virksomheder)", "Befolkning (FOLK1A)"]);
    const goals = goalsFor({ source: "resultatkontrakt-midtjylland-2022", year: 2022 });
    const register = inputsNeeded(goals).filter((input) => input.origin === "register");
    expect(proposeColumns(register, { headers, columns: headers.map(() => []) })).toEqual({
      aktivitet_pr_kommune: 2,
      befolkning: 3,
    });
  });

  it("is English where Office is, and Forbind proposes its English headers too", () => {
    const need = { hub: "sjaelland" as const, year: 2019, inputs: ["forløb_pr_kommune", "befolkning"] };
    const plan = registerPlan(need, "en");
    const cells = planCells(plan);
    expect(plan.name).toBe("Register Sjælland 2019");
    const headers = [0, 1, 2, 3].map((column) => cells.get(`4,${column}`));
    expect(headers).toEqual(["Code", "Municipality", "Courses", "Population (FOLK1A)"]);
    const goals = goalsFor({ source: "resultatkontrakt-sjaelland-2019", year: 2019 });
    const register = inputsNeeded(goals).filter((input) => input.origin === "register");
    expect(proposeColumns(register, { headers, columns: headers.map(() => []) })).toEqual({
      forløb_pr_kommune: 2,
      befolkning: 3,
    });
  });

  it(
    "is laid out on a new sheet in 2 syncs, the first activity cell selected, and prints on one page",
    async () => {
      const need = { hub: "midtjylland" as const, year: 2022, inputs: ["aktivitet_pr_kommune", "befolkning"] };
      const excel = new FakeExcel();
      const plan = registerPlan(need);
      const { sheetName } = await addPlannedSheet(excel.run, plan);
      expect(sheetName).toBe("Register Midtjylland 2022");
      expect(excel.syncCount).toBe(2);
      // Sorted by code, as KKR.KOMMUNER lists them: Horsens (615) first.
      expect(excel.cell(sheetName, "B6")?.formula).toBe("Horsens");
      expect(excel.selection).toBe("'Register Midtjylland 2022'!C6");
      expect(await printPages(plan, planCells(plan), "register")).toBe(1);
    },
    WAIT_MS,
  );
});
