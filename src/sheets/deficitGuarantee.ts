/**
 * "Ny underskudsgaranti": KKR Syddanmark's extended deficit guarantee for a new residential facility (KKR
 * meeting, August 2024) as a sheet of live formulas. For up to 3 years a share of the deficit (50 % by
 * default, more in special cases) is paid by the municipalities by population share; nothing for a year with
 * full occupancy all year; full occupancy in year 2 ends the guarantee; a municipality may stand outside and
 * then pays nothing; the region may be included with a weight. Beside the payments, the same payments as if
 * nobody stood outside and the difference per municipality: what the opt-outs cost the others, which KKR
 * weighs "før endelig stillingtagen". Where the source leaves room, the reading is a yes/no cell (D9, D10).
 */
import { Area, municipalitiesIn } from "../core";
import { Language, wordsFor } from "../locale";
import { blockAddress, cellAddress, columnLetter } from "./addresses";
import {
  SheetPlan,
  WHOLE,
  absolute,
  areaShort,
  areaTitle,
  columnRange,
  helpLines,
  inputBlock,
  quotedYesNo,
  registerRows,
} from "./financeSheets";
import { Cell, HEADER_FILL, INPUT_FILL, excelString } from "./plan";

/** Inputs in D4:D10, the years in rows 14-16, the municipalities from row 20 with the region last. */
export function deficitLayout(municipalities: number) {
  const yearHeader = 12;
  const firstYear = yearHeader + 1;
  const header = firstYear + 5;
  const first = header + 1;
  const rows = municipalities + 1;
  return { yearHeader, firstYear, header, first, rows, sumRow: first + rows, width: 15 };
}

/** The input cells, absolute: D4 facility … D10 "does a full year 1 end the guarantee". */
const INPUT_COLUMN = 3;
const INPUT = {
  host: absolute(4, INPUT_COLUMN),
  rate: absolute(5, INPUT_COLUMN),
  regionTakesPart: absolute(6, INPUT_COLUMN),
  regionWeight: absolute(7, INPUT_COLUMN),
  hostPays: absolute(8, INPUT_COLUMN),
  fullYearOneEnds: absolute(9, INPUT_COLUMN),
};

export function deficitPlan(area: Area | undefined, language: Language = "da"): SheetPlan {
  const finance = wordsFor(language).finance;
  const text = finance.deficit;
  const municipalities = municipalitiesIn(area);
  const layout = deficitLayout(municipalities.length);
  const { yearHeader, firstYear, header, first, rows, sumRow, width } = layout;
  const title = text.title(areaTitle(area, language));
  return {
    name: text.sheet(areaShort(area, language)),
    cells: [
      { address: "A1", formulas: [[title]] },
      { address: "A2", formulas: [[text.source]] },
      helpLines(text.help, 3, 6),
      ...inputBlock(3, text.inputs, ["", "", 0.5, finance.no, 0, finance.yes, finance.no], INPUT_COLUMN),
      ...inputChecks(municipalities.length, language),
      { address: blockAddress({ row: yearHeader, column: 0, rows: 1, columns: 6 }), formulas: [text.yearColumns] },
      ...yearRows(firstYear, language),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [text.columns] },
      {
        address: blockAddress({ row: first, column: 0, rows: rows - 1, columns: 2 }),
        formulas: registerRows(municipalities),
      },
      ...paymentFormulas(layout, language),
    ],
    formats: [
      { address: "A1", bold: true },
      { address: "D4:D10", fill: INPUT_FILL },
      { address: "D6", numberFormat: "0%" },
      { address: "D8", numberFormat: WHOLE },
      {
        address: blockAddress({ row: yearHeader, column: 0, rows: 1, columns: 6 }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: firstYear, column: 1, rows: 3, columns: 2 }), fill: INPUT_FILL },
      { address: blockAddress({ row: firstYear, column: 1, rows: 4, columns: 1 }), numberFormat: WHOLE },
      { address: blockAddress({ row: firstYear, column: 4, rows: 4, columns: 1 }), numberFormat: WHOLE },
      { address: blockAddress({ row: firstYear + 3, column: 0, rows: 1, columns: 6 }), bold: true },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: first, column: 2, rows: rows - 1, columns: 2 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 2, rows: rows + 1, columns: 1 }), numberFormat: WHOLE },
      { address: blockAddress({ row: first, column: 6, rows: rows + 1, columns: 9 }), numberFormat: WHOLE },
      { address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: width }), bold: true },
    ],
    autofit: [blockAddress({ row: yearHeader, column: 0, rows: sumRow - yearHeader + 2, columns: width })],
    firstInput: "D4",
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}

/** Beside the inputs: the host must be one of the area's municipalities, the rate a percentage, yes/no cells. */
function inputChecks(municipalities: number, language: Language): SheetPlan["cells"] {
  const text = wordsFor(language).finance.deficit;
  const { first } = deficitLayout(municipalities);
  const names = columnRange(1, first, municipalities);
  const { yes, no } = quotedYesNo(language);
  const yesNo = (cell: string) => `=IF(OR(${cell}=${yes},${cell}=${no}),"",${excelString(text.yesNo)})`;
  return [
    {
      address: "E5:E10",
      formulas: [
        [`=IF(${INPUT.host}="","",IF(COUNTIF(${names},${INPUT.host})=0,${excelString(text.unknownHost)},""))`],
        [`=IF(AND(ISNUMBER(${INPUT.rate}),${INPUT.rate}>=0,${INPUT.rate}<=1),"",${excelString(text.percent)})`],
        [yesNo(INPUT.regionTakesPart)],
        [""],
        [yesNo(INPUT.hostPays)],
        [yesNo(INPUT.fullYearOneEnds)],
      ],
    },
  ];
}

/**
 * Years 1-3: the deficit and occupancy typed in, whether the guarantee still applies, and what the community
 * covers: the rate of the deficit in whole kroner, nothing in a full year. Year 2 applies unless a full
 * year 1 ends the guarantee (the reading in D10); year 3 applies only if year 2 did and was not full.
 */
function yearRows(firstYear: number, language: Language): SheetPlan["cells"] {
  const text = wordsFor(language).finance.deficit;
  const { yes, no } = quotedYesNo(language);
  const row = (year: number) => firstYear + year + 1;
  const at = (column: string, year: number) => `${column}${row(year)}`;
  const applies = [
    yes,
    `IF(AND(${INPUT.fullYearOneEnds}=${yes},${at("C", 0)}=${yes}),${no},${yes})`,
    `IF(AND(${at("D", 1)}=${yes},${at("C", 1)}<>${yes}),${yes},${no})`,
  ];
  const badInput = (year: number) =>
    `OR(NOT(ISNUMBER(${at("B", year)})),${at("B", year)}<0,NOT(ISNUMBER(${INPUT.rate})),${INPUT.rate}<0,${INPUT.rate}>1)`;
  const lines: Cell[][] = [0, 1, 2].map((year) => [
    text.year(year + 1),
    0,
    wordsFor(language).finance.no,
    `=${applies[year]}`,
    `=IF(${badInput(year)},NA(),IF(AND(${at("D", year)}=${yes},${at("C", year)}<>${yes}),ROUND(${at("B", year)}*${INPUT.rate},0),0))`,
    `=IF(AND(ISNUMBER(${at("B", year)}),${at("B", year)}<0),${excelString(text.negative)},IF(OR(${at("C", year)}=${yes},${at("C", year)}=${no}),"",${excelString(text.yesNo)}))`,
  ]);
  const sum = (column: string) => `=SUM(${at(column, 0)}:${at(column, 2)})`;
  lines.push([wordsFor(language).finance.total, sum("B"), "", "", sum("E"), ""]);
  return [{ address: blockAddress({ row: firstYear, column: 0, rows: 4, columns: 6 }), formulas: lines }];
}

/**
 * Per municipality (and the region, last): who does not pay, with and without the opt-outs; each year's
 * payment as one KKR.POPALLOC that spills, in whole kroner; the totals, the effect of the opt-outs, the control.
 */
function paymentFormulas(layout: ReturnType<typeof deficitLayout>, language: Language): SheetPlan["cells"] {
  const finance = wordsFor(language).finance;
  const text = finance.deficit;
  const { yes, no } = quotedYesNo(language);
  const { firstYear, first, rows, sumRow, width } = layout;
  const column = (index: number) => columnRange(index, first, rows);
  const covered = (year: number) => absolute(firstYear + year, 4);
  const hostRule = (row: number) => `AND(${INPUT.hostPays}<>${yes},B${row}=${INPUT.host})`;
  const perRow: Cell[][] = Array.from({ length: rows }, (_, index) => {
    const row = first + index + 1;
    const region = index === rows - 1;
    const out = region ? `${INPUT.regionTakesPart}<>${yes}` : `OR(D${row}<>"",${hostRule(row)})`;
    const outWithoutOptOuts = region ? `${INPUT.regionTakesPart}<>${yes}` : hostRule(row);
    return [`=IF(${out},${yes},${no})`, `=IF(${outWithoutOptOuts},${yes},${no})`];
  });
  const split = (year: number, exclusion: number) =>
    `=KKR.POPALLOC(${covered(year)},${column(2)},0,${column(exclusion)})`;
  const rowSums: Cell[][] = Array.from({ length: rows }, (_, index) => {
    const row = first + index + 1;
    return [`=SUM(G${row}:I${row})`];
  });
  const total = (index: number) => `${columnLetter(index)}${sumRow + 1}`;
  // Each year's payments, with the opt-outs (G-I) and without (K-M), add up to what is covered that year.
  const adds = [6, 7, 8, 10, 11, 12].map((index, pair) => `${total(index)}=${covered(pair % 3)}`).join(",");
  return [
    {
      address: blockAddress({ row: first + rows - 1, column: 1, rows: 1, columns: 2 }),
      formulas: [[text.region, `=${INPUT.regionWeight}`]],
    },
    { address: blockAddress({ row: first, column: 4, rows, columns: 2 }), formulas: perRow },
    ...[0, 1, 2].map((year) => ({ address: cellAddress(first, 6 + year), formulas: [[split(year, 4)]] })),
    ...[0, 1, 2].map((year) => ({ address: cellAddress(first, 10 + year), formulas: [[split(year, 5)]] })),
    { address: blockAddress({ row: first, column: 9, rows, columns: 1 }), formulas: rowSums },
    {
      address: blockAddress({ row: first, column: 13, rows, columns: 2 }),
      formulas: rowSums.map((_, index) => {
        const row = first + index + 1;
        return [`=SUM(K${row}:M${row})`, `=J${row}-N${row}`];
      }),
    },
    {
      address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: width }),
      formulas: [
        [
          finance.total,
          "",
          `=SUM(${column(2)})`,
          "",
          "",
          "",
          ...[6, 7, 8, 9, 10, 11, 12, 13, 14].map((index) => `=SUM(${column(index)})`),
        ],
        // In B, so the sentence runs over the empty cells to its right, inside the printed width.
        [
          finance.control,
          `=IFERROR(IF(AND(${adds}),${excelString(text.adds)},${excelString(text.addsNot)}),${excelString(text.fix)})`,
          ...Array<Cell>(width - 2).fill(""),
        ],
      ],
    },
  ];
}
