import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Vitest global setup: browser tests need Debian's Chromium; install it once, loudly failing if we cannot. */
export default function ensureChromium(): void {
  execFileSync("bash", [join(import.meta.dirname, "..", "..", "scripts", "ensure-chromium.sh")], {
    stdio: "inherit",
  });
}
