import type { CaseFile, Patch } from "../case/index.ts";
import { applyPatches } from "../scenario/index.ts";
import { type EngineSpec, runEngine } from "./engines.ts";
import type { ActorLevers, Lever } from "./types.ts";
import { gainOverStatusQuo, type Package, vetoPlayers } from "./utility.ts";

/** The central forecast: mean over the model engines of their outcome on the point-valued case. */
export function centralForecast(caseFile: CaseFile, engines: readonly EngineSpec[]): Package {
  const runs = engines.map((e) => runEngine(e, caseFile));
  return Object.fromEntries(
    caseFile.issues.map((issue) => [
      issue.id,
      runs.reduce((sum, r) => sum + (r[issue.id]?.outcome ?? issue.statusQuo.value), 0) / runs.length,
    ]),
  );
}

/** The smallest gain over the status quo among the veto players under a package: > 0 means all would sign. */
export function dealMargin(caseFile: CaseFile, pkg: Package): number {
  const veto = vetoPlayers(caseFile);
  return veto.length === 0 ? 0 : Math.min(...veto.map((a) => gainOverStatusQuo(caseFile, a, pkg)));
}

/**
 * One-at-a-time sensitivity on the point-valued case (a local, finite-difference reading of issue 3's levers):
 * each actor's capability ×1.25, salience on each issue ×1.25, and a 10-point concession towards the status
 * quo on each issue; the move of the central forecast and of the deal margin. Ranked by the largest move.
 */
export function levers(caseFile: CaseFile, engines: readonly EngineSpec[], top = 5): ActorLevers[] {
  const base = centralForecast(caseFile, engines);
  const baseMargin = dealMargin(caseFile, base);
  const evaluate = (patches: Patch[]) => {
    const patched = applyPatches(caseFile, patches);
    const f = centralForecast(patched, engines);
    return { f, margin: dealMargin(caseFile, f) - baseMargin };
  };
  return caseFile.actors
    .filter((a) => a.capability !== undefined && caseFile.stances.some((s) => s.actor === a.id))
    .map((actor) => {
      const found: Lever[] = [];
      const cap = evaluate([{ op: "scale-capability", actor: actor.id, factor: 1.25 }]);
      for (const issue of caseFile.issues) {
        const delta = (cap.f[issue.id] ?? 0) - (base[issue.id] ?? 0);
        found.push({
          kind: "capability",
          issue: issue.id,
          change: "capability ×1.25",
          delta,
          marginDelta: cap.margin,
        });
      }
      for (const stance of caseFile.stances.filter((s) => s.actor === actor.id)) {
        const sal = evaluate([{ op: "scale-salience", actor: actor.id, issue: stance.issue, factor: 1.25 }]);
        found.push({
          kind: "salience",
          issue: stance.issue,
          change: "salience ×1.25",
          delta: (sal.f[stance.issue] ?? 0) - (base[stance.issue] ?? 0),
          marginDelta: sal.margin,
        });
        const sq =
          caseFile.issues.find((i) => i.id === stance.issue)?.statusQuo.value ?? stance.position.value;
        const step =
          Math.sign(sq - stance.position.value) * Math.min(10, Math.abs(sq - stance.position.value));
        if (step === 0) continue;
        const x = stance.position.value + step;
        const pos = evaluate([
          { op: "set-position", actor: actor.id, issue: stance.issue, value: { value: x, low: x, high: x } },
        ]);
        found.push({
          kind: "position",
          issue: stance.issue,
          change: `position ${step > 0 ? "+" : ""}${step.toFixed(0)} towards the status quo`,
          delta: (pos.f[stance.issue] ?? 0) - (base[stance.issue] ?? 0),
          marginDelta: pos.margin,
        });
      }
      const ranked = found
        .filter((l) => Math.abs(l.delta) > 1e-9 || Math.abs(l.marginDelta) > 1e-9)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.marginDelta - a.marginDelta)
        .slice(0, top);
      return { actor: actor.id, levers: ranked };
    });
}
