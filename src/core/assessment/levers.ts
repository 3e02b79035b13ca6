import {
  centralTable,
  evaluateSettlement,
  type IssueFrame,
  type IssueLevers,
  issueFrames,
  type ModelSetting,
  rankLevers,
  type Sensitivity,
} from "../analysis/index.ts";
import type { CaseFile } from "../case/index.ts";
import { POINTS_PER_UTILITY, type Positions } from "./settlement.ts";
import type { ActorLevers, Lever } from "./types.ts";

/** Step of every lever, in scale points (the analysis module's default). */
const STEP = 10;

/**
 * Each actor's levers, from the analysis module's one-at-a-time scan (`rankLevers`: capability, salience and
 * position at their central value ± 10, the mean forecast of `settings`): per actor, capability +10 (on every
 * issue it touches), salience +10 on each issue, and a 10-point concession towards the status quo on each
 * issue; the move of that issue's forecast and of the deal margin (the smallest veto-player gain under the
 * forecast package, `evaluateSettlement`, in scale points). Ranked by the largest move; `top` per actor.
 */
export function levers(
  caseFile: CaseFile,
  issues: readonly string[],
  settings: readonly ModelSetting[],
  top = 5,
): ActorLevers[] {
  if (issues.length === 0) return [];
  const frames = issueFrames(caseFile, issues);
  const scans = rankLevers(caseFile, { issues, settings, delta: STEP });
  const base: Record<string, number> = Object.fromEntries(
    caseFile.issues.map((i) => [i.id, i.statusQuo.value]),
  );
  for (const scan of scans) base[scan.issue] = scan.outcome;

  const drafts: Array<{ actor: string; lever: Omit<Lever, "marginDelta">; pkg: Positions }> = [];
  const actors = [...new Set(frames.flatMap((f) => f.actors.map((a) => a.id)))];
  for (const actor of actors) {
    const capability = scans.flatMap((scan) => find(scan, actor, "capability", scan.issue));
    const pkg = { ...base };
    for (const c of capability) pkg[c.issue] = c.s.outcomeUp;
    for (const c of capability) {
      drafts.push({
        actor,
        lever: moved("capability", c.issue, `capability +${STEP}`, c.s.outcomeUp, base),
        pkg,
      });
    }
    for (const scan of scans) {
      const frame = frames.find((f) => f.issue === scan.issue) as IssueFrame;
      for (const { s } of find(scan, actor, "salience", scan.issue)) {
        drafts.push({
          actor,
          lever: moved("salience", scan.issue, `salience +${STEP}`, s.outcomeUp, base),
          pkg: { ...base, [scan.issue]: s.outcomeUp },
        });
      }
      for (const { s } of find(scan, actor, "position", scan.issue)) {
        const towards = Math.sign(frame.statusQuo.value - s.value);
        if (towards === 0) continue;
        const x = towards > 0 ? s.outcomeUp : s.outcomeDown;
        const step = towards > 0 ? s.up - s.value : s.down - s.value;
        drafts.push({
          actor,
          lever: moved(
            "position",
            scan.issue,
            `position ${step > 0 ? "+" : ""}${step.toFixed(0)} towards the status quo`,
            x,
            base,
          ),
          pkg: { ...base, [scan.issue]: x },
        });
      }
    }
  }

  // Deal margins: every lever's forecast package and the base, evaluated at once on the central inputs.
  const tables = frames.map(centralTable);
  const zone = evaluateSettlement(frames, tables, [
    { id: "base", name: "Base", kind: "forecast", positions: base },
    ...drafts.map((d, k) => ({
      id: `lever-${k}`,
      name: d.lever.change,
      kind: "forecast" as const,
      positions: d.pkg,
    })),
  ]);
  const margin = (id: string) => {
    const gains = zone.packages.find((p) => p.id === id)?.gains ?? {};
    const veto = zone.vetoPlayers.map((v) => gains[v] ?? 0);
    return veto.length === 0 ? 0 : POINTS_PER_UTILITY * Math.min(...veto);
  };
  const baseMargin = margin("base");
  const all = drafts.map((d, k) => ({
    actor: d.actor,
    lever: { ...d.lever, marginDelta: margin(`lever-${k}`) - baseMargin },
  }));

  return caseFile.actors
    .filter((a) => actors.includes(a.id))
    .map((actor) => ({
      actor: actor.id,
      levers: all
        .filter((l) => l.actor === actor.id)
        .map((l) => l.lever)
        .filter((l) => Math.abs(l.delta) > 1e-9 || Math.abs(l.marginDelta) > 1e-9)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.marginDelta - a.marginDelta)
        .slice(0, top),
    }));
}

function find(
  scan: IssueLevers,
  actor: string,
  factor: Sensitivity["factor"],
  issue: string,
): Array<{ issue: string; s: Sensitivity }> {
  return scan.ranked.filter((s) => s.actor === actor && s.factor === factor).map((s) => ({ issue, s }));
}

function moved(
  kind: "capability" | "salience" | "position",
  issue: string,
  change: string,
  outcome: number,
  base: Positions,
): Omit<Lever, "marginDelta"> {
  return { kind, issue, change, delta: outcome - (base[issue] ?? 0) };
}
