import type { LeverFactor } from "../analysis/index.ts";
import type { Confidence } from "../case/index.ts";
import type { ConfidenceBasis, LintFinding, YardstickId } from "../language/index.ts";

/**
 * The assessment: plain data (JSON-serialisable), computed from a case by `assess`, rendered by `src/report/`.
 * Probabilities are numbers in [0, 1]; words are chosen only when rendering (shared/docs/estimative-language.md,
 * "store numbers, render words").
 */
export interface Assessment {
  readonly case: CaseStamp;
  readonly run: RunStamp;
  readonly perspectives: readonly Perspective[];
  readonly thirdParties: readonly ThirdParty[];
  readonly settlement: SettlementOutlook;
  readonly bargaining: readonly IssueForecast[];
  readonly escalation: EscalationOutlook;
  readonly scenarios: ScenarioOutlook;
  readonly levers: readonly ActorLevers[];
  readonly recommendations: readonly RecommendationAssessment[];
  readonly keyJudgments: readonly KeyJudgment[];
  readonly analystChecks: readonly AnalystCheck[];
  readonly lint: readonly LintFinding[];
  readonly method: readonly MethodNote[];
}

export interface CaseStamp {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly asOf: string;
  /** FNV-1a 64-bit of the case's RFC 8785 canonical JSON, hex. */
  readonly hash: string;
}

export interface RunStamp {
  readonly seed: number;
  readonly runs: number;
  readonly yardstick: YardstickId;
  readonly engines: readonly string[];
  readonly horizons: readonly number[];
}

/** A value with the central 90 % of its ensemble. */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export interface Perspective {
  readonly actor: string;
  readonly name: string;
  readonly goals: readonly Goal[];
  readonly redLines: readonly string[];
  readonly leverage: Leverage;
  readonly outcomes: readonly PackageGain[];
  readonly vetoPlayer: boolean;
  /** For a veto player: whether it prefers the status quo to every proposal and to the forecast. */
  readonly prefersStatusQuo: boolean;
}

export interface Goal {
  readonly issue: string;
  readonly position: number;
  readonly salience: number;
  /** The scale label nearest the position. */
  readonly label: string;
  /** Distance from the status quo, in scale points (signed: + is towards the high end). */
  readonly fromStatusQuo: number;
  readonly redLine: boolean;
  readonly evidence: readonly string[];
}

export interface Leverage {
  readonly capability: number;
  /** Capability of allies, patrons and guarantors weighted by their ties' strength. */
  readonly backing: number;
  readonly backers: ReadonlyArray<{
    readonly actor: string;
    readonly kind: string;
    readonly strength: number;
  }>;
  readonly score: number;
}

export interface PackageGain {
  /** Proposal id, `forecast` or `status-quo`. */
  readonly package: string;
  readonly label: string;
  /** Utility over the status quo, in salience-weighted scale points (positive = better off). */
  readonly gain: number;
}

export interface ThirdParty {
  readonly actor: string;
  readonly name: string;
  readonly roles: ReadonlyArray<{ readonly kind: string; readonly to: string; readonly strength: number }>;
  readonly mediation: readonly string[];
  readonly goals: readonly Goal[];
}

export interface SettlementOutlook {
  readonly vetoPlayers: readonly string[];
  readonly packages: readonly PackageVerdict[];
  /** Whether some package (proposal or forecast) leaves every veto player it needs better off than the status quo. */
  readonly anyPackageBeatsStatusQuo: boolean;
  /** The analysis module's verdict on the central packages (the sentences `entente simulate` prints). */
  readonly verdict: string;
  /** Share of ensemble runs in which a package on the table or the forecast is acceptable to every veto player. */
  readonly acceptableShare: number;
  /** Mean over the runs of the logit probability that every veto player accepts a package on the table: q of the horizons. */
  readonly acceptance: number;
  /** Share of runs in which any package in the veto players' range (searched) would be acceptable to all. */
  readonly zoneShare: number;
  readonly horizons: ReadonlyArray<{ readonly months: number; readonly probability: number }>;
  readonly timeConstantMonths: number;
}

export interface PackageVerdict {
  readonly package: string;
  readonly label: string;
  readonly gains: ReadonlyArray<{ readonly actor: string; readonly gain: number }>;
  readonly acceptableToAll: boolean;
  /** Share of ensemble runs in which every veto player it needs (those of the issues it changes) gains from it. */
  readonly acceptableShare: number;
  readonly blockedBy: readonly string[];
}

export interface IssueForecast {
  readonly issue: string;
  readonly name: string;
  readonly statusQuo: number;
  readonly ensemble: Interval;
  readonly engines: ReadonlyArray<{
    readonly engine: string;
    readonly kind: "model" | "baseline";
    readonly outcome: number;
    readonly trajectory: readonly number[];
  }>;
  /** Histogram of the ensemble's outcomes on 20 bins of 5 points. */
  readonly distribution: readonly number[];
  readonly variance: { readonly total: number; readonly inputs: number; readonly settings: number };
  /** The principal actor whose position is nearest the ensemble outcome, and the move from the status quo. */
  readonly favours: string | null;
  readonly shift: number;
}

export interface EscalationOutlook {
  readonly series: ReadonlyArray<{
    readonly month: string;
    readonly fatalities: number;
    readonly incidents: number;
  }>;
  readonly unknownFatalityEvents: number;
  readonly models: readonly EscalationModel[];
  /** The model the outlook and key judgments use: the best by backtest CRPS. */
  readonly primary: string;
  readonly fan: ReadonlyArray<{
    readonly month: string;
    readonly q05: number;
    readonly q25: number;
    readonly q50: number;
    readonly q75: number;
    readonly q95: number;
  }>;
  readonly skillNote: string;
  readonly events: ReadonlyArray<{
    readonly id: string;
    readonly date: string;
    readonly place: string;
    readonly lat: number | null;
    readonly lon: number | null;
    readonly fatalities: number | null;
    readonly type: string;
  }>;
}

export interface EscalationModel {
  readonly model: string;
  readonly baseline: boolean;
  readonly thresholds: ReadonlyArray<{
    readonly months: number;
    readonly atLeast: number;
    readonly probability: number;
  }>;
  /** Mean CRPS over the backtest's origins for 3-month totals (lower is better); null with too short a history. */
  readonly backtestCrps: number | null;
  readonly origins: number;
}

export interface ScenarioOutlook {
  readonly scenarios: readonly ScenarioResult[];
  /** Probability left for "none of the scenarios" (the baseline). */
  readonly baselineWeight: number;
  readonly weighted: ReadonlyArray<{
    readonly issue: string;
    readonly baseline: number;
    readonly weighted: number;
  }>;
  readonly weightedAgreement: ReadonlyArray<{
    readonly months: number;
    readonly baseline: number;
    readonly weighted: number;
  }>;
  readonly note: string;
}

/** An issue's forecast with a set of patches applied (a scenario, a recommendation's lever), and its move. */
export interface PatchedOutcome {
  readonly issue: string;
  readonly value: number;
  readonly delta: number;
}

/** The probability of agreement within `months` with the patches applied, and its change. */
export interface PatchedAgreement {
  readonly months: number;
  readonly probability: number;
  readonly delta: number;
}

export interface ScenarioResult {
  readonly scenario: string;
  readonly name: string;
  readonly probability: number | null;
  readonly outcomes: readonly PatchedOutcome[];
  readonly agreement: readonly PatchedAgreement[];
}

export interface ActorLevers {
  readonly actor: string;
  readonly levers: readonly Lever[];
}

export interface Lever {
  readonly kind: LeverFactor | "recommendation";
  readonly issue: string;
  readonly change: string;
  /** Move of the ensemble's central forecast on the issue, in scale points. */
  readonly delta: number;
  /** Change of the smallest veto-player gain under the forecast package (the deal margin). */
  readonly marginDelta: number;
  /** For a recommendation's lever: the change of the probability of agreement within 12 months. */
  readonly agreementDelta?: number;
}

export interface RecommendationAssessment {
  readonly recommendation: string;
  readonly action: string;
  readonly addressees: readonly string[];
  readonly outcomes: readonly PatchedOutcome[];
  readonly agreement: readonly PatchedAgreement[];
  readonly verdict: string;
}

export interface KeyJudgment {
  readonly id: string;
  /** The sentence with its estimative term; never a confidence level in the same sentence (ICD 203). */
  readonly statement: string;
  readonly probability: number;
  readonly term: string;
  readonly confidence: ConfidenceBasis;
  /** A separate sentence stating the confidence and its basis. */
  readonly confidenceStatement: string;
  readonly analyses: readonly string[];
  readonly sources: readonly string[];
  readonly warning?: string;
}

export interface AnalystCheck {
  readonly judgment: string;
  readonly statement: string;
  readonly stated: Interval | null;
  readonly statedConfidence: Confidence;
  readonly model: number | null;
  readonly verdict: "agrees" | "disagrees" | "unchecked";
  readonly message: string;
}

export interface MethodNote {
  readonly topic: string;
  readonly text: string;
}
