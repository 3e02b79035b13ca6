import type { CaseFile } from "../case/index.ts";

/** A settlement package: a point on each issue it settles; issues left out stay at the status quo. */
export type Package = Readonly<Record<string, number>>;

/**
 * An actor's utility for a package: minus the salience-weighted mean distance from its positions,
 * U_i(x) = −Σ_k s_ik |x_k − p_ik| / Σ_k s_ik (the linear-loss spatial utility of Bueno de Mesquita 1994 and of
 * KTAB's spatial model, shared/negotiation/spec.md). In scale points: 0 is the actor's ideal package.
 */
export function packageUtility(caseFile: CaseFile, actor: string, pkg: Package): number {
  let loss = 0;
  let weight = 0;
  for (const s of caseFile.stances) {
    if (s.actor !== actor) continue;
    const issue = caseFile.issues.find((i) => i.id === s.issue);
    if (issue === undefined) continue;
    const x = pkg[s.issue] ?? issue.statusQuo.value;
    loss += s.salience.value * Math.abs(x - s.position.value);
    weight += s.salience.value;
  }
  return weight > 0 ? -loss / weight : 0;
}

export function statusQuoPackage(caseFile: CaseFile): Package {
  return Object.fromEntries(caseFile.issues.map((i) => [i.id, i.statusQuo.value]));
}

/** How much better off than under the status quo the actor is under the package (positive = gains). */
export function gainOverStatusQuo(caseFile: CaseFile, actor: string, pkg: Package): number {
  return packageUtility(caseFile, actor, pkg) - packageUtility(caseFile, actor, statusQuoPackage(caseFile));
}

/** Every actor named as a veto player on some issue, in case order. */
export function vetoPlayers(caseFile: CaseFile): string[] {
  const named = new Set(caseFile.issues.flatMap((i) => i.vetoPlayers));
  return caseFile.actors.map((a) => a.id).filter((id) => named.has(id));
}

/** A proposal's positions as a package (value of each estimate). */
export function proposalPackage(caseFile: CaseFile, proposal: string): Package {
  const p = caseFile.proposals.find((x) => x.id === proposal);
  if (p === undefined) throw new Error(`proposalPackage: no proposal "${proposal}"`);
  return Object.fromEntries(Object.entries(p.positions).map(([k, e]) => [k, e.value]));
}
