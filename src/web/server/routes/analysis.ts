import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  compareScenario,
  forecastIssues,
  modelFamilies,
  prepareEnsemble,
  scenarioPatches,
  settlementZone,
} from "../../../core/analysis/index.ts";
import type { CaseFile } from "../../../core/case/index.ts";
import { parseCase } from "../../../core/case/parse/index.ts";
import { Patch } from "../../../core/case/scenario.ts";
import { applyPatches } from "../../../core/scenario/index.ts";
import type { CaseFolder } from "../../../io/files/case-folder.ts";
import { runMonteCarlo } from "../../../io/monte-carlo/index.ts";
import { apiError, readBody } from "../problem-response.ts";

/** Monte Carlo runs one request may ask for: enough for a stable summary, small enough to answer in seconds. */
const MAX_RUNS = 2000;

const ScenarioChoice = z.strictObject({
  /** A scenario of the case, by id or name. */
  scenario: z.string().min(1).optional(),
  /** Patches applied on top (after the named scenario's, when both are given). */
  patches: z.array(Patch).max(500).optional(),
  model: z.enum(modelFamilies).optional(),
});

const SimulateBody = ScenarioChoice.extend({
  runs: z.int().min(0).max(MAX_RUNS).default(0),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});

/** The case as saved on disk, or the JSON error that says why it cannot be simulated. */
async function savedCase(c: Context, folder: CaseFolder): Promise<CaseFile | Response> {
  const { case: parsed, problems } = parseCase(await folder.list());
  if (parsed === undefined || problems.some((p) => p.severity === "error")) {
    return apiError(c, 422, "invalid-case", "the case has errors; fix them before simulating", {
      problems: problems.filter((p) => p.severity === "error"),
    });
  }
  return parsed;
}

/** The patches a request names: the scenario's, then its own; a scenario that does not exist is a 404. */
function requestedPatches(
  c: Context,
  caseFile: CaseFile,
  choice: z.output<typeof ScenarioChoice>,
): readonly Patch[] | Response {
  let patches: readonly Patch[] = [];
  if (choice.scenario !== undefined) {
    try {
      patches = scenarioPatches(caseFile, choice.scenario);
    } catch (error) {
      return apiError(c, 404, "unknown-scenario", (error as Error).message);
    }
  }
  return [...patches, ...(choice.patches ?? [])];
}

/** Runs the core analyses on the saved case: forecasts, settlement zone, Monte Carlo, scenario comparison. */
export function analysisRoutes(folder: CaseFolder): Hono {
  const app = new Hono();

  app.post("/simulate", async (c) => {
    const body = await readBody(c, SimulateBody);
    if (!body.ok) return body.response;
    const base = await savedCase(c, folder);
    if (base instanceof Response) return base;
    const patches = requestedPatches(c, base, body.value);
    if (patches instanceof Response) return patches;
    let caseFile: CaseFile;
    try {
      caseFile = applyPatches(base, patches);
    } catch (error) {
      return apiError(c, 422, "bad-patch", (error as Error).message);
    }
    const options = body.value.model === undefined ? {} : { model: body.value.model };
    const forecasts = forecastIssues(caseFile, options);
    const settlement = settlementZone(caseFile, { ...options, forecasts });
    const { runs, seed } = body.value;
    const ensemble =
      runs === 0 ? null : await runMonteCarlo(prepareEnsemble(caseFile, options), { runs, seed });
    return c.json({ forecasts, settlement, ensemble });
  });

  app.post("/scenarios/compare", async (c) => {
    const body = await readBody(c, ScenarioChoice);
    if (!body.ok) return body.response;
    if (body.value.scenario === undefined && (body.value.patches ?? []).length === 0) {
      return apiError(c, 400, "bad-request", "name a scenario or give at least one patch");
    }
    const base = await savedCase(c, folder);
    if (base instanceof Response) return base;
    const patches = requestedPatches(c, base, body.value);
    if (patches instanceof Response) return patches;
    try {
      return c.json(
        compareScenario(base, patches, body.value.model === undefined ? {} : { model: body.value.model }),
      );
    } catch (error) {
      return apiError(c, 422, "bad-patch", (error as Error).message);
    }
  });

  return app;
}
