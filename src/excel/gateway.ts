/**
 * The pane's one way into Excel: every operation of the Excel layer bound to one run function (Excel.run in
 * Office, a fake workbook in tests), with the types the pane needs and Office's error codes translated.
 * Lint keeps the pane from importing any other module of this folder.
 */
import { GoalInForce, GoalTemplate } from "../goals";
import { Language } from "../locale";
import type { SheetPlan } from "../sheets/financeSheets";
import type { GoalSelection } from "../sheets/goalTable";
import type { SurveyColumns } from "../sheets/memberSurveyData";
import {
  GoalRow,
  ImportResult,
  LinkResult,
  goToCell,
  importGoals,
  linkActualToSelection,
  readGoalRows,
  watchWorkbook,
} from "./goalTables";
import type { MemberSurveyOutcome, MemberSurveyRead } from "./memberSurvey";
import type { OwnGoalsOpened, OwnGoalsRead } from "./ownGoalsSheet";
import { PickerChoice, readPickerChoice, savePickerChoice } from "./paneSettings";
import { ExcelRun, excelRun } from "./run";
import type { ConnectionOutcome, SurveyExportRead } from "./surveyConnection";
import { OverviewResult, YearOfSource, addPlannedSheet, buildDevelopment, buildOverview } from "./sheets";

export type {
  ConnectionOutcome,
  GoalRow,
  ImportResult,
  LinkResult,
  MemberSurveyOutcome,
  MemberSurveyRead,
  OverviewResult,
  OwnGoalsOpened,
  OwnGoalsRead,
  PickerChoice,
  SurveyExportRead,
  YearOfSource,
};

export interface ExcelGateway {
  importGoals(selection: GoalSelection, goals: readonly GoalInForce[], language: Language): Promise<ImportResult>;
  readGoalRows(): Promise<GoalRow[]>;
  goToCell(address: string): Promise<void>;
  linkActual(target: { tableName: string; goalId: string }, overwrite?: boolean): Promise<LinkResult>;
  watch(onChange: () => void): Promise<() => Promise<void>>;
  addSheet(plan: SheetPlan): Promise<{ sheetName: string }>;
  buildOverview(language: Language): Promise<OverviewResult>;
  openOwnGoals(language: Language, goals?: readonly GoalTemplate[]): Promise<OwnGoalsOpened>;
  readOwnGoals(): Promise<OwnGoalsRead>;
  buildDevelopment(
    title: string,
    years: readonly YearOfSource[],
    language: Language,
  ): Promise<{ sheetName: string; linkedYears: number }>;
  readSurveyExport(year: number): Promise<SurveyExportRead>;
  connectSurvey(request: {
    year: number;
    mapping: Readonly<Record<string, string>>;
    overwrite?: boolean;
  }): Promise<ConnectionOutcome>;
  readMemberSurvey(): Promise<MemberSurveyRead>;
  /** The source, year, hub and segment last chosen in this workbook. */
  readPickerChoice(): Promise<PickerChoice | undefined>;
  savePickerChoice(choice: PickerChoice): Promise<void>;
  addMemberSurveyReport(columns: SurveyColumns, language: Language): Promise<MemberSurveyOutcome>;
}

// Loaded when first used: the own-goals sheet needs the template validator, the survey connection and the
// member survey report their plans, none of which the first screen does.
const ownGoalsSheet = () => import(/* webpackChunkName: "own-goals-sheet" */ "./ownGoalsSheet");
const surveyConnection = () => import(/* webpackChunkName: "survey-connection" */ "./surveyConnection");
const memberSurvey = () => import(/* webpackChunkName: "member-survey-sheet" */ "./memberSurvey");

export const excelGateway = (run: ExcelRun): ExcelGateway => ({
  importGoals: (selection, goals, language) => importGoals(run, selection, goals, language),
  readGoalRows: () => readGoalRows(run),
  goToCell: (address) => goToCell(run, address),
  linkActual: (target, overwrite) => linkActualToSelection(run, target, overwrite),
  watch: (onChange) => watchWorkbook(run, onChange),
  addSheet: (plan) => addPlannedSheet(run, plan),
  buildOverview: (language) => buildOverview(run, language),
  openOwnGoals: async (language, goals) => (await ownGoalsSheet()).openOwnGoals(run, language, goals),
  readOwnGoals: async () => (await ownGoalsSheet()).readOwnGoals(run),
  buildDevelopment: (title, years, language) => buildDevelopment(run, title, years, language),
  readSurveyExport: async (year) => (await surveyConnection()).readSurveyExport(run, year),
  connectSurvey: async (request) => (await surveyConnection()).connectSurvey(run, request),
  readMemberSurvey: async () => (await memberSurvey()).readMemberSurvey(run),
  readPickerChoice: () => readPickerChoice(run),
  savePickerChoice: (choice) => savePickerChoice(run, choice),
  addMemberSurveyReport: async (columns, language) =>
    (await memberSurvey()).addMemberSurveyReport(run, columns, language),
});

/** The gateway in Office: every batch through Excel.run. */
export const officeGateway = (): ExcelGateway => excelGateway(excelRun);

/** Whether Excel refused because the user is editing a cell: worth reading again shortly, not an error to show. */
export const isBusyEditing = (error: unknown): boolean =>
  (error as { code?: string } | undefined)?.code === "InvalidOperationInCellEditMode";
