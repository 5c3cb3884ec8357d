// `npm stop`: ends a sideloaded session on Windows/macOS; elsewhere stops the dev server `npm start`
// started, found by its pid file, and says so.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { DEV_SERVER_PID_FILE } from "./devServer.mjs";

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

if (process.platform === "win32" || process.platform === "darwin") {
  spawn("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  }).on("exit", (code) => process.exit(code ?? 0));
} else {
  const pid = existsSync(DEV_SERVER_PID_FILE) ? Number(readFileSync(DEV_SERVER_PID_FILE, "utf8")) : undefined;
  if (!pid || !alive(pid)) {
    rmSync(DEV_SERVER_PID_FILE, { force: true });
    console.log("Ingen udviklingsserver kører. / No dev server is running.");
  } else {
    process.kill(pid, "SIGTERM");
    // npm start ends the server and removes its pid file; wait for it, without a limit of time.
    while (alive(pid)) await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(`Udviklingsserveren (pid ${pid}) er stoppet. / The dev server (pid ${pid}) has stopped.`);
  }
}
