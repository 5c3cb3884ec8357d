/**
 * The deficit-guarantee and council sheets (and KKR.SEATS) rest on quotes from their sources; each quote the
 * README, the sheets and the functions' comments lean on is read in the source file itself, so a quote
 * that drifts from its source fails here.
 */
import { readFileSync } from "fs";
import { join } from "path";

/** A source's text with PDF line breaks and hyphenation at line ends undone, spaces collapsed. */
function source(file: string): string {
  const text = readFileSync(join(__dirname, "..", "fixtures", "sources", file), "utf8");
  return text
    .replace(/-\s*\n\s*/g, "")
    .replace(/\*\*/g, "")
    .replace(/\s+/g, " ");
}

describe("the quotes behind the deficit guarantee and the council's composition", () => {
  it("reads KKR Syddanmark's deficit model (August 2024)", () => {
    const model = source("underskudsmodel-syddanmark-2024.md");
    for (const quote of [
      "i op til 3 år efter start, kan få 50% af underskuddet dækket af fællesskabet",
      "Underskud på et botilbud, hvor der året igennem har været fuld belægning, kan ikke finansieres",
      "Såfremt der i år 2 efter opstart af tilbuddet, er fuld belægning på botilbuddet, falder underskudsmodellen væk",
      "fastsættes i betalingen med baggrund i befolkningsandelen blandt kommunerne i Syddanmark",
      "at de ikke kan anvende pladser på det pågældende botilbud de første 3 år",
      "KKR vurderer den potentielle økonomiske konsekvens for de kommuner, der skal dække et muligt underskud, før endelig stillingtagen",
      "da kan regionen efter konkret vurdering også omfattes af den udvidede underskudsmodel",
    ])
      expect(model).toContain(quote);
    // What the sheet reads as open: the source says nothing of the host's own share, nor of a full year 1.
    expect(model).not.toMatch(/år 1 efter opstart/);
  });

  it("reads KKR Midtjylland's rules of procedure 2022-2026, § 3", () => {
    const rules = source("forretningsorden-kkr-midtjylland-2022-2026.md");
    for (const quote of [
      "KKR kan maksimalt have det dobbelte antal medlemmer i forhold til antallet af kommuner i den pågældende region",
      "Et parti/listesamarbejde kan ikke få færre medlemmer i KKR end det antal borgmestre, som er valgt for partiet/listesamarbejdet i kommunerne i regionen",
      "skal have mindst et medlem i KKR",
      "underrepræsentationen (dvs. forholdet mellem procentvis andel af stemmerne og procentvis andel af pladserne i KKR) er mindst muligt for det parti/listesamarbejde, der samlet set er blevet mest underrepræsenteret",
      "har opnået mindst 2% af stemmerne",
      "Valgene sker ved forholdstalsvalg",
    ])
      expect(rules).toContain(quote);
  });
});
