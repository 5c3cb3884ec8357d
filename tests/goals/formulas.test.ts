/**
 * The generated Excel formulas, checked in a real spreadsheet application: the test writes a workbook
 * with exceljs (goals, thresholds, actual values, formulas), recalculates it with LibreOffice headless,
 * and compares every status it computed with the reference model's judgement of the same value.
 */
import ExcelJS from "exceljs";
import { GoalInForce, catalogue, goalFormulas, resolveGoal } from "../../src/goals";
import { Actual, STATUS_WORDS_DA, evaluateGoal } from "./referenceModel";
import { recalculate } from "../libreOffice";

describe("goalFormulas", () => {
  const effect = resolveGoal(
    catalogue.find((goal) => goal.id === "ra19-effekt")!,
    2019,
  );

  it("writes the ladder as nested IFs over the threshold cells", () => {
    expect(goalFormulas(effect, { actual: "F2", thresholds: ["C2", "D2"], fulfilment: "G2" })).toEqual({
      fulfilment: '=IF(OR(NOT(ISNUMBER(F2))),"",IF(F2>=C2,1,IF(F2>=D2,0.5,0)))',
      status: '=IF(G2="","Ingen data",IF(G2>=1,"Opfyldt",IF(G2>0,"Delvist opfyldt","Ikke opfyldt")))',
    });
  });

  it("subtracts the baseline for change goals and takes the absolute value for band goals", () => {
    const change = resolveGoal(
      catalogue.find((goal) => goal.id === "ra21-m1-kendskab-stigning")!,
      2021,
      "fyn",
    );
    expect(
      goalFormulas(change, { actual: "F2", thresholds: ["C2"], baseline: "E2", fulfilment: "G2" }).fulfilment,
    ).toBe('=IF(OR(NOT(ISNUMBER(F2)),NOT(ISNUMBER(E2))),"",IF(ROUND(F2-E2,10)>=C2,1,0))');
    const band = resolveGoal(
      catalogue.find((goal) => goal.id === "midt22-m8-geografisk-spredning")!,
      2022,
    );
    expect(goalFormulas(band, { actual: "F2", thresholds: ["C2"], fulfilment: "G2" }).fulfilment).toBe(
      '=IF(OR(NOT(ISNUMBER(F2))),"",IF(ABS(F2)<=C2,1,0))',
    );
  });

  it("refuses cells that do not match the goal", () => {
    expect(() => goalFormulas(effect, { actual: "F2", thresholds: ["C2"], fulfilment: "G2" })).toThrow(
      /has 2 levels but 1 threshold cells/,
    );
  });
});

interface Case {
  actual: Actual;
  interval?: { lower: number; upper: number };
}

/**
 * Values around every threshold of a goal, and the blanks and ticks a user types; for goals with a
 * one-sided threshold also intervals around each value, wide (±2 steps, reaching across a threshold) and
 * narrow (±a tenth of a step), so both "within the uncertainty" statuses and their clear cousins occur.
 */
function casesFor(goal: GoalInForce): Case[] {
  if (goal.measure === "qualitative") return [null, "ja", "Nej", true, false, "måske"].map((actual) => ({ actual }));
  const step = { nps: 1, count: 1 }[goal.measure as string] ?? 0.01;
  const offset = goal.measure === "changePp" ? (goal.baseline as number) : 0;
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const values = goal.levels.flatMap(({ threshold }) => {
    const around = [threshold - step, threshold, threshold + step];
    return goal.comparator === "within" ? [...around, ...around.map((value) => -value)] : around;
  });
  const plain: Case[] = [null, ...values].map((value) => ({ actual: value === null ? null : round(value + offset) }));
  if (goal.comparator === "within") return plain;
  const withIntervals = values.flatMap((value) =>
    [2 * step, step / 10].map((half) => ({
      actual: round(value + offset),
      interval: { lower: round(value + offset - half), upper: round(value + offset + half) },
    })),
  );
  return [...plain, ...withIntervals];
}

describe("the formulas in LibreOffice", () => {
  it("give every status the TypeScript evaluation gives", async () => {
    const goals = catalogue.map((template) => resolveGoal(template, template.years[0], "sjaelland"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mål");
    sheet.addRow(["id", "tærskel 1", "tærskel 2", "udgangspunkt", "faktisk", "nedre", "øvre", "opfyldelse", "status"]);
    const expected: string[][] = [];
    for (const goal of goals) {
      for (const { actual, interval } of casesFor(goal)) {
        const row = sheet.rowCount + 1;
        const formulas = goalFormulas(goal, {
          actual: `E${row}`,
          thresholds: goal.levels.map((_, index) => `${"BC"[index]}${row}`),
          baseline: `D${row}`,
          fulfilment: `H${row}`,
          interval: { lower: `F${row}`, upper: `G${row}` },
        });
        sheet.addRow([
          goal.id,
          goal.levels[0]?.threshold ?? null,
          goal.levels[1]?.threshold ?? null,
          goal.baseline ?? null,
          actual ?? null,
          interval?.lower ?? null,
          interval?.upper ?? null,
          { formula: formulas.fulfilment.slice(1) },
          { formula: formulas.status.slice(1) },
        ]);
        const status = evaluateGoal(goal, actual, { interval }).status;
        expected.push([
          goal.id,
          `${actual} ${interval?.lower ?? ""}..${interval?.upper ?? ""}`,
          STATUS_WORDS_DA[status],
        ]);
      }
    }
    const rows = (await recalculate(workbook)).slice(1);
    const computed = rows.map((fields, index) => [expected[index][0], expected[index][1], fields[fields.length - 1]]);
    expect(rows).toHaveLength(expected.length);
    expect(computed).toEqual(expected);
    // Every status occurs, so the comparison covers the whole ladder.
    expect(new Set(computed.map((row) => row[2]))).toEqual(new Set(Object.values(STATUS_WORDS_DA)));
  });
});
