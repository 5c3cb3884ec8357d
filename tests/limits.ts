/**
 * One wide limit for everything a test waits on (a build, LibreOffice, Chromium, a server), so that a
 * shared, busy CI machine makes a test slow, never red. A limit that is reached says what was awaited.
 */
import { ExecFileSyncOptions, execFileSync } from "child_process";

/** Ten minutes: far beyond any step's time on an idle machine (seconds), and inside CI's 90 minutes. */
export const WAIT_MS = 600_000;

/** Runs a command to its end, as execFileSync does; when the limit is reached, the error says what for. */
export function runWaiting(
  awaited: string,
  command: string,
  args: readonly string[],
  options: ExecFileSyncOptions = {},
): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", timeout: WAIT_MS, ...options }).toString();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ETIMEDOUT") {
      throw new Error(`Gave up after ${WAIT_MS / 1000} s waiting for ${awaited} (${command} ${args.join(" ")})`);
    }
    throw error;
  }
}
