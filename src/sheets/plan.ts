/** What every sheet plan is made of: cells written as formulas, and formats. Pure: the Excel layer writes them. */

/** A cell as a plan writes it: text, a number, a boolean or a formula ("=…"). */
export type Cell = string | number | boolean;

export interface CellFormat {
  address: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
}

/** Blocks of cells and their formats: the part of a plan `writeCells` writes. */
export interface CellsPlan {
  cells: { address: string; formulas: Cell[][] }[];
  formats: CellFormat[];
}

export { excelString } from "../goals/formulas";

/** The fill of the header rows and of the cells the user types into. */
export const HEADER_FILL = "#DDEBF7";
export const INPUT_FILL = "#FFF2CC";
