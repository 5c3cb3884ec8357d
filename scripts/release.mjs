// `npm run release`: the release package, for any host and without Node on IT's side: the web files with no
// address in them, and manifest.html, where IT types the host's HTTPS address and downloads manifest.xml.
// Writes release/kkr-tilfoejelse-<version>.zip and its .sha256 checksum.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeChecksum, zipHostFiles } from "./hostFiles.mjs";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const dist = process.env.OUTPUT_DIR || ".tmp/release-dist";
const out = process.env.RELEASE_DIR || "release";
const build = spawnSync("npm", ["run", "--silent", "build"], {
  stdio: "inherit",
  env: { ...process.env, RELEASE: "1", OUTPUT_DIR: dist, ADDIN_URL: "" },
});
if (build.status !== 0) process.exit(build.status ?? 1);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const zip = join(out, `kkr-tilfoejelse-${version}.zip`);
const count = await zipHostFiles(dist, zip);
const hex = writeChecksum(zip);
console.log(`
${zip}: ${count} filer til webserveren / files for the web server
${zip}.sha256: SHA-256 ${hex}

1. Pak zip-filen ud på webserveren (fx i /tilfoejelse/), og åbn manifest.html der i en browser.
   Unzip the file on the web server (e.g. into /tilfoejelse/) and open manifest.html there in a browser.
2. Skriv adressen, hent manifest.xml, og upload den i Microsoft 365 Administration (docs/it-vejledning.md).
   Type the address, download manifest.xml, and upload it in the Microsoft 365 admin center (docs/it-vejledning.md).
`);
