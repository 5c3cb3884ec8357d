/**
 * @jest-environment jsdom
 *
 * The built add-in as Excel would load it: an offline structural check of manifest.xml (the online
 * `npm run validate` needs Microsoft's service), and the function metadata in both languages.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { DECLARATIONS } from "../../src/functions/declarations";
import { FUNCTION_IDS } from "../helpers";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");

interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  options?: Record<string, boolean>;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

function readDist(file: string): string {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(path, "utf8");
}

const metadata = (file: string): FunctionMetadata[] => JSON.parse(readDist(file)).functions;
const manifest = new DOMParser().parseFromString(readFileSync(join(root, "manifest.xml"), "utf8"), "application/xml");
const elements = (tag: string): Element[] => Array.from(manifest.getElementsByTagName(tag));

describe("function metadata", () => {
  const english = metadata("functions.json");
  const danish = metadata("functions.da.json");
  const byId = (list: FunctionMetadata[], id: string): FunctionMetadata => {
    const found = list.find((fn) => fn.id === id);
    if (!found) throw new Error(`no function ${id}`);
    return found;
  };

  it("has the functions with matrix ranges where ranges are taken or returned", () => {
    expect(english.map((fn) => fn.id).sort()).toEqual(FUNCTION_IDS);
    const matrices = (fn: FunctionMetadata): string[] =>
      fn.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name);
    expect(matrices(byId(english, "NPS"))).toEqual(["scores", "segments", "excluded"]);
    expect(matrices(byId(english, "EFFECTSHARE"))).toEqual(["answers", "segments"]);
    expect(matrices(byId(english, "SHARE"))).toEqual(["answers", "counted", "excluded", "segments"]);
    expect(matrices(byId(english, "SPREAD"))).toEqual(["counts", "population"]);
    expect(matrices(byId(english, "NEWSHARE"))).toEqual(["ids", "previousIds"]);
    expect(matrices(byId(english, "NPSINTERVAL"))).toEqual(["scores", "segments", "excluded"]);
    expect(matrices(byId(english, "TRANSFER"))).toEqual(["amounts", "names", "receivers"]);
    expect(matrices(byId(english, "DHONDT"))).toEqual(["votes", "alliances"]);
    expect(byId(english, "DHONDT").result.dimensionality).toBe("matrix");
    expect(matrices(byId(english, "SEATS"))).toEqual(["votes", "minimum"]);
    expect(matrices(byId(english, "TWOSTEP"))).toEqual(["areas", "weights", "areaWeights"]);
    expect(byId(english, "TWOSTEP").result.dimensionality).toBe("matrix");
    expect(byId(english, "SEATS").result.dimensionality).toBe("matrix");
    expect(byId(english, "MUNICIPALITIES").result.dimensionality).toBe("matrix");
    expect(byId(english, "NPSINTERVAL").result.dimensionality).toBe("matrix");
    expect(byId(english, "SHAREINTERVAL").result.dimensionality).toBe("matrix");
    expect(matrices(byId(english, "POPALLOC"))).toEqual(["weights", "exclude"]);
    expect(matrices(byId(english, "QUOTA"))).toEqual(["population", "immigrants", "familyReunified", "exclude"]);
    expect(byId(english, "POPALLOC").result.dimensionality).toBe("matrix");
    expect(byId(english, "QUOTA").result.dimensionality).toBe("matrix");
    expect(byId(english, "NPS").result.dimensionality).toBeUndefined();
  });

  it("has the same ids, parameter counts, types and shapes in Danish, with Danish names", () => {
    expect(danish.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    expect(Object.fromEntries(danish.map((fn) => [fn.id, fn.name]))).toEqual({
      NPS: "NPS",
      EFFECTSHARE: "EFFEKTANDEL",
      SHARE: "ANDEL",
      SPREAD: "SPREDNING",
      NEWSHARE: "NYANDEL",
      NPSINTERVAL: "NPSINTERVAL",
      SHAREINTERVAL: "ANDELSINTERVAL",
      SHARECHANGE: "ANDELSÆNDRING",
      NPSCHANGE: "NPSÆNDRING",
      CHOICES: "VALG",
      SCALEMEAN: "SKALAGENNEMSNIT",
      SCALEDISTRIBUTION: "SKALAFORDELING",
      MEANINTERVAL: "GENNEMSNITSINTERVAL",
      MEANCHANGE: "GENNEMSNITSÆNDRING",
      POPALLOC: "FORDEL",
      QUOTA: "KVOTE",
      MUNICIPALITIES: "KOMMUNER",
      TRANSFER: "OVERDRAG",
      DHONDT: "DHONDT",
      SEATS: "PLADSER",
      TWOSTEP: "TOTRIN",
    });
    for (const fn of english) {
      const translated = byId(danish, fn.id);
      expect(translated.parameters).toHaveLength(fn.parameters.length);
      expect(translated.result).toEqual(fn.result);
      expect(translated.options ?? {}).toEqual(fn.options ?? {});
      fn.parameters.forEach((parameter, index) => {
        const other = translated.parameters[index];
        expect([other.type, other.dimensionality ?? "scalar", other.optional ?? false]).toEqual([
          parameter.type,
          parameter.dimensionality ?? "scalar",
          parameter.optional ?? false,
        ]);
      });
    }
  });

  it("has every function's parameters as its one declaration says: order, names in both languages, ranges", () => {
    const declarations = Object.values(DECLARATIONS);
    expect(declarations.map((declaration) => declaration.id).sort()).toEqual(FUNCTION_IDS);
    for (const declaration of declarations) {
      const [inEnglish, inDanish] = [byId(english, declaration.id), byId(danish, declaration.id)];
      expect(inDanish.name).toBe(declaration.da);
      expect(inEnglish.parameters.map((parameter) => parameter.name)).toEqual(
        declaration.parameters.map((parameter) => parameter.name.en),
      );
      expect(inDanish.parameters.map((parameter) => parameter.name)).toEqual(
        declaration.parameters.map((parameter) => parameter.name.da),
      );
      expect(inEnglish.parameters.map((parameter) => parameter.dimensionality === "matrix")).toEqual(
        declaration.parameters.map((parameter) => parameter.kind === "range"),
      );
    }
  });

  it("points every function at its help page in its language, at the build's address, and the page exists", () => {
    const base = "https://kkr.kommune.example/tilfoejelse/";
    for (const [list, folder] of [
      [english, "help/"],
      [danish, "help/da/"],
    ] as const) {
      for (const fn of list) {
        expect(fn.helpUrl).toBe(`${base}${folder}${fn.id.toLowerCase()}.html`);
        const page = readDist(`${folder}${fn.id.toLowerCase()}.html`);
        // The page names the function as Excel shows it in that language, with every argument.
        expect(page).toContain(`<h1>KKR.${fn.name}</h1>`);
        for (const parameter of fn.parameters) expect(page).toContain(`<code>${parameter.name}</code>`);
        // What the function reads is written down, and errors are named as that language's Excel shows them.
        expect(page).toContain(
          folder === "help/" ? "<h2>What the function reads</h2>" : "<h2>Hvad funktionen læser</h2>",
        );
        expect(page).toContain(folder === "help/" ? "<code>#VALUE!</code>" : "<code>#VÆRDI!</code>");
        if (folder === "help/da/") expect(page).not.toMatch(/<code>#(VALUE!|DIV\/0!|NAME\?)<\/code>/);
      }
    }
  });

  it("describes every function and parameter in both languages", () => {
    for (const fn of [...english, ...danish]) {
      expect(fn.description.length).toBeGreaterThan(20);
      fn.parameters.forEach((parameter) =>
        expect((parameter as { description?: string }).description?.length).toBeGreaterThan(5),
      );
    }
  });
});

describe("manifest.xml", () => {
  const resources = new Map(
    ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
      elements(tag)
        .filter((el) => el.hasAttribute("id"))
        .map((el) => [el.getAttribute("id") as string, el]),
    ),
  );
  const url = (resid: string): string => resources.get(resid)?.getAttribute("DefaultValue") ?? "";
  const distFileOf = (address: string): string => address.replace("https://localhost:3000/", "");

  it("parses and has a GUID id", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(elements("Id")[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("defines every resid it uses", () => {
    const used = Array.from(manifest.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((resid): resid is string => resid !== null);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((resid) => !resources.has(resid))).toEqual([]);
  });

  it("runs the functions and the task pane in one shared runtime", () => {
    expect(elements("Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")])).toContainEqual([
      "SharedRuntime",
      "1.1",
    ]);
    const runtime = elements("Runtime")[0];
    expect([runtime.getAttribute("resid"), runtime.getAttribute("lifetime")]).toEqual(["Taskpane.Url", "long"]);
    const page = elements("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe("Taskpane.Url");
    expect(elements("FunctionFile")[0].getAttribute("resid")).toBe("Taskpane.Url");
    expect(elements("Namespace")[0].getAttribute("resid")).toBe("Functions.Namespace");
    expect(url("Functions.Namespace")).toBe("KKR");
  });

  it("points at built files: the script, the English metadata and, for da-DK, the Danish metadata", () => {
    expect(url("Functions.Script.Url")).toBe("https://localhost:3000/functions.js");
    expect(url("Functions.Metadata.Url")).toBe("https://localhost:3000/functions.json");
    const override = resources.get("Functions.Metadata.Url")?.getElementsByTagName("bt:Override")[0];
    expect([override?.getAttribute("Locale"), override?.getAttribute("Value")]).toEqual([
      "da-DK",
      "https://localhost:3000/functions.da.json",
    ]);
    const addresses = Array.from(manifest.getElementsByTagName("*"))
      .flatMap((el) => [el.getAttribute("DefaultValue"), el.getAttribute("Value")])
      .filter((value): value is string => value?.startsWith("https://") ?? false);
    for (const address of addresses) {
      expect(address.startsWith("https://localhost:3000/")).toBe(true);
      expect(existsSync(join(dist, distFileOf(address)))).toBe(true);
    }
  });

  it("sends Support and Learn more to the user guide on the host, which the build writes", () => {
    const support = elements("SupportUrl")[0].getAttribute("DefaultValue") ?? "";
    for (const address of [support, url("GetStarted.LearnMoreUrl")]) {
      expect(address).toBe("https://localhost:3000/docs/brugervejledning.html");
      expect(readDist(distFileOf(address))).toContain("<h1>KKR Mål og beregninger — brugervejledning</h1>");
    }
  });

  it("loads the functions before the task pane's code in the shared page", () => {
    const html = readDist("taskpane.html");
    const functions = html.search(/src="?functions\.js/);
    const pane = html.search(/src="?taskpane\.[0-9a-f]{8}\.js/);
    expect(functions).toBeGreaterThan(-1);
    expect(pane).toBeGreaterThan(functions);
    expect(html.indexOf("office.js")).toBeLessThan(functions);
  });
});

describe("functions.js", () => {
  it("carries neither React nor Fluent UI, so the functions register without waiting for the pane", () => {
    const functions = readDist("functions.js");
    expect(functions).toMatch(/CustomFunctions\.associate\("NPS"/);
    expect(functions).not.toMatch(/react|fluentui|griffel/i);
    // The functions alone are about 40 KB minified (15 functions); React's production build alone is over
    // 130 KB, so a bundle that pulled it in would be far above this bound.
    expect(functions.length).toBeLessThan(60_000);
  });
});
