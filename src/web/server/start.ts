import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { AssessmentThread } from "./assessment/assessment-thread.ts";
import { clientRoutes, ensureClientBuilt } from "./client-assets.ts";
import { allowedHostsFor } from "./guards.ts";

export interface StartOptions {
  caseDir: string;
  port: number;
  /** 127.0.0.1 unless the user names another interface explicitly. */
  host: string;
}

export interface RunningServer {
  url: string;
  token: string;
  close: () => Promise<void>;
}

/** Starts the workbench on one case folder and resolves once it listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  await ensureClientBuilt();
  const token = randomBytes(24).toString("base64url");
  const assessmentThread = new AssessmentThread();
  return new Promise((resolveStart, rejectStart) => {
    let api: ReturnType<typeof createApp> | undefined;
    const server = serve({
      hostname: options.host,
      port: options.port,
      fetch: (request, env) => (api as ReturnType<typeof createApp>).fetch(request, env),
    });
    server.once("error", rejectStart);
    server.once("listening", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : options.port;
      api = createApp({
        assessmentThread,
        caseDir: options.caseDir,
        token,
        allowedHosts: allowedHostsFor(options.host, port),
        client: clientRoutes(token),
      });
      const hostForUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolveStart({
        url: `http://${hostForUrl}:${port}/`,
        token,
        close: () =>
          new Promise((done) => {
            server.close(() => void assessmentThread.close().then(() => done()));
            // Idle keep-alive connections would otherwise hold the server open.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}
