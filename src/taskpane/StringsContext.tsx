import { createContext, useContext } from "react";
import { STRINGS, Strings } from "./strings";

export const StringsContext = createContext<Strings>(STRINGS.da);

export const useStrings = (): Strings => useContext(StringsContext);
