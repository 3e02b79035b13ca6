import { type Context, Hono } from "hono";
import { z } from "zod";
import { caseHash } from "../../../core/assessment/case-hash.ts";
import type { Assessment } from "../../../core/assessment/index.ts";
import type { CaseFile } from "../../../core/case/index.ts";
import { parseCase } from "../../../core/case/parse/index.ts";
import type { CaseFolder } from "../../../io/files/case-folder.ts";
import type { AssessmentThread } from "../assessment/assessment-thread.ts";
import { apiError } from "../problem-response.ts";

/** Fewer runs than the CLI's default: the workbench shows a first assessment in seconds, not minutes. */
const WORKBENCH_RUNS = 8;

const Query = z.strictObject({
  runs: z.coerce.number().int().min(1).max(400).default(WORKBENCH_RUNS),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(20220831),
  format: z.enum(["json", "html", "md"]).default("json"),
});

/** The assessment of the saved case, cached per case content, runs and seed (it is deterministic). */
export function assessmentRoutes(folder: CaseFolder, thread: AssessmentThread): Hono {
  const app = new Hono();
  // Promises, so that the overview and the report asking at once share one run.
  const cache = new Map<string, Promise<{ caseFile: CaseFile; assessment: Assessment }>>();

  async function assessed(c: Context, runs: number, seed: number) {
    const { case: caseFile, problems } = parseCase(await folder.list());
    if (caseFile === undefined || problems.some((p) => p.severity === "error")) {
      return apiError(c, 422, "invalid-case", "the case has errors; fix them before assessing");
    }
    const key = `${caseHash(caseFile)}:${runs}:${seed}`;
    let entry = cache.get(key);
    if (entry === undefined) {
      entry = thread.assess(caseFile, runs, seed).then((assessment) => ({ caseFile, assessment }));
      entry.catch(() => cache.delete(key));
      if (cache.size > 8) cache.clear();
      cache.set(key, entry);
    }
    return entry;
  }

  app.get("/assessment", async (c) => {
    const query = Query.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, "bad-request", z.prettifyError(query.error));
    const entry = await assessed(c, query.data.runs, query.data.seed);
    if (entry instanceof Response) return entry;
    return c.json(entry.assessment);
  });

  app.get("/report", async (c) => {
    const query = Query.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, "bad-request", z.prettifyError(query.error));
    const entry = await assessed(c, query.data.runs, query.data.seed);
    if (entry instanceof Response) return entry;
    const { format } = query.data;
    // Loaded on first use: the server starts (and serves the case) without the report's modules.
    const { buildReport, renderHtml, renderMarkdown } = await import("../../../report/index.ts");
    switch (format) {
      case "json":
        return c.json(entry.assessment);
      case "html":
        c.header("Content-Disposition", 'inline; filename="report.html"');
        return c.html(renderHtml(buildReport(entry.caseFile, entry.assessment, { figures: true })));
      case "md":
        c.header("Content-Type", "text/markdown; charset=utf-8");
        c.header("Content-Disposition", 'inline; filename="report.md"');
        return c.body(renderMarkdown(buildReport(entry.caseFile, entry.assessment, { figures: false })));
      default:
        return format satisfies never;
    }
  });

  return app;
}
