/**
 * Years side by side: for a source in force over several years (rammeaftale 2024-2027), one row per goal
 * and for each year its threshold, the actual value and the status, linked by formula to that year's goal
 * table where it is in the workbook, so progress from year to year shows on one screen and stays live.
 * Pure: the Excel layer writes the plan.
 */
import { GoalInForce } from "../goals";
import { blockAddress } from "./addresses";
import { COLUMNS, NUMBER_FORMATS } from "./goalTable";

export interface DevelopmentYear {
  year: number;
  goals: readonly GoalInForce[];
  /** The year's goal table, when it is in the workbook. */
  tableName?: string;
}

export interface DevelopmentPlan {
  name: string;
  cells: { address: string; formulas: (string | number)[][] }[];
  formats: { address: string; numberFormat?: string; bold?: boolean; fill?: string; wrap?: boolean }[];
  /** The status columns' cells, for the flags. */
  statusColumns: string[];
}

const [ID, , , , , , , ACTUAL, , STATUS] = COLUMNS;
const NOT_IN_WORKBOOK = "(ikke indsat)";
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function developmentPlan(title: string, years: readonly DevelopmentYear[]): DevelopmentPlan {
  // Every goal of any year, in the order they first appear.
  const goals = new Map<string, GoalInForce>();
  for (const { goals: list } of years) for (const goal of list) if (!goals.has(goal.id)) goals.set(goal.id, goal);
  const rows = [...goals.values()];
  const header = 3;
  const first = header + 1;
  const width = 2 + 3 * years.length;
  const headers = [
    "Mål-id",
    "Mål",
    ...years.flatMap(({ year }) => [`Tærskel ${year}`, `Faktisk ${year}`, `Status ${year}`]),
  ];
  const body = rows.map((goal) => [
    goal.id,
    goal.title.da,
    ...years.flatMap(({ goals: list, tableName }) => {
      const inForce = list.find((candidate) => candidate.id === goal.id);
      if (!inForce) return ["", "", ""];
      const threshold = inForce.levels[0]?.threshold ?? "";
      if (!tableName) return [threshold, "", NOT_IN_WORKBOOK];
      const lookup = (column: string) =>
        `INDEX(${tableName}[${column}],MATCH(${quote(goal.id)},${tableName}[${ID}],0))`;
      // INDEX of a blank cell gives 0 in a formula: a blank actual value stays blank.
      return [
        threshold,
        `=IFERROR(IF(${lookup(ACTUAL)}="","",${lookup(ACTUAL)}),"")`,
        `=IFERROR(${lookup(STATUS)},"")`,
      ];
    }),
  ]);
  const statusColumns = years.map((_, index) =>
    blockAddress({ row: first, column: 2 + 3 * index + 2, rows: Math.max(rows.length, 1), columns: 1 }),
  );
  const formats: DevelopmentPlan["formats"] = [
    { address: "A1", bold: true },
    {
      address: blockAddress({ row: header, column: 0, rows: 1, columns: width }),
      bold: true,
      fill: "#DDEBF7",
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
    name: `Udvikling ${title}`.slice(0, 31),
    cells: [
      { address: "A1", formulas: [[`Udvikling over årene: ${title}`]] },
      {
        address: "A2",
        formulas: [
          [
            `Faktisk værdi og status hentes fra hvert års måltabel; "${NOT_IN_WORKBOOK}" betyder, at årets mål ikke er sat ind i projektmappen endnu.`,
          ],
        ],
      },
      { address: blockAddress({ row: header, column: 0, rows: 1, columns: width }), formulas: [headers] },
      ...(body.length > 0
        ? [{ address: blockAddress({ row: first, column: 0, rows: body.length, columns: width }), formulas: body }]
        : []),
    ],
    formats,
    statusColumns,
  };
}
