// `npm start`: sideloads into desktop Excel where Microsoft's debugging tool works (Windows, macOS);
// elsewhere serves the add-in over HTTPS on localhost:3000 and says how to load it into Excel on the web.
// office-addin-debugging is run through npx, not installed: its dependencies fail to install on Linux.
// The dev server runs in a process group of its own that ends with this script, however it is stopped
// (Ctrl+C, SIGTERM from an IDE task or a service), and its pid file lets `npm stop` stop it.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { DEV_SERVER_PID_FILE } from "./devServer.mjs";

const run = (command, args) => {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
};

function serve() {
  const server = spawn(process.execPath, ["node_modules/webpack/bin/webpack.js", "serve", "--mode", "development"], {
    stdio: "inherit",
    detached: true, // its own process group, so stopping it stops webpack's children too
  });
  mkdirSync(join(DEV_SERVER_PID_FILE, ".."), { recursive: true });
  writeFileSync(DEV_SERVER_PID_FILE, String(process.pid));
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    console.log(`\nUdviklingsserveren er stoppet (${signal}). / The dev server has stopped (${signal}).`);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
  // npm and its shell may end on a signal without passing it on (npm start stopped by its pid): when the
  // parent is gone, this script is adopted by another process, and stops the server as for SIGTERM.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop("SIGTERM"), 500).unref();
  server.on("exit", (code) => {
    rmSync(DEV_SERVER_PID_FILE, { force: true });
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`
KKR-tilføjelsesprogrammet serveres på https://localhost:3000 (stop med Ctrl+C eller npm stop).
Excel findes ikke på ${process.platform}; indlæs tilføjelsesprogrammet i Excel på internettet:
  1. Åbn https://localhost:3000/taskpane.html i browseren og godkend certifikatet
     (eller importer CA-certifikatet ${join(homedir(), ".office-addin-dev-certs", "ca.crt")} som betroet).
  2. Åbn en projektmappe i Excel på internettet: Hjem > Tilføjelsesprogrammer > Flere tilføjelsesprogrammer
     > Mine tilføjelsesprogrammer > Upload mit tilføjelsesprogram, og vælg manifest.xml fra denne mappe.
  3. Skriv =KKR. i en celle for funktionerne, eller klik Mål under fanen Hjem for opgaveruden.

The add-in is served at https://localhost:3000 (Ctrl+C or npm stop stops it). There is no Excel on ${process.platform};
load it into Excel on the web: open https://localhost:3000/taskpane.html and accept the certificate, then
Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml from this folder.
`);
  serve();
}
