// `npm start`: sideloads into desktop Excel where Microsoft's debugging tool works (Windows, macOS);
// elsewhere serves the add-in over HTTPS on localhost:3000 and says how to load it into Excel on the web.
// office-addin-debugging is run through npx, not installed: its dependencies fail to install on Linux.
import { spawn } from "node:child_process";
import { homedir } from "node:os";
import { join } from "node:path";

const run = (command, args) => {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
};

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`
KKR-tilføjelsesprogrammet serveres på https://localhost:3000 (stop med Ctrl+C).
Excel findes ikke på ${process.platform}; indlæs tilføjelsesprogrammet i Excel på internettet:
  1. Åbn https://localhost:3000/taskpane.html i browseren og godkend certifikatet
     (eller importer CA-certifikatet ${join(homedir(), ".office-addin-dev-certs", "ca.crt")} som betroet).
  2. Åbn en projektmappe i Excel på internettet: Hjem > Tilføjelsesprogrammer > Flere tilføjelsesprogrammer
     > Mine tilføjelsesprogrammer > Upload mit tilføjelsesprogram, og vælg manifest.xml fra denne mappe.
  3. Skriv =KKR. i en celle for funktionerne, eller klik Mål under fanen Hjem for opgaveruden.

The add-in is served at https://localhost:3000 (Ctrl+C stops it). There is no Excel on ${process.platform};
load it into Excel on the web: open https://localhost:3000/taskpane.html and accept the certificate, then
Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml from this folder.
`);
  run("npm", ["run", "dev-server"]);
}
