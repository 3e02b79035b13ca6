import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { CaseEscalation } from "../../core/models/escalation/case-escalation.ts";
import { table } from "../table.ts";
import { type Colors, processTerminal, type Terminal } from "../terminal.ts";
import {
  type EscalationCliOptions,
  escalationOptions,
  loadEscalationInput,
  runEscalation,
} from "./events-forecast.ts";

type BacktestCliOptions = EscalationCliOptions & { from?: string; horizon?: string };

const f = (x: number | null, digits = 2) => (x === null ? "–" : x.toFixed(digits));
const signed = (x: number | null) => (x === null ? "n/a" : `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)} %`);

/** Scores per model and step, skill of the tested model against each baseline, and the verdicts. */
function backtestText(r: CaseEscalation, source: string, colors: Colors): string {
  const bt = r.result.backtest;
  const out: string[] = [
    colors.bold(`Backtest as of ${r.asOf}: monthly ${r.target}, rolling origin, expanding window`),
  ];
  out.push(`source: ${source}`);
  if (bt === null) {
    out.push("The series is too short for a backtest.");
    return `${out.join("\n")}\n`;
  }
  const first = r.series[bt.origins[0]!]?.period;
  const last = r.series[bt.origins.at(-1)!]?.period;
  out.push(
    `${bt.origins.length} origins (${first} … ${last}), ${bt.runs} sample paths per forecast, seed ${bt.seed}`,
  );
  const steps = [1, 3, 6, 12].filter((h) => h <= bt.horizon);
  const s = table(
    [
      "model",
      "step",
      "n",
      "CRPS",
      "ignorance",
      "cover 50/90/95 %",
      "MIS 95",
      "Brier ≥1/≥25/≥100",
      "PIT first/last tenth",
    ],
    colors,
  );
  for (const { label } of bt.labels)
    for (const h of steps) {
      const row = bt.summaries.find((x) => x.label === label && x.h === h);
      if (!row || row.n === 0) continue;
      s.push([
        label,
        h,
        row.n,
        f(row.crps),
        f(row.ignorance),
        row.coverage.map((c) => (c.rate === null ? "–" : (100 * c.rate).toFixed(0))).join("/"),
        f(row.intervalScore95, 1),
        row.brier
          .slice(0, 3)
          .map((b) => f(b.score, 3))
          .join("/"),
        row.pit === null ? "–" : `${(100 * row.pit[0]!).toFixed(0)}/${(100 * row.pit.at(-1)!).toFixed(0)} %`,
      ]);
    }
  out.push(
    `\n${colors.bold("Mean scores by step ahead (lower is better; coverage should match 50/90/95; PIT tenths ≈ 10 % each when calibrated)")}\n${s.toString()}`,
  );
  const k = table(["model", "baseline", ...steps.map((h) => `CRPS skill h=${h}`), "all steps"], colors);
  for (const v of bt.verdicts)
    for (const m of v.meanCrpsSkill)
      k.push([
        v.label,
        m.baseline,
        ...steps.map((h) =>
          signed(
            bt.skill.find((x) => x.label === v.label && x.baseline === m.baseline && x.h === h)?.crpsSkill ??
              null,
          ),
        ),
        signed(m.skill),
      ]);
  out.push(
    `\n${colors.bold("Skill against each baseline (1 − CRPS/CRPS_baseline; positive = better)")}\n${k.toString()}`,
  );
  out.push(`\n${colors.bold("Verdict")}`);
  for (const v of bt.verdicts)
    out.push(`- ${v.beatsAllBaselines ? colors.green(v.sentence) : colors.yellow(v.sentence)}`);
  out.push(`- Recommended model: ${r.result.recommended.label} (${r.result.recommended.reason}).`);
  if (bt.failures.length > 0) out.push(`- ${bt.failures.length} fit(s) failed and were skipped.`);
  return `${out.join("\n")}\n`;
}

/** `entente events backtest`. */
export async function runEventsBacktest(
  argument: string | undefined,
  options: BacktestCliOptions,
  terminal: Terminal,
  showProgress = false,
): Promise<number> {
  const input = await loadEscalationInput(argument, options);
  const bar = showProgress
    ? new SingleBar({ format: "backtest [{bar}] {value}/{total} origins", stream: process.stderr })
    : null;
  const result = await runEscalation(input, options, (done, total) => {
    if (!bar) return;
    if (done === 1) bar.start(total, 0);
    bar.update(done);
    if (done === total) bar.stop();
  });
  if (options.json)
    terminal.out(
      `${JSON.stringify({ source: input.source, asOf: result.asOf, target: result.target, series: result.series, backtest: result.result.backtest, recommended: result.result.recommended, notes: result.notes }, null, 2)}\n`,
    );
  else terminal.out(backtestText(result, input.source, terminal.colors));
  return 0;
}

/** Attaches `backtest` to the shared `events` command. */
export function registerEventsBacktest(events: Command): void {
  escalationOptions(
    events
      .command("backtest")
      .description(
        "rolling-origin backtest of NB-INGARCH against the zero, last-value, conflictology and NB baselines",
      ),
  )
    .option(
      "--from <date>",
      "first forecast origin: the month the first fit ends (default: the series' 6th month)",
    )
    .option("--horizon <n>", "steps ahead scored, 1–12 (default 12)")
    .addHelpText("after", "\nExit status: 0 done, 1 no usable events, 2 usage error.")
    .action(async (argument: string | undefined, options: BacktestCliOptions) => {
      const showProgress = !options.json && Boolean(process.stderr.isTTY);
      process.exitCode = await runEventsBacktest(argument, options, processTerminal(), showProgress);
    });
}
