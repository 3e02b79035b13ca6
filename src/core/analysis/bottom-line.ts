import { assertNever } from "../assert-never.ts";
import type { EnsembleSummary } from "./ensemble-summary.ts";
import type { SettlementZone } from "./settlement-zone.ts";

/**
 * One plain sentence on the claim "no settlement is possible now": whether the settlement zone at the
 * central values and the Monte Carlo ensemble (if run) support it, and how firmly.
 */
export function settlementBottomLine(zone: SettlementZone, ensemble?: EnsembleSummary): string {
  const share = ensemble === undefined ? null : Math.round(ensemble.agreementProbability * 100);
  const runs =
    share === null
      ? ""
      : ` Across the Monte Carlo runs some package beats the status quo for all its veto players in ${share}% of runs.`;
  switch (zone.zone) {
    case "none":
      return `"No settlement now" is supported: at the central estimates nothing considered beats the status quo for every veto player it needs.${runs}`;
    case "proposal":
      return `"No settlement now" is not supported: a proposal on the table beats the status quo for every veto player it needs.${runs}`;
    case "forecast-only": {
      const best = zone.packages
        .filter((p) => p.kind === "forecast" && p.beatsStatusQuo && p.weakestVeto !== null)
        .sort((a, b) => (b.weakestVeto?.gain ?? 0) - (a.weakestVeto?.gain ?? 0))[0];
      const margin =
        best?.weakestVeto === null || best === undefined
          ? ""
          : ` (${best.name}; its least keen veto player, ${best.weakestVeto.actor}, gains ${best.weakestVeto.gain.toFixed(3)} on the 0–1 utility scale)`;
      return `"No settlement now" holds for the proposals on the table but not for every package: a trade across issues that no proposal offers would leave every veto player better off${margin}.${runs}`;
    }
    default:
      return assertNever(zone.zone);
  }
}
