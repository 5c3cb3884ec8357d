/**
 * One Forbind of the synthetic exports (2021, then 2022) on the fake workbook, the contract's goal table then
 * written to .xlsx with each KKR formula's value where it stood (computed by the custom functions, which
 * LibreOffice lacks), and recalculated in LibreOffice: every connected goal's status, from the table's own
 * fulfilment and status formulas, is the reference model's for the same value, baseline and interval.
 */
import ExcelJS from "exceljs";
import { goalsFor, resolveGoal, catalogue } from "../../src/goals";
import { importGoals } from "../../src/excel/goalTables";
import { connectSurvey, readSurveyExport } from "../../src/excel/surveyConnection";
import { cellAddress, parseAddress } from "../../src/sheets/addresses";
import { COLUMN } from "../../src/sheets/goalTable";
import { FakeExcel } from "../fakes/fakeExcel";
import { HEADERS, syntheticExport } from "../fixtures/syntheticExport";
import { STATUS_WORDS_DA, evaluateGoal } from "../goals/referenceModel";
import { recalculate } from "../libreOffice";
import { evaluateFormula } from "./kkrFormulas";

const CONTRACT = "resultatkontrakt-midtjylland-2022";
const CONTRACT_TABLE = "KKRMaal_resultatkontrakt_midtjylland_2022_2022";

/** Imports the year's goals, puts its export on a sheet of its own, selects it and connects it as proposed. */
async function connectYear(excel: FakeExcel, year: number, source: string, hub?: "midtjylland") {
  await importGoals(excel.run, { sourceId: source, sourceTitle: source, year, hub }, goalsFor({ source, year, hub }));
  const sheet = `Eksport ${year}`;
  await excel.type(sheet, "A1:K301", [[...HEADERS], ...syntheticExport(300, year, year).rows]);
  excel.selection = `'${sheet}'!A1:K301`;
  const read = await readSurveyExport(excel.run, year);
  const mapping = Object.fromEntries(
    read.inputs.filter((input) => input.proposed).map((input) => [input.name.da, input.proposed as string]),
  );
  return connectSurvey(excel.run, { year, mapping });
}

/** A workbook name's column of the export table it refers to ("=KKREksport_2022[[Segment]]"). */
function nameCells(excel: FakeExcel, name: string): unknown[][] {
  const reference = excel.names.get(name);
  const match = reference && /^=(\w+)\[\[(.*)\]\]$/.exec(reference);
  if (!match) throw new Error(`no name ${name}`);
  const table = excel.tables.find((candidate) => candidate.name === match[1])!;
  const header = match[2].replace(/'(.)/g, "$1");
  const { row, column, rows, columns } = table.block;
  const at = (r: number, c: number) => table.sheet.cells.get(cellAddress(r, c))?.formula ?? "";
  const index = Array.from({ length: columns }, (_, c) => at(row, column + c)).indexOf(header);
  return Array.from({ length: rows - 1 }, (_, r) => [at(row + 1 + r, column + index)]);
}

describe("a connected goal table recalculated in LibreOffice", () => {
  it("gives every connected goal the reference model's status for its value, baseline and interval", async () => {
    const excel = new FakeExcel(["Ark1", "Eksport 2021", "Eksport 2022"]);
    await connectYear(excel, 2021, "rammeaftale-2021-2023", "midtjylland");
    const outcome = await connectYear(excel, 2022, CONTRACT);
    expect(outcome.connected).toBe(true);
    // With 2021 connected, new firms and the change on autumn 2021 are computed too; only the spread waits.
    expect(outcome.plan.waiting.map((waiting) => waiting.goal)).toEqual(["midt22-m8-geografisk-spredning"]);

    const table = excel.tables.find((candidate) => candidate.name === CONTRACT_TABLE)!;
    const sheet = table.sheet;
    const values = new Map<string, unknown>();
    const valueOf = (address: string): unknown => {
      const key = cellAddress(parseAddress(address).row, parseAddress(address).column);
      if (!values.has(key)) {
        const formula = sheet.cells.get(key)?.formula ?? "";
        const kkr = typeof formula === "string" && formula.startsWith("=") && formula.includes("KKR.");
        values.set(key, kkr ? evaluateFormula(formula, { name: (n) => nameCells(excel, n), cell: valueOf }) : formula);
      }
      return values.get(key);
    };
    const workbook = new ExcelJS.Workbook();
    const target = workbook.addWorksheet("Mål");
    for (const [key, cell] of sheet.cells) {
      const { row, column } = parseAddress(key);
      const formula = cell.formula;
      const kkr = typeof formula === "string" && formula.startsWith("=") && formula.includes("KKR.");
      const written = kkr ? valueOf(key) : formula;
      target.getCell(row + 1, column + 1).value =
        typeof written === "string" && written.startsWith("=")
          ? { formula: written.slice(1) }
          : (written as ExcelJS.CellValue);
    }
    const recalculated = await recalculate(workbook);

    const connected = new Set(outcome.plan.connected);
    let judged = 0;
    for (let r = 1; r < table.block.rows; r++) {
      const id = recalculated[r][COLUMN.id];
      if (!connected.has(id)) continue;
      const goal = resolveGoal(
        catalogue.find((candidate) => candidate.id === id)!,
        2022,
        "midtjylland",
      );
      const number = (column: number) => {
        const value = valueOf(cellAddress(r, column));
        return typeof value === "number" ? value : undefined;
      };
      const expected = evaluateGoal(goal, number(COLUMN.actual), {
        baseline: number(COLUMN.baseline),
        interval: { lower: number(COLUMN.lower), upper: number(COLUMN.upper) },
      });
      expect([id, recalculated[r][COLUMN.status]]).toEqual([id, STATUS_WORDS_DA[expected.status]]);
      judged++;
    }
    expect(judged).toBe(13);
  });
});
