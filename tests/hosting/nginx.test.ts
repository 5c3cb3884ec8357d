/**
 * The release package on a real web server, as IT hosts it: Debian's nginx with the configuration the IT
 * guide gives (its two nginx blocks, read from docs/it-vejledning.md), over HTTPS with a self-signed
 * certificate, under a sub-path. Checks the headers the guide promises, loads the pane inside an iframe of
 * another origin (as Excel on the web hosts it), loads every help page and doc, and makes manifests for two
 * addresses on the package's manifest page (refusing bad addresses exactly as the build does).
 */
import { ChildProcess, spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { get } from "https";
import JSZip from "jszip";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { Harness, openHarness } from "../e2e/harness";
import { BAD_ADDRESSES } from "../fixtures/badAddresses";
import { WAIT_MS, runWaiting } from "../limits";

const root = join(__dirname, "..", "..");
const manifests = require("../../scripts/manifest.cjs") as {
  manifestProblems(xml: string, addinUrl?: string): string[];
  parseAddinUrl(text: string, label?: { da: string; en: string }): { base: string };
};
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path)) ?? "nginx";
const SUB_PATH = "/tilfoejelse/";

/** The guide's nginx blocks: the one marked "# http" and the one marked "# server". */
function guideBlocks(): { http: string; server: string } {
  const guide = readFileSync(join(root, "docs", "it-vejledning.md"), "utf8");
  const blocks = [...guide.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1]);
  const marked = (mark: string) => blocks.find((block) => block.startsWith(`# ${mark}\n`)) ?? "";
  return { http: marked("http"), server: marked("server") };
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function fetchFromNginx(url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on("error", reject);
  });
}

const OFFICE_HOST = "https://excel.officeapps.live.com";
const hostPage = () => `<!doctype html><html lang="da"><head><title>Excel</title></head><body>
<iframe id="pane" title="KKR" style="width:360px;height:900px" src="${origin}${SUB_PATH}taskpane.html"></iframe>
</body></html>`;

let folder: string;
let origin: string;
let nginx: ChildProcess;
let harness: Harness;
let files: string[];

async function waitForNginx(): Promise<void> {
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline;) {
    try {
      if ((await fetchFromNginx(`${origin}${SUB_PATH}taskpane.html`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`gave up after ${WAIT_MS / 1000} s waiting for nginx on ${origin}`);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "kkr-nginx-"));
  const release = join(root, ".tmp", "nginx-release");
  runWaiting("npm run release", "npm", ["run", "--silent", "release"], {
    cwd: root,
    env: { ...process.env, RELEASE_DIR: release, OUTPUT_DIR: ".tmp/nginx-release-dist" },
  });
  const zipName = readdirSync(release).find((name) => name.endsWith(".zip")) as string;
  const zip = await JSZip.loadAsync(readFileSync(join(release, zipName)));
  const site = join(folder, "site");
  files = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  for (const name of files) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), await zip.files[name].async("nodebuffer"));
  }
  runWaiting(
    "openssl to make a self-signed certificate",
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      join(folder, "key.pem"),
      "-out",
      join(folder, "cert.pem"),
    ],
    { stdio: "pipe" },
  );
  const port = 20000 + Math.floor(Math.random() * 20000);
  origin = `https://127.0.0.1:${port}`;
  const { http, server } = guideBlocks();
  writeFileSync(
    join(folder, "nginx.conf"),
    `daemon off;
user root;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${folder}/body; proxy_temp_path ${folder}/proxy; fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi; scgi_temp_path ${folder}/scgi;
${http}
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${folder}/cert.pem;
    ssl_certificate_key ${folder}/key.pem;
${server.replace("/srv/kkr-tilfoejelse/", `${site}/`)}
  }
}
`,
  );
  nginx = spawn(NGINX, ["-p", folder, "-c", join(folder, "nginx.conf")], { stdio: "inherit" });
  await waitForNginx();
  // The harness serves a page of another origin, not one of Office's: nginx's frame-ancestors must refuse it.
  const host = join(folder, "host");
  mkdirSync(host);
  writeFileSync(join(host, "taskpane.html"), hostPage());
  harness = await openHarness(host, join(root, ".tmp", "nginx-standin"), [origin]);
  // Excel on the web's origin, answered on this machine: the page that frames the pane as Office does.
  await harness.browser.route(`${OFFICE_HOST}/**`, (route) =>
    route.fulfill({ body: hostPage(), contentType: "text/html" }),
  );
});

afterAll(async () => {
  await harness?.close();
  nginx?.kill("SIGTERM");
});

describe("the release package on nginx, configured as the IT guide says", () => {
  it("finds both of the guide's nginx blocks", () => {
    const { http, server } = guideBlocks();
    expect(http).toContain("map $uri $kkr_cache_control");
    expect(server).toContain("location /tilfoejelse/");
  });

  it("sends no X-Frame-Options, a frame-ancestors that admits Office, and no-cache for pages and metadata", async () => {
    for (const file of ["taskpane.html", "manifest.html", "functions.js", "functions.json", "functions.da.json"]) {
      const { status, headers } = await fetchFromNginx(`${origin}${SUB_PATH}${file}`);
      expect([file, status]).toEqual([file, 200]);
      expect([file, headers["x-frame-options"]]).toEqual([file, undefined]);
      expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/);
      expect([file, headers["cache-control"]]).toEqual([file, "no-cache"]);
    }
    expect((await fetchFromNginx(`${origin}${SUB_PATH}functions.json`)).headers["content-type"]).toBe(
      "application/json",
    );
  });

  it("lets the scripts with a content hash in their name be cached for good", async () => {
    const hashed = files.filter((name) => /\.[0-9a-f]{8}\.js$/.test(name));
    expect(hashed.some((name) => name.startsWith("taskpane."))).toBe(true);
    for (const file of hashed) {
      const { headers } = await fetchFromNginx(`${origin}${SUB_PATH}${file}`);
      expect([file, headers["cache-control"]]).toEqual([file, "public, max-age=31536000, immutable"]);
      expect(headers["content-type"]).toBe("text/javascript");
    }
  });

  it("shows the pane inside an iframe on Excel on the web's origin, as Office hosts it", async () => {
    await harness.page.goto(`${OFFICE_HOST}/host.html`);
    const pane = harness.page.frameLocator("#pane");
    await pane.getByRole("button", { name: "Indsæt i projektmappen" }).waitFor();
    mkdirSync(join(root, "test-results"), { recursive: true });
    await harness.page.screenshot({ path: join(root, "test-results", "nginx-pane-in-iframe.png") });
    expect(harness.requestsOffMachine).toEqual([]);
  });

  it("refuses to be framed by an origin that is not Office's (the frame-ancestors works)", async () => {
    const refused = harness.page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
    await harness.page.goto(`${harness.origin}/taskpane.html`);
    expect((await refused).text()).toContain(origin);
  });

  it("serves every help page and doc of the package", async () => {
    const pages = files.filter((name) => name.startsWith("help/") || name.startsWith("docs/"));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const { status, body } = await fetchFromNginx(`${origin}${SUB_PATH}${page}`);
      expect([page, status]).toEqual([page, 200]);
      expect(body).toMatch(/<h1>/);
    }
  });

  async function manifestFor(address: string): Promise<{ xml?: string; problem: string }> {
    const page = harness.page;
    await page.goto(`${origin}${SUB_PATH}manifest.html`);
    await page.getByLabel("HTTPS-adresse / HTTPS address").fill(address);
    const button = page.getByRole("button", { name: "Hent manifest.xml / Download manifest.xml" });
    if (isRefused(address)) {
      await button.click();
      await page.locator("#problem").filter({ hasText: /./ }).waitFor();
      return { problem: (await page.locator("#problem").textContent()) ?? "" };
    }
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const path = await download.path();
    return { xml: readFileSync(path, "utf8"), problem: (await page.locator("#problem").textContent()) ?? "" };
  }

  const isRefused = (address: string) => {
    try {
      manifests.parseAddinUrl(address);
      return false;
    } catch {
      return true;
    }
  };

  it("proposes the folder it is served from as the address, and shows a refusal beside the field", async () => {
    const page = harness.page;
    await page.goto(`${origin}${SUB_PATH}manifest.html`);
    const field = page.getByLabel("HTTPS-adresse / HTTPS address");
    expect(await field.inputValue()).toBe(`${origin}${SUB_PATH}`);
    await field.fill("http://kkr.kommune.example");
    await page.getByRole("button", { name: "Hent manifest.xml / Download manifest.xml" }).click();
    await page.getByRole("alert").filter({ hasText: "skal begynde med https://" }).waitFor();
    await page.screenshot({ path: join(root, "test-results", "manifest-page-refused.png"), fullPage: true });
  });

  it.each(["https://kkr.kommune.example/tilfoejelse/", "https://addins.region.example"])(
    "makes a manifest for %s that passes the offline validator rules",
    async (address) => {
      const { xml, problem } = await manifestFor(address);
      expect(problem).toBe("");
      expect(manifests.manifestProblems(xml as string, address)).toEqual([]);
      expect(xml).toContain(`${manifests.parseAddinUrl(address).base}taskpane.html`);
    },
  );

  it.each(BAD_ADDRESSES)("refuses %p exactly as the build does", async (address, danish) => {
    const { problem } = await manifestFor(address);
    const label = { da: "Adressen", en: "The address" };
    let expected = "";
    try {
      manifests.parseAddinUrl(address, label);
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(problem).toBe(expected);
    expect(problem).toContain(danish);
  });
});
