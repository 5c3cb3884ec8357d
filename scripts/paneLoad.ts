/**
 * The task pane's load, for `npm run bench`: the production chunks' bytes (raw and gzip) and the time from
 * navigation to a usable first screen (the insert button enabled) in headless Chromium at 4× CPU
 * throttling, median of `runs`, with office.js answered by the browser test's stand-in.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openHarness, projectRoot } from "../tests/e2e/harness";

const root = projectRoot();
export interface PaneLoad {
  chunks: { file: string; raw: number; gzip: number }[];
  firstScreenMs: number;
  runs: number;
}

export async function measurePaneLoad(runs: number): Promise<PaneLoad> {
  const output = join(root, ".tmp", "bench-dist");
  const build = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: root,
    env: { ...process.env, ADDIN_URL: "https://kkr.kommune.example/tilfoejelse", OUTPUT_DIR: ".tmp/bench-dist" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
  const chunks = readdirSync(output)
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const content = readFileSync(join(output, file));
      // Named without the content hash, so a run reads the same as the one before.
      const name = file.replace(/\.[0-9a-f]{8}\.js$/, ".js");
      return { file: name, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
  const harness = await openHarness(output, join(root, ".tmp", "bench-standin"));
  try {
    const cdp = await harness.browser.newCDPSession(harness.page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await harness.page.goto(`${harness.origin}/taskpane.html`);
      await harness.page.waitForFunction(() =>
        Array.from(document.querySelectorAll("button")).some(
          (button) => button.textContent === "Indsæt i projektmappen" && !button.disabled,
        ),
      );
      times.push(await harness.page.evaluate(() => performance.now()));
    }
    return { chunks, firstScreenMs: times.sort((a, b) => a - b)[Math.floor(runs / 2)], runs };
  } finally {
    await harness.close();
  }
}
