import { DomainError, DomainErrorKind } from "../src/core";

/** A column range as Excel passes it: one cell per row. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

/** Runs `compute` and returns the DomainError it throws, failing the test if it throws none. */
export function domainErrorOf(compute: () => unknown): DomainError {
  try {
    compute();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

export function expectDomainError(
  compute: () => unknown,
  kind: DomainErrorKind,
  danish: string,
  english?: string,
): void {
  const error = domainErrorOf(compute);
  expect(error.kind).toBe(kind);
  expect(error.text.da).toBe(danish);
  if (english !== undefined) expect(error.text.en).toBe(english);
}

/** Every custom function's id, sorted: written out here, not read from the code, so a lost function fails. */
export const FUNCTION_IDS = [
  "CHOICES",
  "DHONDT",
  "EFFECTSHARE",
  "MEANCHANGE",
  "MEANINTERVAL",
  "MUNICIPALITIES",
  "NEWSHARE",
  "NPS",
  "NPSCHANGE",
  "NPSINTERVAL",
  "POPALLOC",
  "QUOTA",
  "SCALEDISTRIBUTION",
  "SCALEMEAN",
  "SEATS",
  "SHARE",
  "SHARECHANGE",
  "SHAREINTERVAL",
  "SPREAD",
  "TRANSFER",
  "TWOSTEP",
];
