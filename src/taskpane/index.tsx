/* global Office */
/**
 * The task pane's entry. It shares the page with the custom functions (shared runtime); those are in
 * their own bundle, loaded first, so they register without waiting for React. When Office cannot start
 * the pane says why, in Danish and English, and still starts if a slow host answers later.
 */
import { createRoot } from "react-dom/client";
import { officeGateway } from "../excel/gateway";
import { START_PROBLEM_TEXT, StartProblem, logStartProblem, officeReady } from "../startup/officeReady";
import { App } from "./App";
import { languageOf } from "../locale";

function start(container: HTMLElement): void {
  container.replaceChildren();
  const language = languageOf(Office.context.displayLanguage);
  document.documentElement.lang = language;
  createRoot(container).render(<App excel={officeGateway()} language={language} />);
}

/** The problem in plain HTML: the pane's React and Fluent need nothing of Office, but this must show even so. */
function showProblem(container: HTMLElement, problem: StartProblem): void {
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  // overflow-wrap: the CDN address is longer than a 320 px pane is wide.
  box.style.cssText =
    "font-family:'Segoe UI',system-ui,sans-serif;padding:1rem;line-height:1.5;color:#1b1b1b;overflow-wrap:anywhere";
  for (const language of ["da", "en"] as const) {
    const [heading, ...lines] = START_PROBLEM_TEXT[problem][language];
    const section = document.createElement("section");
    section.lang = language;
    const title = document.createElement("h1");
    title.style.fontSize = "1.1rem";
    title.textContent = heading;
    section.append(title, ...lines.map((line) => Object.assign(document.createElement("p"), { textContent: line })));
    box.append(section);
  }
  container.replaceChildren(box);
}

const container = document.getElementById("container");
if (container) {
  officeReady().then(
    () => start(container),
    (problem: StartProblem) => {
      logStartProblem("pane", problem);
      showProblem(container, problem);
      if (problem === "noOfficeHost") void Office.onReady(() => start(container));
    },
  );
}
