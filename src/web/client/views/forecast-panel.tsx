import { useLayoutEffect, useMemo, useState } from "react";
import type { IssueForecast } from "../../../core/analysis/index.ts";
import type { CaseFile } from "../../../core/case/index.ts";
import { distributionChart } from "../../../report/charts/distribution.ts";
import type { ChartStamp } from "../../../report/charts/frame.ts";
import { type IssueScaleData, issueScaleChart } from "../../../report/charts/issue-scale.ts";
import { trajectoryChart } from "../../../report/charts/trajectories.ts";
import { SvgFigure } from "../charts/svg-figure.tsx";
import { markRendered } from "../state/live-latency.ts";
import { MONTE_CARLO_RUNS } from "../state/use-monte-carlo.ts";
import type { Workbench } from "../state/use-workbench.ts";

/** Enough for stable quantiles; each run costs tens of milliseconds in the page's worker. */
const MAX_BROWSER_RUNS = 2000;

/** The engines' spread on one issue: the default engine's outcome, and the range over engines and baselines. */
function forecastBand(forecast: IssueForecast): { value: number; low: number; high: number } {
  const outcomes = forecast.forecasts.filter((f) => f.kind !== "status-quo").map((f) => f.outcome);
  const value = forecast.forecasts[0]?.outcome ?? forecast.statusQuo;
  return { value, low: Math.min(value, ...outcomes), high: Math.max(value, ...outcomes) };
}

/** One issue's scale chart data: the actors in its forecast placed by their stances in the case given. */
export function issueScaleData(
  caseFile: CaseFile,
  forecast: IssueForecast,
  band: { value: number; low: number; high: number },
  title = forecast.name,
): IssueScaleData {
  const actorOf = new Map(caseFile.actors.map((a) => [a.id, a]));
  const issue = caseFile.issues.find((i) => i.id === forecast.issue);
  return {
    title,
    low: issue?.scale.low ?? "0",
    high: issue?.scale.high ?? "100",
    statusQuo: forecast.statusQuo,
    actors: caseFile.stances
      .filter((s) => s.issue === forecast.issue && forecast.actors.includes(s.actor))
      .map((s) => ({
        name: actorOf.get(s.actor)?.name ?? s.actor,
        position: s.position.value,
        salience: s.salience.value,
        capability: actorOf.get(s.actor)?.capability?.value ?? 0,
      })),
    forecast: band,
  };
}

/** The stamp every figure carries: the saved case's version and hash, marked when edits are not saved. */
export function chartStamp(caseFile: CaseFile, savedHash: string, edited: boolean): ChartStamp {
  return {
    seed: 1,
    caseVersion: caseFile.meta.version,
    caseHash: edited ? `${savedHash} + unsaved edits` : savedHash,
  };
}

/** Live forecasts: the table of outcomes by engine, each issue's scale chart, and the Monte Carlo spread. */
export function ForecastPanel({
  workbench,
  selectedIssue,
}: {
  workbench: Workbench;
  selectedIssue: string | null;
}) {
  const { liveCase, forecasts, forecastMs, forecastError, monteCarlo, startMonteCarlo, edits } = workbench;
  const [runs, setRuns] = useState(MONTE_CARLO_RUNS);
  useLayoutEffect(() => {
    if (forecasts !== null) markRendered();
  }, [forecasts]);
  const stamp = useMemo(
    () => (liveCase === null ? null : chartStamp(liveCase, workbench.savedHash, edits.size > 0)),
    [liveCase, edits, workbench.savedHash],
  );
  if (liveCase === null || stamp === null) return null;
  if (forecasts === null) return <p>Computing the forecast…</p>;
  const settings = forecasts[0]?.forecasts.map((f) => f.setting) ?? [];
  const selected = forecasts.find((f) => f.issue === selectedIssue) ?? forecasts[0];
  return (
    <section aria-labelledby="forecast-heading" className="forecast">
      <h2 id="forecast-heading">Forecast (live)</h2>
      {forecastError !== null && <p role="alert">The forecast failed: {forecastError}</p>}
      <p className="muted" data-testid="forecast-time">
        Recomputed in the browser in {forecastMs === null ? "—" : `${forecastMs.toFixed(0)} ms`}.
      </p>
      <table data-testid="forecast-table">
        <caption>Outcome on each issue's 0–100 scale, by engine</caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            {settings.map((s) => (
              <th scope="col" key={s}>
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forecasts.map((f) => (
            <tr key={f.issue}>
              <th scope="row">{f.name}</th>
              {f.forecasts.map((s) => (
                <td key={s.setting} data-testid={`forecast-${f.issue}-${s.setting}`}>
                  {s.outcome.toFixed(1)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {selected !== undefined && (
        <div className="chart-row">
          <SvgFigure
            testId="trajectory-chart"
            svg={trajectoryChart(
              {
                title: selected.name,
                statusQuo: selected.statusQuo,
                series: selected.forecasts
                  .filter((f) => f.trajectory.length > 1)
                  .map((f) => ({ label: f.setting, values: f.trajectory })),
              },
              { stamp, id: "trajectory" },
            )}
          />
        </div>
      )}
      <div className="monte-carlo">
        <h3>Monte Carlo over the input ranges and engines</h3>
        <label htmlFor="monte-carlo-runs">Runs</label>{" "}
        <input
          id="monte-carlo-runs"
          type="number"
          min={10}
          max={MAX_BROWSER_RUNS}
          step={10}
          value={runs}
          onChange={(e) =>
            setRuns(Math.max(10, Math.min(MAX_BROWSER_RUNS, Math.round(Number(e.target.value) || 10))))
          }
        />{" "}
        <button type="button" onClick={() => startMonteCarlo(runs)} disabled={monteCarlo.running}>
          {monteCarlo.running ? "Running…" : "Run Monte Carlo"}
        </button>{" "}
        {monteCarlo.running && (
          <label>
            Progress{" "}
            <progress max={monteCarlo.total} value={monteCarlo.done} data-testid="monte-carlo-progress" />{" "}
            {monteCarlo.done}/{monteCarlo.total} runs
          </label>
        )}
        {monteCarlo.error !== null && <p role="alert">Monte Carlo failed: {monteCarlo.error}</p>}
        {monteCarlo.summary !== null && (
          <p data-testid="monte-carlo-summary">
            {monteCarlo.summary.runs} runs: a package acceptable to every veto player in{" "}
            {Math.round(monteCarlo.summary.agreementProbability * 100)} % of runs.
          </p>
        )}
      </div>
      <div className="chart-grid" data-testid="issue-charts">
        {forecasts.map((f) => {
          const ensemble = monteCarlo.summary?.issues.find((i) => i.issue === f.issue);
          return (
            <div key={f.issue}>
              <SvgFigure
                svg={issueScaleChart(issueScaleData(liveCase, f, forecastBand(f)), {
                  stamp,
                  id: `scale-${f.issue}`,
                  width: 560,
                })}
              />
              {ensemble !== undefined && (
                <SvgFigure
                  svg={distributionChart(
                    {
                      title: f.name,
                      bins: ensemble.histogram,
                      statusQuo: f.statusQuo,
                      interval: {
                        value: ensemble.outcome.q50,
                        low: ensemble.outcome.q05,
                        high: ensemble.outcome.q95,
                      },
                    },
                    { stamp: { ...stamp, seed: monteCarlo.summary?.seed ?? 1 }, id: `dist-${f.issue}` },
                  )}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
