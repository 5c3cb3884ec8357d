/** The words of the pane's language, from the locale folder, for every component. */
import { createContext, useContext } from "react";
import { LOCALES, Locale } from "../locale";

export const WordsContext = createContext<Locale>(LOCALES.da);

export const useWords = (): Locale => useContext(WordsContext);
