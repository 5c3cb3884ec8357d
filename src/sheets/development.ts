/**
 * Years side by side: for a source in force over several years (rammeaftale 2024-2027), one row per goal
 * and for each year its threshold, the actual value and the status, linked by formula to that year's goal
 * table where it is in the workbook, so progress from year to year shows on one screen and stays live.
 * Pure: the Excel layer writes the plan.
 */
import { GoalInForce } from "../goals";
import { Language, wordsFor } from "../locale";
import { blockAddress } from "./addresses";
import { COLUMN, COLUMNS_BY_LANGUAGE, NUMBER_FORMATS } from "./goalTable";
import { CellsPlan, HEADER_FILL, excelString } from "./plan";

export interface DevelopmentYear {
  year: number;
  goals: readonly GoalInForce[];
  /** The year's goal table, when it is in the workbook, and the language it was made in. */
  tableName?: string;
  language?: Language;
}

export interface DevelopmentPlan extends CellsPlan {
  name: string;
  /** The status columns' cells and the language of their status texts, for the flags. */
  statusColumns: { address: string; language: Language }[];
}

export function developmentPlan(
  title: string,
  years: readonly DevelopmentYear[],
  language: Language = "da",
): DevelopmentPlan {
  const text = wordsFor(language).development;
  // Every goal of any year, in the order they first appear.
  const goals = new Map<string, GoalInForce>();
  for (const { goals: list } of years) for (const goal of list) if (!goals.has(goal.id)) goals.set(goal.id, goal);
  const rows = [...goals.values()];
  const header = 3;
  const first = header + 1;
  const width = 2 + 3 * years.length;
  const headers = [text.id, text.goal, ...years.flatMap(({ year }) => text.year(year))];
  const body = rows.map((goal) => [
    goal.id,
    goal.title[language],
    ...years.flatMap(({ goals: list, tableName, language: tableLanguage = "da" }) => {
      const inForce = list.find((candidate) => candidate.id === goal.id);
      if (!inForce) return ["", "", ""];
      const threshold = inForce.levels[0]?.threshold ?? "";
      if (!tableName) return [threshold, "", text.missing];
      const columns = COLUMNS_BY_LANGUAGE[tableLanguage];
      const lookup = (column: number) =>
        `INDEX(${tableName}[${columns[column]}],MATCH(${excelString(goal.id)},${tableName}[${columns[COLUMN.id]}],0))`;
      // INDEX of a blank cell gives 0 in a formula: a blank actual value stays blank.
      return [
        threshold,
        `=IFERROR(IF(${lookup(COLUMN.actual)}="","",${lookup(COLUMN.actual)}),"")`,
        `=IFERROR(${lookup(COLUMN.status)},"")`,
      ];
    }),
  ]);
  const statusColumns = years.map((year, index) => ({
    address: blockAddress({ row: first, column: 2 + 3 * index + 2, rows: Math.max(rows.length, 1), columns: 1 }),
    language: year.tableName ? (year.language ?? "da") : language,
  }));
  const formats: DevelopmentPlan["formats"] = [
    { address: "A1", bold: true },
    {
      address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
      bold: true,
      fill: HEADER_FILL,
      wrap: true,
    },
  ];
  // Thresholds and actual values in the goal's own number format (NPS points, shares in %).
  rows.forEach((goal, index) => {
    years.forEach((_, yearIndex) => {
      formats.push({
        address: blockAddress({ row: first + index, column: 2 + 3 * yearIndex, rows: 1, columns: 2 }),
        numberFormat: NUMBER_FORMATS[goal.measure],
      });
    });
  });
  return {
    name: `${text.sheet} ${title}`.slice(0, 31),
    cells: [
      { address: "A1", formulas: [[text.title(title)]] },
      { address: "A2", formulas: [[text.note]] },
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [headers] },
      ...(body.length > 0
        ? [{ address: blockAddress({ row: first, column: 0, rows: body.length, columns: width }), formulas: body }]
        : []),
    ],
    formats,
    statusColumns,
  };
}
