import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { CaseFolder } from "../../io/files/case-folder.ts";
import { AssessmentThread } from "./assessment/assessment-thread.ts";
import { fetchSiteGuard, hostGuard, originGuard, tokenGuard } from "./guards.ts";
import { apiError } from "./problem-response.ts";
import { analysisRoutes } from "./routes/analysis.ts";
import { assessmentRoutes } from "./routes/assessment.ts";
import { caseFileRoutes } from "./routes/case-files.ts";
import { eventRoutes } from "./routes/events.ts";

export interface ServerOptions {
  caseDir: string;
  /** Printed once at start-up and embedded in the served page; required on every request that is not a read. */
  token: string;
  /** `host:port` values the server answers to (see `allowedHostsFor`). */
  allowedHosts: ReadonlySet<string>;
  maxBodyBytes?: number;
  /** Serves the browser client for every path outside /api. */
  client?: Hono;
  /** Where assessments run (default: a worker thread started on first use). */
  assessmentThread?: AssessmentThread;
}

/** The workbench's HTTP API over one case folder; every request is treated as hostile until checked. */
export function createApp(options: ServerOptions): Hono {
  const folder = new CaseFolder(options.caseDir);
  const app = new Hono();
  app.use("*", hostGuard(options.allowedHosts), originGuard(options.allowedHosts));
  app.use("/api/*", fetchSiteGuard(), tokenGuard(options.token));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 2 * 1024 * 1024,
      onError: (c) =>
        apiError(c, 413, "body-too-large", "the request body is larger than this server accepts"),
    }),
  );
  app.route("/api", caseFileRoutes(folder));
  app.route("/api", analysisRoutes(folder));
  app.route("/api", eventRoutes(folder));
  app.route("/api", assessmentRoutes(folder, options.assessmentThread ?? new AssessmentThread()));
  app.all("/api/*", (c) =>
    apiError(c, 404, "not-found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  if (options.client !== undefined) app.route("/", options.client);
  app.notFound((c) =>
    apiError(c, 404, "not-found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  app.onError((error, c) => apiError(c, 500, "internal", error.message));
  return app;
}
