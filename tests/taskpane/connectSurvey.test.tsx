/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { excelGateway } from "../../src/excel/gateway";
import { importGoals } from "../../src/excel/goalTables";
import { goalsFor } from "../../src/goals";
import { FakeExcel } from "../fakes/fakeExcel";
import { HEADERS, syntheticExport } from "../fixtures/syntheticExport";

const EXPORT_SHEET = "Eksport 2022";
const TABLE = "KKRMaal_resultatkontrakt_midtjylland_2022_2022";

/** A workbook with Midtjylland's 2022 goal table and the synthetic export selected. */
async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Ark1", EXPORT_SHEET]);
  const source = "resultatkontrakt-midtjylland-2022";
  await importGoals(
    excel.run,
    { sourceId: source, sourceTitle: "Resultatkontrakt Midtjylland 2022", year: 2022 },
    goalsFor({ source, year: 2022 }),
  );
  await excel.type(EXPORT_SHEET, "A1:K401", [[...HEADERS], ...syntheticExport(400, 2022, 2022).rows]);
  excel.selection = `'${EXPORT_SHEET}'!A1:K401`;
  return excel;
}

const sheetOf = (excel: FakeExcel) => excel.tables.find((table) => table.name === TABLE)!.sheet.name;
const rowOf = (excel: FakeExcel, id: string) => {
  for (let row = 2; row < 40; row++) if (excel.cell(sheetOf(excel), `A${row}`)?.formula === id) return row;
  throw new Error(`no ${id}`);
};

describe("connecting the survey data in the pane", () => {
  it("reads the selection, proposes a column per input, and connects the year's goals", async () => {
    const excel = await workbook();
    render(<App excel={excelGateway(excel.run)} language="da" />);
    await screen.findByRole("heading", { name: "Forbind undersøgelsens data" });
    // The year offered is the year of the workbook's goal tables.
    await waitFor(() => expect((screen.getByLabelText("Eksportens år") as HTMLSelectElement).value).toBe("2022"));
    fireEvent.click(screen.getByRole("button", { name: "Læs markering" }));
    await screen.findByText("Eksporten har 11 kolonner; 1 måltabel for året. Tjek kolonnerne nedenfor.");
    const scores = screen.getByLabelText("scorer (2 mål)") as HTMLSelectElement;
    expect(scores.value).toBe(HEADERS[3]);
    expect(
      screen.getByText("cvr_året_før: tages fra sidste års eksport (navnet cvr_2021), når den er forbundet."),
    ).toBeTruthy();
    // The register's inputs are not in the export: "(ikke i eksporten)", with a hint where they come from.
    expect((screen.getByLabelText("befolkning (1 mål)") as HTMLSelectElement).value).toBe("");
    expect(screen.getAllByText(/^Fra en registertabel med én række pr\. kommune/)).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Forbind" }));
    await screen.findByText("12 mål regner nu på tabellen KKREksport_2022. 2 mål mangler data og står som Ingen data.");
    const row = rowOf(excel, "midt22-m3-nps-vaekst");
    expect(excel.cell(sheetOf(excel), `H${row}`)?.formula).toBe('=KKR.NPS(scorer_2022,segmenter_2022,"vækst")');
  });

  it("asks before replacing a value the user typed, naming the cell, and replaces it on Erstat", async () => {
    const excel = await workbook();
    const row = rowOf(excel, "midt22-m1-kendskab");
    await excel.type(sheetOf(excel), `H${row}`, [[0.47]]);
    render(<App excel={excelGateway(excel.run)} language="da" />);
    await waitFor(() => expect((screen.getByLabelText("Eksportens år") as HTMLSelectElement).value).toBe("2022"));
    fireEvent.click(screen.getByRole("button", { name: "Læs markering" }));
    fireEvent.click(await screen.findByRole("button", { name: "Forbind" }));
    await screen.findByText(
      `Disse celler har værdier, du har skrevet: '${sheetOf(excel)}'!H${row}. Erstat dem med formler, der regner på eksporten?`,
    );
    expect(excel.cell(sheetOf(excel), `H${row}`)?.formula).toBe(0.47);
    fireEvent.click(screen.getByRole("button", { name: "Erstat" }));
    await screen.findByText(/^12 mål regner nu på tabellen KKREksport_2022\./);
    expect(excel.cell(sheetOf(excel), `H${row}`)?.formula).toBe('=KKR.SHARE(kendskab_2022,"ja")');
  });

  it("names a column chosen for two inputs and writes nothing", async () => {
    const excel = await workbook();
    render(<App excel={excelGateway(excel.run)} language="en" />);
    await waitFor(() => expect((screen.getByLabelText("The export's year") as HTMLSelectElement).value).toBe("2022"));
    fireEvent.click(screen.getByRole("button", { name: "Read selection" }));
    const satisfaction = await screen.findByLabelText("tilfredshed (2 goals)");
    fireEvent.change(satisfaction, { target: { value: "Segment" } });
    fireEvent.click(screen.getByRole("button", { name: "Connect" }));
    await screen.findByText('The column "Segment" is chosen for both segmenter, tilfredshed; choose one.');
    expect(excel.tables.some((table) => table.name.startsWith("KKREksport"))).toBe(false);
  });

  it("lays out the register the spread goal needs, with the hub's municipalities, and connects it on its own", async () => {
    const excel = await workbook();
    render(<App excel={excelGateway(excel.run)} language="da" />);
    fireEvent.click(await screen.findByRole("button", { name: "Nyt registerark: Midtjylland 2022" }));
    await screen.findByText(
      'Arket "Register Midtjylland 2022" er lagt ud med områdets kommuner: skriv aktivitet og befolkning, markér tabellen, og forbind den.',
    );
    const sheet = "Register Midtjylland 2022";
    expect(excel.cell(sheet, "A5")?.formula).toBe("Kode");
    expect(excel.cell(sheet, "B24")?.formula).toBe("Viborg");
    // The analyst fills it in, selects it and connects it: Forbind proposes its two columns.
    await excel.type(
      sheet,
      "C6:D24",
      Array.from({ length: 19 }, (_, index) => [10 + index, 20_000 + 1_000 * index]),
    );
    excel.selection = `'${sheet}'!A5:D24`;
    fireEvent.click(screen.getByRole("button", { name: "Læs markering" }));
    expect(((await screen.findByLabelText("aktivitet_pr_kommune (1 mål)")) as HTMLSelectElement).value).toBe(
      "Aktivitet (vejledte virksomheder)",
    );
    expect((screen.getByLabelText("befolkning (1 mål)") as HTMLSelectElement).value).toBe("Befolkning (FOLK1A)");
    fireEvent.click(screen.getByRole("button", { name: "Forbind" }));
    await screen.findByText(/^1 mål regner nu på tabellen KKRRegister_2022\./);
    expect(excel.names.get("befolkning_2022")).toBeDefined();
  });

  it("offers no register sheet for a year whose goals need none", async () => {
    const excel = new FakeExcel(["Ark1"]);
    await importGoals(
      excel.run,
      { sourceId: "rammeaftale-2021-2023", sourceTitle: "Rammeaftale 2021-2023", year: 2022, hub: "fyn" },
      goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "fyn" }),
    );
    render(<App excel={excelGateway(excel.run)} language="da" />);
    // The goal tables are read: the year offered is theirs.
    await waitFor(() => expect((screen.getByLabelText("Eksportens år") as HTMLSelectElement).value).toBe("2022"));
    expect(screen.queryByRole("button", { name: /Nyt registerark/ })).toBeNull();
  });
});
