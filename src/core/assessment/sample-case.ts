import { triangularQuantile } from "../analysis/index.ts";
import type { CaseFile, Estimate } from "../case/index.ts";
import type { Random } from "../stats/random.ts";

function point(x: number): Estimate {
  return { value: x, low: x, high: x };
}

/**
 * The case with every capability, position, salience, status quo and proposal position drawn from the
 * triangular distribution on its range with mode `value` (`triangularQuantile`, the analysis module's).
 */
export function sampleCase(caseFile: CaseFile, random: Random): CaseFile {
  const draw = (e: Estimate) => point(triangularQuantile(e, random()));
  return {
    ...caseFile,
    actors: caseFile.actors.map((a) =>
      a.capability === undefined ? a : { ...a, capability: draw(a.capability) },
    ),
    stances: caseFile.stances.map((s) => ({ ...s, position: draw(s.position), salience: draw(s.salience) })),
    issues: caseFile.issues.map((i) => ({ ...i, statusQuo: draw(i.statusQuo) })),
    proposals: caseFile.proposals.map((p) => ({
      ...p,
      positions: Object.fromEntries(Object.entries(p.positions).map(([k, e]) => [k, draw(e)])),
    })),
  };
}

/** Mean width of the case's bargaining input ranges, in scale points: how uncertain its inputs are. */
export function meanRangeWidth(caseFile: CaseFile, issue?: string): number {
  const widths: number[] = [];
  for (const s of caseFile.stances) {
    if (issue !== undefined && s.issue !== issue) continue;
    widths.push(s.position.high - s.position.low, s.salience.high - s.salience.low);
    const actor = caseFile.actors.find((a) => a.id === s.actor);
    if (actor?.capability !== undefined) widths.push(actor.capability.high - actor.capability.low);
  }
  return widths.length === 0 ? 0 : widths.reduce((a, b) => a + b, 0) / widths.length;
}
