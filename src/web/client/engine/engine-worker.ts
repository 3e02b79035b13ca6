/// <reference lib="webworker" />
import "../zod-jitless.ts";
// The pure core, run off the main thread: live forecasts, validation, Monte Carlo and scenario comparison.
import {
  compareScenario,
  forecastIssues,
  type IssueForecast,
  prepareEnsemble,
  type RunChunk,
  sampleChunk,
  summariseEnsemble,
} from "../../../core/analysis/index.ts";
import { assertNever } from "../../../core/assert-never.ts";
import { parseCase } from "../../../core/case/parse/index.ts";
import { applyPatches } from "../../../core/scenario/index.ts";
import { editYamlInPlace } from "../../shared/edit-in-place.ts";
import type { EngineReply, EngineRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: EngineReply) => scope.postMessage(reply);
const cancelled = new Set<number>();
let lastFull: IssueForecast[] = [];

/** Monte Carlo in chunks of runs; yields between chunks so a cancel message can land. */
async function monteCarlo(request: Extract<EngineRequest, { kind: "monte-carlo" }>): Promise<void> {
  const start = performance.now();
  const caseFile = applyPatches(request.caseFile, request.patches);
  const plan = prepareEnsemble(caseFile, request.model === undefined ? {} : { model: request.model });
  const chunks: RunChunk[] = [];
  const size = Math.max(1, Math.ceil(request.runs / 25));
  for (let from = 0; from < request.runs; from += size) {
    if (cancelled.has(request.id)) return;
    const to = Math.min(request.runs, from + size);
    chunks.push(sampleChunk(plan, request.seed, from, to));
    post({ kind: "progress", id: request.id, done: to, total: request.runs });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  post({
    kind: "monte-carlo",
    id: request.id,
    summary: summariseEnsemble(plan, request.seed, chunks),
    ms: performance.now() - start,
  });
}

async function handle(request: EngineRequest): Promise<void> {
  const start = performance.now();
  switch (request.kind) {
    case "forecast": {
      const caseFile = applyPatches(request.caseFile, request.patches);
      const model = request.model === undefined ? {} : { model: request.model };
      if (request.issues === undefined || lastFull.length === 0) {
        lastFull = forecastIssues(caseFile, model);
      } else {
        const changed = forecastIssues(caseFile, { ...model, issues: request.issues });
        lastFull = lastFull.map((f) => changed.find((c) => c.issue === f.issue) ?? f);
      }
      post({ kind: "forecast", id: request.id, forecasts: lastFull, ms: performance.now() - start });
      return;
    }
    case "validate": {
      const edits = new Map(request.edits);
      const files = request.files.map((f) => {
        const fileEdits = edits.get(f.name);
        if (fileEdits === undefined) return f;
        try {
          return { name: f.name, text: editYamlInPlace(f.text, fileEdits) };
        } catch {
          return f;
        }
      });
      post({
        kind: "validate",
        id: request.id,
        problems: parseCase(files).problems,
        ms: performance.now() - start,
      });
      return;
    }
    case "monte-carlo":
      await monteCarlo(request);
      return;
    case "compare": {
      const comparison = compareScenario(
        request.caseFile,
        request.patches,
        request.model === undefined ? {} : { model: request.model },
      );
      post({ kind: "compare", id: request.id, comparison, ms: performance.now() - start });
      return;
    }
    case "cancel":
      cancelled.add(request.id);
      return;
    default:
      assertNever(request);
  }
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  handle(request).catch((error: unknown) =>
    post({
      kind: "error",
      id: request.id,
      request: request.kind,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};
