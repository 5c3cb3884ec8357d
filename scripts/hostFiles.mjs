// The files a web host serves, from a build folder: pages, scripts, metadata, icons, help and docs; never
// source maps, and never a manifest.xml (that goes to the Microsoft 365 admin center, not to the host).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import JSZip from "jszip";

const files = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** Writes the host's files of `folder` as one zip at `zipPath`; returns how many files it holds. */
export async function zipHostFiles(folder, zipPath) {
  const hosted = files(folder).filter((file) => !file.endsWith(".map") && relative(folder, file) !== "manifest.xml");
  const zip = new JSZip();
  // A fixed date, so one build gives one zip, byte for byte, and its checksum says so.
  const date = new Date("2000-01-01T00:00:00Z");
  for (const file of hosted.sort()) {
    zip.file(relative(folder, file).split("\\").join("/"), readFileSync(file), { date });
  }
  writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return hosted.length;
}

/** Writes `<file>.sha256` in sha256sum's format ("<hex>  <name>"), which `sha256sum -c` and PowerShell read. */
export function writeChecksum(file) {
  const hex = createHash("sha256").update(readFileSync(file)).digest("hex");
  writeFileSync(`${file}.sha256`, `${hex}  ${basename(file)}\n`);
  return hex;
}
