/**
 * The register a year's spread goals need (activity and population per municipality), laid out for the
 * analyst: the hub area's municipalities as KKR.KOMMUNER lists them, a column per register input with a
 * header Forbind recognises, the cells to type yellow. Connected like any register table afterwards.
 * Pure: the Excel layer writes the plan onto a new sheet.
 */
import { HUB_NAMES, Hub, catalogue, resolveGoal } from "../goals";
import { inputsNeeded } from "../goals/connection";
import { Language, wordsFor } from "../locale";
import { blockAddress } from "./addresses";
import { parseTableName } from "./connectionPlan";
import { SheetPlan, WHOLE, helpLines, registerRows } from "./financeSheets";
import { municipalitiesIn } from "../core";
import { HEADER_FILL, INPUT_FILL } from "./plan";

export interface RegisterNeed {
  hub: Hub;
  year: number;
  /** The register inputs, population last: "aktivitet_pr_kommune", "befolkning". */
  inputs: string[];
}

/** The register the year's goal tables need for their spread goals, by the tables' rows; none if they need none. */
export function registerNeeded(
  rows: readonly { tableName: string; goalId: string }[],
  year: number,
): RegisterNeed | undefined {
  for (const row of rows) {
    const table = parseTableName(row.tableName);
    const template = catalogue.find((goal) => goal.id === row.goalId);
    if (table?.year !== year || !table.hub || !template) continue;
    const inputs = inputsNeeded([resolveGoal(template, year, table.hub)])
      .filter((input) => input.origin === "register")
      .map((input) => input.name.da);
    if (inputs.length > 0) return { hub: table.hub, year, inputs };
  }
  return undefined;
}

/** Title and help in rows 1-3, the table's header in row 5, a row per municipality below. */
export function registerPlan(need: RegisterNeed, language: Language = "da"): SheetPlan {
  const words = wordsFor(language).register;
  const hub = HUB_NAMES[need.hub];
  const municipalities = municipalitiesIn({ kind: "hub", id: need.hub });
  const header = 4;
  const columns = [words.code, words.municipality, ...need.inputs.map((input) => words.inputs[input] ?? input)];
  const title = words.title(hub, need.year);
  const rows = municipalities.length;
  return {
    name: words.sheet(hub, need.year),
    cells: [
      { address: "A1", formulas: [[title]] },
      helpLines(words.help, 1, 0),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: columns.length }), formulas: [columns] },
      {
        address: blockAddress({ row: header + 1, column: 0, rows, columns: columns.length }),
        formulas: registerRows(municipalities).map((row) => [...row, ...need.inputs.map(() => "")]),
      },
    ],
    formats: [
      { address: "A1", bold: true },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: columns.length }),
        bold: true,
        fill: HEADER_FILL,
      },
      {
        address: blockAddress({ row: header + 1, column: 2, rows, columns: need.inputs.length }),
        fill: INPUT_FILL,
        numberFormat: WHOLE,
      },
    ],
    autofit: [blockAddress({ row: header, column: 0, rows: rows + 1, columns: columns.length })],
    firstInput: blockAddress({ row: header + 1, column: 2, rows: 1, columns: 1 }),
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}
