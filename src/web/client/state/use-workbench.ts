import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IssueForecast } from "../../../core/analysis/index.ts";
import { caseHash } from "../../../core/assessment/case-hash.ts";
import type { YamlEdit } from "../../../core/case/edit/edit-yaml.ts";
import type { Patch } from "../../../core/case/index.ts";
import type { Problem } from "../../../core/case/parse/index.ts";
import { ApiError, api, type CaseSnapshot } from "../api.ts";
import { sharedEngines } from "../engine/shared-engines.ts";
import { markEdit } from "./live-latency.ts";
import {
  editedCase,
  editPatches,
  type StanceDraft,
  type StanceEdits,
  stanceKey,
  yamlEdits,
} from "./stance-edits.ts";
import { useMonteCarlo } from "./use-monte-carlo.ts";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; files: string[] }
  | { kind: "conflict"; file: string; message: string }
  | { kind: "error"; message: string };

/** A scenario made in the workbench from the analyst's edits (kept in the page until saved into the case). */
export interface DraftScenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly patches: Patch[];
}

/** A case id from a scenario's name: `sc-` and the name's words, made unique among the ids taken. */
function scenarioId(name: string, taken: readonly string[]): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  const base = `sc-${slug || "scenario"}`;
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}

/** The workbench's state: the saved case, the analyst's edits, live forecasts, validation, Monte Carlo, save. */
export function useWorkbench() {
  const [snapshot, setSnapshot] = useState<CaseSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [edits, setEdits] = useState<StanceEdits>(new Map());
  const [forecasts, setForecasts] = useState<IssueForecast[] | null>(null);
  const [forecastMs, setForecastMs] = useState<number | null>(null);
  const [forecastError, setForecastError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const inFlight = useRef(false);
  const queuedIssues = useRef<Set<string> | "all" | null>(null);
  const latest = useRef<{ snapshot: CaseSnapshot | null; edits: StanceEdits }>({ snapshot: null, edits });
  latest.current = { snapshot, edits };
  const { monteCarlo, startMonteCarlo } = useMonteCarlo(latest, edits);
  const [scenarios, setScenarios] = useState<DraftScenario[]>([]);

  const reload = useCallback(async () => {
    try {
      const next = await api.loadCase();
      setSnapshot(next);
      setProblems(next.problems);
      setLoadError(null);
      return next;
    } catch (error) {
      setLoadError((error as Error).message);
      return null;
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Live forecast: one request at a time; edits that land meanwhile are merged into the next request.
  const runForecast = useCallback((issues: Set<string> | "all") => {
    const queued = queuedIssues.current;
    queuedIssues.current =
      queued === "all" || issues === "all" ? "all" : new Set([...(queued ?? []), ...issues]);
    if (inFlight.current) return;
    const pump = () => {
      const { snapshot: current, edits: currentEdits } = latest.current;
      const wanted = queuedIssues.current;
      queuedIssues.current = null;
      if (current?.case == null || wanted === null) {
        inFlight.current = false;
        return;
      }
      inFlight.current = true;
      const { result } = sharedEngines().live.send({
        kind: "forecast",
        caseFile: current.case,
        patches: editPatches(currentEdits),
        ...(wanted === "all" ? {} : { issues: [...wanted] }),
      });
      result
        .then((reply) => {
          // For bench/web.bench.ts: when the first forecast of every issue arrived from the worker.
          if (performance.getEntriesByName("entente:first-forecast").length === 0)
            performance.mark("entente:first-forecast");
          setForecasts(reply.forecasts);
          setForecastMs(reply.ms);
          setForecastError(null);
        })
        .catch((error: Error) => setForecastError(error.message))
        .finally(pump);
    };
    pump();
  }, []);

  useEffect(() => {
    if (snapshot?.case != null) runForecast("all");
  }, [snapshot, runForecast]);

  // Validation with the same parser and messages as the CLI, a moment after the last edit.
  useEffect(() => {
    if (snapshot === null || edits.size === 0) {
      if (snapshot !== null) setProblems(snapshot.problems);
      return;
    }
    const timer = setTimeout(() => {
      let byFile: Map<string, YamlEdit[]>;
      try {
        byFile = yamlEdits(snapshot.files, snapshot.locations, edits);
      } catch {
        return;
      }
      sharedEngines()
        .validator.send({
          kind: "validate",
          files: snapshot.files.map(({ name, text }) => ({ name, text })),
          edits: [...byFile],
        })
        .result.then((reply) => setProblems(reply.problems))
        .catch(() => undefined);
    }, 120);
    return () => clearTimeout(timer);
  }, [snapshot, edits]);

  const editStance = useCallback(
    (actor: string, issue: string, draft: StanceDraft) => {
      markEdit();
      const next = new Map(latest.current.edits);
      next.set(stanceKey(actor, issue), draft);
      latest.current = { ...latest.current, edits: next };
      setEdits(next);
      if (save.kind === "saved") setSave({ kind: "idle" });
      runForecast(new Set([issue]));
    },
    [runForecast, save.kind],
  );

  const revertStance = useCallback(
    (actor: string, issue: string) => {
      const next = new Map(latest.current.edits);
      if (!next.delete(stanceKey(actor, issue))) return;
      markEdit();
      latest.current = { ...latest.current, edits: next };
      setEdits(next);
      runForecast(new Set([issue]));
    },
    [runForecast],
  );

  const discardEdits = useCallback(() => {
    latest.current = { ...latest.current, edits: new Map() };
    setEdits(new Map());
    runForecast("all");
  }, [runForecast]);

  const saveEdits = useCallback(async () => {
    if (snapshot === null || edits.size === 0) return;
    setSave({ kind: "saving" });
    const byFile = yamlEdits(snapshot.files, snapshot.locations, edits);
    const saved: string[] = [];
    for (const [name, fileEdits] of byFile) {
      const etag = snapshot.files.find((f) => f.name === name)?.etag ?? "";
      try {
        await api.patchFile(name, etag, fileEdits);
        saved.push(name);
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) {
          setSave({
            kind: "conflict",
            file: name,
            message: `${name} changed on disk since you loaded it, so your edits were not written. Reload to load the current version; your unsaved edits stay in place.`,
          });
        } else {
          setSave({ kind: "error", message: (error as Error).message });
        }
        if (saved.length > 0) await reload();
        return;
      }
    }
    const next = await reload();
    if (next !== null) {
      latest.current = { snapshot: next, edits: new Map() };
      setEdits(new Map());
    }
    setSave({ kind: "saved", files: saved });
  }, [snapshot, edits, reload]);

  /** Reloads the files from disk and reapplies the edits to the stances that still exist. */
  const reloadKeepingEdits = useCallback(async () => {
    const next = await reload();
    if (next?.case == null) return;
    const kept = new Map(
      [...latest.current.edits].filter(([key]) =>
        next.case?.stances.some((s) => stanceKey(s.actor, s.issue) === key),
      ),
    );
    latest.current = { snapshot: next, edits: kept };
    setEdits(kept);
    setSave({ kind: "idle" });
  }, [reload]);

  const addScenario = useCallback((name: string, description: string) => {
    const patches = editPatches(latest.current.edits);
    if (patches.length === 0) return;
    setScenarios((list) => {
      const taken = [
        ...(latest.current.snapshot?.case?.scenarios.map((s) => s.id) ?? []),
        ...list.map((s) => s.id),
      ];
      return [...list, { id: scenarioId(name, taken), name, description, patches }];
    });
  }, []);

  /** Appends a workbench scenario to the case's scenarios file (If-Match, like every save). */
  const saveScenario = useCallback(
    async (draft: DraftScenario): Promise<{ ok: true } | { ok: false; message: string }> => {
      const current = latest.current.snapshot;
      if (current === null) return { ok: false, message: "no case loaded" };
      const file =
        current.locations.find((l) => l.section === "scenarios")?.file ??
        (current.files.some((f) => f.name === "case.yaml") ? "case.yaml" : current.files[0]?.name);
      const etag = current.files.find((f) => f.name === file)?.etag;
      if (file === undefined || etag === undefined)
        return { ok: false, message: "no case file to write the scenario to" };
      const value = {
        id: draft.id,
        name: draft.name,
        description: draft.description,
        patches: draft.patches,
        evidence: "analyst-estimate",
      };
      try {
        await api.patchFile(file, etag, [{ op: "append", path: ["scenarios"], value }]);
      } catch (error) {
        return {
          ok: false,
          message:
            error instanceof ApiError && error.status === 412
              ? `${file} changed on disk since you loaded it; reload (Save bar) and save the scenario again.`
              : (error as Error).message,
        };
      }
      const next = await reload();
      if (next !== null) latest.current = { ...latest.current, snapshot: next };
      setScenarios((list) => list.filter((s) => s.id !== draft.id));
      return { ok: true };
    },
    [reload],
  );

  // The hash the report stamps on its figures (FNV-1a of the canonical JSON), for the saved case.
  const savedHash = useMemo(() => (snapshot?.case == null ? "" : caseHash(snapshot.case)), [snapshot]);

  const liveCase = useMemo(
    () => (snapshot?.case == null ? null : editedCase(snapshot.case, edits)),
    [snapshot, edits],
  );

  return {
    snapshot,
    loadError,
    liveCase,
    savedHash,
    edits,
    forecasts,
    forecastMs,
    forecastError,
    problems,
    save,
    monteCarlo,
    editStance,
    revertStance,
    discardEdits,
    saveEdits,
    reloadKeepingEdits,
    startMonteCarlo,
    scenarios,
    addScenario,
    saveScenario,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
