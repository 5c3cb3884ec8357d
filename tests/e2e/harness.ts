/**
 * The built add-in in Debian's headless Chromium: the office.js stand-in bundled, a folder of the build
 * served on 127.0.0.1, and a browser whose requests off the machine are refused and recorded. Shared by the
 * browser test and the pane-load benchmark.
 */
import { createReadStream, existsSync, mkdtempSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { BrowserContext, Page, chromium } from "playwright-core";
import webpack from "webpack";
import { WAIT_MS } from "../limits";

/** The project's folder, also when this file runs compiled from .tmp/ (the benchmark). */
export function projectRoot(from = __dirname): string {
  return existsSync(join(from, "package.json")) && existsSync(join(from, "tests"))
    ? from
    : projectRoot(join(from, ".."));
}

const root = projectRoot();
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

export interface Harness {
  origin: string;
  browser: BrowserContext;
  page: Page;
  requestsOffMachine: string[];
  close(): Promise<void>;
}

function bundleStandIn(output: string): Promise<string> {
  return new Promise((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(root, "tests", "e2e", "officeStandIn.ts"),
        output: { path: output, filename: "office-standin.js" },
        resolve: {
          extensions: [".ts", ".js"],
          alias: { "office-addin-manifest$": join(root, "node_modules/office-addin-manifest/lib/officeApp.js") },
        },
        module: {
          rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }],
        },
      },
      (error, stats) =>
        error || stats?.hasErrors()
          ? reject(error ?? new Error(stats?.toString()))
          : resolve(join(output, "office-standin.js")),
    ),
  );
}

/**
 * Serves `folder` (a build, or any page such as an Office host's frame) and opens Chromium on it, with
 * office.js answered by the stand-in. `alsoAllow` names other origins on this machine the page may reach
 * (the nginx under test); certificates there are self-signed.
 */
export async function openHarness(folder: string, standInFolder: string, alsoAllow: string[] = []): Promise<Harness> {
  if (!existsSync(folder)) throw new Error(`${folder} has no build: run "npm run build" first (npm test does).`);
  if (!existsSync("/usr/bin/chromium"))
    throw new Error("Debian's chromium is missing: apt-get install -y chromium (.ci/run does).");
  const standIn = await bundleStandIn(standInFolder);
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "kkr-chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 360, height: 1100 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // A page standing in for a public origin (Excel on the web) frames the test's server on 127.0.0.1;
      // Chromium's local-network checks would block that, where the real host is on the internet.
      "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults",
    ],
  });
  // Waits as wide as the tests' limit: on a busy machine a click may take long, never fail for that.
  browser.setDefaultTimeout(WAIT_MS);
  browser.setDefaultNavigationTimeout(WAIT_MS);
  const page = browser.pages()[0] ?? (await browser.newPage());
  const requestsOffMachine: string[] = [];
  await browser.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ path: standIn, contentType: "text/javascript" });
    if (url.startsWith(origin) || alsoAllow.some((allowed) => url.startsWith(allowed))) return route.continue();
    requestsOffMachine.push(url);
    return route.abort();
  });
  return {
    origin,
    browser,
    page,
    requestsOffMachine,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
