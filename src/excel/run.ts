/* global Excel, Office */
/**
 * How the Excel layer runs a batch, and the one thing every batch that adds a sheet needs: a free name.
 * The run function is injected, so tests pass a fake workbook and the pane gets it through the gateway.
 */
import { freeSheetName } from "../sheets/goalTable";

export interface RunOptions {
  /** One user action that makes one change (an import): one undo step, where Excel can (ExcelApi 1.20). */
  undoGroup?: boolean;
  /** Run in this request context: an event handler is removed in the context that added it. */
  context?: Excel.RequestContext;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) => Promise<T>;

/**
 * Excel.run as the add-in needs it in real Excel: a batch that starts while the user edits a cell waits for
 * the edit to end instead of failing (ExcelApi 1.11), and an import is one undo step where Excel supports
 * undo grouping (ExcelApi 1.20). Nothing is ever run twice: a failed batch is reported, not retried.
 */
export const excelRun: ExcelRun = (batch, { undoGroup = false, context } = {}) => {
  if (context) return Excel.run(context, batch);
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const options: Excel.RunOptions = {};
  if (supports("1.11")) options.delayForCellEdit = true;
  if (undoGroup && supports("1.20")) options.mergeUndoGroup = true;
  return Excel.run(options, batch);
};

/**
 * A new sheet named `wanted`, or "wanted (2)" … where a sheet has the name: an existing sheet is never
 * reused. `sheets` must have its items' names loaded.
 */
export function addFreeSheet(sheets: Excel.WorksheetCollection, wanted: string): Excel.Worksheet {
  return sheets.add(
    freeSheetName(
      wanted,
      sheets.items.map((item) => item.name),
    ),
  );
}
