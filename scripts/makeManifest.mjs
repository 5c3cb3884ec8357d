// `npm run manifest -- https://…`: manifest.xml for the address a release package is hosted at, made by the
// same code as the package's manifest page and the build (scripts/manifest.cjs). Writes ./manifest-<host>.xml
// (or MANIFEST_OUT); a bad address prints what is wrong and exits 2, with nothing written.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const { productionManifest, manifestProblems } = createRequire(import.meta.url)("./manifest.cjs");
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const address = process.argv[2] ?? process.env.ADDIN_URL;
let xml;
try {
  xml = productionManifest(readFileSync("manifest.xml", "utf8"), { addinUrl: address, version });
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const problems = manifestProblems(xml, address);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const out = process.env.MANIFEST_OUT || `manifest-${new URL(address).hostname}.xml`;
writeFileSync(out, xml);
console.log(`${out}: manifest.xml for / til ${address}`);
