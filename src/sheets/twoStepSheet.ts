/**
 * "Ny fordeling i to trin": a total over the areas (the five KKR, or the six hubs for a hub) and each area's
 * part over its municipalities with KKR.TWOSTEP, this year beside last year with the change in all and per
 * inhabitant. For one region or hub the sheet lists only its municipalities but keeps every sibling area in
 * the first step, so the region's share of a national number is computed as the national split gives it.
 * An amount per inhabitant instead of a total splits rate × the area weights (populations, then), which
 * gives each municipality exactly rate × its population when that is a whole number of units.
 */
import { Area, HUB_NAMES, HUBS, Municipality, REGIONS, REGION_NAMES, municipalitiesIn } from "../core";
import { Language, wordsFor } from "../locale";
import { blockAddress, cellAddress } from "./addresses";
import { SheetPlan, WHOLE, absolute, areaShort, areaTitle, columnRange, helpLines, inputBlock } from "./financeSheets";
import { Cell, HEADER_FILL, INPUT_FILL, excelString } from "./plan";

/** The areas of the first step, and each municipality's area by the same name. */
function stepOneAreas(area: Area | undefined): { names: string[]; of: (municipality: Municipality) => string } {
  if (area?.kind === "hub") return { names: HUBS.map((hub) => HUB_NAMES[hub]), of: (m) => HUB_NAMES[m.hub] };
  return { names: REGIONS.map((region) => REGION_NAMES[region]), of: (m) => REGION_NAMES[m.region] };
}

export function twoStepLayout(areas: number, municipalities: number) {
  const areaHeader = 10;
  const firstArea = areaHeader + 1;
  const header = firstArea + areas + 2;
  const first = header + 1;
  return { areaHeader, firstArea, header, first, sumRow: first + municipalities, width: 9 };
}

const INPUT_COLUMN = 3;
const [TOTAL, RATE, DECIMALS, SPLIT] = [5, 6, 7, 8].map((row) => absolute(row, INPUT_COLUMN));
const PER_INHABITANT = "#,##0.00";

export function twoStepPlan(area: Area | undefined, language: Language = "da"): SheetPlan {
  const finance = wordsFor(language).finance;
  const text = finance.twoStep;
  const municipalities = municipalitiesIn(area);
  const areas = stepOneAreas(area);
  const layout = twoStepLayout(areas.names.length, municipalities.length);
  const { areaHeader, firstArea, header, first, sumRow, width } = layout;
  const title = text.title(areaTitle(area, language));
  const n = municipalities.length;
  const listed = new Set(municipalities.map(areas.of));
  // The weights of areas with no municipality listed are typed: a fill says so.
  const typedWeights = areas.names.flatMap((name, index) =>
    listed.has(name) ? [] : [{ address: cellAddress(firstArea + index, 1), fill: INPUT_FILL }],
  );
  return {
    name: text.sheet(areaShort(area, language)),
    cells: [
      { address: "A1", formulas: [[title]] },
      helpLines(text.help, 1, 0),
      ...inputBlock(
        5,
        text.inputs,
        ["", "", 0, `=IF(ISNUMBER(${RATE}),${RATE}*SUM(${areaWeights(layout, areas.names.length)}),${TOTAL})`],
        INPUT_COLUMN,
      ),
      { address: blockAddress({ row: areaHeader, column: 0, rows: 1, columns: 4 }), formulas: [text.areaColumns] },
      ...areaRows(layout, areas.names, listed),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [text.columns] },
      {
        address: blockAddress({ row: first, column: 0, rows: n, columns: 3 }),
        formulas: municipalities.map((m) => [m.code, m.name, areas.of(m)]),
      },
      ...municipalityFormulas(layout, n, areas.names.length, language),
    ],
    formats: [
      { address: "A1", bold: true },
      { address: "D6:D8", fill: INPUT_FILL },
      { address: "D6:D9", numberFormat: WHOLE },
      { address: "D7", numberFormat: PER_INHABITANT },
      { address: "D8", numberFormat: "0" },
      {
        address: blockAddress({ row: areaHeader, column: 0, rows: 1, columns: 4 }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      {
        address: blockAddress({ row: firstArea, column: 1, rows: areas.names.length + 1, columns: 3 }),
        numberFormat: WHOLE,
      },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: first, column: 3, rows: n, columns: 1 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 5, rows: n, columns: 1 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 3, rows: n + 1, columns: 4 }), numberFormat: WHOLE },
      { address: blockAddress({ row: first, column: 7, rows: n + 1, columns: 2 }), numberFormat: PER_INHABITANT },
      { address: blockAddress({ row: firstArea + areas.names.length, column: 0, rows: 1, columns: 4 }), bold: true },
      { address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: width }), bold: true },
      ...typedWeights,
    ],
    autofit: [blockAddress({ row: areaHeader, column: 0, rows: sumRow - areaHeader + 2, columns: width })],
    firstInput: "D6",
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}

const areaWeights = (layout: ReturnType<typeof twoStepLayout>, areas: number) =>
  columnRange(1, layout.firstArea, areas);

/**
 * The first step: each area's weight (the sum of its listed municipalities' populations, or typed for an
 * area not listed), its part by KKR.POPALLOC (the same largest remainder as KKR.TWOSTEP's first step), and
 * beside it what its municipalities get in step two, which must be the same.
 */
function areaRows(
  layout: ReturnType<typeof twoStepLayout>,
  names: readonly string[],
  listed: ReadonlySet<string>,
): SheetPlan["cells"] {
  const { firstArea, first, sumRow } = layout;
  const rows = names.length;
  const areaColumn = columnRange(2, first, sumRow - first);
  const population = columnRange(3, first, sumRow - first);
  const thisYear = columnRange(4, first, sumRow - first);
  const lines: Cell[][] = names.map((name, index) => {
    const row = firstArea + index + 1;
    return [
      name,
      listed.has(name) ? `=SUMIF(${areaColumn},A${row},${population})` : "",
      listed.has(name) ? `=SUMIF(${areaColumn},A${row},${thisYear})` : "",
    ];
  });
  const sum = (column: number) => `=SUM(${columnRange(column, firstArea, rows)})`;
  return [
    {
      address: blockAddress({ row: firstArea, column: 0, rows, columns: 2 }),
      formulas: lines.map(([name, weight]) => [name, weight]),
    },
    {
      address: cellAddress(firstArea, 2),
      formulas: [[`=KKR.POPALLOC(${SPLIT},${areaWeights(layout, rows)},${DECIMALS})`]],
    },
    {
      address: blockAddress({ row: firstArea, column: 3, rows, columns: 1 }),
      formulas: lines.map(([, , own]) => [own]),
    },
    {
      address: blockAddress({ row: firstArea + rows, column: 0, rows: 1, columns: 4 }),
      formulas: [["", sum(1), sum(2), sum(3)]],
    },
  ];
}

/** KKR.TWOSTEP (one formula that spills), last year's comparison per row, totals and the control. */
function municipalityFormulas(
  layout: ReturnType<typeof twoStepLayout>,
  n: number,
  areas: number,
  language: Language,
): SheetPlan["cells"] {
  const finance = wordsFor(language).finance;
  const text = finance.twoStep;
  const { firstArea, first, sumRow, width } = layout;
  const column = (index: number) => columnRange(index, first, n);
  const areaKey = blockAddress({ row: firstArea, column: 0, rows: areas, columns: 2 });
  const comparison: Cell[][] = Array.from({ length: n }, (_, index) => {
    const row = first + index + 1;
    return [
      `=IF(ISNUMBER(F${row}),E${row}-F${row},"")`,
      `=IF(N(D${row})>0,E${row}/D${row},"")`,
      `=IF(AND(ISNUMBER(F${row}),N(D${row})>0),G${row}/D${row},"")`,
    ];
  });
  const parts = columnRange(2, firstArea, areas);
  const own = columnRange(3, firstArea, areas);
  const sum = (index: number) => `=SUM(${column(index)})`;
  return [
    {
      address: cellAddress(first, 4),
      formulas: [[`=KKR.TWOSTEP(${SPLIT},${column(2)},${column(3)},${areaKey},${DECIMALS})`]],
    },
    { address: blockAddress({ row: first, column: 6, rows: n, columns: 3 }), formulas: comparison },
    {
      address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: width }),
      formulas: [
        [finance.total, "", "", sum(3), sum(4), sum(5), sum(6), "", ""],
        [
          finance.control,
          `=IFERROR(IF(SUMPRODUCT((${own}<>"")*(${own}<>${parts}))=0,${excelString(text.adds)},${excelString(text.addsNot)}),"")`,
          ...Array<Cell>(width - 2).fill(""),
        ],
      ],
    },
  ];
}
