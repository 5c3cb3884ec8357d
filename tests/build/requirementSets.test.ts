/**
 * The Excel API sets the code needs, proven from the code: with the TypeScript compiler, every Office.js
 * member used in src/ is resolved to its declaration in @types/office-js and its "[Api set: ExcelApi 1.x]"
 * read. A use above what the manifest declares fails the test, unless it sits behind
 * Office.context.requirements.isSetSupported(...) for at least that version. Fixtures show both cases.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import ts from "typescript";

const root = join(__dirname, "..", "..");
type Version = [number, number];
const parse = (text: string): Version => text.split(".").map(Number) as Version;
const atLeast = (a: Version, b: Version) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
const show = (version: Version) => version.join(".");

interface Use {
  file: string;
  line: number;
  member: string;
  version: Version;
}

/** Every use of an Excel API member above ExcelApi 1.1 that no isSetSupported guard covers. */
function unguardedUses(files: string[]): Use[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: ["office-js", "custom-functions-runtime"],
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const source of program.getSourceFiles().filter((file) => files.includes(file.fileName))) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const version = apiSet(checker.getSymbolAtLocation(node.name));
        if (version && !guarded(node, version)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ file: source.fileName.slice(root.length + 1), line: line + 1, member: node.getText(), version });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The ExcelApi set a member's declaration in @types/office-js names, if it is an Office.js member. */
function apiSet(symbol: ts.Symbol | undefined): Version | undefined {
  const declaration = symbol?.declarations?.find((each) => each.getSourceFile().fileName.includes("@types/office-js"));
  const match = declaration && /\[Api set: ExcelApi (\d+\.\d+)/.exec(declaration.getFullText());
  return match ? parse(match[1]) : undefined;
}

/** Inside an `if` (or `&&`) whose condition checks isSetSupported("ExcelApi", v), or a local `supports(v)`, with v at least `needed`. */
function guarded(node: ts.Node, needed: Version): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    const condition = ts.isIfStatement(parent)
      ? parent.expression.getText()
      : ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
        ? parent.left.getText()
        : undefined;
    const checks = condition ? [...condition.matchAll(/(?:isSetSupported\("ExcelApi", |supports\()"(\d+\.\d+)"/g)] : [];
    if (checks.some(([, version]) => atLeast(parse(version), needed))) return true;
  }
  return false;
}

const sources = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

const declared = (): Version => {
  const match = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(
    readFileSync(join(root, "manifest.xml"), "utf8"),
  );
  if (!match) throw new Error("manifest.xml declares no ExcelApi set");
  return parse(match[1]);
};

describe("the Excel requirement sets", () => {
  const uses = unguardedUses(sources(join(root, "src")));

  it("the code needs, unguarded, are all within what the manifest declares", () => {
    const above = uses.filter((use) => !atLeast(declared(), use.version));
    expect(above.map((use) => `${use.file}:${use.line} ${use.member} needs ExcelApi ${show(use.version)}`)).toEqual([]);
    // The declared set is needed: something uses it.
    expect(uses.some((use) => show(use.version) === show(declared()))).toBe(true);
  });

  it("catch a call to a higher set without a guard, and let the guarded one pass", () => {
    const fixtures = join(root, "tests", "fixtures", "requirements");
    const found = unguardedUses([join(fixtures, "unguarded.ts"), join(fixtures, "guarded.ts")]);
    expect(found.map((use) => [use.file.replace(/.*\//, ""), use.member, show(use.version)])).toEqual([
      ["unguarded.ts", "context.workbook.slicers", "1.10"],
    ]);
  });
});
