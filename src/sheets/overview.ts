/**
 * The "Overblik" sheet for the KKR meeting: one row per goal table with its counts per status and the
 * average fulfilment of its measured goals with data, and a block of each goal's fulfilment that a chart
 * shows. Every number is a native formula over the goal tables' structured references (KKRMaal_…[Status]),
 * so the overview stays live without the add-in and follows a table that grows on re-import. Pure: the
 * Excel layer writes the plan.
 */
import { GoalStatus, HUBS, HUB_NAMES, SEGMENTS, SOURCE_DOCUMENTS } from "../goals";
import { LOCALES, Language, wordsFor } from "../locale";
import { blockAddress, cellAddress } from "./addresses";
import { ASCII, COLUMNS_BY_LANGUAGE, GOAL_TABLE_PREFIX } from "./goalTable";
import { Cell, CellsPlan, HEADER_FILL, excelString } from "./plan";

export interface GoalTableInfo {
  name: string;
  sheet: string;
  /** Goal rows in the table. */
  rows: number;
  /** The language the table was made in: its headers and status texts. */
  language: Language;
}

export interface OverviewPlan extends CellsPlan {
  /** Everything the plan writes: cleared before the next build, so nothing stale is left. */
  block: string;
  /** The columns fitted to their contents: the tables, not the title and the note above them. */
  fitted: string;
  /** The goals' titles, wrapped at a width in characters instead of fitted to the longest. */
  widths: { columns: string; characters: number }[];
  /** The goals' titles and fulfilment, for the chart; undefined without goals. */
  chartSource?: string;
  /** Where the chart goes: its top-left and bottom-right cells. */
  chartPosition: [string, string];
  chartTitle: string;
  /** The wanted sheet name of a first build; the Excel layer picks a free variant. */
  sheetName: string;
}

export const OVERVIEW_NAME = "KKR_Overblik";
export const OVERVIEW_CHART = "KKR_Opfyldelse";

/** What a goal table's name says: source, year, hub and segment (see goalTable.tableName). */
function describeGoalTable(
  name: string,
  language: Language = "da",
): { source: string; year: string; hub: string; segment: string } {
  let rest = name.slice(GOAL_TABLE_PREFIX.length);
  const document = SOURCE_DOCUMENTS.find((candidate) => rest.startsWith(`${ASCII(candidate.id)}_`));
  const source = document ? document.title[language] : "";
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

const STATUS_ORDER: GoalStatus[] = [
  "met",
  "metUncertain",
  "partlyMet",
  "missedUncertain",
  "missed",
  "noData",
  "manual",
];

/** The overview's headers: the table's description, the number of goals, one column per status, the average. */
const overviewHeaders = (language: Language): string[] => {
  const [source, year, hub, segment, sheet, goals, average] = wordsFor(language).overview.headers;
  return [
    source,
    year,
    hub,
    segment,
    sheet,
    goals,
    ...STATUS_ORDER.map((status) => wordsFor(language).statuses[status]),
    average,
  ];
};

/** A goal table's columns by header, in its language, for structured references: KKRMaal_x[Status]. */
const columnsOf = (language: Language) => {
  const [, title, , measure, , , , , fulfilment, status] = COLUMNS_BY_LANGUAGE[language];
  return { title, measure, fulfilment, status };
};

/** One row per goal table: its description, its goals counted per status, the average fulfilment. */
function tableRow(table: GoalTableInfo, language: Language): Cell[] {
  const { source, year, hub, segment } = describeGoalTable(table.name, language);
  const column = (name: string) => `${table.name}[${name}]`;
  const { measure, fulfilment, status } = columnsOf(table.language);
  const manual = LOCALES[table.language].measures.qualitative;
  return [
    source,
    year === "" ? "" : Number(year),
    hub,
    segment,
    table.sheet,
    `=ROWS(${column(status)})`,
    ...STATUS_ORDER.map((each) => `=COUNTIF(${column(status)},${excelString(LOCALES[table.language].statuses[each])})`),
    // Measured goals with a fulfilment: hand-checked goals (ja/nej) are left out of the average.
    `=IFERROR(AVERAGEIFS(${column(fulfilment)},${column(measure)},${excelString(`<>${manual}`)}),"")`,
  ];
}

/** Each goal's fulfilment, for the chart: the sheet, the title and the fulfilment cell of its table row. */
const goalRowsOf = (tables: readonly GoalTableInfo[]): Cell[][] =>
  tables.flatMap((table) => {
    const { title, fulfilment } = columnsOf(table.language);
    return Array.from({ length: table.rows }, (_, index) => [
      table.sheet,
      `=INDEX(${table.name}[${title}],${index + 1})`,
      `=INDEX(${table.name}[${fulfilment}],${index + 1})`,
    ]);
  });

/**
 * The overview's columns wrapped at a width (characters), from the header row down, so one landscape page
 * wide prints at 70 % or more: the source and sheet names, the goals' titles below the tables (column B,
 * which also holds the year), and the counts per status under their long headers. Hub and segment are fitted.
 */
function overviewWidths(header: number, lastRow: number, width: number): OverviewPlan["widths"] {
  const columns = (column: number, count = 1) =>
    blockAddress({ row: header, column, rows: lastRow - header + 1, columns: count });
  return [
    { columns: columns(0), characters: 16 },
    { columns: columns(1), characters: 24 },
    { columns: columns(4), characters: 16 },
    { columns: columns(5, width - 5), characters: 8 },
  ];
}

export function overviewPlan(tables: readonly GoalTableInfo[], language: Language = "da"): OverviewPlan {
  const text = wordsFor(language).overview;
  const headers = overviewHeaders(language);
  const width = headers.length;
  const header = 3;
  const first = header + 1;
  const totalRow = first + tables.length;
  const rows = tables.map((table) => tableRow(table, language));
  const sum = (col: number) => `=SUM(${blockAddress({ row: first, column: col, rows: tables.length, columns: 1 })})`;
  const totals = [
    text.total,
    ...Array(4).fill(""),
    ...Array.from({ length: 1 + STATUS_ORDER.length }, (_, index) => sum(5 + index)),
    `=IFERROR(AVERAGE(${blockAddress({ row: first, column: width - 1, rows: tables.length, columns: 1 })}),"")`,
  ];

  const goalsHeader = totalRow + 3;
  const goalRows = goalRowsOf(tables);
  const goalsFirst = goalsHeader + 1;
  const lastRow = goalsHeader + goalRows.length;
  const cells: OverviewPlan["cells"] = [
    { address: "A1", formulas: [[text.title]] },
    { address: "A2", formulas: [[text.note]] },
    { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [headers] },
    { address: blockAddress({ row: totalRow, column: 0, rows: 1, columns: width }), formulas: [totals] },
    { address: blockAddress({ row: goalsHeader, column: 0, rows: 1, columns: 3 }), formulas: [text.goals] },
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
        fill: HEADER_FILL,
        wrap: true,
      },
      { address: blockAddress({ row: totalRow, column: 0, rows: 1, columns: width }), bold: true },
      {
        address: blockAddress({ row: first, column: width - 1, rows: tables.length + 1, columns: 1 }),
        numberFormat: "0%",
      },
      { address: blockAddress({ row: goalsHeader, column: 0, rows: 1, columns: 3 }), bold: true, fill: HEADER_FILL },
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
    fitted: blockAddress({ row: header, column: 0, rows: lastRow - header + 1, columns: width }),
    widths: overviewWidths(header, lastRow, width),
    chartSource:
      goalRows.length > 0
        ? blockAddress({ row: goalsHeader, column: 1, rows: goalRows.length + 1, columns: 2 })
        : undefined,
    chartPosition: [
      cellAddress(goalsHeader, 4),
      cellAddress(goalsHeader + Math.max(15, Math.min(goalRows.length, 40)), 12),
    ],
    chartTitle: text.chart,
    sheetName: text.sheet,
  };
}
