import type {
  EnsembleComparison,
  EnsembleSummary,
  IssueForecast,
  IssueLevers,
  LeverValue,
  ScenarioComparison,
  SettingForecast,
  SettlementZone,
} from "../../core/analysis/index.ts";
import { assertNever } from "../../core/assert-never.ts";
import { table, title } from "../table.ts";
import type { Colors } from "../terminal.ts";

const num = (x: number) => x.toFixed(1);

/** `48.0`, `48.0~` for a cycling run (mean of the cycle), `48.0*` at the round cap. */
function mark(f: SettingForecast): string {
  switch (f.stop) {
    case "cycling":
      return `${num(f.outcome)}~`;
    case "max-rounds":
      return `${num(f.outcome)}*`;
    case "converged":
    case "closed-form":
      return num(f.outcome);
    default:
      return assertNever(f.stop);
  }
}

export function forecastTable(forecasts: readonly IssueForecast[], colors: Colors): string {
  const settings = forecasts[0]?.forecasts.map((f) => f.setting) ?? [];
  const t = table(["issue", "actors", ...settings], colors);
  for (const issue of forecasts)
    t.push([issue.issue, String(issue.actors.length), ...issue.forecasts.map(mark)]);
  const notes = "0–100 on each issue's scale. ~ cycling (mean over the cycle), * stopped at the round cap.";
  return `${title("Forecast per issue", colors)}${t.toString()}\n${colors.dim(notes)}\n`;
}

export function settlementTables(zone: SettlementZone, colors: Colors): string {
  const t = table(["package", "changes", "needs consent of", "blocked by", "beats status quo"], colors);
  for (const p of zone.packages) {
    if (p.kind === "status-quo") continue;
    t.push([
      p.id,
      String(p.changedIssues.length),
      p.needsConsentOf.join(", "),
      p.blockedBy.join(", ") || "—",
      p.beatsStatusQuo ? colors.green("yes") : colors.red("no"),
    ]);
  }
  const w = table(["issue", "status quo", "want lower", "want higher", "win set"], colors);
  for (const s of zone.winSets) {
    w.push([
      s.issue,
      num(s.statusQuo),
      s.wantLower.join(", ") || "—",
      s.wantHigher.join(", ") || "—",
      s.winSet === null ? "empty" : `(${num(s.winSet.low)}, ${num(s.winSet.high)})`,
    ]);
  }
  return (
    `${title("Settlement zone (utility: salience-weighted linear loss, 0–1)", colors)}${t.toString()}\n` +
    `${title("Win set of the status quo among each issue's veto players", colors)}${w.toString()}\n` +
    `\n${colors.bold("Verdict:")} ${zone.verdict}\n`
  );
}

export function monteCarloTable(summary: EnsembleSummary, colors: Colors): string {
  const t = table(["issue", "mean", "5%", "50%", "95%", "sd", "from settings", "from inputs"], colors);
  for (const issue of summary.issues) {
    const o = issue.outcome;
    t.push([
      issue.issue,
      num(o.mean),
      num(o.q05),
      num(o.q50),
      num(o.q95),
      num(o.sd),
      `${Math.round(issue.variance.settingsShare * 100)}%`,
      `${Math.round(issue.variance.inputsShare * 100)}%`,
    ]);
  }
  const accepted = summary.packageAcceptance
    .map((p) => `${p.package} ${Math.round(p.probability * 100)}%`)
    .join(", ");
  return (
    `${title(`Monte Carlo: ${summary.runs} runs, seed ${summary.seed}, ${summary.settings.length} model settings`, colors)}${t.toString()}\n` +
    `${colors.dim("Inputs drawn from triangular(low, value, high); share of variance between model settings vs within (law of total variance).")}\n` +
    `Probability that some package beats the status quo for all its veto players: ${Math.round(summary.agreementProbability * 100)}% (${accepted}).\n` +
    summary.outcomeClaims
      .map(
        (c) =>
          `Judgment ${c.judgment}: ${c.issue} in [${c.atLeast}, ${c.atMost}] in ${Math.round(c.probability * 100)}% of runs` +
          (c.stated === null ? "" : ` (stated ${Math.round(c.stated * 100)}%)`) +
          ".\n",
      )
      .join("")
  );
}

export function leversTable(levers: readonly IssueLevers[], colors: Colors, top = 3): string {
  const t = table(["issue", "outcome", "largest levers (input ±10: outcome swing)"], colors);
  for (const issue of levers) {
    const items = issue.ranked
      .slice(0, top)
      .map((s) => `${s.actor} ${s.factor} ${s.swing >= 0 ? "+" : ""}${num(s.swing)}`)
      .join("; ");
    t.push([issue.issue, num(issue.outcome), items]);
  }
  const settings = levers[0]?.settings.join(" + ") ?? "";
  return `${title(`Levers: one-at-a-time sensitivity (mean of ${settings})`, colors)}${t.toString()}\n`;
}

export function comparisonTable(heading: string, comparison: ScenarioComparison, colors: Colors): string {
  const settings =
    comparison.issues[0]?.forecasts.filter((f) => f.setting !== "status-quo").map((f) => f.setting) ?? [];
  const t = table(["issue", ...settings], colors);
  for (const issue of comparison.issues) {
    t.push([
      issue.issue,
      ...issue.forecasts
        .filter((f) => f.setting !== "status-quo")
        .map((f) => `${num(f.baseline)} → ${num(f.scenario)} (${f.shift >= 0 ? "+" : ""}${num(f.shift)})`),
    ]);
  }
  const changes = comparison.packageChanges
    .filter(
      (c) =>
        c.beatsStatusQuoBefore !== c.beatsStatusQuoAfter ||
        c.blockedByBefore.join() !== c.blockedByAfter.join(),
    )
    .map(
      (c) =>
        `${c.package}: blocked by ${c.blockedByBefore.join(", ") || "nobody"} → ${c.blockedByAfter.join(", ") || "nobody"}`,
    );
  return (
    `${title(heading, colors)}${t.toString()}\n${comparison.summary}\n` +
    (changes.length > 0 ? `${changes.map((c) => `  ${c}`).join("\n")}\n` : "")
  );
}

export function leverEnsembleTable(
  recommendation: string,
  comparison: EnsembleComparison,
  runs: number,
  colors: Colors,
): string {
  const t = table(["issue", "mean before", "mean after", "shift", "median before → after"], colors);
  for (const i of comparison.issues) {
    t.push([
      i.issue,
      num(i.baselineMean),
      num(i.changedMean),
      `${i.meanShift >= 0 ? "+" : ""}${num(i.meanShift)}`,
      `${num(i.baselineMedian)} → ${num(i.changedMedian)}`,
    ]);
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `${title(`Lever ${recommendation} over the Monte Carlo ensemble (${runs} runs, same seed)`, colors)}${t.toString()}\n` +
    `Probability that some package beats the status quo for all its veto players: ${pct(comparison.agreementBefore)} → ${pct(comparison.agreementAfter)}.\n`
  );
}

export function leverValuesTables(values: readonly LeverValue[], colors: Colors): string {
  return values
    .map((v) =>
      comparisonTable(`Recommendation lever ${v.recommendation}: ${v.action}`, v.comparison, colors),
    )
    .join("");
}
