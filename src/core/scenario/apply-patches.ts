import { assertNever } from "../assert-never.ts";
import type { CaseFile, Estimate, Patch, Stance } from "../case/index.ts";

/**
 * Applies scenario or lever patches to a case, in order, and returns a new case; the input case and the
 * patches are never mutated (unchanged sections are shared, changed records are copied).
 *
 * Semantics, op by op:
 * - `set-capability`, `set-position`, `set-salience`, `set-status-quo` replace the estimate (value and range).
 * - `scale-capability`, `scale-salience` multiply value, low and high by the factor and clip at 100, the top
 *   of every case scale; `scale-salience` without `issue` scales the actor's salience on every issue.
 * - `remove-actor` drops the actor, its stances, its relations and its place among the veto players.
 * - `add-actor` adds the actor with its stances (confidence `low`, evidence the actor's own).
 * A patch that names an unknown actor, issue or stance throws, naming the patch, actor and issue.
 */
export function applyPatches(caseFile: CaseFile, patches: readonly Patch[]): CaseFile {
  return patches.reduce((current, patch, index) => applyPatch(current, patch, index), caseFile);
}

export function applyPatch(caseFile: CaseFile, patch: Patch, index = 0): CaseFile {
  const where = `applyPatch: patch #${index + 1} (${patch.op})`;
  const requireActor = (actor: string) => {
    const found = caseFile.actors.find((a) => a.id === actor);
    if (found === undefined) throw new Error(`${where}: no actor "${actor}" in the case`);
    return found;
  };
  const requireIssue = (issue: string) => {
    if (!caseFile.issues.some((i) => i.id === issue))
      throw new Error(`${where}: no issue "${issue}" in the case`);
  };
  const updateStances = (actor: string, issue: string | undefined, update: (stance: Stance) => Stance) => {
    requireActor(actor);
    if (issue !== undefined) requireIssue(issue);
    let matched = 0;
    const stances = caseFile.stances.map((stance) => {
      if (stance.actor !== actor || (issue !== undefined && stance.issue !== issue)) return stance;
      matched++;
      return update(stance);
    });
    if (matched === 0) {
      throw new Error(
        `${where}: actor "${actor}" has no stance${issue === undefined ? "" : ` on issue "${issue}"`}`,
      );
    }
    return { ...caseFile, stances };
  };

  switch (patch.op) {
    case "set-capability":
      requireActor(patch.actor);
      return {
        ...caseFile,
        actors: caseFile.actors.map((a) =>
          a.id === patch.actor ? { ...a, capability: { ...patch.value } } : a,
        ),
      };
    case "scale-capability": {
      const capability = requireActor(patch.actor).capability;
      if (capability === undefined)
        throw new Error(`${where}: actor "${patch.actor}" has no capability to scale`);
      const scaled = scaleEstimate(capability, patch.factor);
      return {
        ...caseFile,
        actors: caseFile.actors.map((a) => (a.id === patch.actor ? { ...a, capability: scaled } : a)),
      };
    }
    case "set-position":
      return updateStances(patch.actor, patch.issue, (s) => ({ ...s, position: { ...patch.value } }));
    case "set-salience":
      return updateStances(patch.actor, patch.issue, (s) => ({ ...s, salience: { ...patch.value } }));
    case "scale-salience":
      return updateStances(patch.actor, patch.issue, (s) => ({
        ...s,
        salience: scaleEstimate(s.salience, patch.factor),
      }));
    case "set-status-quo":
      requireIssue(patch.issue);
      return {
        ...caseFile,
        issues: caseFile.issues.map((i) =>
          i.id === patch.issue ? { ...i, statusQuo: { ...patch.value } } : i,
        ),
      };
    case "remove-actor": {
      requireActor(patch.actor);
      const gone = patch.actor;
      return {
        ...caseFile,
        actors: caseFile.actors.filter((a) => a.id !== gone),
        stances: caseFile.stances.filter((s) => s.actor !== gone),
        relations: caseFile.relations.filter((r) => r.from !== gone && r.to !== gone),
        issues: caseFile.issues.map((i) =>
          i.vetoPlayers.includes(gone) ? { ...i, vetoPlayers: i.vetoPlayers.filter((v) => v !== gone) } : i,
        ),
      };
    }
    case "add-actor": {
      const actor = structuredClone(patch.actor);
      if (caseFile.actors.some((a) => a.id === actor.id))
        throw new Error(`${where}: actor "${actor.id}" already exists`);
      const added: Stance[] = patch.stances.map((stance) => {
        requireIssue(stance.issue);
        return {
          actor: actor.id,
          issue: stance.issue,
          position: { ...stance.position },
          salience: { ...stance.salience },
          confidence: "low",
          evidence: structuredClone(actor.evidence),
        };
      });
      return { ...caseFile, actors: [...caseFile.actors, actor], stances: [...caseFile.stances, ...added] };
    }
    default:
      return assertNever(patch);
  }
}

function scaleEstimate(estimate: Estimate, factor: number): Estimate {
  const clip = (x: number) => Math.min(100, x * factor);
  return { value: clip(estimate.value), low: clip(estimate.low), high: clip(estimate.high) };
}
