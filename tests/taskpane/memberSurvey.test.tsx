/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { excelGateway } from "../../src/excel/gateway";
import { FakeExcel } from "../fakes/fakeExcel";
import { STATEMENTS, memberSurveyRows } from "../fixtures/memberSurvey2025";

const DATA_SHEET = "Svar";

/** A workbook with KL's answers on a sheet, selected as a range. */
async function workbook(rows = memberSurveyRows()): Promise<FakeExcel> {
  const excel = new FakeExcel(["Ark1", DATA_SHEET]);
  const last = `O${rows.length}`;
  await excel.type(DATA_SHEET, `A1:${last}`, rows);
  excel.selection = `${DATA_SHEET}!A1:${last}`;
  return excel;
}

async function openSurvey(excel: FakeExcel, language: "da" | "en" = "da") {
  render(<App excel={excelGateway(excel.run)} language={language} />);
  fireEvent.click(screen.getByRole("tab", { name: language === "da" ? "Medlemsundersøgelse" : "Member survey" }));
  return screen.findByRole("button", { name: language === "da" ? "Læs markerede svar" : "Read selected answers" });
}

const select = (label: string) => screen.getByRole("combobox", { name: label }) as HTMLSelectElement;
const selectValue = (label: string) => select(label).value;

describe("the member survey report in the pane", () => {
  it("reads the answers, proposes each column and makes the report on a new sheet", async () => {
    const excel = await workbook();
    fireEvent.click(await openSurvey(excel));
    await screen.findByText("218 svar i 15 kolonner. Tjek forslaget til kolonnerne nedenfor.");
    expect(selectValue("Nøgleord i dag")).toBe("Nøgleord i dag");
    expect(selectValue("Gruppe (borgmester/øvrigt medlem)")).toBe("Gruppe");
    expect(selectValue("År")).toBe("År");
    expect((screen.getByRole("checkbox", { name: STATEMENTS[3] }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "Respondent" }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Ny rapport over medlemsundersøgelsen" }));
    await screen.findByText('Rapporten står på arket "Medlemsundersøgelse", over tabellen KKRSvar.');
    expect(excel.sheet("Medlemsundersøgelse").charts).toHaveLength(2);
  });

  it("names a keyword column ticked as a statement, and a column chosen twice, writing nothing", async () => {
    const excel = await workbook();
    fireEvent.click(await openSurvey(excel));
    await screen.findByText(/^218 svar/);
    fireEvent.click(screen.getByRole("checkbox", { name: "Nøgleord fremadrettet" }));
    fireEvent.click(screen.getByRole("button", { name: "Ny rapport over medlemsundersøgelsen" }));
    await screen.findByText(
      'Kolonnen "Nøgleord fremadrettet" er valgt to gange; vælg én kolonne til hver del. Intet er skrevet.',
    );
    fireEvent.change(select("Nøgleord fremadrettet"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Ny rapport over medlemsundersøgelsen" }));
    await screen.findByText("Vælg kolonnen til Nøgleord fremadrettet. Intet er skrevet.");
    // The respondent numbers as the future's keywords: only so the ticked keyword column is the problem left.
    fireEvent.change(select("Nøgleord fremadrettet"), {
      target: { value: "Respondent" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Ny rapport over medlemsundersøgelsen" }));
    const first = memberSurveyRows()
      .slice(1)
      .find((row) => row[5] !== "")![5];
    await screen.findByText(
      `Udsagnet "Nøgleord fremadrettet" har svaret "${first}", som ikke er et tal på skalaen: er det en nøgleordskolonne? Intet er skrevet.`,
    );
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ark1", DATA_SHEET]);
  });

  it("names a table with one year, one with one group, and an empty selection, in English too", async () => {
    const rows = memberSurveyRows();
    const only2025 = [rows[0], ...rows.slice(1).filter((row) => row[1] === 2025)];
    const excel = await workbook(only2025);
    fireEvent.click(await openSurvey(excel, "en"));
    await screen.findByText("118 answers in 15 columns. Check the proposed columns below.");
    fireEvent.click(screen.getByRole("button", { name: "New member survey report" }));
    await screen.findByText(
      'The column "År" has one year only (2025); the report compares two years. Nothing was written.',
    );
    const oneGroup = rows.map((row, index) =>
      index === 0 ? row : row.map((cell, c) => (c === 3 ? "Borgmester" : cell)),
    );
    await excel.type(DATA_SHEET, `A1:O${rows.length}`, oneGroup);
    excel.selection = `${DATA_SHEET}!A1:O${rows.length}`;
    fireEvent.click(screen.getByRole("button", { name: "Read selected answers" }));
    await screen.findByText("218 answers in 15 columns. Check the proposed columns below.");
    fireEvent.click(screen.getByRole("button", { name: "New member survey report" }));
    await screen.findByText(
      'The column "Gruppe" has one group only (Borgmester); the report compares two groups. Nothing was written.',
    );
    excel.selection = `Ark1!A1`;
    fireEvent.click(screen.getByRole("button", { name: "Read selected answers" }));
    await screen.findByText(
      "The selection has no answers below the header row: select the whole range of answers, or a cell in the answers table.",
    );
    await waitFor(() => expect(screen.queryByRole("button", { name: "New member survey report" })).toBeNull());
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ark1", DATA_SHEET]);
  });
});
