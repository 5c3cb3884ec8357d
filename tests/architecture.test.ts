/**
 * The house's rules, checked on the code itself: the pane reaches Excel through the gateway alone (the lint
 * rule, run on a component that breaks it), the plan room and the domain are free of Office, and no module
 * imports itself through others.
 */
import { spawnSync } from "child_process";
import { readFileSync, readdirSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "..");
const sourceFiles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

describe("the gateway", () => {
  /** ESLint with the project's configuration on `code` as if it were `file`: its messages. */
  const lint = (code: string, file: string): { ruleId: string | null; message: string }[] => {
    const eslint = join(ROOT, "node_modules", ".bin", "eslint");
    const run = spawnSync(eslint, ["--format", "json", "--stdin", "--stdin-filename", file], {
      cwd: ROOT,
      input: code,
      encoding: "utf8",
    });
    return JSON.parse(run.stdout)[0].messages;
  };

  it("is the only module of src/excel a component may import: lint fails one that reaches past it", () => {
    const messages = lint('export { importGoals } from "../excel/goalTables";\n', "src/taskpane/Reach.tsx");
    expect(messages.map((message) => message.ruleId)).toContain("no-restricted-imports");
    expect(messages.find((message) => message.ruleId === "no-restricted-imports")?.message).toMatch(
      /only through src\/excel\/gateway/,
    );
    expect(lint('export { excelGateway } from "../excel/gateway";\n', "src/taskpane/Fine.tsx")).toEqual([]);
  });

  it("keeps the pure rooms from using Office", () => {
    const messages = lint("export const host = () => Office.context;\n", "src/sheets/impure.ts");
    expect(messages.map((message) => message.ruleId)).toEqual(["no-restricted-globals"]);
  });
});

describe("the plan room and the domain", () => {
  // Comments may speak of Excel; code may not call it or name its types.
  const code = (file: string) =>
    readFileSync(join(ROOT, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");

  it.each(["src/sheets", "src/goals", "src/core"])("%s names no Excel or Office API", (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([file, code(file).match(/\b(Excel|Office)\.\w+/g)]).toEqual([file, null]);
  });
});

describe("imports", () => {
  /** Every relative import of every source file, as resolved file names. */
  function importGraph(): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    const files = new Set(sourceFiles("src"));
    for (const file of files) {
      const targets = [...readFileSync(join(ROOT, file), "utf8").matchAll(/from "(\.[^"]+)"|import\("(\.[^"]+)"\)/g)]
        .map((match) => relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? match[2])))
        .map((target) => [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((name) => files.has(name)))
        .filter((target): target is string => target !== undefined);
      graph.set(file, targets);
    }
    return graph;
  }

  it("form no circle", () => {
    const graph = importGraph();
    expect(graph.get("src/excel/gateway.ts")).toContain("src/excel/goalTables.ts");
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...path.slice(path.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });
});
