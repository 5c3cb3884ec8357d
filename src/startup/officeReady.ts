/* global Office */
/**
 * Starting inside Office, or saying why not. The pane and the functions need Office.js from Microsoft's CDN
 * and an Office host that answers Office.onReady. When the script is missing (a proxy or a
 * Content-Security-Policy blocks the CDN, the machine is offline) or no host answers within a few seconds
 * (the page opened in a plain browser), the user and IT see what failed and what to check, in Danish and
 * English, instead of a blank page.
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long a host may take to answer before the pane says it has not: generous, Office can be slow to start. */
export const READY_WAIT_MS = 10_000;

export type StartProblem = "officeJsMissing" | "noOfficeHost";

export const START_PROBLEM_TEXT: Record<StartProblem, { da: string[]; en: string[] }> = {
  officeJsMissing: {
    da: [
      "Tilføjelsesprogrammet kan ikke starte: Office.js blev ikke indlæst.",
      `Siden henter Office.js fra Microsoft på ${OFFICE_JS_URL}. Tjek at proxy og firewall tillader adressen, at webserverens Content-Security-Policy tillader appsforoffice.microsoft.com i script-src, og at computeren er online.`,
    ],
    en: [
      "The add-in cannot start: Office.js did not load.",
      `The page loads Office.js from Microsoft at ${OFFICE_JS_URL}. Check that the proxy and firewall allow that address, that the web server's Content-Security-Policy allows appsforoffice.microsoft.com in script-src, and that the computer is online.`,
    ],
  },
  noOfficeHost: {
    da: [
      "Tilføjelsesprogrammet kører ikke i Excel.",
      "Denne side virker kun inde i Excel: åbn den fra fanen Hjem > Mål i Excel (skrivebord eller på internettet). Åbnet i en almindelig browser viser den kun denne besked.",
    ],
    en: [
      "The add-in is not running in Excel.",
      "This page works only inside Excel: open it from Home > Goals in Excel (desktop or on the web). Opened in a plain browser it shows only this message.",
    ],
  },
};

/** Resolves when Office is ready; rejects with the problem when Office.js is missing or no host answers in time. */
export function officeReady(wait = READY_WAIT_MS): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.reject<void>("officeJsMissing" satisfies StartProblem);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject("noOfficeHost" satisfies StartProblem), wait);
    void Office.onReady(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The problem as lines for a log: Danish, then English. */
export const startProblemLines = (problem: StartProblem): string[] => [
  ...START_PROBLEM_TEXT[problem].da,
  ...START_PROBLEM_TEXT[problem].en,
];

/** Logs the problem where IT looks first in a browser's developer tools. */
export function logStartProblem(where: string, problem: StartProblem): void {
  console.error(`KKR ${where}: ${startProblemLines(problem).join("\n")}`);
}
