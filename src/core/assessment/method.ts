import type { Yardstick } from "../language/index.ts";
import { CHECK_TOLERANCE } from "./analyst-checks.ts";
import { RED_LINE } from "./perspectives.ts";
import { ACCEPTANCE_SCALE, POINTS_PER_UTILITY } from "./settlement.ts";
import type { MethodNote } from "./types.ts";

/** How each number of the assessment was derived, for the report's method section. */
export function methodNotes(o: {
  runs: number;
  seed: number;
  tau: number;
  yardstick: Yardstick;
  engines: readonly string[];
}): MethodNote[] {
  return [
    {
      topic: "Inputs and uncertainty",
      text: `Every capability, position, salience, status quo and proposal position is drawn from a triangular distribution on its stated range (mode at the stated value) in each of ${o.runs} Monte Carlo runs, seeded from ${o.seed}. Runs rotate through the model settings ${o.engines.join(", ")} (the settings of entente simulate, each run on every issue separately with the same scales), so the ensemble spans model settings as well as inputs; the variance of each issue's outcome is split into the part from inputs and the part from settings by the law of total variance.`,
    },
    {
      topic: "Utility and settlement",
      text: `An actor's utility for a package is 1 minus its salience-weighted mean distance from its positions over 100 (linear-loss spatial utility, on [0, 1]); gains over the status quo are reported in salience-weighted scale points (${POINTS_PER_UTILITY} × the utility difference). A package beats the status quo when every veto player of the issues it changes gains (Tsebelis's veto players). Issues a proposal leaves out stay at the status quo. These are the same utilities and verdicts as entente simulate.`,
    },
    {
      topic: "Probability of agreement",
      text: `P(agreement within h months) = q · (1 − exp(−h/τ)). Each veto player a package needs accepts it with the logit probability 1/(1 + exp(−gain/${ACCEPTANCE_SCALE * POINTS_PER_UTILITY})) of its gain over the status quo (a random-utility reading of "prefers it to the status quo", in salience-weighted scale points), independently of the others; q is the ensemble's mean probability that some package on the table or the run's forecast is accepted by all. τ = ${o.tau} months is the assumed mean delay from an acceptable package to a signature (an analyst assumption, not an estimate). The share of runs in which some package in the veto players' range would be acceptable (32 random packages searched per run) is reported apart as the zone of agreement.`,
    },
    {
      topic: "Escalation",
      text: "Monthly deaths (the sum of each side's best estimate) from the case's incidents up to the as-of date, forecast by the escalation models' case entry point: an NB-INGARCH(1,1) self-exciting model and four baselines (zero, last value, conflictology, negative binomial from moments), 200 sample paths each; threshold probabilities are the share of paths whose total over the horizon reaches the threshold. A rolling-origin backtest (expanding window) scores every model by CRPS; the outlook and the key judgments use the recommended model, the one with the lowest backtest CRPS, and the report prints the models' caveats, including when a model loses to a baseline.",
    },
    {
      topic: "Perspectives and levers",
      text: `Red lines are stances with salience ≥ ${RED_LINE.salience} at least ${RED_LINE.distance} points from the status quo. Leverage is capability plus the capability of allies, patrons and guarantors weighted by the strength of their ties. Levers are the one-at-a-time scan of entente simulate --levers (capability +10, salience +10, a 10-point concession towards the status quo) evaluated on the central case with the compromise model and the weighted median (closed-form, so every actor and issue can be scanned). Recommendations and scenarios are evaluated by re-running the model ensemble with their patches on the first half of the runs (at least 8) with the same draws, and adding the paired difference to the full baseline.`,
    },
    {
      topic: "Language and confidence",
      text: `Probabilities are worded in the ${o.yardstick.name} (${o.yardstick.source}). ${o.yardstick.rule} Confidence is Entente's rule: three scores in [0, 1] — source grades (Admiralty reliability and credibility), input ranges, and agreement between the models — averaged and capped at the weakest + 0.25; ≥ 0.7 high, ≥ 0.45 moderate, else low. A likelihood and a confidence level never share a sentence (ICD 203).`,
    },
    {
      topic: "Checks on the analyst",
      text: `Probabilities that are shares of runs or sample paths (k of n) are reported by Laplace's rule of succession, (k + 1)/(n + 2), in key judgments and checks, so a finite sample never claims certainty. A case judgment disagrees with the models when the models' probability for its claim lies more than ${Math.round(CHECK_TOLERANCE * 100)} points outside the judgment's stated range.`,
    },
  ];
}
