/**
 * Errors of the domain, free of Office: the custom-function adapters map `kind` to an Excel error code.
 * Every message exists in Danish and English because the user's Office language decides which one shows.
 */
export type DomainErrorKind = "value" | "divisionByZero" | "number";

export interface LocalizedText {
  da: string;
  en: string;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly text: LocalizedText;

  constructor(kind: DomainErrorKind, text: LocalizedText) {
    super(text.en);
    this.name = "DomainError";
    this.kind = kind;
    this.text = text;
  }
}

export const valueError = (da: string, en: string): DomainError => new DomainError("value", { da, en });
export const divisionByZeroError = (da: string, en: string): DomainError =>
  new DomainError("divisionByZero", { da, en });
export const numberError = (da: string, en: string): DomainError => new DomainError("number", { da, en });
