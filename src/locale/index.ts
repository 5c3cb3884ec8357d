/**
 * The locale folder: one table of words per language (./da.ts, ./en.ts, the same keys by type), and numbers
 * as each language writes them.
 */
import { Locale, da } from "./da";
import { en } from "./en";
import { Language } from "./language";

export type { Locale } from "./da";
export { languageOf } from "./language";
export type { Language } from "./language";

export const LOCALES: Record<Language, Locale> = { da, en };

/** The words of a language. */
export const wordsFor = (language: Language): Locale => LOCALES[language];

/** A number as the language writes it: "0,3" in Danish, "0.3" in English. */
export const formatNumber = (value: number, language: Language, maximumFractionDigits = 10): string =>
  new Intl.NumberFormat(LOCALES[language].numbers.locale, { maximumFractionDigits }).format(value);

/** A cell's value as the language writes it: numbers formatted, anything else as text. */
export const showValue = (value: unknown, language: Language): string =>
  typeof value === "number" ? formatNumber(value, language) : String(value);
