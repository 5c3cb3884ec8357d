/* global CustomFunctions, Office */
/**
 * What every custom function's adapter shares: reading omitted arguments, spilling intervals and changes as
 * a row, and turning a domain error into an Excel error whose message is in the language Office runs in and
 * names the sheet cell where Excel gives the ranges' addresses.
 */
import { CellError, Change, DomainError, DomainErrorKind, Interval, LocalizedText } from "../core";
import { cellAddress, rangeOrigin, sheetReference } from "../sheets/addresses";
import { Declaration } from "./declarations";

/** Excel passes an omitted optional argument as null (or undefined). */
export const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** An interval spills as one row: lower, upper. */
export const asRow = ({ lower, upper }: Interval): number[][] => [[lower, upper]];

/** A change spills as one row: change, lower, upper. */
export const asChangeRow = ({ change, lower, upper }: Change): number[][] => [[change, lower, upper]];

/** Looked up at call time: the CustomFunctions global exists only inside Excel's runtime. */
function excelErrorCode(kind: DomainErrorKind): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  return { value: codes.invalidValue, divisionByZero: codes.divisionByZero, number: codes.invalidNumber }[kind];
}

/**
 * Runs a calculation and turns a domain error into an Excel error, a cell error placed by the position of
 * its argument in the function's declaration and Excel's parameter addresses.
 */
export function toExcel<T>(
  compute: () => T,
  invocation: CustomFunctions.Invocation | undefined,
  { parameters }: Declaration,
): T {
  let result: T;
  try {
    result = compute();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const text = error instanceof CellError ? locate(error, invocation, parameters) : error.text;
    throw new CustomFunctions.Error(excelErrorCode(error.kind), officeLanguage() === "en" ? text.en : text.da);
  }
  // The last guard of "no silent number": a NaN or an infinity that slipped through a calculation is #NUM!.
  if (!finiteThroughout(result)) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidNumber,
      officeLanguage() === "en" ? "The result is not a finite number." : "Resultatet er ikke et endeligt tal.",
    );
  }
  return result;
}

const finiteThroughout = (value: unknown): boolean =>
  typeof value === "number"
    ? Number.isFinite(value)
    : Array.isArray(value)
      ? value.every((item) => finiteThroughout(item))
      : true;

/** The cell error's message naming the sheet cell ("Data!C14") where Excel gave the range's address. */
function locate(
  error: CellError,
  invocation: CustomFunctions.Invocation | undefined,
  parameters: Declaration["parameters"],
): LocalizedText {
  const index = parameters.findIndex((parameter) => parameter.name === error.location.argument);
  const origin = rangeOrigin(index < 0 ? undefined : invocation?.parameterAddresses?.[index]);
  if (!origin) return error.text;
  const cell = cellAddress(origin.row + error.location.row, origin.column + error.location.column);
  const where = origin.sheet === undefined ? cell : `${sheetReference(origin.sheet)}!${cell}`;
  return error.render({ da: `celle ${where}`, en: `cell ${where}` });
}

/** English where Office runs in English; Danish otherwise. */
function officeLanguage(): "da" | "en" {
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return language?.toLowerCase().startsWith("en") ? "en" : "da";
}
