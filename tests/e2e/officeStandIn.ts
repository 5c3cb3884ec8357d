/**
 * Stands in for Microsoft's office.js in the browser test: Office.onReady, an Excel whose workbook is
 * the in-memory fake (every operation recorded), and a CustomFunctions runtime that records the
 * functions the bundle associates. Exposed on window for the test to drive and inspect.
 */
import { FakeExcel } from "../fakes/fakeExcel";

const fake = new FakeExcel(["Ark1"]);
const associated: Record<string, (...args: unknown[]) => unknown> = {};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(window, {
  Office: {
    onReady: (callback?: (info: { host: string }) => void) => {
      callback?.({ host: "Excel" });
      return Promise.resolve({ host: "Excel" });
    },
    context: {
      displayLanguage: new URLSearchParams(location.search).get("lang") ?? "da-DK",
      requirements: { isSetSupported: () => true },
    },
  },
  Excel: {
    run: (options: unknown, batch?: unknown) => fake.run((batch ?? options) as Parameters<FakeExcel["run"]>[0]),
    ConditionalFormatType: { custom: "Custom" },
  },
  CustomFunctions: {
    associate: (id: string, implementation: (...args: unknown[]) => unknown) => (associated[id] = implementation),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
  },
  __fakeExcel: fake,
  __associated: associated,
});
