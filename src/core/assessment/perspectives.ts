import { GAIN_TOLERANCE, type SettlementZone } from "../analysis/index.ts";
import type { CaseFile, Evidence, Issue } from "../case/index.ts";
import { POINTS_PER_UTILITY } from "./settlement.ts";
import type { Goal, Leverage, PackageGain, Perspective, ThirdParty } from "./types.ts";

/** A red line: the actor cares a lot (salience ≥ 70) and stands far from the status quo (≥ 25 points). */
export const RED_LINE = { salience: 70, distance: 25 } as const;

const backingKinds = new Set(["ally", "patron", "guarantor"]);

export function evidenceSources(evidence: Evidence): string[] {
  return evidence === "analyst-estimate" ? [] : evidence.map((c) => c.source);
}

/** The scale's label nearest a position: its anchors plus the two ends. */
function scaleLabel(issue: Issue, position: number): string {
  const marks = [
    { value: 0, label: issue.scale.low },
    ...issue.scale.anchors,
    { value: 100, label: issue.scale.high },
  ];
  return (
    [...marks].sort((a, b) => Math.abs(a.value - position) - Math.abs(b.value - position))[0]?.label ?? ""
  );
}

function goalsOf(caseFile: CaseFile, actor: string): Goal[] {
  return caseFile.stances
    .filter((s) => s.actor === actor)
    .flatMap((s) => {
      const issue = caseFile.issues.find((i) => i.id === s.issue);
      if (issue === undefined) return [];
      const fromStatusQuo = s.position.value - issue.statusQuo.value;
      return [
        {
          issue: s.issue,
          position: s.position.value,
          salience: s.salience.value,
          label: scaleLabel(issue, s.position.value),
          fromStatusQuo,
          redLine: s.salience.value >= RED_LINE.salience && Math.abs(fromStatusQuo) >= RED_LINE.distance,
          evidence: evidenceSources(s.evidence),
        },
      ];
    });
}

/** Capability plus the capability of allies, patrons and guarantors, each weighted by its tie's strength. */
function leverageOf(caseFile: CaseFile, actor: string): Leverage {
  const capability = caseFile.actors.find((a) => a.id === actor)?.capability?.value ?? 0;
  const backers = caseFile.relations
    .filter((r) => r.to === actor && backingKinds.has(r.kind))
    .map((r) => ({ actor: r.from, kind: r.kind, strength: r.strength }));
  const backing = backers.reduce(
    (sum, b) => sum + b.strength * (caseFile.actors.find((a) => a.id === b.actor)?.capability?.value ?? 0),
    0,
  );
  return { capability, backing, backers, score: capability + backing };
}

/**
 * Profiles of the principal actors (or of the veto players, when the case marks no principal), with each one's
 * gain from every package of `central` (the proposals and the forecast, evaluated by `evaluateTable`).
 */
export function perspectives(caseFile: CaseFile, central: SettlementZone): Perspective[] {
  const veto = new Set(central.vetoPlayers);
  const principals = caseFile.actors.filter((a) => a.principal);
  const chosen = principals.length > 0 ? principals : caseFile.actors.filter((a) => veto.has(a.id));
  const packages = central.packages.filter((p) => p.kind !== "status-quo");
  return chosen.map((actor) => {
    const outcomes: PackageGain[] = packages.map((p) => ({
      package: p.id,
      label: p.name,
      gain: POINTS_PER_UTILITY * (p.gains[actor.id] ?? 0),
    }));
    const goals = goalsOf(caseFile, actor.id);
    return {
      actor: actor.id,
      name: actor.name,
      goals,
      redLines: goals.filter((g) => g.redLine).map((g) => g.issue),
      leverage: leverageOf(caseFile, actor.id),
      outcomes,
      vetoPlayer: veto.has(actor.id),
      prefersStatusQuo:
        veto.has(actor.id) &&
        goals.length > 0 &&
        packages.every((p) => (p.gains[actor.id] ?? 0) <= GAIN_TOLERANCE),
    };
  });
}

/** Actors that are neither principals nor veto players but hold ties or convene talks: patrons, mediators, allies. */
export function thirdParties(caseFile: CaseFile, profiled: ReadonlySet<string>): ThirdParty[] {
  return caseFile.actors
    .filter((a) => !profiled.has(a.id) && a.parent === undefined)
    .flatMap((actor) => {
      const roles = caseFile.relations
        .filter((r) => r.from === actor.id && r.kind !== "member-of")
        .map((r) => ({ kind: r.kind, to: r.to, strength: r.strength }));
      const mediation = caseFile.mediation
        .filter((m) => m.conveners.includes(actor.id) || m.participants.includes(actor.id))
        .map((m) => m.id);
      const goals = goalsOf(caseFile, actor.id);
      if (roles.length === 0 && mediation.length === 0 && goals.length === 0) return [];
      return [{ actor: actor.id, name: actor.name, roles, mediation, goals }];
    });
}
