import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { EnsembleSummary } from "../../../core/analysis/index.ts";
import type { CaseSnapshot } from "../api.ts";
import { sharedEngines } from "../engine/shared-engines.ts";
import { editPatches, type StanceEdits } from "./stance-edits.ts";

export interface MonteCarloState {
  running: boolean;
  done: number;
  total: number;
  summary: EnsembleSummary | null;
  error: string | null;
}

export const MONTE_CARLO_RUNS = 60;

/**
 * Monte Carlo over the input ranges and engines in the background worker, with progress. A new run cancels
 * the one under way; once started, it follows the edits (a fresh run a moment after they settle).
 */
export function useMonteCarlo(
  latest: RefObject<{ snapshot: CaseSnapshot | null; edits: StanceEdits }>,
  edits: StanceEdits,
) {
  const [monteCarlo, setMonteCarlo] = useState<MonteCarloState>({
    running: false,
    done: 0,
    total: 0,
    summary: null,
    error: null,
  });
  const monteCarloId = useRef<number | null>(null);
  // The run count last asked for: background re-runs after edits use it too.
  const monteCarloRuns = useRef(MONTE_CARLO_RUNS);
  const startMonteCarlo = useCallback(
    (requested?: number, seed = 1) => {
      if (requested !== undefined) monteCarloRuns.current = requested;
      const runs = monteCarloRuns.current;
      const { snapshot: current, edits: currentEdits } = latest.current;
      if (current?.case == null) return;
      const engine = sharedEngines().background;
      if (monteCarloId.current !== null) engine.cancel(monteCarloId.current);
      setMonteCarlo((m) => ({ ...m, running: true, done: 0, total: runs, error: null }));
      let id = 0;
      const sent = engine.send(
        { kind: "monte-carlo", caseFile: current.case, patches: editPatches(currentEdits), runs, seed },
        (done: number, total: number) =>
          setMonteCarlo((m) => (monteCarloId.current === id ? { ...m, done, total } : m)),
      );
      id = sent.id;
      const result = sent.result;
      monteCarloId.current = id;
      result
        .then((reply) => {
          if (monteCarloId.current === id)
            setMonteCarlo({ running: false, done: runs, total: runs, summary: reply.summary, error: null });
        })
        .catch((error: Error) => {
          if (monteCarloId.current === id && error.message !== "cancelled")
            setMonteCarlo((m) => ({ ...m, running: false, error: error.message }));
        });
    },
    [latest],
  );

  // Once the analyst has run Monte Carlo, it follows the edits: a fresh run a moment after they settle.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the edits are the trigger, read through the ref
  useEffect(() => {
    if (monteCarloId.current === null) return;
    const timer = setTimeout(() => startMonteCarlo(), 1200);
    return () => clearTimeout(timer);
  }, [edits, startMonteCarlo]);

  return { monteCarlo, startMonteCarlo };
}
