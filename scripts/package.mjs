// `ADDIN_URL=https://… npm run package`: the production build for the hosting address, packed as one zip
// with exactly the files to put on the web host, beside the production manifest to upload in the
// Microsoft 365 admin center; then the two next steps.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import JSZip from "jszip";

const dist = process.env.OUTPUT_DIR || "dist";
const out = process.env.PACKAGE_DIR || "package";
const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
// The host serves the pages, scripts, metadata, icons and docs; source maps and the manifest stay out.
const hosted = files(dist).filter((file) => !file.endsWith(".map") && relative(dist, file) !== "manifest.xml");
const zip = new JSZip();
for (const file of hosted) zip.file(relative(dist, file).split("\\").join("/"), readFileSync(file));
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
writeFileSync(
  join(out, "kkr-tilfoejelse.zip"),
  await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
);
copyFileSync(join(dist, "manifest.xml"), join(out, "manifest.xml"));

const url = process.env.ADDIN_URL.replace(/\/?$/, "/");
console.log(`
${out}/kkr-tilfoejelse.zip: ${hosted.length} filer til webserveren / files for the web server
${out}/manifest.xml: til Microsoft 365 Administration / for the Microsoft 365 admin center

1. Pak kkr-tilfoejelse.zip ud på webserveren, så ${url}taskpane.html svarer.
   Unzip kkr-tilfoejelse.zip on the web server so that ${url}taskpane.html answers.
2. Upload manifest.xml under Indstillinger > Integrerede apps > Upload brugerdefinerede apps (docs/it-vejledning.md).
   Upload manifest.xml under Settings > Integrated apps > Upload custom apps (docs/it-vejledning.md).
`);
