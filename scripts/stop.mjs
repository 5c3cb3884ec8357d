// `npm stop`: ends a sideloaded session on Windows/macOS; elsewhere the dev server stops with Ctrl+C.
import { spawn } from "node:child_process";

if (process.platform === "win32" || process.platform === "darwin") {
  spawn("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  }).on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("Nothing is sideloaded on this platform; stop the dev server with Ctrl+C in its terminal.");
}
