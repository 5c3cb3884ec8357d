/**
 * The pane reaches Excel only through this context: production passes the Excel layer bound to
 * Excel.run, tests pass the same layer bound to a fake workbook.
 */
import { createContext, useContext } from "react";
import { GoalInForce, Language } from "../goals";
import { GoalSelection } from "../excel/goalTable";
import { SheetPlan } from "../excel/financeSheets";
import {
  ExcelRun,
  GoalRow,
  ImportResult,
  LinkResult,
  goToCell,
  importGoals,
  linkActualToSelection,
  readGoalRows,
  watchWorkbook,
} from "../excel/workbook";
import { OverviewResult, addPlannedSheet, buildDevelopment, buildOverview } from "../excel/sheets";
import type { OwnGoalsRead, openOwnGoals } from "../excel/ownGoalsSheet";

export interface ExcelGateway {
  importGoals(selection: GoalSelection, goals: readonly GoalInForce[], language: Language): Promise<ImportResult>;
  readGoalRows(): Promise<GoalRow[]>;
  goToCell(address: string): Promise<void>;
  linkActual(target: { tableName: string; goalId: string }, overwrite?: boolean): Promise<LinkResult>;
  watch(onChange: () => void): Promise<() => Promise<void>>;
  addSheet(plan: SheetPlan): Promise<{ sheetName: string }>;
  buildOverview(language: Language): Promise<OverviewResult>;
  openOwnGoals(rows?: Parameters<typeof openOwnGoals>[1]): Promise<{ sheetName: string; added: number }>;
  readOwnGoals(): Promise<OwnGoalsRead>;
  buildDevelopment(
    title: string,
    years: Parameters<typeof buildDevelopment>[2],
    language: Language,
  ): Promise<{ sheetName: string; linkedYears: number }>;
}

export const excelGateway = (run: ExcelRun): ExcelGateway => ({
  importGoals: (selection, goals, language) => importGoals(run, selection, goals, language),
  readGoalRows: () => readGoalRows(run),
  goToCell: (address) => goToCell(run, address),
  linkActual: (target, overwrite) => linkActualToSelection(run, target, overwrite),
  watch: (onChange) => watchWorkbook(run, onChange),
  addSheet: (plan) => addPlannedSheet(run, plan),
  buildOverview: (language) => buildOverview(run, language),
  // Loaded when first used: the own-goals sheet needs the template validator, which the first screen does not.
  openOwnGoals: async (rows) =>
    (await import(/* webpackChunkName: "own-goals-sheet" */ "../excel/ownGoalsSheet")).openOwnGoals(run, rows),
  readOwnGoals: async () =>
    (await import(/* webpackChunkName: "own-goals-sheet" */ "../excel/ownGoalsSheet")).readOwnGoals(run),
  buildDevelopment: (title, years, language) => buildDevelopment(run, title, years, language),
});

export const ExcelContext = createContext<ExcelGateway | null>(null);

export function useExcel(): ExcelGateway {
  const gateway = useContext(ExcelContext);
  if (!gateway) throw new Error("useExcel needs an ExcelContext provider");
  return gateway;
}
