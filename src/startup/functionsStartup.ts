/**
 * Loaded before the custom functions in their bundle: when Office.js is missing or no host answers, the
 * functions cannot register, and the console says why (in Excel they then show #NAME?). Without Office.js
 * there is no CustomFunctions either, and the bundle's registration calls would stop the page with a
 * ReferenceError that hides the cause: a stand-in that registers nothing keeps the page up for the message.
 */
import { StartProblem, logStartProblem, officeReady } from "./officeReady";

if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  Object.assign(globalThis, { CustomFunctions: { associate: () => undefined } });
}
officeReady().catch((problem: StartProblem) => logStartProblem("functions", problem));
