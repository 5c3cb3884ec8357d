/**
 * "Ny sammensætning af KKR": the council after a municipal election as a sheet of live formulas (KKR
 * Midtjylland's rules of procedure 2022-2026, § 3). The user types each party's votes and mayors; the sheet
 * says who qualifies (mayors, or the threshold of the votes: "mindst 2% af stemmerne", § 3, stk. 9), each
 * party's minimum (its mayors, at least 1 if it qualifies), the seats by KKR.SEATS within the maximum of
 * twice the municipalities (counted live by KKR.MUNICIPALITIES), and each party's vote share, seat share and
 * under-representation, the ratio the rules minimise.
 */
import { Area, REGION_NAMES } from "../core";
import { Language, wordsFor } from "../locale";
import { blockAddress, cellAddress } from "./addresses";
import { SheetPlan, absolute, columnRange, helpLines, inputBlock, quotedYesNo } from "./financeSheets";
import { Cell, HEADER_FILL, INPUT_FILL, excelString } from "./plan";

/** Rows for parties: more than any region's ballot has had lists with votes worth counting. */
const PARTY_ROWS = 15;

export function councilLayout() {
  const header = 8;
  const first = header + 1;
  return { header, first, sumRow: first + PARTY_ROWS, width: 10 };
}

export function councilPlan(region: Extract<Area, { kind: "region" }>, language: Language = "da"): SheetPlan {
  const finance = wordsFor(language).finance;
  const text = finance.council;
  const name = REGION_NAMES[region.id];
  const { header, first, sumRow, width } = councilLayout();
  const title = text.title(name);
  return {
    name: text.sheet(name),
    cells: [
      { address: "A1", formulas: [[title]] },
      { address: "A2", formulas: [[text.source]] },
      helpLines(text.help, 3, 4),
      ...inputBlock(3, text.inputs, [`=ROWS(KKR.MUNICIPALITIES(${excelString(name)}))`, `=2*${absolute(3, 1)}`, 0.02]),
      ...inputChecks(language),
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [text.columns] },
      ...partyFormulas(language),
    ],
    formats: [
      { address: "A1", bold: true },
      { address: "B5:B6", fill: INPUT_FILL },
      { address: "B6", numberFormat: "0.0%" },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: first, column: 0, rows: PARTY_ROWS, columns: 3 }), fill: INPUT_FILL },
      { address: blockAddress({ row: first, column: 1, rows: PARTY_ROWS + 1, columns: 1 }), numberFormat: "#,##0" },
      { address: blockAddress({ row: first, column: 4, rows: PARTY_ROWS + 1, columns: 1 }), numberFormat: "#,##0" },
      { address: blockAddress({ row: first, column: 7, rows: PARTY_ROWS + 1, columns: 2 }), numberFormat: "0.0%" },
      { address: blockAddress({ row: first, column: 9, rows: PARTY_ROWS + 2, columns: 1 }), numberFormat: "0.00" },
      { address: blockAddress({ row: sumRow, column: 0, rows: 3, columns: width }), bold: true },
    ],
    autofit: ["A4:B6", blockAddress({ row: header, column: 0, rows: sumRow - header + 3, columns: width })],
    firstInput: cellAddress(first, 0),
    print: { footer: title, titleRows: `$${header + 1}:$${header + 1}` },
  };
}

/** Beside the inputs: no more seats than twice the municipalities, no more mayors than municipalities. */
function inputChecks(language: Language): SheetPlan["cells"] {
  const text = wordsFor(language).finance.council;
  const { first } = councilLayout();
  const [MUNICIPALITIES, SEATS] = [absolute(3, 1), absolute(4, 1)];
  const mayors = `SUM(${columnRange(2, first, PARTY_ROWS)})`;
  return [
    {
      address: "C4:C5",
      formulas: [
        [`=IF(${mayors}>${MUNICIPALITIES},${excelString(text.mayors)},"")`],
        [`=IF(${SEATS}>2*${MUNICIPALITIES},${excelString(text.tooMany)},"")`],
      ],
    },
  ];
}

/** Per party row: qualifies, the votes and minimum KKR.SEATS reads, the seats (one formula that spills), shares. */
function partyFormulas(language: Language): SheetPlan["cells"] {
  const finance = wordsFor(language).finance;
  const text = finance.council;
  const { yes, no } = quotedYesNo(language);
  const { first, sumRow } = councilLayout();
  const [SEATS, THRESHOLD] = [absolute(4, 1), absolute(5, 1)];
  const column = (index: number) => columnRange(index, first, PARTY_ROWS);
  const votes = `SUM(${column(1)})`;
  const rows: Cell[][] = Array.from({ length: PARTY_ROWS }, (_, index) => {
    const row = first + index + 1;
    return [
      `=IF(A${row}="","",IF(OR(N(C${row})>0,N(B${row})>=${THRESHOLD}*${votes}),${yes},${no}))`,
      `=IF(D${row}=${yes},B${row},0)`,
      `=IF(D${row}=${yes},MAX(N(C${row}),1),0)`,
    ];
  });
  const shares: Cell[][] = Array.from({ length: PARTY_ROWS }, (_, index) => {
    const row = first + index + 1;
    return [
      `=IF(A${row}="","",B${row}/${votes})`,
      `=IF(A${row}="","",G${row}/${SEATS})`,
      `=IF(OR(A${row}="",N(G${row})=0),"",H${row}/I${row})`,
    ];
  });
  const sum = (index: number) => `=SUM(${column(index)})`;
  return [
    { address: blockAddress({ row: first, column: 3, rows: PARTY_ROWS, columns: 3 }), formulas: rows },
    { address: cellAddress(first, 6), formulas: [[`=KKR.SEATS(${column(4)},${SEATS},${column(5)})`]] },
    { address: blockAddress({ row: first, column: 7, rows: PARTY_ROWS, columns: 3 }), formulas: shares },
    {
      address: blockAddress({ row: sumRow, column: 0, rows: 3, columns: 10 }),
      formulas: [
        [finance.total, sum(1), sum(2), "", sum(4), sum(5), sum(6), sum(7), sum(8), ""],
        [text.worst, "", "", "", "", "", "", "", "", `=MAX(${column(9)})`],
        [
          finance.control,
          `=IF(${cellAddress(sumRow, 6)}=${SEATS},${excelString(text.adds)},${excelString(text.addsNot)})`,
          ...Array<Cell>(8).fill(""),
        ],
      ],
    },
  ];
}
