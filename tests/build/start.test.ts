/**
 * `npm start` and `npm stop` as a newcomer on this machine (Linux, no Excel) runs them: start says how to
 * load the add-in into Excel on the web and serves it over HTTPS on localhost:3000, with the development
 * manifest and the function metadata; stop says there is nothing to stop but the server.
 */
import { ChildProcess, execFileSync, spawn } from "child_process";
import { get } from "https";
import { join } from "path";
import { WAIT_MS } from "../limits";

const root = join(__dirname, "..", "..");

/** GET over HTTPS from the dev server, whose certificate is self-signed where it cannot be trusted. */
function fetchText(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: "localhost", port: 3000, path, rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

async function waitForServer(deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetchText("/taskpane.html")).status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`gave up after ${WAIT_MS / 1000} s waiting for the dev server on https://localhost:3000`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("npm start on a machine without Excel", () => {
  let server: ChildProcess | undefined;
  let output = "";

  afterAll(() => {
    // The whole process group: npm, webpack and the dev server.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("serves the add-in over HTTPS on localhost:3000 and says how to load it into Excel on the web", async () => {
    server = spawn("npm", ["start"], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout?.on("data", (chunk) => (output += chunk));
    server.stderr?.on("data", (chunk) => (output += chunk));
    await waitForServer(Date.now() + WAIT_MS);
    expect(output).toContain("Upload mit tilføjelsesprogram");
    expect(output).toContain("Upload My Add-in");
    const manifest = await fetchText("/manifest.xml");
    expect(manifest.body).toContain("KKR Mål og beregninger (udvikling)");
    const danish = JSON.parse((await fetchText("/functions.da.json")).body) as {
      functions: { name: string; helpUrl: string }[];
    };
    expect(danish.functions.find((fn) => fn.name === "FORDEL")?.helpUrl).toBe(
      "https://localhost:3000/help/da/popalloc.html",
    );
    expect((await fetchText("/help/popalloc.html")).status).toBe(200);
  });

  it("npm stop says the dev server stops with Ctrl+C", () => {
    expect(execFileSync("npm", ["stop", "--silent"], { cwd: root, encoding: "utf8" })).toContain("Ctrl+C");
  });
});
