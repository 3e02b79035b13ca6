import {
  centralTable,
  evaluateSettlement,
  type IssueFrame,
  type IssueTable,
  type PackageEvaluation,
  proposalPackages,
  type SettlementPackage,
  type SettlementZone,
} from "../analysis/index.ts";
import type { CaseFile } from "../case/index.ts";
import { mean } from "../stats/moments.ts";
import type { Ensemble } from "./ensemble.ts";
import type { PackageVerdict, SettlementOutlook } from "./types.ts";

/** Horizons of the probability of agreement, in months. */
export const AGREEMENT_HORIZONS = [3, 12, 36] as const;
/** Mean time from an acceptable package to a signed settlement when one exists: an analyst assumption, in months. */
export const DEFAULT_TIME_CONSTANT = 12;

/** A point per issue id: a forecast, or a package's positions. */
export type Positions = SettlementPackage["positions"];

/**
 * Gains are the analysis module's utility differences (`packageUtility`, u = 1 − mean salience-weighted
 * distance / 100, on [0, 1]); the report states them in salience-weighted scale points, 100 · Δu.
 */
export const POINTS_PER_UTILITY = 100;

/** Scale of the acceptance noise on the [0, 1] utility scale: 0.05, i.e. 5 salience-weighted scale points. */
export const ACCEPTANCE_SCALE = 0.05;

/**
 * The probability that every veto player a package needs (those of the issues it changes, Tsebelis 2002)
 * accepts it: each accepts with the logit probability 1 / (1 + e^(−gain/s)) of a random-utility model
 * (McFadden 1974, "Conditional logit analysis of qualitative choice behavior"), independently; gain is its
 * utility over the status quo (settlement-zone.ts), s = ACCEPTANCE_SCALE. A smooth version of "every veto
 * player gains", so small changes of the inputs move it a little, not all or nothing. A package that changes
 * nothing is no settlement (0).
 */
export function acceptedByAll(evaluation: PackageEvaluation): number {
  if (evaluation.changedIssues.length === 0) return 0;
  return evaluation.needsConsentOf.reduce(
    (p, v) => p / (1 + Math.exp(-(evaluation.gains[v] ?? 0) / ACCEPTANCE_SCALE)),
    1,
  );
}

/**
 * The packages on the table of a point-valued case: its proposals (issues they leave out stay at the status
 * quo) and the forecast, evaluated against the status quo by the analysis module (`evaluateSettlement`).
 */
export function evaluateTable(
  caseFile: CaseFile,
  frames: readonly IssueFrame[],
  forecast: Positions,
  tables: readonly IssueTable[] = frames.map(centralTable),
): SettlementZone {
  const packages: SettlementPackage[] = [
    ...proposalPackages(caseFile.proposals, tables, (e) => e.value),
    { id: "forecast", name: "Forecast outcome", kind: "forecast", positions: forecast },
  ];
  return evaluateSettlement(frames, tables, packages);
}

/**
 * P(agreement within h months) = q · (1 − e^(−h/τ)): q is the ensemble's mean probability that every veto player
 * a package needs accepts the forecast package or a proposal on the table (`acceptedByAll`: a veto player does
 * not sign what it likes less than the status quo), and agreement then arrives as a Poisson process with mean
 * delay τ (exponential waiting time; an assumption stated in the report).
 */
export function agreementProbability(
  q: number,
  months: number,
  timeConstant = DEFAULT_TIME_CONSTANT,
): number {
  return q * (1 - Math.exp(-months / timeConstant));
}

export function agreementCurve(q: number, timeConstant = DEFAULT_TIME_CONSTANT) {
  return AGREEMENT_HORIZONS.map((months) => ({
    months,
    probability: agreementProbability(q, months, timeConstant),
  }));
}

/**
 * The settlement outlook: the central packages' verdicts (`central`, from `evaluateTable`) and the ensemble's
 * shares. Veto players are listed in the case's actor order.
 */
export function settlementOutlook(
  caseFile: CaseFile,
  central: SettlementZone,
  ensemble: Ensemble,
  timeConstant = DEFAULT_TIME_CONSTANT,
): SettlementOutlook {
  const veto = vetoPlayers(caseFile, central);
  const packages: PackageVerdict[] = central.packages
    .filter((p) => p.kind !== "status-quo")
    .map((p) => ({
      package: p.id,
      label: p.name,
      gains: veto.map((actor) => ({ actor, gain: POINTS_PER_UTILITY * (p.gains[actor] ?? 0) })),
      acceptableToAll: p.beatsStatusQuo,
      acceptableShare: share(ensemble.accepted[p.id] ?? []),
      blockedBy: p.blockedBy,
    }));
  const q = ensemble.runs === 0 ? 0 : mean(ensemble.acceptance);
  return {
    vetoPlayers: veto,
    packages,
    anyPackageBeatsStatusQuo: central.agreementPossible,
    verdict: central.verdict,
    acceptableShare: share(ensemble.acceptable),
    acceptance: q,
    zoneShare: share(ensemble.zone),
    horizons: agreementCurve(q, timeConstant),
    timeConstantMonths: timeConstant,
  };
}

/** The veto players of the issues analysed, in the case's actor order. */
export function vetoPlayers(caseFile: CaseFile, central: SettlementZone): string[] {
  return caseFile.actors.map((a) => a.id).filter((id) => central.vetoPlayers.includes(id));
}

export function share(flags: readonly boolean[]): number {
  return flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length;
}
