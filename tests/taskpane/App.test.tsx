/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { ExcelGateway, excelGateway } from "../../src/excel/gateway";
import { aGoal } from "../builders";
import { goalsFor } from "../../src/goals";
import { FakeExcel } from "../fakes/fakeExcel";

const SHEET = "Mål 2022 RA Midtjylland";

function renderPane(
  excel = new FakeExcel(),
  language: "da" | "en" = "da",
  gateway: ExcelGateway = excelGateway(excel.run),
) {
  render(<App excel={gateway} language={language} />);
  return excel;
}

const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function pickMidtjylland2022() {
  choose("Kilde", "rammeaftale-2021-2023");
  choose("År", "2022");
  choose("Erhvervshus", "midtjylland");
}

describe("the task pane", () => {
  it.each([
    ["da", "Hjælp (brugervejledning)", "Projektmappen har endnu ingen måltabeller."],
    ["en", "Help (user guide)", "The workbook has no goal tables yet."],
  ] as const)("links to the user guide on the same host, in a new window (%s)", async (language, name, loaded) => {
    renderPane(new FakeExcel(), language);
    await screen.findByText(loaded); // the pane has read the workbook: no update comes after the test
    const link = screen.getByRole("link", { name });
    expect(link.getAttribute("href")).toBe("docs/brugervejledning.html");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("shows the goals in force for the chosen source, year, hub and segment, with thresholds", async () => {
    renderPane();
    await screen.findByText("Projektmappen har endnu ingen måltabeller.");
    expect(screen.getByText("3 mål gælder")).toBeTruthy(); // the first source: rammeaftale 2019-2020
    await pickMidtjylland2022();
    const expected = goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland" }).length;
    expect(screen.getByText(`${expected} mål gælder`)).toBeTruthy();
    const list = screen.getByRole("list", { name: `${expected} mål gælder` });
    // Each goal says how its actual value is computed, with the Danish function name, and quotes its source.
    const effect = within(list)
      .getByText(/Forventet positiv effekt/)
      .closest("li") as HTMLElement;
    expect(within(effect).getByText("Faktisk værdi: =KKR.EFFEKTANDEL(effektsvar)")).toBeTruthy();
    expect(within(effect).getByText("Kildens ordlyd")).toBeTruthy();
    expect(within(effect).getByText(/“I 2021 vurderer 65 pct\. .* \(7\.1, Mål 7\)$/)).toBeTruthy();
    expect(screen.getByText(`Rul i listen for at se alle ${expected} mål.`)).toBeTruthy();
    // The hub field says why it matters, and why it is fixed for a contract.
    expect(screen.getByText(/Vælg et erhvervshus for dets egne tal/)).toBeTruthy();
    choose("Kilde", "resultatkontrakt-midtjylland-2022");
    expect(screen.getByText("En resultatkontrakt gælder ét erhvervshus: Midtjylland.")).toBeTruthy();
    choose("Kilde", "rammeaftale-2021-2023");
    choose("Segment", "drift");
    expect(
      within(screen.getByRole("list", { name: /mål gælder/ })).queryByText(/Net Promoter Score \(vækst\)/),
    ).toBeNull();
  });

  it("marks a monthly threshold and a goal pending in its source, and shows the goal's note under its quote", async () => {
    renderPane();
    await screen.findByText("Projektmappen har endnu ingen måltabeller.");
    choose("Kilde", "resultatkontrakt-hovedstaden-2024");
    const list = screen.getByRole("list", { name: /mål gælder/ });
    const views = within(list)
      .getByText(/^Månedlige visninger/)
      .closest("li") as HTMLElement;
    expect(within(views).getByText("(100.000 pr. måned)")).toBeTruthy();
    expect(within(views).getByText(/^Note: Et månedligt tal: skriv årets gennemsnit pr\. måned/)).toBeTruthy();
    const nps = within(list)
      .getByText(/^Net Promoter Score \(drift\)/)
      .closest("li") as HTMLElement;
    expect(within(nps).getByText("· afventer i kilden")).toBeTruthy();
    expect(within(views).queryByText(/afventer i kilden/)).toBeNull();
  });

  it("opens where the user left this workbook, and remembers each change in it", async () => {
    const excel = new FakeExcel();
    excel.settings.set(
      "KKR.picker",
      JSON.stringify({ sourceId: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland", segment: "drift" }),
    );
    renderPane(excel);
    await waitFor(() =>
      expect((screen.getByLabelText("Kilde") as HTMLSelectElement).value).toBe("rammeaftale-2021-2023"),
    );
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2022");
    expect((screen.getByLabelText("Erhvervshus") as HTMLSelectElement).value).toBe("midtjylland");
    expect((screen.getByLabelText("Segment") as HTMLSelectElement).value).toBe("drift");
    const expected = goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland", segment: "drift" });
    expect(screen.getByText(`${expected.length} mål gælder`)).toBeTruthy();

    // A new source without the remembered year opens on its first year, and that is what is kept.
    choose("Kilde", "resultatkontrakt-hovedstaden-2024");
    await waitFor(() =>
      expect(JSON.parse(excel.settings.get("KKR.picker") as string)).toEqual({
        sourceId: "resultatkontrakt-hovedstaden-2024",
        year: 2024,
        hub: "midtjylland",
        segment: "drift",
      }),
    );
    choose("Segment", "");
    await waitFor(() => expect(JSON.parse(excel.settings.get("KKR.picker") as string).segment).toBeUndefined());
  });

  it("opens on the first source when the remembered one is not offered", async () => {
    const excel = new FakeExcel();
    excel.settings.set("KKR.picker", JSON.stringify({ sourceId: "a-removed-template", year: 2030 }));
    renderPane(excel);
    await screen.findByText("Projektmappen har endnu ingen måltabeller.");
    expect((screen.getByLabelText("Kilde") as HTMLSelectElement).value).toBe("rammeaftale-2019-2020");
    expect(screen.getByText("3 mål gælder")).toBeTruthy();
  });

  it("inserts the goals into the workbook and says where", async () => {
    const excel = renderPane();
    await pickMidtjylland2022();
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    const count = goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland" }).length;
    await screen.findByText(`${count} mål indsat på arket "${SHEET}".`);
    expect(excel.tables.map((table) => table.sheet.name)).toEqual([SHEET]);
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText(`Arket "${SHEET}": ${count} mål opdateret, 0 nye.`);
    expect(excel.tables).toHaveLength(1);
  });

  it("reports an Excel failure instead of failing silently", async () => {
    const failing: ExcelGateway = {
      ...excelGateway(new FakeExcel().run),
      importGoals: () => Promise.reject(new Error("The workbook is protected.")),
    };
    renderPane(undefined, "da", failing);
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText("Excel svarede med en fejl: The workbook is protected.");
  });

  it("lists missed and partly met goals, refreshes when the workbook changes, and goes to their cells", async () => {
    const excel = renderPane();
    await pickMidtjylland2022();
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText(/mål indsat/);
    await screen.findByText("Alle mål med data er opfyldt.");

    // The user types results; Excel recalculates the status formulas.
    excel.calculated(SHEET, "J2:J4", [["Ikke opfyldt"], ["Delvist opfyldt"], ["Ikke opfyldt, inden for usikkerheden"]]);
    jest.useFakeTimers();
    await act(async () => {
      await excel.type(SHEET, "H2", [[0.3]]);
      jest.advanceTimersByTime(500);
    });
    jest.useRealTimers();
    await screen.findByText("1 ikke opfyldt, 1 delvist opfyldt, 1 inden for usikkerheden");
    // Worst first: the clear miss, then the miss within the uncertainty, then the partly met goal.
    expect(
      within(screen.getByRole("list", { name: "Gennemgang" }))
        .getAllByRole("listitem")
        .map((item) => item.firstChild?.textContent),
    ).toEqual(["Ikke opfyldt", "Ikke opfyldt, inden for usikkerheden", "Delvist opfyldt"]);
    // Each says which table it is in, with its actual value and threshold as Excel displays them.
    expect(screen.getByText(`${SHEET} · faktisk 0.3 · tærskel 0.5`)).toBeTruthy();

    const goals = goalsFor({ source: "rammeaftale-2021-2023", year: 2022, hub: "midtjylland" });
    fireEvent.click(screen.getByRole("button", { name: `Gå til status for ${goals[1].title.da}` }));
    await waitFor(() => expect(excel.selection).toBe(`'${SHEET}'!J3`));
  });

  it("links a goal's actual value to the selected cell, asking before it replaces a value", async () => {
    const excel = renderPane(new FakeExcel(["Data"]));
    await pickMidtjylland2022();
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText(/mål indsat/);
    await excel.type(SHEET, "H2", [[0.4]]);
    excel.selection = "Data!C4";

    await waitFor(() => expect(screen.getByLabelText("Mål")).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Kæd til markeret celle" }));
    await screen.findByText("Målet har allerede værdien 0,4. Erstat den med en kæde til den markerede celle?");
    expect(excel.cell(SHEET, "H2")?.formula).toBe(0.4);
    fireEvent.click(screen.getByRole("button", { name: "Erstat" }));
    await screen.findByText("Faktisk værdi er nu =Data!C4.");
    expect(excel.cell(SHEET, "H2")?.formula).toBe("=Data!C4");

    excel.selection = "Data!C4:C9";
    fireEvent.click(screen.getByRole("button", { name: "Kæd til markeret celle" }));
    await screen.findByText("Markér én celle, ikke et område.");
  });

  it("loads a template file and offers its goals, or lists what is wrong with it", async () => {
    renderPane();
    // The own-goals section loads just after the first screen.
    await screen.findByLabelText("Skabelonfil");
    const upload = (name: string, content: string) =>
      fireEvent.change(screen.getByLabelText("Skabelonfil"), {
        target: { files: [new File([content], name, { type: "application/json" })] },
      });

    upload("fejl.json", JSON.stringify({ goals: [{ id: "x" }] }));
    await screen.findByText("fejl.json kunne ikke indlæses:");
    // In the user's words: which goal, which field, what is wrong.
    expect(screen.getByText('Mål 1 ("x"), id: et id er 3-80 tegn: små bogstaver a-z, tal og bindestreg')).toBeTruthy();
    expect(screen.getByText('Mål 1 ("x"), kilde: mangler')).toBeTruthy();

    const goal = aGoal({ hub: "fyn" });
    upload("fyn.json", JSON.stringify({ goals: [goal] }));
    await screen.findByText("1 mål indlæst fra fyn; vælg kilden ovenfor.");
    expect((screen.getByLabelText("Kilde") as HTMLSelectElement).value).toBe("Resultatkontrakt Fyn 2025");
    expect(screen.getByText("1 mål gælder")).toBeTruthy();
    expect(screen.getByText("(12)")).toBeTruthy();
  });

  it("shows why the review could not be read, and reads again on Opdater", async () => {
    const excel = new FakeExcel();
    let failures = 1;
    const gateway = excelGateway(excel.run);
    const flaky: ExcelGateway = {
      ...gateway,
      readGoalRows: () => (failures-- > 0 ? Promise.reject(new Error("Busy")) : gateway.readGoalRows()),
    };
    renderPane(excel, "da", flaky);
    await screen.findByText("Excel svarede med en fejl: Busy");
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText("Alle mål med data er opfyldt.");
    excel.calculated("Mål 2019 RA", "J2", [["Ikke opfyldt"]]);
    fireEvent.click(screen.getByRole("button", { name: "Opdater" }));
    await screen.findByText("1 ikke opfyldt, 0 delvist opfyldt, 0 inden for usikkerheden");
  });

  it("speaks English where Office runs in English", async () => {
    renderPane(new FakeExcel(), "en");
    await screen.findByText("The workbook has no goal tables yet.");
    expect(screen.getByRole("button", { name: "Insert into workbook" })).toBeTruthy();
    expect(screen.getByLabelText("Source")).toBeTruthy();
    expect(screen.getByText("Framework agreement 2019-2020")).toBeTruthy();
  });

  it("lays out the allocation, quota, KKR composition, two-step and deficit-guarantee sheets, on new sheets", async () => {
    const excel = renderPane(new FakeExcel(["Ark1"]));
    fireEvent.click(screen.getByRole("tab", { name: "Fordeling og kvoter" }));
    // The finance view loads when first opened.
    await screen.findByLabelText("Område");
    choose("Område", "Fyn");
    // Quotas and the KKR's composition are per region: the hub area Fyn cannot have them.
    expect(
      screen.getByText("Kvoter og KKR's sammensætning gælder pr. region (KKR); vælg en region for dem."),
    ).toBeTruthy();
    expect((screen.getByRole("button", { name: "Ny kvoteberegning" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Ny sammensætning af KKR" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Ny fordeling" }));
    await screen.findByText('Arket "Fordeling Fyn" er lagt ud: skriv beløbet i B4 og vægtene i kolonne C.');
    expect(excel.cell("Fordeling Fyn", "E8")?.formula).toBe("=KKR.POPALLOC($B$4,C8:C16,$B$5,D8:D16)");

    choose("Område", "Hovedstaden");
    fireEvent.click(screen.getByRole("button", { name: "Ny kvoteberegning" }));
    await screen.findByText(
      'Arket "Kvoter Hovedstaden" er lagt ud: skriv brevets tal i D4:D8 og kommunernes tal i kolonne D-F.',
    );
    expect(excel.cell("Kvoter Hovedstaden", "J11")?.formula).toBe("=KKR.TRANSFER(H11:H39,B11:B39,I11:I39)");
    fireEvent.click(screen.getByRole("button", { name: "Ny sammensætning af KKR" }));
    await screen.findByText(
      'Arket "Sammensætning KKR Hovedstaden" er lagt ud: skriv partiernes navne, stemmer og borgmestre i kolonne A-C fra række 10.',
    );
    expect(excel.cell("Sammensætning KKR Hovedstaden", "G10")?.formula).toBe("=KKR.SEATS(E10:E24,$B$5,F10:F24)");

    fireEvent.click(screen.getByRole("button", { name: "Ny fordeling i to trin" }));
    await screen.findByText(/^Arket "To trin Hovedstaden" er lagt ud: skriv totalen i D6/);
    expect(excel.cell("To trin Hovedstaden", "A12")?.formula).toBe("Hovedstaden");

    // The deficit guarantee exists for a hub area too; the whole country has no KKR of its own.
    choose("Område", "Sydjylland");
    fireEvent.click(screen.getByRole("button", { name: "Ny underskudsgaranti" }));
    await screen.findByText(/^Arket "Underskudsgaranti Sydjylland" er lagt ud: skriv botilbuddet i D4:D6/);
    expect(excel.cell("Underskudsgaranti Sydjylland", "B20")?.formula).toBe("Middelfart");
    choose("Område", "");
    expect(screen.getByText("KKR's sammensætning gælder pr. region; vælg en region for den.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Ny kvoteberegning" }) as HTMLButtonElement).disabled).toBe(false);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([
      "Ark1",
      "Fordeling Fyn",
      "Kvoter Hovedstaden",
      "Sammensætning KKR Hovedstaden",
      "To trin Hovedstaden",
      "Underskudsgaranti Sydjylland",
    ]);

    // Back to the goals: what was chosen there is kept.
    fireEvent.click(screen.getByRole("tab", { name: "Målopfølgning" }));
    expect(screen.getByRole("button", { name: "Indsæt i projektmappen" })).toBeTruthy();
  });

  it("lays out the finance sheets in English where Office runs in English", async () => {
    const excel = new FakeExcel();
    renderPane(excel, "en");
    fireEvent.click(screen.getByRole("tab", { name: "Allocations and quotas" }));
    await screen.findByLabelText("Area");
    choose("Area", "");
    fireEvent.click(screen.getByRole("button", { name: "New quota sheet" }));
    await screen.findByText(/The sheet "Quotas whole country" is laid out/);
    expect(excel.cell("Quotas whole country", "A1")?.formula).toBe("Municipal refugee quotas: Whole country");
    expect(excel.cell("Quotas whole country", "B10")?.formula).toBe("Municipality");
  });

  it("builds the overview for the KKR meeting and says how many tables it shows", async () => {
    const excel = renderPane();
    await pickMidtjylland2022();
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText(/mål indsat/);
    fireEvent.click(screen.getByRole("button", { name: "Byg overblik" }));
    await screen.findByText('Arket "Overblik" viser 1 måltabel.');
    expect(excel.cell("Overblik", "E5")?.formula).toBe(SHEET);
  });

  it("shows a source's years side by side, linked to the years already in the workbook", async () => {
    const excel = renderPane();
    choose("Kilde", "rammeaftale-2024-2027");
    choose("År", "2024");
    choose("Erhvervshus", "fyn");
    fireEvent.click(screen.getByRole("button", { name: "Indsæt i projektmappen" }));
    await screen.findByText(/mål indsat/);
    fireEvent.click(screen.getByRole("button", { name: "Vis 2024-2027 side om side" }));
    await screen.findByText(/viser 4 år side om side; 1 af dem er hentet fra måltabellerne\.$/);
    expect(excel.sheets.some((sheet) => sheet.name.startsWith("Udvikling Rammeaftale 2024-2027"))).toBe(true);
  });

  it("makes the Egne mål sheet, reads it, names a bad cell, and offers the goals as a source", async () => {
    const excel = renderPane();
    fireEvent.click(await screen.findByRole("button", { name: "Opret eller åbn arket Egne mål" }));
    await screen.findByText('Arket "Egne mål" er åbent; skriv målene i tabellen, og klik Læs.');
    await excel.type("Egne mål", "J2", [["tolv"]]);
    fireEvent.click(screen.getByRole("button", { name: "Læs arket Egne mål" }));
    await screen.findByText("Arket Egne mål har fejl; ret cellerne og læs igen:");
    expect(screen.getByText("'Egne mål'!J2 (tærskel): skal være et tal")).toBeTruthy();
    await excel.type("Egne mål", "J2", [[12]]);
    fireEvent.click(screen.getByRole("button", { name: "Læs arket Egne mål" }));
    await screen.findByText("1 egne mål læst; vælg kilden ovenfor.");
    expect((screen.getByLabelText("Kilde") as HTMLSelectElement).value).toBe("Resultatkontrakt Fyn 2025");
    expect(screen.getByRole("button", { name: "Gem som skabelonfil (egne-maal.json)" })).toBeTruthy();
  });

  it("puts a loaded template file's goals into the Egne mål sheet, a year's own threshold on a row under the goal", async () => {
    const excel = renderPane();
    const goal = aGoal({
      id: "fyn-nyhedsbreve-2",
      years: [2025, 2026],
      overrides: [{ year: 2026, levels: [{ fulfilment: 1, threshold: 14 }] }],
    });
    fireEvent.change(await screen.findByLabelText("Skabelonfil"), {
      target: { files: [new File([JSON.stringify({ goals: [goal] })], "fyn.json", { type: "application/json" })] },
    });
    await screen.findByText("1 mål indlæst fra fyn; vælg kilden ovenfor.");
    fireEvent.click(screen.getByRole("button", { name: "Sæt målene ind i arket Egne mål" }));
    await screen.findByText('1 mål sat ind i arket "Egne mål".');
    const row = (number: number, columns: string[]) =>
      columns.map((column) => excel.cell("Egne mål", `${column}${number}`)?.formula ?? "");
    expect(row(2, ["A", "I", "J", "N"])).toEqual(["fyn-nyhedsbreve-2", "", 12, "2025-2026"]);
    expect(row(3, ["A", "I", "J", "N"])).toEqual(["fyn-nyhedsbreve-2", "2026", 14, ""]);
  });

  it("makes English goal tables where Office runs in English, and reviews them in English", async () => {
    const excel = renderPane(new FakeExcel(["Sheet1"]), "en");
    choose("Source", "rammeaftale-2021-2023");
    choose("Year", "2022");
    choose("Business hub", "midtjylland");
    fireEvent.click(screen.getByRole("button", { name: "Insert into workbook" }));
    await screen.findByText(/goals inserted on sheet "Goals 2022 FA Midtjylland"/);
    expect(excel.cell("Goals 2022 FA Midtjylland", "J1")?.formula).toBe("Status");
    excel.calculated("Goals 2022 FA Midtjylland", "J2:J3", [["Missed"], ["Met, within the uncertainty"]]);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByText("1 missed, 0 partly met, 1 within the uncertainty");
  });

  it("reads again quietly when Excel answers that the user is editing a cell", async () => {
    const excel = new FakeExcel();
    let busy = true;
    const gateway: ExcelGateway = {
      ...excelGateway(excel.run),
      readGoalRows: () =>
        busy
          ? ((busy = false),
            Promise.reject(Object.assign(new Error("cell edit"), { code: "InvalidOperationInCellEditMode" })))
          : excelGateway(excel.run).readGoalRows(),
    };
    renderPane(excel, "da", gateway);
    // The second read, a second later, succeeds; the failed first one showed nothing.
    await screen.findByText("Projektmappen har endnu ingen måltabeller.");
    expect(busy).toBe(false);
    expect(screen.queryByText(/Excel svarede med en fejl/)).toBeNull();
  });
});
