/**
 * `npm start` and `npm stop` as a newcomer on this machine (Linux, no Excel) runs them: start says how to
 * load the add-in into Excel on the web and serves it over HTTPS on localhost:3000, with the development
 * manifest and the function metadata; `npm stop` stops it, and so does stopping `npm start` by its pid.
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

/** Resolves once nothing answers on localhost:3000 any more. */
async function waitForPortFree(): Promise<void> {
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline;) {
    try {
      await fetchText("/taskpane.html");
    } catch {
      return; // refused: the server is gone
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`gave up after ${WAIT_MS / 1000} s waiting for port 3000 to be free`);
}

const servers: ChildProcess[] = [];

function startServer(): { server: ChildProcess; output: () => string } {
  let output = "";
  // Not detached: stopped by its own pid, as an IDE task or a service stops it, npm start must end it all.
  const server = spawn("npm", ["start"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  servers.push(server);
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  return { server, output: () => output };
}

describe("npm start on a machine without Excel", () => {
  let started: ReturnType<typeof startServer> | undefined;

  afterAll(() => {
    // Whatever a failed test left running; npm start ends its dev server with it.
    for (const server of servers) if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
  });

  it("serves the add-in over HTTPS on localhost:3000 and says how to load it into Excel on the web", async () => {
    started = startServer();
    await waitForServer(Date.now() + WAIT_MS);
    expect(started.output()).toContain("Upload mit tilføjelsesprogram");
    expect(started.output()).toContain("Upload My Add-in");
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

  it("npm stop stops the dev server npm start started, and says so", async () => {
    // The server of the test before still runs: npm stop finds it by its pid file.
    const output = execFileSync("npm", ["stop", "--silent"], { cwd: root, encoding: "utf8", timeout: WAIT_MS });
    expect(output).toMatch(/Udviklingsserveren \(pid \d+\) er stoppet\. \/ The dev server \(pid \d+\) has stopped\./);
    await waitForPortFree();
    expect(execFileSync("npm", ["stop", "--silent"], { cwd: root, encoding: "utf8", timeout: WAIT_MS })).toContain(
      "No dev server is running.",
    );
  });

  it("ends the dev server and its children when npm start is stopped by its pid (SIGTERM)", async () => {
    started = startServer();
    await waitForServer(Date.now() + WAIT_MS);
    started.server.kill("SIGTERM");
    await waitForPortFree();
    const { server } = started;
    // Ended by a signal, a process has no exit code but a signal code.
    const running = () => server.exitCode === null && server.signalCode === null;
    if (running()) await new Promise((resolve) => server.once("exit", resolve));
    expect(started.output()).toContain("The dev server has stopped (SIGTERM).");
  });
});
