/**
 * The pane reaches Excel only through this context: production passes the gateway bound to Excel.run,
 * tests pass the same gateway bound to a fake workbook.
 */
import { createContext, useContext } from "react";
import type { ExcelGateway } from "../excel/gateway";

export const ExcelContext = createContext<ExcelGateway | null>(null);

export function useExcel(): ExcelGateway {
  const gateway = useContext(ExcelContext);
  if (!gateway) throw new Error("useExcel needs an ExcelContext provider");
  return gateway;
}
