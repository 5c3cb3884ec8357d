/** The import as a pure plan: every decision of a first import and a re-import, without Excel. */
import { COLUMNS } from "../../src/sheets/goalTable";
import { importPlan } from "../../src/sheets/importPlan";
import { aGoalInForce, aTable } from "../builders";

const selection = { sourceId: "Resultatkontrakt Fyn 2025", sourceTitle: "Resultatkontrakt Fyn 2025", year: 2025 };
const goals = [aGoalInForce({ id: "fyn-a" }), aGoalInForce({ id: "fyn-b" }), aGoalInForce({ id: "fyn-c" })];

describe("the first import of a choice", () => {
  const plan = importPlan(selection, goals, undefined, "en");

  it("writes the header and one row per goal as a new table on a sheet of its own", () => {
    if (plan.kind !== "new") throw new Error("expected a new table");
    // 14 columns (A..N), header and three goals: rows 1..4.
    expect(plan.address).toBe("A1:N4");
    expect(plan.formulas[0][0]).toBe("Goal id");
    expect(plan.formulas.map((row) => row[0])).toEqual(["Goal id", "fyn-a", "fyn-b", "fyn-c"]);
    expect(plan.sheetName).toBe("Goals 2025 Resultatkontrakt Fyn");
    expect(plan.footer).toBe("Resultatkontrakt Fyn 2025 2025");
    expect(plan.counts).toEqual({ inserted: 3, updated: 0, kept: 0 });
  });

  it("flags the actual value and status columns by each row's status cell (column J)", () => {
    expect(plan.flags).toEqual([
      { address: "H2:H4", statusCell: "$J2", language: "en" },
      { address: "J2:J4", statusCell: "$J2", language: "en" },
    ]);
    // Thresholds..fulfilment (E..I) and the interval (M..N): a count is #,##0, the fulfilment 0%.
    expect(plan.numberFormats.map((block) => block.address)).toEqual(["E2:I4", "M2:N4"]);
    expect(plan.numberFormats[0].formats[0]).toEqual(["#,##0", "#,##0", "#,##0", "#,##0", "0%"]);
  });
});

describe("a re-import into the table of the same choice", () => {
  it("rewrites the add-in's blocks of known rows, keeps the others, and appends new goals", () => {
    const plan = importPlan(selection, goals, aTable(["fyn-b", "old-goal"]));
    if (plan.kind !== "reimport") throw new Error("expected a re-import");
    expect(plan.counts).toEqual({ inserted: 2, updated: 1, kept: 1 });
    expect(plan.sheetName).toBe("Mål 2025");
    // fyn-b is body row 1 (sheet row 2): A..G, I..J and L are the add-in's; H (actual), K (note), M..N are not.
    expect(plan.cells.map((block) => block.address)).toEqual(["A2:G2", "I2:J2", "L2"]);
    expect(plan.newRows.map((row) => row[0])).toEqual(["fyn-a", "fyn-c"]);
    expect(plan.newColumns).toEqual([]);
    // The kept row keeps its formats: the builder's 0.0 in every formatted column.
    expect(plan.numberFormats[0].formats[1]).toEqual(["0.0", "0.0", "0.0", "0.0", "0.0"]);
    expect(plan.numberFormats[0].address).toBe("E2:I5");
  });

  it("keeps a baseline typed or connected for a change goal whose source gives none, and rewrites a catalogue one", () => {
    const typed = aTable(["stigning", "med-udgangspunkt"]);
    const values = typed.values.map((row) => [...row]);
    values[0][6] = 0.41;
    values[1][6] = 0.99;
    const formulas = values.map((row) => [...row]);
    // The first row's baseline is a connection's formula: the import keeps the formula, not its value.
    formulas[0][6] = '=KKR.SHARE(kendskab_2021,"ja")';
    const change = { measure: "changePp" as const, levels: [{ fulfilment: 1, threshold: 0.05 }] };
    const plan = importPlan(
      selection,
      [
        aGoalInForce({ id: "stigning", ...change }),
        aGoalInForce({ id: "med-udgangspunkt", ...change, hub: "midtjylland", baselines: { midtjylland: 0.36 } }),
      ],
      { ...typed, values, formulas },
    );
    if (plan.kind !== "reimport") throw new Error("expected a re-import");
    // Column G (index 6) of block A..G: the connected baseline stays; the catalogue's 36 % replaces the 99 %.
    expect(plan.cells.filter((block) => block.address.startsWith("A")).map((block) => block.formulas[0][6])).toEqual([
      '=KKR.SHARE(kendskab_2021,"ja")',
      0.36,
    ]);
  });

  it("adds no row under a filter, and says how many goals were left out", () => {
    const plan = importPlan(selection, goals, aTable(["fyn-b"], { filtered: true }));
    if (plan.kind !== "reimport") throw new Error("expected a re-import");
    expect(plan.newRows).toEqual([]);
    expect(plan.counts).toEqual({ inserted: 0, updated: 1, kept: 0, notAddedFiltered: 2 });
  });

  it("keeps an English table English", () => {
    const plan = importPlan(selection, goals, aTable(["fyn-a"], { language: "en" }), "da");
    expect(plan.flags[0].language).toBe("en");
  });
});

describe("a table made by version 0.1 (11 columns)", () => {
  it("gets the three new columns, blank for every row, where the cells beside it are empty", () => {
    const plan = importPlan(selection, goals, aTable(["fyn-a", "fyn-b"], { width: 11, besides: [[""], [null]] }));
    if (plan.kind !== "reimport") throw new Error("expected a re-import");
    expect(plan.newColumns).toEqual(COLUMNS.slice(11).map((title) => [[title], [""], [""]]));
    expect(plan.cells.map((block) => block.address)).toEqual(["A2:G2", "I2:J2", "L2", "A3:G3", "I3:J3", "L3"]);
    expect(plan.counts.widenBlockedAt).toBeUndefined();
  });

  it("is left 11 columns wide where the cells beside it hold something, and names them", () => {
    const table = aTable(["fyn-a"], { width: 11, besides: [["x"]] });
    const plan = importPlan(selection, goals, table);
    if (plan.kind !== "reimport") throw new Error("expected a re-import");
    expect(plan.newColumns).toEqual([]);
    // Only the blocks a version 0.1 table has: A..G and I..J, no Beregning.
    expect(plan.cells.map((block) => block.address)).toEqual(["A2:G2", "I2:J2"]);
    expect(plan.counts.widenBlockedAt).toBe(table.besides.address);
    expect(plan.numberFormats.map((block) => block.address)).toEqual(["E2:I4"]);
  });
});
