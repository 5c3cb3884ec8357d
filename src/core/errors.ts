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

/** Where a bad cell sits: the argument, its position in the range, and the range's size. */
export interface CellLocation {
  argument: LocalizedText;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * A #VALUE! about one cell of a range. The message names the position inside the range ("række 3"); where
 * Excel tells the adapter the range's sheet address, `render` names the sheet cell instead ("Data!A14").
 */
export class CellError extends DomainError {
  constructor(
    readonly location: CellLocation,
    readonly problem: LocalizedText,
    where: LocalizedText,
  ) {
    super("value", render(location.argument, where, problem));
  }

  /** The message with the position written as `where` (e.g. a sheet cell). */
  render(where: LocalizedText): LocalizedText {
    return render(this.location.argument, where, this.problem);
  }
}

/** "svar" → "Svar": an argument named at the start of a message. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function render(argument: LocalizedText, where: LocalizedText, problem: LocalizedText): LocalizedText {
  return {
    da: `${capitalize(argument.da)}, ${where.da}: ${problem.da}`,
    en: `${capitalize(argument.en)}, ${where.en}: ${problem.en}`,
  };
}

export const valueError = (da: string, en: string): DomainError => new DomainError("value", { da, en });
export const divisionByZeroError = (da: string, en: string): DomainError =>
  new DomainError("divisionByZero", { da, en });
export const numberError = (da: string, en: string): DomainError => new DomainError("number", { da, en });

/**
 * A number as a message shows it: "9,5" in Danish, "9.5" in English, at Excel's 15 significant digits, so
 * 99.9 / 100 reads 0,999 and not 0,9990000000000001.
 */
export function showNumber(value: number): LocalizedText {
  const en = Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
  return { da: en.replace(".", ","), en };
}
