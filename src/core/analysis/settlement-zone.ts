import type { CaseFile, Proposal } from "../case/index.ts";
import { type ForecastOptions, forecastIssues, type IssueForecast } from "./forecast.ts";
import { centralTable, type IssueFrame, type IssueTable, issueFrames } from "./issue-frame.ts";
import { type ActorProfile, actorProfiles, packageUtility } from "./utility.ts";

/** A gain smaller than this (on the [0, 1] utility scale) counts as indifference, not preference. */
export const GAIN_TOLERANCE = 1e-9;

export type ZoneKind = "proposal" | "forecast-only" | "none";

/** A package: one point per issue. Issues a proposal leaves out stay at the status quo. */
export interface SettlementPackage {
  readonly id: string;
  readonly name: string;
  readonly kind: "status-quo" | "proposal" | "forecast";
  /** Position per issue id, 0–100, covering every issue analysed. */
  readonly positions: Readonly<Record<string, number>>;
}

export interface PackageEvaluation extends SettlementPackage {
  /** Issues on which the package differs from the status quo. */
  readonly changedIssues: readonly string[];
  /** The veto players of the changed issues: everyone whose consent the package needs. */
  readonly needsConsentOf: readonly string[];
  /** u_i(package) for every actor with a stance (see `packageUtility`). */
  readonly utilities: Readonly<Record<string, number>>;
  /** u_i(package) − u_i(status quo). */
  readonly gains: Readonly<Record<string, number>>;
  /** Veto players it needs that gain less than nothing or nothing at all: they keep the status quo. */
  readonly blockedBy: readonly string[];
  /** Changes something and every veto player it needs gains. */
  readonly beatsStatusQuo: boolean;
  /** The veto player it needs that gains least, with that gain (null when it needs nobody's consent). */
  readonly weakestVeto: { readonly actor: string; readonly gain: number } | null;
}

/** Tsebelis's win set of the status quo on one issue: the points every veto player prefers to it. */
export interface IssueWinSet {
  readonly issue: string;
  readonly statusQuo: number;
  readonly vetoPlayers: readonly string[];
  /** The open interval of points all (salient) veto players prefer to the status quo, or null when empty. */
  readonly winSet: { readonly low: number; readonly high: number } | null;
  /** Veto players who want the issue moved down / up from the status quo (salience > 0). */
  readonly wantLower: readonly string[];
  readonly wantHigher: readonly string[];
  /** Veto players whose ideal is the status quo itself. */
  readonly atStatusQuo: readonly string[];
}

export interface SettlementZone {
  readonly issues: readonly string[];
  readonly packages: readonly PackageEvaluation[];
  /** Every veto player of the issues analysed. */
  readonly vetoPlayers: readonly string[];
  /** Veto players who gain nothing from any proposal that needs their consent. */
  readonly vetoPlayersPreferringStatusQuo: readonly string[];
  readonly winSets: readonly IssueWinSet[];
  /** Some proposal or forecast package beats the status quo for every veto player it needs. */
  readonly agreementPossible: boolean;
  readonly acceptablePackages: readonly string[];
  /** `proposal`: a proposal on the table beats the status quo for all its veto players; `forecast-only`: only a
   *  forecast package does; `none`: nothing considered does. */
  readonly zone: ZoneKind;
  /** Plain sentences: whether the model finds any settlement, and who blocks it. */
  readonly verdict: string;
}

export interface SettlementOptions extends ForecastOptions {
  /** Forecasts to turn into forecast packages (computed with `forecastIssues` when left out). */
  readonly forecasts?: readonly IssueForecast[];
}

/**
 * The settlement zone of a case (issue 3): each actor's utility for the status quo, each proposal and each
 * forecast package (one per model setting forecast); which veto players prefer the status quo to every
 * proposal they must consent to; whether any package beats the status quo for all the veto players it
 * needs (a package needs the consent of the veto players of every issue it changes, Tsebelis 2002,
 * Veto Players, ch. 1); and per issue the win set of the status quo among its veto players.
 */
export function settlementZone(caseFile: CaseFile, options: SettlementOptions = {}): SettlementZone {
  const frames = issueFrames(caseFile, options.issues);
  const tables = frames.map(centralTable);
  const forecasts = options.forecasts ?? forecastIssues(caseFile, options);
  const packages = [
    ...proposalPackages(caseFile.proposals, tables, (e) => e.value),
    ...forecastPackages(forecasts, tables),
  ];
  return evaluateSettlement(frames, tables, packages);
}

/** Proposal packages, with positions read by `pick` (the central value, or a Monte Carlo draw). */
export function proposalPackages(
  proposals: readonly Proposal[],
  tables: readonly IssueTable[],
  pick: (estimate: Proposal["positions"][string], proposal: number, issue: string) => number,
): SettlementPackage[] {
  const known = new Set(tables.map((t) => t.issue));
  return proposals.flatMap((proposal, p) => {
    const covered = Object.keys(proposal.positions).filter((issue) => known.has(issue));
    if (covered.length === 0) return [];
    const positions: Record<string, number> = {};
    for (const table of tables) {
      const estimate = proposal.positions[table.issue];
      positions[table.issue] = estimate === undefined ? table.statusQuo : pick(estimate, p, table.issue);
    }
    return [{ id: proposal.id, name: proposal.name, kind: "proposal" as const, positions }];
  });
}

/** One package per forecast setting other than the status quo: every issue at that setting's forecast. */
export function forecastPackages(
  forecasts: readonly IssueForecast[],
  tables: readonly IssueTable[],
): SettlementPackage[] {
  const labels = forecasts[0]?.forecasts.filter((f) => f.kind !== "status-quo").map((f) => f.setting) ?? [];
  return labels.map((label) => {
    const positions: Record<string, number> = {};
    for (const table of tables) {
      const forecast = forecasts
        .find((f) => f.issue === table.issue)
        ?.forecasts.find((f) => f.setting === label);
      positions[table.issue] = forecast === undefined ? table.statusQuo : forecast.outcome;
    }
    return { id: `forecast:${label}`, name: `Forecast (${label})`, kind: "forecast" as const, positions };
  });
}

/** Evaluates the status quo and the packages for given point inputs (pure; used per Monte Carlo run too). */
export function evaluateSettlement(
  frames: readonly IssueFrame[],
  tables: readonly IssueTable[],
  packages: readonly SettlementPackage[],
): SettlementZone {
  const profiles = actorProfiles(tables);
  const statusQuo: SettlementPackage = {
    id: "status-quo",
    name: "Status quo",
    kind: "status-quo",
    positions: Object.fromEntries(tables.map((t) => [t.issue, t.statusQuo])),
  };
  checkVetoStances(frames);
  const sqPoint = tables.map((t) => t.statusQuo);
  const sqUtility = new Map(profiles.map((p) => [p.actor, packageUtility(p, sqPoint)]));
  const evaluations = [statusQuo, ...packages].map((pkg) =>
    evaluatePackage(pkg, frames, tables, profiles, sqUtility),
  );
  const vetoPlayers = unique(frames.flatMap((f) => f.vetoPlayers));
  const proposals = evaluations.filter((e) => e.kind === "proposal");
  const vetoPlayersPreferringStatusQuo = vetoPlayers.filter((v) => {
    const relevant = proposals.filter((p) => p.needsConsentOf.includes(v));
    return relevant.length > 0 && relevant.every((p) => (p.gains[v] as number) <= GAIN_TOLERANCE);
  });
  const acceptable = evaluations.filter((e) => e.beatsStatusQuo);
  const winSets = frames.map((frame, d) => issueWinSet(frame, tables[d] as IssueTable));
  return {
    issues: tables.map((t) => t.issue),
    packages: evaluations,
    vetoPlayers,
    vetoPlayersPreferringStatusQuo,
    winSets,
    agreementPossible: acceptable.length > 0,
    acceptablePackages: acceptable.map((e) => e.id),
    ...verdictOf(evaluations, vetoPlayersPreferringStatusQuo, winSets),
  };
}

function evaluatePackage(
  pkg: SettlementPackage,
  frames: readonly IssueFrame[],
  tables: readonly IssueTable[],
  profiles: readonly ActorProfile[],
  sqUtility: ReadonlyMap<string, number>,
): PackageEvaluation {
  const point = tables.map((t) => pkg.positions[t.issue] ?? t.statusQuo);
  const changedIssues = tables
    .filter((t, d) => Math.abs((point[d] as number) - t.statusQuo) > 1e-9)
    .map((t) => t.issue);
  const needsConsentOf = unique(
    frames.filter((f) => changedIssues.includes(f.issue)).flatMap((f) => f.vetoPlayers),
  );
  const utilities: Record<string, number> = {};
  const gains: Record<string, number> = {};
  for (const profile of profiles) {
    const u = packageUtility(profile, point);
    utilities[profile.actor] = u;
    gains[profile.actor] = u - (sqUtility.get(profile.actor) as number);
  }
  const blockedBy = needsConsentOf.filter((v) => !((gains[v] as number) > GAIN_TOLERANCE));
  const weakest = needsConsentOf.reduce<string | null>(
    (least, v) => (least === null || (gains[v] as number) < (gains[least] as number) ? v : least),
    null,
  );
  return {
    ...pkg,
    changedIssues,
    needsConsentOf,
    utilities,
    gains,
    blockedBy,
    beatsStatusQuo: changedIssues.length > 0 && blockedBy.length === 0,
    weakestVeto: weakest === null ? null : { actor: weakest, gain: gains[weakest] as number },
  };
}

function checkVetoStances(frames: readonly IssueFrame[]): void {
  for (const frame of frames) {
    for (const veto of frame.vetoPlayers) {
      if (!frame.actors.some((a) => a.id === veto)) {
        throw new Error(`settlementZone: issue "${frame.issue}": veto player "${veto}" has no stance on it`);
      }
    }
  }
}

/**
 * On one issue with linear loss, veto player v prefers x to the status quo q iff |x − p_v| < |q − p_v|,
 * the open interval between q and 2p_v − q. The win set is the intersection over the veto players
 * (Tsebelis 2002, ch. 1): empty as soon as two of them want the issue moved in opposite directions or one
 * sits at q. Veto players with salience 0 on the issue are indifferent and block nothing.
 */
export function issueWinSet(frame: IssueFrame, table: IssueTable): IssueWinSet {
  const q = table.statusQuo;
  const wantLower: string[] = [];
  const wantHigher: string[] = [];
  const atStatusQuo: string[] = [];
  let low = 0;
  let high = 100;
  for (const veto of frame.vetoPlayers) {
    const stance = table.actors.find((a) => a.id === veto);
    if (stance === undefined || stance.salience === 0) continue;
    const p = stance.position;
    if (Math.abs(p - q) <= 1e-9) atStatusQuo.push(veto);
    else if (p < q) {
      wantLower.push(veto);
      low = Math.max(low, 2 * p - q);
      high = Math.min(high, q);
    } else {
      wantHigher.push(veto);
      low = Math.max(low, q);
      high = Math.min(high, 2 * p - q);
    }
  }
  const moving = wantLower.length + wantHigher.length;
  const empty =
    atStatusQuo.length > 0 ||
    (wantLower.length > 0 && wantHigher.length > 0) ||
    moving === 0 ||
    !(high > low);
  return {
    issue: frame.issue,
    statusQuo: q,
    vetoPlayers: frame.vetoPlayers,
    winSet: empty ? null : { low, high },
    wantLower,
    wantHigher,
    atStatusQuo,
  };
}

function verdictOf(
  evaluations: readonly PackageEvaluation[],
  preferringSq: readonly string[],
  winSets: readonly IssueWinSet[],
): { zone: ZoneKind; verdict: string } {
  const list = (xs: readonly string[]) => xs.join(", ") || "nobody";
  const proposals = evaluations.filter((e) => e.kind === "proposal");
  const forecasts = evaluations.filter((e) => e.kind === "forecast");
  const goodProposals = proposals.filter((e) => e.beatsStatusQuo);
  const goodForecasts = forecasts.filter((e) => e.beatsStatusQuo);
  const proposalText =
    proposals.length === 0
      ? "The case lists no proposal."
      : goodProposals.length > 0
        ? `${goodProposals.map((e) => e.name).join("; ")} beat${goodProposals.length === 1 ? "s" : ""} the status quo for every veto player ${goodProposals.length === 1 ? "it needs" : "they need"}.`
        : `No proposal on the table beats the status quo for all its veto players (${proposals.map((e) => `${e.name}: blocked by ${list(e.blockedBy)}`).join("; ")}).` +
          (preferringSq.length > 0
            ? ` ${list(preferringSq)} gain${preferringSq.length === 1 ? "s" : ""} nothing from any proposal that needs ${preferringSq.length === 1 ? "its" : "their"} consent.`
            : "");
  const forecastText =
    goodForecasts.length > 0
      ? `A forecast package does: ${goodForecasts.map((e) => `${e.name}, whose least keen veto player ${e.weakestVeto?.actor} gains ${e.weakestVeto?.gain.toFixed(3)}`).join("; ")} (a trade across issues that no proposal offers; gains are on the 0–1 utility scale).`
      : forecasts.length > 0
        ? `No forecast package does either (${forecasts.map((e) => `${e.name}: blocked by ${list(e.blockedBy)}`).join("; ")}).`
        : "";
  const open = winSets.filter((w) => w.winSet !== null).map((w) => w.issue);
  const issueText =
    open.length === 0
      ? "No single issue can be moved with all its veto players better off (every win set of the status quo is empty)."
      : `Issue by issue, only ${open.join(", ")} can be moved with all ${open.length === 1 ? "its" : "their"} veto players better off; the other win sets are empty.`;
  const zone: ZoneKind =
    goodProposals.length > 0 ? "proposal" : goodForecasts.length > 0 ? "forecast-only" : "none";
  const head =
    zone === "none"
      ? "No settlement zone: nothing considered beats the status quo for every veto player it needs."
      : zone === "proposal"
        ? "A settlement zone exists among the proposals."
        : "No proposal on the table can settle, but a settlement zone exists beyond them.";
  return { zone, verdict: [head, proposalText, forecastText, issueText].filter((t) => t !== "").join(" ") };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
