/**
 * The finance staff's two sheets, laid out as plans of cells and formats (pure; the Excel layer writes a
 * plan onto a new sheet in one batch):
 * - "Ny fordeling": a total split by population over an area's municipalities with KKR.POPALLOC, with a
 *   control row showing that the parts add up to the total;
 * - "Ny kvoteberegning": the quota sheet in the layout of Udlændingestyrelsen's letter: national figures,
 *   per-municipality inputs, exemptions, KKR.QUOTA, takeovers with KKR.TRANSFER, the final quota, totals.
 * Formulas are in Excel's invariant syntax (English names, commas), as Office.js expects.
 */
import { Area, HUB_NAMES, Municipality, REGION_NAMES, municipalitiesIn } from "../core";
import { blockAddress, cellAddress, columnLetter } from "./addresses";
import { Cell, CellsPlan, HEADER_FILL, INPUT_FILL, excelString } from "./plan";
import { Language, wordsFor } from "../locale";

export interface SheetPlan extends CellsPlan {
  /** The wanted sheet name; the Excel layer picks a free variant. */
  name: string;
  /** The blocks whose columns are fitted to their contents; help lines stay out, they may run past their column. */
  autofit: string[];
  /** Columns given a width (in characters) instead of fitted, by a block of them: long text that wraps. */
  widths?: { columns: string; characters: number }[];
  /** The cell selected when the sheet opens: the first input. */
  firstInput: string;
  /** Print settings for the meeting package: the footer and the rows repeated on every page. */
  print?: { footer: string; titleRows: string };
}

export const WHOLE = "#,##0";

export function areaTitle(area: Area | undefined, language: Language): string {
  const words = wordsFor(language).finance;
  if (!area) return words.wholeCountry;
  return area.kind === "region" ? words.region(REGION_NAMES[area.id]) : words.hub(HUB_NAMES[area.id]);
}

export const areaShort = (area: Area | undefined, language: Language): string =>
  !area
    ? wordsFor(language).finance.wholeCountryShort
    : area.kind === "region"
      ? REGION_NAMES[area.id]
      : HUB_NAMES[area.id];

/** A column of a table, from `firstRow` (0-based) over `rows` rows. */
export const columnRange = (column: number, firstRow: number, rows: number): string =>
  blockAddress({ row: firstRow, column, rows, columns: 1 });

/** "$B$4": an input cell that every formula refers to absolutely. */
export const absolute = (row: number, column: number): string => `$${columnLetter(column)}$${row + 1}`;

/**
 * Labels in column A, inputs in `valueColumn` (B by default): rows from `firstRow`. With the inputs further
 * right, a label runs over the empty cells between, so column A can stay as narrow as the table below needs.
 */
export function inputBlock(
  firstRow: number,
  labels: readonly string[],
  defaults: readonly Cell[] = [],
  valueColumn = 1,
): SheetPlan["cells"] {
  const rows = labels.length;
  return [
    { address: blockAddress({ row: firstRow, column: 0, rows, columns: 1 }), formulas: labels.map((label) => [label]) },
    {
      address: blockAddress({ row: firstRow, column: valueColumn, rows, columns: 1 }),
      formulas: labels.map((_, index) => [defaults[index] ?? ""]),
    },
  ];
}

/**
 * Help as short lines beside the inputs, from (row, column) down: each line fits the printed page, where one
 * long line would run past the table and shrink the whole sheet to fit it.
 */
export const helpLines = (lines: readonly string[], row: number, column: number): SheetPlan["cells"][number] => ({
  address: blockAddress({ row, column, rows: lines.length, columns: 1 }),
  formulas: lines.map((line) => [line]),
});

/** The language's yes and no as string literals in a formula: "ja" and "nej". */
export function quotedYesNo(language: Language): { yes: string; no: string } {
  const { yes, no } = wordsFor(language).finance;
  return { yes: excelString(yes), no: excelString(no) };
}

/** Rows of code and name, the first two columns of both sheets. */
export const registerRows = (municipalities: readonly Municipality[]): Cell[][] =>
  municipalities.map(({ code, name }) => [code, name]);

export function allocationPlan(area: Area | undefined, language: Language = "da"): SheetPlan {
  const words = wordsFor(language).finance;
  const text = words.allocation;
  const municipalities = municipalitiesIn(area);
  const n = municipalities.length;
  const TOTAL = absolute(3, 1);
  const DECIMALS = absolute(4, 1);
  const header = 6;
  const first = header + 1;
  const last = first + n - 1;
  const sumRow = last + 1;
  const weights = columnRange(2, first, n);
  const excluded = columnRange(3, first, n);
  const parts = columnRange(4, first, n);
  const title = text.title(areaTitle(area, language));
  return {
    name: text.sheet(areaShort(area, language)),
    cells: [
      { address: "A1", formulas: [[title]] },
      helpLines(text.help, 1, 0),
      ...inputBlock(3, text.inputs, ["", 0]),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: 5 }), formulas: [text.columns] },
      { address: blockAddress({ row: first, column: 0, rows: n, columns: 2 }), formulas: registerRows(municipalities) },
      // One formula; Excel spills the parts down the column.
      { address: cellAddress(first, 4), formulas: [[`=KKR.POPALLOC(${TOTAL},${weights},${DECIMALS},${excluded})`]] },
      {
        address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: 5 }),
        formulas: [
          [words.total, "", `=SUM(${weights})`, "", `=SUM(${parts})`],
          // In B, so the sentence runs over the empty cells to its right, inside the printed width.
          [
            words.control,
            `=IF(ISNUMBER(${TOTAL}),IF(ROUND(${cellAddress(sumRow, 4)}-${TOTAL},9)=0,${excelString(text.adds)},${excelString(text.addsNot)}),"")`,
            "",
            "",
            "",
          ],
        ],
      },
    ],
    formats: [
      { address: "A1", bold: true },
      { address: blockAddress({ row: 3, column: 1, rows: 1, columns: 1 }), fill: INPUT_FILL, numberFormat: WHOLE },
      { address: blockAddress({ row: 4, column: 1, rows: 1, columns: 1 }), fill: INPUT_FILL },
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: 5 }), bold: true, fill: HEADER_FILL },
      { address: blockAddress({ row: first, column: 2, rows: n, columns: 2 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 2, rows: n + 1, columns: 1 }), numberFormat: WHOLE },
      { address: blockAddress({ row: first, column: 4, rows: n + 1, columns: 1 }), numberFormat: WHOLE },
      { address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: 5 }), bold: true },
    ],
    autofit: [blockAddress({ row: header, column: 0, rows: n + 3, columns: 5 })],
    firstInput: "B4",
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}

/**
 * Where the quota sheet's parts are: inputs in D4:D8 (their labels run over A-C, so column A stays as narrow
 * as the codes), the table from row 10, totals, the per-region block.
 */
const QUOTA_INPUTS = 3;
function quotaLayout(n: number) {
  const header = 9;
  const first = header + 1;
  const sumRow = first + n;
  return { header, first, sumRow, regionRow: sumRow + 3, width: 10 };
}

export function quotaPlan(area?: Extract<Area, { kind: "region" }>, language: Language = "da"): SheetPlan {
  const municipalities = municipalitiesIn(area);
  const layout = quotaLayout(municipalities.length);
  const { header, first, regionRow, width } = layout;
  const text = wordsFor(language).finance.quota;
  const title = text.title(areaTitle(area, language));
  return {
    name: text.sheet(areaShort(area, language)),
    cells: [
      { address: "A1", formulas: [[title]] },
      helpLines(text.help, 1, 0),
      ...inputBlock(3, text.inputs(area !== undefined), [], QUOTA_INPUTS),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [text.columns] },
      {
        address: blockAddress({ row: first, column: 0, rows: municipalities.length, columns: 3 }),
        formulas: municipalities.map(({ code, name, region }) => [code, name, REGION_NAMES[region]]),
      },
      ...quotaFormulas(municipalities, area !== undefined, language),
    ],
    formats: [
      { address: "A1", bold: true },
      { address: "D4:D8", fill: INPUT_FILL, numberFormat: WHOLE },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: first, column: 3, rows: municipalities.length, columns: 4 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 8, rows: municipalities.length, columns: 1 }), fill: INPUT_FILL },
      {
        address: blockAddress({ row: first, column: 3, rows: municipalities.length + 1, columns: 7 }),
        numberFormat: WHOLE,
      },
      { address: blockAddress({ row: layout.sumRow, column: 0, rows: 2, columns: width }), bold: true },
      { address: blockAddress({ row: regionRow, column: 0, rows: 1, columns: 2 }), bold: true, fill: HEADER_FILL },
    ],
    autofit: [blockAddress({ row: header, column: 0, rows: municipalities.length + 3, columns: width })],
    firstInput: "D4",
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}

/** KKR.QUOTA and KKR.TRANSFER (each one formula that spills), the totals, the control and the region block. */
function quotaFormulas(
  municipalities: readonly Municipality[],
  regional: boolean,
  language: Language,
): SheetPlan["cells"] {
  const words = wordsFor(language).finance;
  const n = municipalities.length;
  const { first, sumRow, regionRow, width } = quotaLayout(n);
  const [LANDSTAL, QUOTA, P, I, F] = [3, 4, 5, 6, 7].map((row) => absolute(row, QUOTA_INPUTS));
  const column = (index: number) => columnRange(index, first, n);
  const regions = [...new Set(municipalities.map((m) => m.region))];
  const blanks = (count: number) => Array<Cell>(count).fill("");
  const adds = `IF(${cellAddress(sumRow, 9)}=${QUOTA},${excelString(words.quota.adds)},${excelString(words.quota.addsNot)})`;
  return [
    {
      address: cellAddress(first, 7),
      formulas: [
        [`=KKR.QUOTA(${QUOTA},${column(3)},${column(4)},${column(5)},${LANDSTAL},${P},${I},${F},${column(6)})`],
      ],
    },
    { address: cellAddress(first, 9), formulas: [[`=KKR.TRANSFER(${column(7)},${column(1)},${column(8)})`]] },
    {
      address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: width }),
      formulas: [
        [
          regional ? words.quota.regionTotal : words.total,
          ...blanks(2),
          ...[3, 4, 5].map((c) => `=SUM(${column(c)})`),
          "",
          `=SUM(${column(7)})`,
          "",
          `=SUM(${column(9)})`,
        ],
        [words.control, `=IF(ISNUMBER(${QUOTA}),${adds},"")`, ...blanks(8)],
      ],
    },
    { address: blockAddress({ row: regionRow, column: 0, rows: 1, columns: 2 }), formulas: [words.quota.perRegion] },
    {
      address: blockAddress({ row: regionRow + 1, column: 0, rows: regions.length, columns: 2 }),
      formulas: regions.map((region, index) => [
        REGION_NAMES[region],
        `=SUMIF(${column(2)},${cellAddress(regionRow + 1 + index, 0)},${column(9)})`,
      ]),
    },
  ];
}
