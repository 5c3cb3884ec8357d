/** The two languages the add-in speaks: Danish, and English where Office runs in English. */
export type Language = "da" | "en";

export const languageOf = (displayLanguage: string | undefined): Language =>
  displayLanguage?.toLowerCase().startsWith("en") ? "en" : "da";
