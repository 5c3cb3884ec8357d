/**
 * The "Overblik" sheet for the KKR meeting: one row per goal table with its counts per status and the
 * average fulfilment of its measured goals with data, and a block of each goal's fulfilment that a chart
 * shows. Every number is a native formula over the goal tables' structured references (KKRMaal_…[Status]),
 * so the overview stays live without the add-in and follows a table that grows on re-import. Pure: the
 * Excel layer writes the plan.
 */
import { HUBS, HUB_NAMES, SEGMENTS, SOURCE_DOCUMENTS, STATUS_LABELS } from "../goals";
import { blockAddress, cellAddress } from "./addresses";
import { ASCII, COLUMNS, GOAL_TABLE_PREFIX } from "./goalTable";

export interface GoalTableInfo {
  name: string;
  sheet: string;
  /** Goal rows in the table. */
  rows: number;
}

export interface OverviewPlan {
  cells: { address: string; formulas: (string | number)[][] }[];
  formats: { address: string; numberFormat?: string; bold?: boolean; fill?: string; wrap?: boolean }[];
  /** Everything the plan writes: cleared before the next build, so nothing stale is left. */
  block: string;
  /** The goals' titles and fulfilment, for the chart; undefined without goals. */
  chartSource?: string;
  /** Where the chart goes: its top-left and bottom-right cells. */
  chartPosition: [string, string];
}

export const OVERVIEW_SHEET = "Overblik";
export const OVERVIEW_NAME = "KKR_Overblik";
export const OVERVIEW_CHART = "KKR_Opfyldelse";

/** What a goal table's name says: source, year, hub and segment (see goalTable.tableName). */
export function describeGoalTable(name: string): { source: string; year: string; hub: string; segment: string } {
  let rest = name.slice(GOAL_TABLE_PREFIX.length);
  const document = SOURCE_DOCUMENTS.find((candidate) => rest.startsWith(`${ASCII(candidate.id)}_`));
  const source = document ? document.title.da : "";
  if (document) rest = rest.slice(ASCII(document.id).length + 1);
  const parts = rest.split("_");
  const yearIndex = parts.findIndex((part) => /^\d{4}$/.test(part));
  const after = yearIndex >= 0 ? parts.slice(yearIndex + 1) : [];
  const hub = HUBS.find((candidate) => after.includes(candidate));
  const segment = SEGMENTS.find((candidate) => after.includes(ASCII(candidate)));
  return {
    source: source || parts.slice(0, Math.max(yearIndex, 0)).join(" "),
    year: yearIndex >= 0 ? parts[yearIndex] : "",
    hub: hub ? HUB_NAMES[hub] : "",
    segment: segment ?? "",
  };
}

const STATUS_COLUMNS = [
  STATUS_LABELS.met.da,
  STATUS_LABELS.metUncertain.da,
  STATUS_LABELS.partlyMet.da,
  STATUS_LABELS.missedUncertain.da,
  STATUS_LABELS.missed.da,
  STATUS_LABELS.noData.da,
  STATUS_LABELS.manual.da,
];

export const OVERVIEW_HEADERS = [
  "Kilde",
  "År",
  "Erhvervshus",
  "Segment",
  "Ark",
  "Mål",
  ...STATUS_COLUMNS,
  "Gns. opfyldelse",
] as const;

/** The goal table's columns by header, for structured references: KKRMaal_x[Status]. */
const [, TITLE, , MEASURE, , , , , FULFILMENT, STATUS] = COLUMNS;
const MANUAL_MEASURE = "Vurderes manuelt (ja/nej)";

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function overviewPlan(tables: readonly GoalTableInfo[]): OverviewPlan {
  const width = OVERVIEW_HEADERS.length;
  const header = 3;
  const first = header + 1;
  const totalRow = first + tables.length;
  const rows = tables.map((table) => {
    const { source, year, hub, segment } = describeGoalTable(table.name);
    const column = (name: string) => `${table.name}[${name}]`;
    return [
      source,
      year === "" ? "" : Number(year),
      hub,
      segment,
      table.sheet,
      `=ROWS(${column(STATUS)})`,
      ...STATUS_COLUMNS.map((label) => `=COUNTIF(${column(STATUS)},${quote(label)})`),
      // Measured goals with a fulfilment: hand-checked goals (ja/nej) are left out of the average.
      `=IFERROR(AVERAGEIFS(${column(FULFILMENT)},${column(MEASURE)},${quote(`<>${MANUAL_MEASURE}`)}),"")`,
    ];
  });
  const sum = (col: number) => `=SUM(${blockAddress({ row: first, column: col, rows: tables.length, columns: 1 })})`;
  const totals = [
    "I alt",
    "",
    "",
    "",
    "",
    ...Array.from({ length: 1 + STATUS_COLUMNS.length }, (_, index) => sum(5 + index)),
    `=IFERROR(AVERAGE(${blockAddress({ row: first, column: width - 1, rows: tables.length, columns: 1 })}),"")`,
  ];

  // Each goal's fulfilment, for the chart: the sheet, the title and the fulfilment cell of its table row.
  const goalsHeader = totalRow + 3;
  const goalRows = tables.flatMap((table) =>
    Array.from({ length: table.rows }, (_, index) => [
      table.sheet,
      `=INDEX(${table.name}[${TITLE}],${index + 1})`,
      `=INDEX(${table.name}[${FULFILMENT}],${index + 1})`,
    ]),
  );
  const goalsFirst = goalsHeader + 1;
  const lastRow = goalsHeader + goalRows.length;
  const cells: OverviewPlan["cells"] = [
    { address: "A1", formulas: [["Overblik over mål og resultater"]] },
    {
      address: "A2",
      formulas: [
        [
          "Tallene er formler over måltabellerne og følger med, når resultaterne ændres. Byg overblikket igen, når der er kommet nye måltabeller. Skriv egne noter uden for de udfyldte celler.",
        ],
      ],
    },
    { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [[...OVERVIEW_HEADERS]] },
    { address: blockAddress({ row: totalRow, column: 0, rows: 1, columns: width }), formulas: [totals] },
    {
      address: blockAddress({ row: goalsHeader, column: 0, rows: 1, columns: 3 }),
      formulas: [["Ark", "Mål", "Opfyldelse"]],
    },
  ];
  if (rows.length > 0)
    cells.push({ address: blockAddress({ row: first, column: 0, rows: rows.length, columns: width }), formulas: rows });
  if (goalRows.length > 0) {
    cells.push({
      address: blockAddress({ row: goalsFirst, column: 0, rows: goalRows.length, columns: 3 }),
      formulas: goalRows,
    });
  }
  return {
    cells,
    formats: [
      { address: "A1", bold: true },
      {
        address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
        bold: true,
        fill: "#DDEBF7",
        wrap: true,
      },
      { address: blockAddress({ row: totalRow, column: 0, rows: 1, columns: width }), bold: true },
      {
        address: blockAddress({ row: first, column: width - 1, rows: tables.length + 1, columns: 1 }),
        numberFormat: "0%",
      },
      { address: blockAddress({ row: goalsHeader, column: 0, rows: 1, columns: 3 }), bold: true, fill: "#DDEBF7" },
      ...(goalRows.length > 0
        ? [
            {
              address: blockAddress({ row: goalsFirst, column: 2, rows: goalRows.length, columns: 1 }),
              numberFormat: "0%",
            },
          ]
        : []),
    ],
    block: blockAddress({ row: 0, column: 0, rows: lastRow + 1, columns: width }),
    chartSource:
      goalRows.length > 0
        ? blockAddress({ row: goalsHeader, column: 1, rows: goalRows.length + 1, columns: 2 })
        : undefined,
    chartPosition: [
      cellAddress(goalsHeader, 4),
      cellAddress(goalsHeader + Math.max(15, Math.min(goalRows.length, 40)), 12),
    ],
  };
}
