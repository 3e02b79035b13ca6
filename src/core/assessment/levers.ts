import {
  centralTable,
  evaluateSettlement,
  issueFrames,
  type ModelSetting,
  rankLevers,
  type Sensitivity,
} from "../analysis/index.ts";
import { assertNever } from "../assert-never.ts";
import type { CaseFile } from "../case/index.ts";
import { POINTS_PER_UTILITY, type Positions } from "./settlement.ts";
import type { ActorLevers, Lever } from "./types.ts";

/** Step of every lever, in scale points (the analysis module's default). */
const STEP = 10;

/**
 * Each actor's levers, read off the analysis module's one-at-a-time scan (`rankLevers`: every capability,
 * salience and position at its central value ± 10, the mean forecast of `settings`): capability +10 (on
 * every issue it touches), salience +10, and a 10-point concession towards the status quo, each with the move
 * of the issue's forecast and of the deal margin (the smallest veto-player gain under the forecast package,
 * `evaluateSettlement`, in scale points). The `top` largest moves per actor.
 */
export function levers(
  caseFile: CaseFile,
  issues: readonly string[],
  settings: readonly ModelSetting[],
  top = 5,
): ActorLevers[] {
  if (issues.length === 0) return [];
  const scans = rankLevers(caseFile, { issues, settings, delta: STEP });
  const base: Record<string, number> = Object.fromEntries(
    caseFile.issues.map((i) => [i.id, i.statusQuo.value]),
  );
  for (const scan of scans) base[scan.issue] = scan.outcome;

  const drafts: Array<{ actor: string; lever: Omit<Lever, "marginDelta">; pkg: Positions }> = [];
  const add = (s: Sensitivity, issue: string, change: string, outcome: number, pkg: Positions) =>
    drafts.push({
      actor: s.actor,
      lever: { kind: s.factor, issue, change, delta: outcome - (base[issue] ?? 0) },
      pkg,
    });
  for (const scan of scans) {
    const statusQuo = caseFile.issues.find((i) => i.id === scan.issue)?.statusQuo.value ?? scan.outcome;
    for (const s of scan.ranked) {
      switch (s.factor) {
        case "capability": {
          // An actor's capability is the same on every issue: its package moves every issue it touches.
          const pkg = { ...base };
          for (const other of scans) {
            const up = other.ranked.find((x) => x.actor === s.actor && x.factor === "capability");
            if (up !== undefined) pkg[other.issue] = up.outcomeUp;
          }
          add(s, scan.issue, `capability +${STEP}`, s.outcomeUp, pkg);
          break;
        }
        case "salience":
          add(s, scan.issue, `salience +${STEP}`, s.outcomeUp, { ...base, [scan.issue]: s.outcomeUp });
          break;
        case "position": {
          if (s.value === statusQuo) break;
          const [x, step] =
            statusQuo > s.value ? [s.outcomeUp, s.up - s.value] : [s.outcomeDown, s.down - s.value];
          const change = `position ${step > 0 ? "+" : ""}${step.toFixed(0)} towards the status quo`;
          add(s, scan.issue, change, x, { ...base, [scan.issue]: x });
          break;
        }
        default:
          assertNever(s.factor);
      }
    }
  }

  // Deal margins: the base forecast package and every lever's, evaluated at once on the central inputs.
  const frames = issueFrames(caseFile, issues);
  const zone = evaluateSettlement(frames, frames.map(centralTable), [
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
    ...d,
    lever: { ...d.lever, marginDelta: margin(`lever-${k}`) - baseMargin },
  }));

  const actors = new Set(drafts.map((d) => d.actor));
  return caseFile.actors
    .filter((a) => actors.has(a.id))
    .map((actor) => ({
      actor: actor.id,
      levers: all
        .filter((d) => d.actor === actor.id)
        .map((d) => d.lever)
        .filter((l) => Math.abs(l.delta) > 1e-9 || Math.abs(l.marginDelta) > 1e-9)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.marginDelta - a.marginDelta)
        .slice(0, top),
    }));
}
