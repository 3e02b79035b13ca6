import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import type { EventFilter } from "../../core/events/filter.ts";
import type { EventRecord } from "../../core/events/record.ts";
import type { CaseEscalation } from "../../core/models/escalation/case-escalation.ts";
import { caseArgument, casePath } from "../case-argument.ts";
import { CliError } from "../cli-error.ts";
import { collect } from "../collect-option.ts";
import { table } from "../table.ts";
import { type Colors, processTerminal, type Terminal } from "../terminal.ts";

/** Options shared by `events forecast` and `events backtest`. */
export interface EscalationCliOptions {
  asOf?: string;
  runs?: string;
  seed?: string;
  country?: string[];
  target?: string;
  store?: string;
  /** Same as `store` (the name `events import` and `events summary` use). */
  db?: string;
  json?: boolean;
}

export interface EscalationInput {
  records: EventRecord[];
  /** Where the events came from, for the output header. */
  source: string;
  /** The case's as-of date when a case was read. */
  caseAsOf: string | null;
}

/**
 * The events to forecast: the workspace's DuckDB store when it exists and holds events (default
 * `<case-dir>/.entente/events.duckdb`), otherwise the case file's own events.
 */
export async function loadEscalationInput(
  argument: string | undefined,
  options: EscalationCliOptions,
): Promise<EscalationInput> {
  // The case loader and DuckDB load when the command runs, not at start-up (`entente --help`).
  const [{ CaseNotFoundError, loadCase }, { defaultStorePath, openEventStore }, { caseEventsToRecords }] =
    await Promise.all([
      import("../../io/case/index.ts"),
      import("../../io/events/store.ts"),
      import("../../core/models/escalation/case-event-records.ts"),
    ]);
  const path = casePath(argument);
  let loaded: Awaited<ReturnType<typeof loadCase>> | undefined;
  try {
    loaded = await loadCase(path);
  } catch (error) {
    if (!(error instanceof CaseNotFoundError) || (options.store ?? options.db) === undefined) {
      if (error instanceof CaseNotFoundError) throw new CliError(error.message, 2);
      throw error;
    }
  }
  const caseAsOf = loaded?.case?.meta.asOf ?? null;
  const caseDir = existsSync(path) && statSync(path).isFile() ? dirname(path) : path;
  const explicitStore = options.store ?? options.db;
  const storePath = explicitStore ?? defaultStorePath(caseDir);
  const filter: EventFilter = options.country?.length
    ? { countries: options.country.map((c) => c.toUpperCase()) }
    : {};
  if (existsSync(storePath)) {
    const store = await openEventStore(storePath);
    try {
      const records = await store.query(filter);
      if (records.length > 0)
        return { records, source: `event store ${storePath} (${records.length} events)`, caseAsOf };
    } finally {
      await store.close();
    }
  }
  if (loaded?.case === undefined)
    throw new CliError(
      `${path}: no event store with events and no valid case to read events from; run entente validate`,
    );
  if (options.country?.length)
    throw new CliError("--country needs an event store: case events carry no country code", 2);
  const records = caseEventsToRecords(loaded.case.events);
  return { records, source: `case ${path} (${records.length} events)`, caseAsOf };
}

function parseWhole(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}`, 2);
  return n;
}

const TARGETS = ["fatalities-best", "fatalities-low", "fatalities-high", "events"] as const;
function parseTarget(value: string | undefined): (typeof TARGETS)[number] {
  if (value === undefined) return "fatalities-best";
  const t = TARGETS.find((x) => x === value);
  if (!t) throw new CliError(`--target must be one of ${TARGETS.join(", ")}`, 2);
  return t;
}

function resolveAsOf(options: EscalationCliOptions, input: EscalationInput): string {
  const asOf =
    options.asOf ??
    input.caseAsOf ??
    input.records
      .map((r) => r.dateStart)
      .sort()
      .at(-1);
  if (asOf === undefined) throw new CliError("no events to forecast");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError("--as-of must be a date YYYY-MM-DD", 2);
  return asOf;
}

export async function runEscalation(
  input: EscalationInput,
  options: EscalationCliOptions & { horizon?: string; from?: string },
  onProgress?: (done: number, total: number) => void,
): Promise<CaseEscalation> {
  const horizon = parseWhole(options.horizon, "horizon", 12, 1, 12);
  const [{ forecastCaseEscalation }, { createRandom }] = await Promise.all([
    import("../../core/models/escalation/case-escalation.ts"),
    import("../../core/stats/random.ts"),
  ]);
  try {
    return forecastCaseEscalation(input.records, {
      asOf: resolveAsOf(options, input),
      horizonMonths: [...new Set([Math.min(3, horizon), horizon])],
      runs: parseWhole(options.runs, "runs", 1000, 10, 100_000),
      random: createRandom(parseWhole(options.seed, "seed", 1, 0, 2 ** 31 - 1)),
      target: parseTarget(options.target),
      ...(options.from ? { backtestFrom: options.from } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("forecastCaseEscalation"))
      throw new CliError(error.message);
    throw error;
  }
}

const pct = (p: number) => (p === 0 ? "0" : p < 0.001 ? "<0.1 %" : `${(100 * p).toFixed(1)} %`);
const num = (x: number) => String(Number(x.toFixed(1)));

/** The forecast as tables: recent history, predictive quantiles, threshold probabilities, verdicts, caveats. */
export function forecastText(r: CaseEscalation, source: string, colors: Colors): string {
  const out: string[] = [];
  out.push(colors.bold(`Escalation forecast as of ${r.asOf}: monthly ${r.target}`));
  out.push(`source: ${source}; ${r.values.length} months ${r.series[0]?.period}…${r.series.at(-1)?.period}`);
  const recent = table(["month", "events", "fatalities (best)", "low–high", "unknown"], colors);
  for (const p of r.series.slice(-12))
    recent.push([
      p.period,
      p.events,
      p.fatalitiesBest ?? "unknown",
      p.fatalitiesLow === null ? "" : `${p.fatalitiesLow}–${p.fatalitiesHigh}`,
      p.unknownFatalityEvents || "",
    ]);
  out.push(`\n${colors.bold("Last 12 months")}\n${recent.toString()}`);
  const steps = [1, 3, r.result.horizon].filter((h, i, a) => h <= r.result.horizon && a.indexOf(h) === i);
  const q = table(["model", ...steps.map((h) => `${r.forecastPeriods[h - 1]} median (90 %)`)], colors);
  for (const f of r.result.forecasts)
    q.push([
      f.label,
      ...steps.map((h) => {
        const s = f.steps[h - 1]!;
        return `${num(s.median)} (${num(s.q05)}–${num(s.q95)})`;
      }),
    ]);
  out.push(`\n${colors.bold("Predictive distribution per month")}\n${q.toString()}`);
  const thresholds = r.result.forecasts[0]?.thresholds[0]?.probabilities.map((p) => p.threshold) ?? [];
  const t = table(["model", "within", ...thresholds.map((k) => `P(≥${k})`)], colors);
  for (const f of r.result.forecasts)
    for (const th of f.thresholds)
      t.push([
        f.label === r.result.recommended.label ? colors.bold(`${f.label} *`) : f.label,
        `${th.horizon} mo`,
        ...th.probabilities.map((p) => pct(p.probability)),
      ]);
  out.push(
    `\n${colors.bold("Threshold probabilities (total over the horizon; * = recommended)")}\n${t.toString()}`,
  );
  const fit = r.result.forecasts.find((f) => f.fit)?.fit;
  if (fit)
    out.push(
      `\nINGARCH fit: ω ${fit.omega.toFixed(3)}, α ${fit.alpha.toFixed(3)}, β ${fit.beta.toFixed(3)}${fit.size === null ? "" : `, NB size ${fit.size.toFixed(3)}`}; branching ratio ${fit.branchingRatio.toFixed(2)}, background ${fit.backgroundRate.toFixed(2)}/month, log-lik ${fit.logLikelihood.toFixed(2)}`,
    );
  out.push(`\n${colors.bold("Notes")}`);
  for (const n of r.notes) out.push(`- ${n}`);
  return `${out.join("\n")}\n`;
}

/** `entente events forecast`. */
export async function runEventsForecast(
  argument: string | undefined,
  options: EscalationCliOptions & { horizon?: string },
  terminal: Terminal,
): Promise<number> {
  const input = await loadEscalationInput(argument, options);
  const result = await runEscalation(input, options);
  if (options.json) terminal.out(`${JSON.stringify({ source: input.source, ...result }, null, 2)}\n`);
  else terminal.out(forecastText(result, input.source, terminal.colors));
  return 0;
}

/** Options both escalation subcommands take. */
export function escalationOptions(command: Command): Command {
  return command
    .argument(caseArgument.name, caseArgument.description)
    .option("--as-of <date>", "cutoff date YYYY-MM-DD (default: the case's asOf, else the last event)")
    .option("--runs <n>", "sample paths per model (default 1000)")
    .option("--seed <s>", "random seed (default 1)")
    .option("--country <iso3>", "only events in this country (event store only; repeatable)", collect)
    .option("--target <t>", "fatalities-best (default), fatalities-low, fatalities-high or events")
    .option("--store <path>", "event store (default <case-dir>/.entente/events.duckdb)")
    .option("--db <path>", "same as --store")
    .option("--json", "print the full result as JSON");
}

/** Attaches `forecast` to the shared `events` command. */
export function registerEventsForecast(events: Command): void {
  escalationOptions(
    events
      .command("forecast")
      .description(
        "probabilistic monthly forecasts (NB-INGARCH and four baselines) with threshold probabilities and a backtest verdict",
      ),
  )
    .option("--horizon <n>", "months ahead, 1–12 (default 12; thresholds for 3 and N months)")
    .addHelpText("after", "\nExit status: 0 done, 1 no usable events, 2 usage error.")
    .action(async (argument: string | undefined, options: EscalationCliOptions & { horizon?: string }) => {
      process.exitCode = await runEventsForecast(argument, options, processTerminal());
    });
}
