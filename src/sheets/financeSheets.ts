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
import { Cell, CellsPlan, HEADER_FILL, INPUT_FILL } from "./plan";

export interface SheetPlan extends CellsPlan {
  /** The wanted sheet name; the Excel layer picks a free variant. */
  name: string;
  /** The range whose columns are fitted to their contents. */
  autofit: string;
  /** The cell selected when the sheet opens: the first input. */
  firstInput: string;
}

const WHOLE = "#,##0";

export const areaTitle = (area?: Area): string =>
  !area
    ? "Hele landet"
    : area.kind === "region"
      ? `Region ${REGION_NAMES[area.id]}`
      : `Erhvervshus ${HUB_NAMES[area.id]}`;

const areaShort = (area?: Area): string =>
  !area ? "hele landet" : area.kind === "region" ? REGION_NAMES[area.id] : HUB_NAMES[area.id];

/** A column of a table, from `firstRow` (0-based) over `rows` rows. */
const columnRange = (column: number, firstRow: number, rows: number): string =>
  blockAddress({ row: firstRow, column, rows, columns: 1 });

/** "$B$4": an input cell that every formula refers to absolutely. */
const absolute = (row: number, column: number): string => `$${columnLetter(column)}$${row + 1}`;

/** Labels in column A, inputs beside them in column B: rows from `firstRow`. */
function inputBlock(firstRow: number, labels: readonly string[], defaults: readonly Cell[] = []): SheetPlan["cells"] {
  return [
    {
      address: blockAddress({ row: firstRow, column: 0, rows: labels.length, columns: 2 }),
      formulas: labels.map((label, index) => [label, defaults[index] ?? ""]),
    },
  ];
}

/** Rows of code and name, the first two columns of both sheets. */
const registerRows = (municipalities: readonly Municipality[]): Cell[][] =>
  municipalities.map(({ code, name }) => [code, name]);

export function allocationPlan(area?: Area): SheetPlan {
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
  return {
    name: `Fordeling ${areaShort(area)}`,
    cells: [
      { address: "A1", formulas: [[`Fordeling efter befolkning: ${areaTitle(area)}`]] },
      {
        address: "A2",
        formulas: [
          [
            "Skriv beløbet i B4 og vægtene i kolonne C (fx folketal fra Danmarks Statistik, FOLK1A). Sæt x i kolonne D ud for en kommune uden for ordningen. Decimaler: 0 hele kroner, 2 øre, -3 hele tusinder.",
          ],
        ],
      },
      ...inputBlock(3, ["Beløb i alt", "Decimaler"], ["", 0]),
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: 5 }),
        formulas: [["Kode", "Kommune", "Vægt (befolkning)", "Udelad (x)", "Andel"]],
      },
      { address: blockAddress({ row: first, column: 0, rows: n, columns: 2 }), formulas: registerRows(municipalities) },
      // One formula; Excel spills the parts down the column.
      { address: cellAddress(first, 4), formulas: [[`=KKR.POPALLOC(${TOTAL},${weights},${DECIMALS},${excluded})`]] },
      {
        address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: 5 }),
        formulas: [
          ["I alt", "", `=SUM(${weights})`, "", `=SUM(${parts})`],
          [
            "Kontrol",
            "",
            "",
            "",
            `=IF(ISNUMBER(${TOTAL}),IF(ROUND(${cellAddress(sumRow, 4)}-${TOTAL},9)=0,"Delene giver totalen","Delene giver IKKE totalen"),"")`,
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
    autofit: blockAddress({ row: header, column: 0, rows: n + 3, columns: 5 }),
    firstInput: "B4",
  };
}

/** The quota sheet's columns, in the letter's order, then the agreement's. */
const QUOTA_COLUMNS = [
  "Kode",
  "Kommune",
  "Region",
  "Befolkning",
  "Indvandrere fra ikke-vestlige lande",
  "Familiesammenførte året før",
  "Friholdt (x)",
  "Beregnet kvote",
  "Overtages af",
  "Endelig kvote",
] as const;

export function quotaPlan(area?: Extract<Area, { kind: "region" }>): SheetPlan {
  const municipalities = municipalitiesIn(area);
  const n = municipalities.length;
  const [LANDSTAL, QUOTA, P, I, F] = [3, 4, 5, 6, 7].map((row) => absolute(row, 1));
  const header = 9;
  const first = header + 1;
  const last = first + n - 1;
  const sumRow = last + 1;
  const column = (index: number) => columnRange(index, first, n);
  const regions = [...new Set(municipalities.map((m) => m.region))];
  const regionRow = sumRow + 3;
  return {
    name: `Kvoter ${areaShort(area)}`,
    cells: [
      { address: "A1", formulas: [[`Kommunekvoter for flygtninge: ${areaTitle(area)}`]] },
      {
        address: "A2",
        formulas: [
          [
            "Skriv tallene fra Udlændingestyrelsens brev i B4:B8 og kommunernes tal i kolonne D-F. Sæt x i G for en friholdt kommune; skriv i I den kommune, der overtager en kvote efter KKR's aftale.",
          ],
        ],
      },
      ...inputBlock(3, [
        "Landstal",
        area ? "Regionskvote" : "Antal at fordele",
        "Befolkning i hele landet",
        "Indvandrere fra ikke-vestlige lande i hele landet",
        "Familiesammenførte til flygtninge i hele landet, året før",
      ]),
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: QUOTA_COLUMNS.length }),
        formulas: [[...QUOTA_COLUMNS]],
      },
      {
        address: blockAddress({ row: first, column: 0, rows: n, columns: 3 }),
        formulas: municipalities.map(({ code, name, region }) => [code, name, REGION_NAMES[region]]),
      },
      {
        address: cellAddress(first, 7),
        formulas: [
          [`=KKR.QUOTA(${QUOTA},${column(3)},${column(4)},${column(5)},${LANDSTAL},${P},${I},${F},${column(6)})`],
        ],
      },
      { address: cellAddress(first, 9), formulas: [[`=KKR.TRANSFER(${column(7)},${column(1)},${column(8)})`]] },
      {
        address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: QUOTA_COLUMNS.length }),
        formulas: [
          [
            area ? "Region i alt" : "I alt",
            "",
            "",
            ...[3, 4, 5].map((c) => `=SUM(${column(c)})`),
            "",
            `=SUM(${column(7)})`,
            "",
            `=SUM(${column(9)})`,
          ],
          [
            "Kontrol",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            `=IF(ISNUMBER(${QUOTA}),IF(${cellAddress(sumRow, 9)}=${QUOTA},"Kvoterne giver det samlede antal","Kvoterne giver IKKE det samlede antal"),"")`,
          ],
        ],
      },
      {
        address: blockAddress({ row: regionRow, column: 0, rows: 1, columns: 2 }),
        formulas: [["Region", "Endelig kvote"]],
      },
      {
        address: blockAddress({ row: regionRow + 1, column: 0, rows: regions.length, columns: 2 }),
        formulas: regions.map((region) => [
          REGION_NAMES[region],
          `=SUMIF(${column(2)},${cellAddress(regionRow + 1 + regions.indexOf(region), 0)},${column(9)})`,
        ]),
      },
    ],
    formats: [
      { address: "A1", bold: true },
      { address: "B4:B8", fill: INPUT_FILL, numberFormat: WHOLE },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: QUOTA_COLUMNS.length }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: first, column: 3, rows: n, columns: 4 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 8, rows: n, columns: 1 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 3, rows: n + 1, columns: 7 }), numberFormat: WHOLE },
      { address: blockAddress({ row: sumRow, column: 0, rows: 2, columns: QUOTA_COLUMNS.length }), bold: true },
      { address: blockAddress({ row: regionRow, column: 0, rows: 1, columns: 2 }), bold: true, fill: HEADER_FILL },
    ],
    autofit: blockAddress({ row: header, column: 0, rows: n + 3, columns: QUOTA_COLUMNS.length }),
    firstInput: "B4",
  };
}
