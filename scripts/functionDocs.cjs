/* global require, module */
/**
 * One source for the functions' documentation: the English metadata the JSDoc in functions.ts generates
 * (names, types, shapes, options) and src/functions/docs/ (one file per function: the Danish names and texts,
 * an example, the errors and what the function reads). From them the build writes functions.da.json, a helpUrl on every function
 * in both languages, and a help page per function in Danish and English, so the three cannot drift.
 */
const { readFileSync, readdirSync } = require("fs");
const path = require("path");

const DOCS = path.join(__dirname, "..", "src", "functions", "docs");
const docFiles = () =>
  readdirSync(DOCS)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => path.join(DOCS, file));

/** Every function's documentation, as one list. */
const readFunctionDocs = () => ({ functions: docFiles().map((file) => JSON.parse(readFileSync(file, "utf8"))) });

const escape = (text) =>
  String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const helpPath = (id, language) => `help/${language === "da" ? "da/" : ""}${id.toLowerCase()}.html`;

/** The Danish metadata from the English one and the docs; throws when the two disagree. */
function danishMetadata(english, docs) {
  return {
    functions: english.functions.map((fn) => {
      const doc = docs.functions.find((each) => each.id === fn.id);
      if (!doc) throw new Error(`src/functions/docs/ has no ${fn.id.toLowerCase()}.json`);
      if (!Array.isArray(doc.rules) || doc.rules.length === 0)
        throw new Error(`${fn.id}: its docs say nothing of what the function reads (rules)`);
      if (doc.da.parameters.length !== fn.parameters.length) {
        throw new Error(
          `${fn.id}: its docs have ${doc.da.parameters.length} parameters, functions.ts ${fn.parameters.length}`,
        );
      }
      return {
        ...fn,
        name: doc.da.name,
        description: doc.da.description,
        parameters: fn.parameters.map((parameter, index) => ({ ...parameter, ...doc.da.parameters[index] })),
      };
    }),
  };
}

const TEXT = {
  da: {
    syntax: "Syntaks",
    arguments: "Argumenter",
    optional: "valgfri",
    result: "Resultat",
    example: "Eksempel",
    errors: "Fejl og hvad du gør",
    rules: "Hvad funktionen læser",
    value:
      "Et argument er skrevet forkert. Beskeden i cellen siger hvilket, i hvilken celle, og hvad der er galt; ret det.",
    name: "Tilføjelsesprogrammet er ikke indlæst i denne Excel. Åbn opgaveruden Mål under Hjem, eller spørg IT.",
    separator: "; ",
    back: "Alle funktioner",
  },
  en: {
    syntax: "Syntax",
    arguments: "Arguments",
    optional: "optional",
    result: "Result",
    example: "Example",
    errors: "Errors and what to do",
    rules: "What the function reads",
    value:
      "An argument is written wrongly. The message in the cell says which, in which cell, and what is wrong; correct it.",
    name: "The add-in is not loaded in this Excel. Open the Goals pane on the Home tab, or ask IT.",
    separator: ", ",
    back: "All functions",
  },
};

function helpPage(fn, doc, language) {
  const text = TEXT[language];
  const name = `KKR.${language === "da" ? doc.da.name : fn.name}`;
  const parameters = language === "da" ? doc.da.parameters : fn.parameters;
  const description = language === "da" ? doc.da.description : fn.description;
  const signature = `${name}(${parameters.map((p, i) => (fn.parameters[i].optional ? `[${p.name}]` : p.name)).join(text.separator)})`;
  // Errors by the names the user's Excel shows: a Danish Excel writes #VÆRDI!, #DIVISION/0! and #NAVN?.
  const danish = language === "da";
  const errors = [
    [danish ? "#VÆRDI!" : "#VALUE!", text.value],
    ...(doc.errors.divisionByZero ? [[danish ? "#DIVISION/0!" : "#DIV/0!", doc.errors.divisionByZero[language]]] : []),
    ...(doc.errors.number ? [["#NUM!", doc.errors.number[language]]] : []),
    [danish ? "#NAVN?" : "#NAME?", text.name],
  ];
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(name)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{background:#f3f3f3;padding:0 .2em}dt{font-weight:600}</style>
</head>
<body><main>
<h1>${escape(name)}</h1>
<p>${escape(description)}</p>
<h2>${text.syntax}</h2>
<p><code>${escape(signature)}</code></p>
<h2>${text.arguments}</h2>
<dl>
${parameters.map((p, i) => `<dt><code>${escape(p.name)}</code>${fn.parameters[i].optional ? ` (${text.optional})` : ""}</dt><dd>${escape(p.description)}</dd>`).join("\n")}
</dl>
<h2>${text.example}</h2>
<p><code>${escape(doc.example.formula[language])}</code> → ${escape(doc.example.result[language])}</p>
<h2>${text.rules}</h2>
<ul>
${doc.rules.map((rule) => `<li>${escape(rule[language])}</li>`).join("\n")}
</ul>
<h2>${text.errors}</h2>
<dl>
${errors.map(([code, what]) => `<dt><code>${code}</code></dt><dd>${escape(what)}</dd>`).join("\n")}
</dl>
</main></body>
</html>
`;
}

/** The webpack plugin: after functions.json is generated, add helpUrls, write functions.da.json and the pages. */
class FunctionDocsPlugin {
  constructor({ baseUrl }) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionDocsPlugin", (compilation) => {
      compilation.contextDependencies.add(DOCS);
      for (const file of docFiles()) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap(
        { name: "FunctionDocsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const docs = readFunctionDocs();
          const english = JSON.parse(asset.source.source().toString());
          const danish = danishMetadata(english, docs);
          for (const [metadata, language] of [
            [english, "en"],
            [danish, "da"],
          ]) {
            for (const fn of metadata.functions) {
              // Without an address (the release package) there is no absolute helpUrl to give.
              if (this.baseUrl !== undefined) fn.helpUrl = this.baseUrl + helpPath(fn.id, language);
              const doc = docs.functions.find((each) => each.id === fn.id);
              compilation.emitAsset(
                helpPath(fn.id, language),
                new sources.RawSource(
                  helpPage(
                    english.functions.find((each) => each.id === fn.id),
                    doc,
                    language,
                  ),
                ),
              );
            }
          }
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(english, null, 2)));
          compilation.emitAsset("functions.da.json", new sources.RawSource(JSON.stringify(danish, null, 2)));
        },
      );
    });
  }
}

module.exports = { FunctionDocsPlugin, danishMetadata, helpPage, readFunctionDocs };
