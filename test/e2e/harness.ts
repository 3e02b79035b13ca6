// Shared by the browser tests and bench/web.bench.ts: a copy of the NK case served by the workbench, and
// Debian's Chromium driven by playwright-core, with nothing allowed to phone home.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { builtInCasePath } from "../../src/io/case/index.ts";
import { ensureClientBuilt } from "../../src/web/server/client-assets.ts";
import { type RunningServer, startServer } from "../../src/web/server/start.ts";

export interface Workbench {
  server: RunningServer;
  caseDir: string;
  close(): Promise<void>;
}

/** Copies the built-in NK case to a fresh folder and serves it on a free port (building the client if stale). */
export async function startWorkbench(): Promise<Workbench> {
  await ensureClientBuilt();
  const root = await mkdtemp(join(tmpdir(), "entente-e2e-"));
  const caseDir = join(root, "nagorno-karabakh-2022");
  await cp(builtInCasePath(), caseDir, { recursive: true });
  const server = await startServer({ caseDir, port: 0, host: "127.0.0.1" });
  return {
    server,
    caseDir,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with a fresh profile and every background network feature off. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "entente-chromium-"));
  // playwright passes the fresh profile as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
