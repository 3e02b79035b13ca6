import type { CaseFile } from "../case/index.ts";
import { type Ensemble, mean, share } from "./ensemble.ts";
import { packagesOf } from "./perspectives.ts";
import type { PackageVerdict, SettlementOutlook } from "./types.ts";
import { gainOverStatusQuo, type Package, vetoPlayers } from "./utility.ts";

/** Horizons of the probability of agreement, in months. */
export const AGREEMENT_HORIZONS = [3, 12, 36] as const;
/** Mean time from an acceptable package to a signed settlement when one exists: an analyst assumption, in months. */
export const DEFAULT_TIME_CONSTANT = 12;

/**
 * P(agreement within h months) = q · (1 − e^(−h/τ)): q is the ensemble's mean probability that every veto player
 * accepts the forecast package or a proposal on the table (logit acceptance of the gain over the status quo,
 * `acceptedByAll`: a veto player does not sign what it likes less than the status quo), and agreement then
 * arrives as a Poisson process with mean delay τ (exponential waiting time; an assumption stated in the report).
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

export function settlementOutlook(
  caseFile: CaseFile,
  ensemble: Ensemble,
  forecast: Package,
  timeConstant = DEFAULT_TIME_CONSTANT,
): SettlementOutlook {
  const veto = vetoPlayers(caseFile);
  const packages: PackageVerdict[] = packagesOf(caseFile, forecast).map((p) => {
    const gains = veto.map((actor) => ({ actor, gain: gainOverStatusQuo(caseFile, actor, p.pkg) }));
    const blockedBy = gains.filter((g) => g.gain <= 1e-9).map((g) => g.actor);
    return {
      package: p.id,
      label: p.label,
      gains,
      acceptableToAll: veto.length > 0 && blockedBy.length === 0,
      acceptableShare:
        p.id === "forecast" ? share(forecastAcceptable(ensemble)) : share(ensemble.proposals[p.id] ?? []),
      blockedBy,
    };
  });
  const q = mean(ensemble.acceptance);
  return {
    vetoPlayers: veto,
    packages,
    anyPackageBeatsStatusQuo: packages.some((p) => p.acceptableToAll),
    acceptableShare: share(ensemble.acceptable),
    acceptance: q,
    zoneShare: share(ensemble.zone),
    horizons: agreementCurve(q, timeConstant),
    timeConstantMonths: timeConstant,
  };
}

/** Runs where the table's proposals fail but the ensemble still counts a success came from the forecast. */
function forecastAcceptable(ensemble: Ensemble): boolean[] {
  return ensemble.acceptable.map(
    (ok, r) => ok && !Object.values(ensemble.proposals).some((flags) => flags[r] === true),
  );
}
