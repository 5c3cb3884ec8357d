/**
 * Office globals for tests. office-addin-mock has no CustomFunctions stand-in: this one mirrors the runtime's error class and the
 * error codes' real values, so tests can assert what Excel would show.
 */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctionsError";
  }
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});

// The few Excel enums the add-in names; the object model itself comes from tests/fakes/fakeExcel.ts.
Object.assign(globalThis, { Excel: { ConditionalFormatType: { custom: "Custom" } } });

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Nothing is laid out in jsdom.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}
