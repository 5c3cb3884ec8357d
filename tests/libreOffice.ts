/**
 * Recalculates a workbook in LibreOffice headless, the real spreadsheet application on this machine, and
 * reads the first sheet back as rows of text (CSV, comma-separated, quotes around text with commas).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runWaiting } from "./limits";

export async function recalculate(workbook: ExcelJS.Workbook): Promise<string[][]> {
  const folder = mkdtempSync(join(tmpdir(), "kkr-libreoffice-"));
  const xlsx = join(folder, "book.xlsx");
  await workbook.xlsx.writeFile(xlsx);
  runWaiting(
    "LibreOffice to recalculate and convert the workbook",
    "soffice",
    [
      `-env:UserInstallation=file://${folder}/profile`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76",
      "--outdir",
      folder,
      xlsx,
    ],
    { stdio: "pipe" },
  );
  return readFileSync(join(folder, "book.csv"), "utf8").trimEnd().split(/\r?\n/).map(parseCsvLine);
}

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    fields.push(match[1].replace(/^"|"$/g, "").replace(/""/g, '"'));
    if (match[2] === "") break;
  }
  return fields;
}
