/* global MANIFEST_TEMPLATE, ADDIN_VERSION, require */
/**
 * The release package's manifest page: IT types the address the package is hosted at and downloads the
 * production manifest for it, made by the same code as the build and `npm run manifest`
 * (scripts/manifest.cjs), with the browser's XML parser; the page sends nothing anywhere.
 */
const { TEMPLATE_ORIGIN, manifestTools } = require("../../scripts/manifest.cjs");

const { productionManifest } = manifestTools({ DOMParser, XMLSerializer });
const LABEL = { da: "Adressen", en: "The address" };

/** The folder this page is served from, as a first guess at the address. */
function thisFolder() {
  const { protocol, origin, pathname } = window.location;
  return protocol === "https:" ? origin + pathname.replace(/[^/]*$/, "") : "";
}

function download(xml) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([xml], { type: "text/xml" }));
  link.download = "manifest.xml";
  document.body.append(link);
  link.click();
  link.remove();
}

const address = document.getElementById("address");
const problem = document.getElementById("problem");
const made = document.getElementById("made");
address.value = thisFolder();
document.getElementById("form").addEventListener("submit", (event) => {
  event.preventDefault();
  problem.textContent = "";
  made.textContent = "";
  try {
    const options = { addinUrl: address.value, version: ADDIN_VERSION, label: LABEL, from: TEMPLATE_ORIGIN };
    download(productionManifest(MANIFEST_TEMPLATE, options));
    made.textContent = `manifest.xml er hentet for ${address.value} / manifest.xml downloaded for ${address.value}`;
  } catch (error) {
    problem.textContent = error.message;
    address.focus();
  }
});
