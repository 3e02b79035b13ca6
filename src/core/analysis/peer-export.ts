import type { CaseFile } from "../case/index.ts";
import type { BdmInput } from "../models/bargaining/bdm/index.ts";
import type { SmpScenario } from "../models/bargaining/smp/index.ts";
import { centralTable, issueFrames } from "./issue-frame.ts";

/**
 * One issue of a case as a BDM table (central values): positions on the issue's 0–100 scale, saliences
 * divided by 100 to the [0, 1] the BDM table format uses, capabilities as they are.
 */
export function caseToBdmInput(caseFile: CaseFile, issue: string): BdmInput {
  const [frame] = issueFrames(caseFile, [issue]);
  if (frame === undefined) throw new Error(`caseToBdmInput: no issue "${issue}"`);
  const actorName = new Map(caseFile.actors.map((a) => [a.id, a.name]));
  return {
    actors: centralTable(frame).actors.map((a) => {
      const name = actorName.get(a.id);
      return {
        id: a.id,
        ...(name === undefined ? {} : { name }),
        capability: a.capability,
        position: a.position,
        salience: a.salience / 100,
      };
    }),
  };
}

/**
 * Issues of a case as one KTAB SMP scenario (central values), one dimension per issue. KTAB needs every
 * actor placed on every dimension and an actor's saliences to sum to at most 1 (spec §3.1): an actor
 * without a stance on an issue sits at its status quo with salience 0; saliences are divided by 100 and,
 * where an actor's sum over the issues exceeds 100, scaled down in proportion so that they sum to 1
 * (Entente rates each issue's salience on its own 0–100 scale, KTAB shares one budget across dimensions).
 * Actors with no salience anywhere are left out (KTAB rejects them).
 */
export function caseToSmpScenario(caseFile: CaseFile, issues?: readonly string[]): SmpScenario {
  const frames = issueFrames(caseFile, issues);
  const tables = frames.map(centralTable);
  const ids = [...new Set(tables.flatMap((t) => t.actors.map((a) => a.id)))];
  const byId = new Map(caseFile.actors.map((a) => [a.id, a]));
  const actors = ids.flatMap((id) => {
    const stances = tables.map((t) => t.actors.find((a) => a.id === id));
    const total = stances.reduce((sum, s) => sum + (s?.salience ?? 0), 0);
    if (total === 0) return [];
    const divisor = Math.max(100, total);
    const actor = byId.get(id);
    return [
      {
        id,
        ...(actor === undefined ? {} : { name: actor.name }),
        capability: actor?.capability?.value ?? 0,
        positions: stances.map((s, d) => s?.position ?? (tables[d]?.statusQuo as number)),
        saliences: stances.map((s) => (s?.salience ?? 0) / divisor),
      },
    ];
  });
  return { name: caseFile.meta.id, dimensions: tables.map((t) => t.issue), actors };
}
