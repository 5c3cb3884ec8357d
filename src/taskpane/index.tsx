/* global Office */
/**
 * The task pane's entry. It shares the page with the custom functions (shared runtime); those are in
 * their own bundle, loaded first, so they register without waiting for React.
 */
import { createRoot } from "react-dom/client";
import { excelRun } from "../excel/workbook";
import { App } from "./App";
import { excelGateway } from "./ExcelContext";
import { languageOf } from "./strings";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageOf(Office.context.displayLanguage);
  document.documentElement.lang = language;
  createRoot(container).render(<App excel={excelGateway(excelRun)} language={language} />);
});
