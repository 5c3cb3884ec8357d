/**
 * "Ny rapport over medlemsundersøgelsen": KL's member survey as a sheet of live formulas over the answers
 * table (pure; the Excel layer writes it in one batch). The report year and the year compared with are input
 * cells, so every block follows them:
 * - the keyword marks today and for the future side by side (KKR.CHOICES over the report year's rows, the
 *   keyword list fixed on the sheet so ties keep one order), a comparison sorted by today for the bar chart,
 *   and each KKR's five most marked keywords (the note's Tabel 1);
 * - per statement the mean, its number of answers and its Student-t interval, for all, per group, per KKR;
 * - the report year against the year compared with, and the first group against the second, per statement:
 *   the change with Welch's interval and a status in words;
 * - the response rates per KKR and group, in the note's layout, from the members the user types;
 * - each statement's distribution on the scale, and the same as diverging parts for a stacked bar chart.
 */
import { columnReference } from "../goals/connection";
import { Language, wordsFor } from "../locale";
import { blockAddress, cellAddress } from "./addresses";
import { SheetPlan, absolute, helpLines, inputBlock } from "./financeSheets";
import { SurveyColumns, SurveyFacts } from "./memberSurveyData";
import { Cell, CellFormat, HEADER_FILL, INPUT_FILL, excelString } from "./plan";

export interface ChartPlan {
  name: string;
  type: "BarClustered" | "BarStacked";
  source: string;
  title: string;
  position: [string, string];
}

export interface MemberSurveyPlan extends SheetPlan {
  charts: ChartPlan[];
}

export interface MemberSurveyRequest {
  tableName: string;
  columns: SurveyColumns;
  facts: SurveyFacts;
}

type Words = ReturnType<typeof wordsFor>["memberSurvey"];

const REPORT_YEAR = absolute(3, 1);
const BASE_YEAR = absolute(4, 1);
const SHARE = "0%";
const MEAN = "0.00";
/** Shares left of zero show without their sign in the diverging chart's table. */
const DIVERGING = "0%;0%";
const CHART_ROWS = 22;

/** "$G$10:$G$24": a column of a block, for formulas copied down. */
const absoluteColumn = (row: number, column: number, rows: number) =>
  `${absolute(row, column)}:${absolute(row + rows - 1, column)}`;

/** Rows of cells and formats, laid down block after block from the top. */
class SheetBuilder {
  readonly cells: SheetPlan["cells"] = [];
  readonly formats: CellFormat[] = [];
  row = 0;

  put(row: number, column: number, lines: Cell[][]): string {
    const address = blockAddress({ row, column, rows: lines.length, columns: lines[0].length });
    this.cells.push({ address, formulas: lines });
    return address;
  }

  format(row: number, column: number, rows: number, columns: number, format: Omit<CellFormat, "address">): void {
    this.formats.push({ address: blockAddress({ row, column, rows, columns }), ...format });
  }

  /** A bold heading, then a header row; the next row is the block's first. */
  heading(title: string, header: string[], column = 0): number {
    this.row += 1;
    this.put(this.row, column, [[title]]);
    this.format(this.row, column, 1, 1, { bold: true });
    this.put(this.row + 1, column, [header]);
    this.format(this.row + 1, column, 1, header.length, { bold: true, fill: HEADER_FILL, wrap: true });
    this.row += 2;
    return this.row;
  }
}

/** The formulas' pieces: a column of the table, and the rows of it that meet every condition. */
function formulaParts(request: MemberSurveyRequest) {
  const column = (header: string) => columnReference(request.tableName, header);
  const { year, group, kkr } = request.columns;
  const when = (...conditions: string[]) =>
    conditions.length === 1 ? conditions[0] : conditions.map((condition) => `(${condition})`).join("*");
  return {
    column,
    filtered: (header: string, ...conditions: string[]) => `FILTER(${column(header)},${when(...conditions)},"")`,
    inYear: (cell: string) => `${column(year)}=${cell}`,
    inGroup: (cell: string) => `${column(group)}=${cell}`,
    inKkr: (cell: string) => `${column(kkr)}=${cell}`,
  };
}

type Parts = ReturnType<typeof formulaParts>;

const rank = (marks: string, all: string) => `=IF(${marks}="","",COUNTIF(${all},">"&${marks})+1)`;

/** The keyword tables today and for the future, and the keyword list; returns where the marks stand. */
function keywordBlocks(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, text: Words) {
  const count = request.facts.keywords.length;
  const first = sheet.heading(text.keywordsHeading, [...text.todayColumns, "", ...text.futureColumns]);
  const listColumn = 10;
  sheet.put(first - 1, listColumn, [[text.keywordList]]);
  sheet.format(first - 1, listColumn, 1, 1, { bold: true, fill: HEADER_FILL, wrap: true });
  sheet.put(
    first,
    listColumn,
    request.facts.keywords.map((keyword) => [keyword]),
  );
  sheet.format(first, listColumn, count, 1, { fill: INPUT_FILL });
  const list = absoluteColumn(first, listColumn, count);
  const columnRange = (column: number) => absoluteColumn(first, column, count);
  for (const [column, header] of [
    [0, request.columns.today],
    [5, request.columns.future],
  ] as const) {
    const marks = `KKR.CHOICES(${parts.filtered(header, parts.inYear(REPORT_YEAR))},5,${list})`;
    sheet.put(first, column, [[`=${marks}`]]);
    sheet.put(
      first,
      column + 3,
      Array.from({ length: count }, (_, index) => [
        rank(cellAddress(first + index, column + 1), columnRange(column + 1)),
      ]),
    );
    sheet.format(first, column + 2, count, 1, { numberFormat: SHARE });
  }
  sheet.row = first + count;
  return { first, count, list };
}

/** Today against the future, sorted by today, for the clustered bar chart: its source block. */
function comparisonBlock(sheet: SheetBuilder, keywords: ReturnType<typeof keywordBlocks>, text: Words): string {
  const { first, count } = keywords;
  const top = sheet.heading(text.compareHeading, text.compareColumns);
  const future = (column: number) => absoluteColumn(first, column, count);
  sheet.put(
    top,
    0,
    Array.from({ length: count }, (_, index) => {
      const [name, marks] = [cellAddress(first + index, 0), cellAddress(first + index, 1)];
      return [`=${name}`, `=${marks}`, `=SUMIF(${future(5)},${cellAddress(top + index, 0)},${future(6)})`];
    }),
  );
  sheet.row = top + count;
  return blockAddress({ row: top - 1, column: 0, rows: count + 1, columns: 3 });
}

/** Each KKR's five most marked keywords today and for the future, as the note's Tabel 1. */
function topFiveBlock(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, list: string, text: Words) {
  let row = sheet.heading(text.topHeading, text.topColumns);
  for (const kkr of request.facts.kkrs) {
    const kkrCell = absolute(row, 0);
    const five = (header: string) =>
      `=INDEX(KKR.CHOICES(${parts.filtered(header, parts.inYear(REPORT_YEAR), parts.inKkr(kkrCell))},5,${list}),SEQUENCE(5),1)`;
    sheet.put(row, 0, [[kkr]]);
    sheet.put(
      row,
      1,
      [1, 2, 3, 4, 5].map((place) => [place]),
    );
    sheet.put(row, 2, [[five(request.columns.today), five(request.columns.future)]]);
    row += 5;
  }
  sheet.row = row;
}

/** Per statement: mean, answers and interval, for all, each group and each KKR, in the report year. */
function statementBlock(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, text: Words): void {
  let row = sheet.heading(text.statementsHeading, text.statementColumns);
  const { groups, kkrs } = request.facts;
  const who: [label: string, condition?: (cell: string) => string][] = [
    [text.everyone],
    ...groups.map((group): [string, (cell: string) => string] => [group, parts.inGroup]),
    ...kkrs.map((kkr): [string, (cell: string) => string] => [kkr, parts.inKkr]),
  ];
  const top = row;
  for (const statement of request.columns.statements) {
    sheet.put(row, 0, [[statement]]);
    sheet.format(row, 0, 1, 1, { wrap: true });
    who.forEach(([label, condition], index) => {
      const conditions = [parts.inYear(REPORT_YEAR), ...(condition ? [condition(absolute(row + index, 1))] : [])];
      const answers = parts.filtered(statement, ...conditions);
      sheet.put(row + index, 1, [[label, `=KKR.SCALEMEAN(${answers},,,,TRUE)`, "", `=KKR.MEANINTERVAL(${answers})`]]);
    });
    row += who.length;
  }
  sheet.format(top, 2, row - top, 1, { numberFormat: MEAN });
  sheet.format(top, 4, row - top, 2, { numberFormat: MEAN });
  sheet.row = row;
}

/** The status of a change in words: higher or lower where the interval leaves out zero. */
const status = (lower: string, upper: string, text: Words) =>
  `=IF(${lower}>0,${excelString(text.higher)},IF(${upper}<0,${excelString(text.lower)},${excelString(text.noDifference)}))`;

/** Per statement, two independent sets of answers compared: their means, the change with Welch's interval, a status. */
function changeBlock(
  sheet: SheetBuilder,
  request: MemberSurveyRequest,
  heading: [title: string, header: string[]],
  sets: [now: (statement: string) => string, base: (statement: string) => string],
  text: Words,
): void {
  const top = sheet.heading(...heading);
  const [now, base] = sets;
  request.columns.statements.forEach((statement, index) => {
    const row = top + index;
    const [lower, upper] = [cellAddress(row, 4), cellAddress(row, 5)];
    sheet.put(row, 0, [
      [
        statement,
        `=KKR.SCALEMEAN(${base(statement)})`,
        `=KKR.SCALEMEAN(${now(statement)})`,
        `=KKR.MEANCHANGE(${now(statement)},${base(statement)})`,
        "",
        "",
        status(lower, upper, text),
      ],
    ]);
  });
  const rows = request.columns.statements.length;
  sheet.format(top, 0, rows, 1, { wrap: true });
  sheet.format(top, 1, rows, 5, { numberFormat: MEAN });
  sheet.row = top + rows;
}

function changeBlocks(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, text: Words): void {
  const inYear = (cell: string) => (statement: string) => parts.filtered(statement, parts.inYear(cell));
  changeBlock(sheet, request, [text.yearsHeading, text.yearColumns], [inYear(REPORT_YEAR), inYear(BASE_YEAR)], text);
  const [first, second] = request.facts.groups;
  const inGroup = (group: string) => (statement: string) =>
    parts.filtered(statement, parts.inYear(REPORT_YEAR), parts.inGroup(excelString(group)));
  changeBlock(
    sheet,
    request,
    [text.groupsHeading(first, second), text.groupColumns(first, second)],
    [inGroup(first), inGroup(second)],
    text,
  );
}

/** Response rates per KKR and group in the note's layout: members (typed), answers, rates; in all at the foot. */
function ratesBlock(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, text: Words): void {
  const { groups, kkrs } = request.facts;
  const { kkr: kkrColumn, year, group: groupColumn } = request.columns;
  const width = groups.length + 1;
  const titles = (what: string) => [`${what} ${text.inAll}`, ...groups.map((group) => `${what}, ${group}`)];
  const top = sheet.heading(text.ratesHeading, [
    text.rateColumns.kkr,
    ...titles(text.rateColumns.members),
    ...titles(text.rateColumns.answered),
    ...titles(text.rateColumns.rate),
  ]);
  const count = (row: number, group?: string) =>
    `=COUNTIFS(${parts.column(kkrColumn)},${absolute(row, 0)},${parts.column(year)},${REPORT_YEAR}${
      group === undefined ? "" : `,${parts.column(groupColumn)},${excelString(group)}`
    })`;
  const rates = (row: number) =>
    Array.from({ length: width }, (_, index) => {
      const [members, answered] = [cellAddress(row, 1 + index), cellAddress(row, 1 + width + index)];
      return `=IF(N(${members})>0,${answered}/${members},"")`;
    });
  kkrs.forEach((kkr, index) => {
    const row = top + index;
    const members = [`=SUM(${cellAddress(row, 2)}:${cellAddress(row, width)})`, ...groups.map(() => "")];
    sheet.put(row, 0, [[kkr, ...members, count(row), ...groups.map((group) => count(row, group)), ...rates(row)]]);
  });
  const foot = top + kkrs.length;
  const sums = Array.from(
    { length: 2 * width },
    (_, index) => `=SUM(${cellAddress(top, 1 + index)}:${cellAddress(foot - 1, 1 + index)})`,
  );
  sheet.put(foot, 0, [[text.total, ...sums, ...rates(foot)]]);
  sheet.format(top, 2, kkrs.length, groups.length, { fill: INPUT_FILL });
  sheet.format(top, 1 + 2 * width, kkrs.length + 1, width, { numberFormat: SHARE });
  sheet.format(foot, 0, 1, 1 + 3 * width, { bold: true });
  sheet.row = foot + 1;
}

/**
 * The diverging chart's series, nearest zero first on each side (Excel stacks each side outward from the
 * axis in series order): the disagreeing points left, the agreeing right, an odd scale's middle in halves.
 */
function divergingSeries(points: readonly number[], text: Words) {
  const side = Math.floor(points.length / 2);
  const middle = points.length % 2 === 1 ? [{ point: side, half: true }] : [];
  const part = (point: number, half = false) => ({ point, half });
  const left = [...middle, ...Array.from({ length: side }, (_, index) => part(side - 1 - index))];
  const right = [...middle, ...Array.from({ length: side }, (_, index) => part(points.length - side + index))];
  return [...left.map((each) => ({ ...each, left: true })), ...right.map((each) => ({ ...each, left: false }))].map(
    (each) => ({ ...each, label: each.half ? text.half(points[each.point]) : String(points[each.point]) }),
  );
}

/** The scale's points, lowest to highest: the statements' whole-number answers. */
const pointsOf = (facts: SurveyFacts) =>
  Array.from({ length: facts.scale[1] - facts.scale[0] + 1 }, (_, index) => facts.scale[0] + index);

/**
 * Each statement's distribution on the scale in the report year, then the same as diverging parts: the
 * disagreeing points left of zero (the middle point split in halves), the agreeing right, the stacked
 * bar chart's source. Returns that source's address.
 */
function distributionBlocks(sheet: SheetBuilder, request: MemberSurveyRequest, parts: Parts, text: Words): string {
  const points = pointsOf(request.facts);
  const statements = request.columns.statements;
  const top = sheet.heading(text.distributionHeading, [text.statementColumns[0], ...points.map(String)]);
  statements.forEach((statement, index) => {
    const answers = parts.filtered(statement, parts.inYear(REPORT_YEAR));
    sheet.put(top + index, 0, [[statement, `=KKR.SCALEDISTRIBUTION(${answers},{${points.join(",")}})`]]);
  });
  sheet.format(top, 0, statements.length, 1, { wrap: true });
  sheet.format(top, 1, statements.length, points.length, { numberFormat: SHARE });
  sheet.row = top + statements.length;
  const series = divergingSeries(points, text);
  const chartTop = sheet.heading(text.divergingHeading, [
    text.statementColumns[0],
    ...series.map((part) => part.label),
  ]);
  statements.forEach((_, index) => {
    const shares = series.map(({ point, left, half }) => {
      const share = cellAddress(top + index, 1 + point);
      return `=${left ? "-" : ""}${share}${half ? "/2" : ""}`;
    });
    sheet.put(chartTop + index, 0, [[`=${cellAddress(top + index, 0)}`, ...shares]]);
  });
  sheet.format(chartTop, 0, statements.length, 1, { wrap: true });
  sheet.format(chartTop, 1, statements.length, series.length, { numberFormat: DIVERGING });
  sheet.row = chartTop + statements.length;
  return blockAddress({ row: chartTop - 1, column: 0, rows: statements.length + 1, columns: series.length + 1 });
}

/**
 * Every column's width in characters, from the tables down, their text wrapped: column A the statements,
 * the keyword columns (A, C, D, F and the list in K) as wide as the longest keyword, the numbers narrow. Long
 * headers ("Medlemmer, Øvrigt medlem") wrap instead of widening the page, which an autofit shrank to 40 %.
 */
const REPORT_WIDTHS = [26, 16, 14, 14, 9, 14, 12, 9, 10, 9, 14];

/** The whole report sheet over the answers table, with its two charts below the tables. */
export function memberSurveyPlan(request: MemberSurveyRequest, language: Language = "da"): MemberSurveyPlan {
  const text = wordsFor(language).memberSurvey;
  const parts = formulaParts(request);
  const sheet = new SheetBuilder();
  reportTop(sheet, request, text);
  const keywords = keywordBlocks(sheet, request, parts, text);
  const comparison = comparisonBlock(sheet, keywords, text);
  topFiveBlock(sheet, request, parts, keywords.list, text);
  statementBlock(sheet, request, parts, text);
  changeBlocks(sheet, request, parts, text);
  ratesBlock(sheet, request, parts, text);
  const diverging = distributionBlocks(sheet, request, parts, text);
  const chartAt = (index: number): [string, string] => {
    const row = sheet.row + 2 + index * (CHART_ROWS + 1);
    return [cellAddress(row, 0), cellAddress(row + CHART_ROWS - 1, 7)];
  };
  return {
    name: text.sheet,
    cells: sheet.cells,
    formats: sheet.formats,
    autofit: [],
    widths: REPORT_WIDTHS.map((characters, column) => ({
      columns: blockAddress({ row: 7, column, rows: sheet.row - 7, columns: 1 }),
      characters,
    })),
    firstInput: "B4",
    print: { footer: text.title, titleRows: "$1:$1" },
    charts: [
      { name: KEYWORD_CHART, type: "BarClustered", source: comparison, title: text.keywordChart, position: chartAt(0) },
      { name: SCALE_CHART, type: "BarStacked", source: diverging, title: text.distributionChart, position: chartAt(1) },
    ],
  };
}

export const KEYWORD_CHART = "KKRNoegleord";
export const SCALE_CHART = "KKRUdsagn";

/** The sheet's top: title, source, the two years as inputs and the help beside them. */
function reportTop(sheet: SheetBuilder, request: MemberSurveyRequest, text: Words): void {
  const { years } = request.facts;
  sheet.put(0, 0, [[text.title]]);
  sheet.format(0, 0, 1, 1, { bold: true });
  sheet.put(1, 0, [[text.source(request.tableName)]]);
  sheet.cells.push(...inputBlock(3, text.inputs, [years[years.length - 1], years[0]]));
  sheet.format(3, 1, 2, 1, { fill: INPUT_FILL });
  sheet.cells.push(helpLines(text.help, 3, 3));
  sheet.row = 5;
}
