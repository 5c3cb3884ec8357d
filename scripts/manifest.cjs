/* global require, module */
/**
 * The add-in's two manifests from one source. manifest.xml is the development manifest: its own Id, a name
 * ending in "(development)"/"(udvikling)", everything at https://localhost:3000, ready to sideload. The
 * production manifest is made from it with a real XML parser for the address IT hosts the add-in at
 * (ADDIN_URL): every URL moved under that address, AppDomain its origin, the production Id (stable from
 * release to release) and the version from package.json.
 *
 * One implementation for the build, `npm run manifest` and the release package's manifest page: the XML
 * parser is handed in (@xmldom/xmldom in Node, the browser's own on the page), so the rules cannot drift.
 */

const PRODUCTION_ID = "0f4e26ec-addd-498e-96e3-60d23fce4cd4";
// The origin the manifest page's built-in template is written with: a production file names no local host.
const TEMPLATE_ORIGIN = "https://kkr-tilfoejelse.invalid";
const DEV_SUFFIXES = [" (development)", " (udvikling)"];

/**
 * Reads ADDIN_URL: https, no query, fragment, credentials or spaces; with or without a trailing slash or
 * sub-path. `label` names the address in the message (the manifest page calls it "Adressen"/"The address").
 */
function parseAddinUrl(text, label = { da: "ADDIN_URL", en: "ADDIN_URL" }) {
  const fail = (da, en) => {
    throw new Error(`${label.da} "${text ?? ""}": ${da}\n${label.en} "${text ?? ""}": ${en}`);
  };
  if (!text || !text.trim())
    fail(
      "mangler; sæt adressen, hvor tilføjelsesprogrammet hostes, fx https://kkr.kommune.dk/tilfoejelse/",
      "is missing; set the address the add-in is hosted at, e.g. https://kkr.kommune.dk/addin/",
    );
  // A space the URL parser would quietly drop (a copied address ending in one) is refused, as is any other.
  if (/\s/.test(text)) fail("må ikke indeholde mellemrum.", "must not contain spaces.");
  let url;
  try {
    url = new URL(text);
  } catch {
    fail("er ikke en gyldig adresse.", "is not a valid address.");
  }
  if (url.protocol !== "https:")
    fail(
      "skal begynde med https:// (Office indlæser kun sikre adresser).",
      "must start with https:// (Office loads secure addresses only).",
    );
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    fail("må ikke have ? eller #.", "must not have ? or #.");
  if (url.username || url.password)
    fail("må ikke indeholde brugernavn eller adgangskode.", "must not contain a user name or password.");
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    fail("er en lokal adresse; brug npm start til udvikling.", "is a local address; use npm start for development.");
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin };
}

const elements = (document) => Array.from(document.getElementsByTagName("*"));

/** The manifest functions for one XML implementation ({ DOMParser, XMLSerializer }). */
function manifestTools({ DOMParser, XMLSerializer }) {
  return {
    /** options: { addinUrl, version, label, from: the origin the source's URLs are written with } */
    productionManifest: (source, options) => productionManifest({ DOMParser, XMLSerializer }, source, options),
    manifestProblems: (xml, addinUrl) => manifestProblems({ DOMParser }, xml, addinUrl),
  };
}

/** The production manifest for `addinUrl`, as XML text. */
function productionManifest({ DOMParser, XMLSerializer }, source, { addinUrl, version, label, from }) {
  const { base, origin } = parseAddinUrl(addinUrl, label);
  const document = new DOMParser().parseFromString(source, "text/xml");
  for (const element of elements(document)) {
    for (const attribute of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(attribute);
      if (value && value.startsWith(`${from}/`)) element.setAttribute(attribute, base + value.slice(from.length + 1));
      const name = element.getAttribute(attribute);
      if (name && (element.tagName === "DisplayName" || element.parentNode?.tagName === "DisplayName")) {
        element.setAttribute(
          attribute,
          DEV_SUFFIXES.reduce((text, suffix) => text.replace(suffix, ""), name),
        );
      }
    }
    if (element.tagName === "AppDomain") element.textContent = origin;
    if (element.tagName === "Id" && element.parentNode?.tagName === "OfficeApp") element.textContent = PRODUCTION_ID;
    if (element.tagName === "Version" && element.parentNode?.tagName === "OfficeApp")
      element.textContent = manifestVersion(version);
  }
  const xml = new XMLSerializer().serializeToString(document);
  if (/localhost/i.test(xml)) throw new Error("The production manifest still mentions localhost.");
  return xml;
}

/** package.json's "1.2.3" as the manifest's four-part "1.2.3.0". */
function manifestVersion(version) {
  const parts = String(version).split("-")[0].split(".");
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part)))
    throw new Error(`version ${version} is not x.y.z`);
  return [...parts, "0"].join(".");
}

/**
 * The rules Microsoft's online validator enforces, checked offline: every resid defined and at most 32
 * characters, ShortStrings at most 125 and LongStrings at most 250 characters, a four-part Version, every URL
 * https (and under `addinUrl` when given), and the shared runtime. Returns the problems found.
 */
function manifestProblems({ DOMParser }, xml, addinUrl) {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const all = elements(document);
  const problems = [];
  const defined = new Set(
    all.filter((el) => el.getAttribute("id") && el.tagName.startsWith("bt:")).map((el) => el.getAttribute("id")),
  );
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid && !defined.has(resid)) problems.push(`resid ${resid} is not defined`);
    if (resid && resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
  }
  for (const id of defined) if (id.length > 32) problems.push(`id ${id} is longer than 32 characters`);
  const strings = (group, limit) => {
    for (const el of all.filter(
      (candidate) => candidate.parentNode?.tagName === group || candidate.parentNode?.parentNode?.tagName === group,
    )) {
      for (const attribute of ["DefaultValue", "Value"]) {
        const value = el.getAttribute(attribute);
        if (value && value.length > limit)
          problems.push(
            `${group} ${el.getAttribute("id") ?? el.parentNode.getAttribute("id")} is longer than ${limit} characters`,
          );
      }
    }
  };
  strings("bt:ShortStrings", 125);
  strings("bt:LongStrings", 250);
  const version = all.find((el) => el.tagName === "Version")?.textContent ?? "";
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`Version ${version} does not have four parts`);
  const base = addinUrl ? parseAddinUrl(addinUrl).base : undefined;
  const urls = all.flatMap((el) =>
    ["DefaultValue", "Value"]
      .map((attribute) => el.getAttribute(attribute))
      .filter((value) => value && /^[a-z]+:\/\//i.test(value)),
  );
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https`);
    if (base && !url.startsWith(base)) problems.push(`${url} is not under ${base}`);
  }
  const sets = all.filter((el) => el.tagName === "Set").map((el) => el.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push("the SharedRuntime requirement set is missing");
  return problems;
}

// In Node, the tools on @xmldom/xmldom for the development manifest, required only when asked for (the
// manifest page brings its own parser and template; webpack leaves both modules out of its bundle).
const node = () => manifestTools(require("@xmldom/xmldom"));
const devOrigin = () => require("./devOrigin.cjs").DEV_ORIGIN;

module.exports = {
  parseAddinUrl,
  manifestTools,
  manifestVersion,
  PRODUCTION_ID,
  TEMPLATE_ORIGIN,
  productionManifest: (source, options) => node().productionManifest(source, { from: devOrigin(), ...options }),
  manifestProblems: (xml, addinUrl) => node().manifestProblems(xml, addinUrl),
};
