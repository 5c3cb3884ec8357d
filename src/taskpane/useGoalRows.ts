/**
 * The goal rows of the workbook for the review and linking: read on start, again shortly after any change
 * to the workbook, and again when Excel answered that the user is editing a cell.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ExcelGateway, GoalRow, isBusyEditing } from "../excel/gateway";

/** How long to wait before reading again when Excel answered that the user is editing a cell. */
const CELL_EDIT_RETRY_MS = 1000;

/** How long to wait after the last change before re-reading the goal tables. */
const REFRESH_DELAY_MS = 400;

export interface GoalRows {
  rows: GoalRow[];
  loaded: boolean;
  readError?: string;
  refresh: () => Promise<void>;
}

export function useGoalRows(excel: ExcelGateway, excelError: (message: string) => string): GoalRows {
  const [rows, setRows] = useState<GoalRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [readError, setReadError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(async () => {
    try {
      setRows(await excel.readGoalRows());
      setReadError(undefined);
    } catch (error) {
      // The user is typing in a cell: read again shortly, without alarming anyone.
      if (isBusyEditing(error)) {
        clearTimeout(timer.current);
        timer.current = setTimeout(refresh, CELL_EDIT_RETRY_MS);
        return;
      }
      setReadError(excelError((error as Error).message));
    } finally {
      setLoaded(true);
    }
  }, [excel, excelError]);

  useEffect(() => {
    refresh();
    let stop: (() => Promise<void>) | undefined;
    excel
      .watch(() => {
        clearTimeout(timer.current);
        timer.current = setTimeout(refresh, REFRESH_DELAY_MS);
      })
      .then((stopWatching) => (stop = stopWatching))
      // Without change events (older Excel) the review refreshes after each import and on the button.
      .catch(() => undefined);
    return () => {
      clearTimeout(timer.current);
      stop?.();
    };
  }, [excel, refresh]);

  return { rows, loaded, readError, refresh };
}
