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
