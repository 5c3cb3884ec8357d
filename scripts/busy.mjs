// `npm run test:busy`: the full `npm test` on a busy machine, as a shared CI runner is. It starts two
// processes that burn a CPU core each (this machine's kind has two), runs `npm test` beside them with the
// arguments given here, stops them, and prints how long the run took with the cores busy. Its exit code and
// closing line are npm test's.
import { spawn } from "node:child_process";

const BURNER = "for (;;) Math.sqrt(Math.random());";
const burners = [0, 1].map(() => spawn(process.execPath, ["-e", BURNER], { stdio: "ignore" }));
const stopBurners = () => burners.forEach((burner) => burner.kill("SIGKILL"));
process.on("exit", stopBurners);
console.log(
  `test:busy: ${burners.length} CPU-burning processes started (pids ${burners.map((b) => b.pid).join(", ")})`,
);

const started = Date.now();
const test = spawn("node", ["scripts/test.mjs", ...process.argv.slice(2)], { stdio: ["ignore", "pipe", "inherit"] });
let last = "";
test.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  last = `${last}${chunk}`.split("\n").slice(-2).join("\n");
});
test.on("close", (status) => {
  stopBurners();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`test:busy: npm test took ${seconds} s with ${burners.length} cores busy`);
  // The closing line stays last, as CI reads it.
  console.log(last.trim().split("\n").at(-1));
  process.exit(status ?? 1);
});
