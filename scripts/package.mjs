// `ADDIN_URL=https://… npm run package`: the production build for the hosting address, packed as one zip
// with exactly the files to put on the web host, beside the production manifest to upload in the
// Microsoft 365 admin center; then the two next steps. (`npm run release` makes the package for any host.)
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { zipHostFiles } from "./hostFiles.mjs";

const { parseAddinUrl } = createRequire(import.meta.url)("./manifest.cjs");
let base;
try {
  ({ base } = parseAddinUrl(process.env.ADDIN_URL));
} catch (error) {
  // The message says what to do; a stack trace would only bury it.
  console.error(error.message);
  process.exit(2);
}

const dist = process.env.OUTPUT_DIR || "dist";
const out = process.env.PACKAGE_DIR || "package";
const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const count = await zipHostFiles(dist, join(out, "kkr-tilfoejelse.zip"));
copyFileSync(join(dist, "manifest.xml"), join(out, "manifest.xml"));

console.log(`
${out}/kkr-tilfoejelse.zip: ${count} filer til webserveren / files for the web server
${out}/manifest.xml: til Microsoft 365 Administration / for the Microsoft 365 admin center

1. Pak kkr-tilfoejelse.zip ud på webserveren, så ${base}taskpane.html svarer.
   Unzip kkr-tilfoejelse.zip on the web server so that ${base}taskpane.html answers.
2. Upload manifest.xml under Indstillinger > Integrerede apps > Upload brugerdefinerede apps (docs/it-vejledning.md).
   Upload manifest.xml under Settings > Integrated apps > Upload custom apps (docs/it-vejledning.md).
`);
