import type { CaseFile } from "../case/index.ts";
import { centralTable, type IssueTable, issueFrames } from "./issue-frame.ts";
import { type ModelFamily, type ModelSetting, settingLabel } from "./model-setting.ts";
import { runSetting } from "./run-setting.ts";

export type LeverFactor = "capability" | "salience" | "position";

export interface Sensitivity {
  readonly actor: string;
  readonly factor: LeverFactor;
  /** The input's central value and the two values tried (central ± delta, clipped to the scale). */
  readonly value: number;
  readonly down: number;
  readonly up: number;
  /** Mean forecast over the settings with the input at `down` and at `up`. */
  readonly outcomeDown: number;
  readonly outcomeUp: number;
  /** outcomeUp − outcomeDown: how far the input moves the outcome across its tried span. */
  readonly swing: number;
  /** swing / (up − down): points of outcome per point of input. */
  readonly slope: number;
}

export interface IssueLevers {
  readonly issue: string;
  readonly name: string;
  readonly outcome: number;
  readonly settings: readonly string[];
  /** Every actor's capability, salience and position on this issue, largest |swing| first. */
  readonly ranked: readonly Sensitivity[];
}

export interface LeverOptions {
  readonly model?: ModelFamily | undefined;
  readonly issues?: readonly string[] | undefined;
  readonly settings?: readonly ModelSetting[] | undefined;
  /** Step on the 0–100 scale (default 10). */
  readonly delta?: number | undefined;
}

/** Default settings for levers: each engine at its default. Baselines would add linear, well-known slopes. */
const leverSettings: Record<ModelFamily | "engines", readonly ModelSetting[]> = {
  engines: [
    { kind: "bdm", preset: "paper" },
    { kind: "smp", variant: "defaults", params: {} },
  ],
  bdm: [{ kind: "bdm", preset: "paper" }],
  smp: [{ kind: "smp", variant: "defaults", params: {} }],
  compromise: [{ kind: "compromise" }],
  median: [{ kind: "median" }],
};

/**
 * One-at-a-time sensitivity of each issue's forecast to each actor's capability, salience and position
 * (Saltelli et al. 2008, Global Sensitivity Analysis, §1.2.3: the central-difference local measure,
 * widened to a finite step because the engines are piecewise constant on small scales): each input is set
 * to its central value − delta and + delta (clipped to 0–100; capability kept above 0), every other
 * input stays central, and the mean forecast over the settings (default BDM `paper` and KTAB defaults) is
 * compared. A capability is the actor's across all issues, so it is varied for every issue it touches.
 * Ranked by |swing|: which single change moves the outcome most.
 */
export function rankLevers(caseFile: CaseFile, options: LeverOptions = {}): IssueLevers[] {
  const delta = options.delta ?? 10;
  if (!(delta > 0)) throw new Error(`rankLevers: delta must be > 0, got ${delta}`);
  const settings = options.settings ?? leverSettings[options.model ?? "engines"];
  const mean = (table: IssueTable) =>
    settings.reduce((sum, setting) => sum + runSetting(setting, table).outcome, 0) / settings.length;
  return issueFrames(caseFile, options.issues).map((frame) => {
    const central = centralTable(frame);
    const ranked: Sensitivity[] = [];
    for (const [k, actor] of central.actors.entries()) {
      for (const factor of ["capability", "salience", "position"] as const) {
        const value = actor[factor];
        const down = Math.max(factor === "capability" ? 1e-3 : 0, value - delta);
        const up = Math.min(100, value + delta);
        if (!(up > down)) continue;
        const variant = (x: number): IssueTable => ({
          ...central,
          actors: central.actors.map((a, j) => (j === k ? { ...a, [factor]: x } : a)),
        });
        const outcomeDown = mean(variant(down));
        const outcomeUp = mean(variant(up));
        const swing = outcomeUp - outcomeDown;
        ranked.push({
          actor: actor.id,
          factor,
          value,
          down,
          up,
          outcomeDown,
          outcomeUp,
          swing,
          slope: swing / (up - down),
        });
      }
    }
    ranked.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
    return {
      issue: frame.issue,
      name: frame.name,
      outcome: mean(central),
      settings: settings.map(settingLabel),
      ranked,
    };
  });
}
