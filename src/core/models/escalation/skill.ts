import type { HorizonSummary } from "./horizon-summary.ts";

/** Skill of a model against one baseline at one step. */
export interface SkillRow {
  label: string;
  baseline: string;
  h: number;
  /** 1 − CRPS_model / CRPS_baseline (positive = better; Gneiting & Raftery 2007 §2.3). Null when undefined. */
  crpsSkill: number | null;
  /** Ignorance_baseline − Ignorance_model in bits (positive = better). */
  ignoranceGain: number | null;
  /** 1 − Brier_model / Brier_baseline, Brier averaged over the thresholds. */
  brierSkill: number | null;
}

export interface Verdict {
  label: string;
  /** True when the model's CRPS, averaged over the scored steps, is lower than every baseline's. */
  beatsAllBaselines: boolean;
  /** Baselines with a lower step-averaged CRPS than the model. */
  losesTo: string[];
  /** Step-averaged CRPS skill against each baseline. */
  meanCrpsSkill: { baseline: string; skill: number | null }[];
  sentence: string;
}

/** Skill score 1 − s/s_ref; 0 when both are 0; null when only the reference is 0 (no finite skill). */
function skillScore(score: number | null, reference: number | null): number | null {
  if (score === null || reference === null) return null;
  if (reference === 0) return score === 0 ? 0 : null;
  return 1 - score / reference;
}

const meanOf = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
};

const pct = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)} %`;

/**
 * Per-step skill of each tested model against each baseline, and a verdict per model. A model that loses
 * to a baseline (higher step-averaged CRPS) says so in `losesTo` and in its sentence.
 */
export function compareToBaselines(
  summaries: readonly HorizonSummary[],
  models: readonly string[],
  baselines: readonly string[],
): { skill: SkillRow[]; verdicts: Verdict[] } {
  const at = (label: string, h: number) => summaries.find((s) => s.label === label && s.h === h);
  const steps = [...new Set(summaries.filter((s) => s.n > 0).map((s) => s.h))].sort((a, b) => a - b);
  const skill: SkillRow[] = [];
  const verdicts: Verdict[] = [];
  for (const label of models) {
    const losesTo: string[] = [];
    const meanCrpsSkill: Verdict["meanCrpsSkill"] = [];
    for (const baseline of baselines) {
      for (const h of steps) {
        const m = at(label, h);
        const b = at(baseline, h);
        if (!m || !b || m.n === 0 || b.n === 0) continue;
        skill.push({
          label,
          baseline,
          h,
          crpsSkill: skillScore(m.crps, b.crps),
          ignoranceGain: m.ignorance === null || b.ignorance === null ? null : b.ignorance - m.ignorance,
          brierSkill: skillScore(meanOf(m.brier.map((x) => x.score)), meanOf(b.brier.map((x) => x.score))),
        });
      }
      const mc = meanOf(steps.map((h) => at(label, h)?.crps ?? null));
      const bc = meanOf(steps.map((h) => at(baseline, h)?.crps ?? null));
      if (mc !== null && bc !== null && mc > bc) losesTo.push(baseline);
      meanCrpsSkill.push({ baseline, skill: skillScore(mc, bc) });
    }
    const scored = steps.length > 0;
    const range = scored ? `steps 1–${steps.at(-1)}` : "no scored steps";
    let sentence: string;
    if (!scored) sentence = `${label} could not be scored: no forecast step was observed.`;
    else if (losesTo.length === 0)
      sentence = `${label} beats every baseline on CRPS averaged over ${range} (${meanCrpsSkill
        .map((s) => `${s.baseline} ${s.skill === null ? "n/a" : pct(s.skill)}`)
        .join(", ")}).`;
    else
      sentence = `${label} loses to ${losesTo.join(", ")} on CRPS averaged over ${range} (${meanCrpsSkill
        .filter((s) => losesTo.includes(s.baseline))
        .map((s) => `${s.baseline} skill ${s.skill === null ? "n/a" : pct(s.skill)}`)
        .join(", ")}); prefer the baseline for these horizons.`;
    verdicts.push({
      label,
      beatsAllBaselines: scored && losesTo.length === 0,
      losesTo,
      meanCrpsSkill,
      sentence,
    });
  }
  return { skill, verdicts };
}
