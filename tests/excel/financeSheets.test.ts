import { parseArea } from "../../src/core";
import { allocationPlan, quotaPlan } from "../../src/sheets/financeSheets";
import { deficitPlan } from "../../src/sheets/deficitGuarantee";
import { addPlannedSheet } from "../../src/excel/sheets";
import { FakeExcel } from "../fakes/fakeExcel";

const region = (name: string) => parseArea(name) as Extract<ReturnType<typeof parseArea>, { kind: "region" }>;

describe("the allocation sheet (Ny fordeling)", () => {
  it("lays out the area's municipalities, one POPALLOC formula and a control row, in 2 syncs", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, allocationPlan(parseArea("Fyn")));
    expect(sheetName).toBe("Fordeling Fyn");
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(cell("A1")).toBe("Fordeling efter befolkning: Erhvervshus Fyn");
    expect([cell("A4"), cell("A5"), cell("B5")]).toEqual(["Beløb i alt", "Decimaler", 0]);
    expect(["A7", "B7", "C7", "D7", "E7"].map(cell)).toEqual([
      "Kode",
      "Kommune",
      "Vægt (befolkning)",
      "Udelad (x)",
      "Andel",
    ]);
    // Bilag 1's nine municipalities of the hub Fyn in rows 8-16, by code: Assens (420) first, Ærø (492) last.
    expect([cell("A8"), cell("B8"), cell("A16"), cell("B16")]).toEqual([420, "Assens", 492, "Ærø"]);
    expect(cell("E8")).toBe("=KKR.POPALLOC($B$4,C8:C16,$B$5,D8:D16)");
    expect(cell("E9") ?? "").toBe(""); // the formula spills; nothing is written below it
    expect(["A17", "C17", "E17"].map(cell)).toEqual(["I alt", "=SUM(C8:C16)", "=SUM(E8:E16)"]);
    expect(cell("B18")).toBe(
      '=IF(ISNUMBER($B$4),IF(ROUND(E17-$B$4,9)=0,"Delene giver totalen","Delene giver IKKE totalen"),"")',
    );
    expect(excel.sheet(sheetName).formats).toContainEqual({
      address: "B4",
      bold: undefined,
      fill: "#FFF2CC",
      wrap: undefined,
    });
    expect(excel.selection).toBe("'Fordeling Fyn'!B4");
  });

  it("costs the same 2 syncs for all 98 municipalities", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, allocationPlan(undefined));
    expect(excel.syncCount).toBe(2);
    expect(excel.cell(sheetName, "E8")?.formula).toBe("=KKR.POPALLOC($B$4,C8:C105,$B$5,D8:D105)");
    expect(excel.cell(sheetName, "B105")?.formula).toBe("Hjørring");
  });

  it("never writes over a sheet the user has: a name in use gets a new one", async () => {
    const excel = new FakeExcel(["Fordeling Fyn"]);
    await excel.type("Fordeling Fyn", "A1", [["Mit eget ark"]]);
    const { sheetName } = await addPlannedSheet(excel.run, allocationPlan(parseArea("Fyn")));
    expect(sheetName).toBe("Fordeling Fyn (2)");
    expect(excel.cell("Fordeling Fyn", "A1")?.formula).toBe("Mit eget ark");
  });
});

describe("the quota sheet (Ny kvoteberegning)", () => {
  it("lays out the letter's figures, the inputs, QUOTA, TRANSFER, totals and region totals, in 2 syncs", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, quotaPlan(region("Hovedstaden")));
    expect(sheetName).toBe("Kvoter Hovedstaden");
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(["A4", "A5", "A6", "A7", "A8"].map(cell)).toEqual([
      "Landstal",
      "Regionskvote",
      "Befolkning, hele landet",
      "Ikke-vestlige indvandrere, hele landet",
      "Familiesammenførte året før, hele landet",
    ]);
    // The inputs in D, their labels running over A-C; the sheet prints landscape, the header repeated.
    expect(excel.selection).toBe("'Kvoter Hovedstaden'!D4");
    expect(excel.sheet(sheetName).print).toMatchObject({ titleRows: "$10:$10", orientation: "Landscape" });
    expect(["A10", "H10", "I10", "J10"].map(cell)).toEqual(["Kode", "Beregnet kvote", "Overtages af", "Endelig kvote"]);
    // 29 municipalities in rows 11-39: København (101) first, Bornholm (400) last.
    expect([cell("A11"), cell("B11"), cell("C11"), cell("B39")]).toEqual([101, "København", "Hovedstaden", "Bornholm"]);
    expect(cell("H11")).toBe("=KKR.QUOTA($D$5,D11:D39,E11:E39,F11:F39,$D$4,$D$6,$D$7,$D$8,G11:G39)");
    expect(cell("J11")).toBe("=KKR.TRANSFER(H11:H39,B11:B39,I11:I39)");
    expect(["A40", "D40", "H40", "J40"].map(cell)).toEqual([
      "Region i alt",
      "=SUM(D11:D39)",
      "=SUM(H11:H39)",
      "=SUM(J11:J39)",
    ]);
    expect(cell("B41")).toBe(
      '=IF(ISNUMBER($D$5),IF(J40=$D$5,"Kvoterne giver det samlede antal","Kvoterne giver IKKE det samlede antal"),"")',
    );
    expect([cell("A43"), cell("A44"), cell("B44")]).toEqual(["Region", "Hovedstaden", "=SUMIF(C11:C39,A44,J11:J39)"]);
  });

  it("lists every region's total when the sheet is for the whole country", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, quotaPlan());
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(cell("A5")).toBe("Antal at fordele");
    // 98 rows 11-108, totals 109, control 110, region header 112, regions 113-117.
    expect(["A113", "A114", "A115", "A116", "A117"].map(cell)).toEqual([
      "Hovedstaden",
      "Sjælland",
      "Syddanmark",
      "Midtjylland",
      "Nordjylland",
    ]);
    expect(cell("B117")).toBe("=SUMIF(C11:C108,A117,J11:J108)");
  });
});

describe("the deficit-guarantee sheet (Ny underskudsgaranti)", () => {
  it("lays out inputs, years, the municipalities with the region last, six splits and print settings, in 2 syncs", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, deficitPlan(parseArea("Syddanmark")));
    expect(sheetName).toBe("Underskudsgaranti Syddanmark");
    expect(excel.syncCount).toBe(2);
    const cell = (address: string) => excel.cell(sheetName, address)?.formula;
    expect(cell("A1")).toBe("Underskudsgaranti for et nyt botilbud: Region Syddanmark");
    // The readings the source leaves open, each a cell with its default.
    expect([cell("A9"), cell("D9"), cell("A10"), cell("D10")]).toEqual([
      "Driftskommunen betaler egen andel",
      "ja",
      "Fuld belægning år 1 afslutter garantien",
      "nej",
    ]);
    expect(cell("D6")).toBe(0.5);
    expect(cell("D15")).toBe('=IF(AND($D$10="ja",C14="ja"),"nej","ja")');
    expect(cell("D16")).toBe('=IF(AND(D15="ja",C15<>"ja"),"ja","nej")');
    // Region Syddanmark's 22 municipalities in rows 20-41 by code (Middelfart 410 to Vejle 630), the region in row 42.
    expect([cell("B20"), cell("B41"), cell("B42"), cell("C42")]).toEqual(["Middelfart", "Vejle", "Regionen", "=$D$8"]);
    expect(cell("E20")).toBe('=IF(OR(D20<>"",AND($D$9<>"ja",B20=$D$5)),"ja","nej")');
    expect(cell("E42")).toBe('=IF($D$7<>"ja","ja","nej")');
    expect(cell("G20")).toBe("=KKR.POPALLOC($E$14,C20:C42,0,E20:E42)");
    expect(cell("M20")).toBe("=KKR.POPALLOC($E$16,C20:C42,0,F20:F42)");
    expect(cell("O20")).toBe("=J20-N20");
    expect(cell("A43")).toBe("I alt");
    expect(excel.sheet(sheetName).print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$19:$19",
      leftFooter: "Underskudsgaranti for et nyt botilbud: Region Syddanmark",
      rightFooter: "&D",
    });
    expect(excel.selection).toBe("'Underskudsgaranti Syddanmark'!D4");
  });

  it("is English where Office is", async () => {
    const excel = new FakeExcel();
    const { sheetName } = await addPlannedSheet(excel.run, deficitPlan(parseArea("Fyn"), "en"));
    expect(sheetName).toBe("Deficit guarantee Fyn");
    expect(excel.cell(sheetName, "D15")?.formula).toBe('=IF(AND($D$10="yes",C14="yes"),"no","yes")');
    expect(excel.cell(sheetName, "B29")?.formula).toBe("The region");
  });
});
