import { useMemo } from "react";
import type { IssueForecast, ScenarioComparison } from "../../../core/analysis/index.ts";
import type { CaseFile, Patch } from "../../../core/case/index.ts";
import { applyPatches } from "../../../core/scenario/index.ts";
import { issueScaleChart } from "../../../report/charts/issue-scale.ts";
import { SvgFigure } from "../charts/svg-figure.tsx";
import { chartStamp, issueScaleData } from "./forecast-panel.tsx";

/** Issues whose forecast moves by at least this many points under some engine get their charts side by side. */
const MOVED = 0.5;

/** The issues a scenario moves, each as the baseline's scale chart beside the scenario's. */
export function ScenarioCharts(props: {
  baseline: CaseFile;
  savedHash: string;
  patches: readonly Patch[];
  comparison: ScenarioComparison;
}) {
  const { baseline, patches, comparison } = props;
  const scenarioCase = useMemo(() => applyPatches(baseline, patches), [baseline, patches]);
  const stamp = chartStamp(baseline, props.savedHash, false);
  const moved = comparison.issues.filter((i) =>
    i.forecasts.some((f) => f.setting !== "status-quo" && Math.abs(f.shift) >= MOVED),
  );
  if (moved.length === 0) return <p>No issue's forecast moves by {MOVED} points or more.</p>;
  return (
    <div data-testid="scenario-charts">
      {moved.map((issue) => {
        const engines = issue.forecasts.filter((f) => f.setting !== "status-quo");
        const band = (pick: (f: (typeof engines)[number]) => number) => {
          const values = engines.map(pick);
          return { value: values[0] ?? 50, low: Math.min(...values), high: Math.max(...values) };
        };
        const frame = (caseFile: CaseFile): IssueForecast => ({
          issue: issue.issue,
          name: issue.name,
          statusQuo: caseFile.issues.find((i) => i.id === issue.issue)?.statusQuo.value ?? 50,
          actors: caseFile.stances.filter((s) => s.issue === issue.issue).map((s) => s.actor),
          forecasts: [],
        });
        return (
          <div className="chart-row" key={issue.issue}>
            <SvgFigure
              svg={issueScaleChart(
                issueScaleData(
                  baseline,
                  frame(baseline),
                  band((f) => f.baseline),
                  `${issue.name}: baseline`,
                ),
                {
                  stamp,
                  id: `base-${issue.issue}`,
                  width: 480,
                },
              )}
            />
            <SvgFigure
              svg={issueScaleChart(
                issueScaleData(
                  scenarioCase,
                  frame(scenarioCase),
                  band((f) => f.scenario),
                  `${issue.name}: scenario`,
                ),
                {
                  stamp: { ...stamp, caseHash: `${props.savedHash} + scenario` },
                  id: `scen-${issue.issue}`,
                  width: 480,
                },
              )}
            />
          </div>
        );
      })}
    </div>
  );
}
