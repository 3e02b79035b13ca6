import { useState } from "react";
import type { ScenarioComparison } from "../../../core/analysis/index.ts";
import type { Patch } from "../../../core/case/index.ts";
import { sharedEngines } from "../engine/shared-engines.ts";
import type { Workbench } from "../state/use-workbench.ts";
import { ScenarioCharts } from "./scenario-charts.tsx";

function describePatch(p: Patch): string {
  switch (p.op) {
    case "set-position":
      return `${p.actor} position on ${p.issue} → ${p.value.value}`;
    case "set-salience":
      return `${p.actor} salience on ${p.issue} → ${p.value.value}`;
    case "set-capability":
      return `${p.actor} capability → ${p.value.value}`;
    case "scale-capability":
      return `${p.actor} capability × ${p.factor}`;
    case "scale-salience":
      return `${p.actor} salience${p.issue === undefined ? "" : ` on ${p.issue}`} × ${p.factor}`;
    case "set-status-quo":
      return `status quo of ${p.issue} → ${p.value.value}`;
    case "remove-actor":
      return `remove ${p.actor}`;
    case "add-actor":
      return `add ${p.actor.id}`;
    default:
      return p satisfies never;
  }
}

/** Scenarios: the case's own and those made from the current edits, each compared with the saved baseline. */
export function ScenariosView({ workbench }: { workbench: Workbench }) {
  const { snapshot, scenarios, addScenario, saveScenario, edits } = workbench;
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [comparison, setComparison] = useState<{
    name: string;
    patches: Patch[];
    result: ScenarioComparison;
  } | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const baseline = snapshot?.case;
  if (baseline == null) return null;
  const all = [
    ...baseline.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      patches: s.patches,
      origin: "case",
      draft: undefined,
    })),
    ...scenarios.map((s) => ({ ...s, origin: "workbench", draft: s })),
  ];
  const compare = (scenario: { name: string; patches: Patch[] }) => {
    setRunning(scenario.name);
    setError(null);
    sharedEngines()
      .background.send({ kind: "compare", caseFile: baseline, patches: scenario.patches })
      .result.then((reply) =>
        setComparison({ name: scenario.name, patches: scenario.patches, result: reply.comparison }),
      )
      .catch((e: Error) => setError(e.message))
      .finally(() => setRunning(null));
  };
  return (
    <div className="scenarios">
      <section aria-labelledby="new-scenario-heading">
        <h2 id="new-scenario-heading">New scenario from the current edits</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() === "" || description.trim() === "") return;
            addScenario(name.trim(), description.trim());
            setName("");
            setDescription("");
          }}
        >
          <p>
            <label htmlFor="scenario-name">Scenario name</label>{" "}
            <input id="scenario-name" value={name} onChange={(e) => setName(e.target.value)} />
          </p>
          <p>
            <label htmlFor="scenario-description">Description</label>{" "}
            <textarea
              id="scenario-description"
              rows={2}
              cols={60}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </p>
          <button
            type="submit"
            disabled={edits.size === 0 || name.trim() === "" || description.trim() === ""}
          >
            Create scenario ({edits.size} edited stance{edits.size === 1 ? "" : "s"})
          </button>
        </form>
      </section>
      <section aria-labelledby="scenario-list-heading">
        <h2 id="scenario-list-heading">Scenarios</h2>
        <ul className="scenario-list">
          {all.map((s) => (
            <li key={`${s.origin}-${s.id}`}>
              <strong>{s.name}</strong> <span className="muted">({s.origin})</span>
              <ul>
                {s.patches.map((p) => (
                  <li key={describePatch(p)}>{describePatch(p)}</li>
                ))}
              </ul>
              <button type="button" onClick={() => compare(s)} disabled={running !== null}>
                Compare “{s.name}” with the baseline
              </button>
              {s.draft !== undefined && (
                <>
                  {" "}
                  <button
                    type="button"
                    onClick={() => {
                      const draft = s.draft;
                      if (draft === undefined) return;
                      setSaveMessage(null);
                      void saveScenario(draft).then((result) =>
                        setSaveMessage(
                          result.ok
                            ? `Saved “${draft.name}” into the case as ${draft.id}.`
                            : `Could not save “${draft.name}”: ${result.message}`,
                        ),
                      );
                    }}
                  >
                    Save “{s.name}” into the case
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p aria-live="polite" data-testid="scenario-save-status">
        {saveMessage}
      </p>
      <section aria-labelledby="comparison-heading" aria-busy={running !== null}>
        <h2 id="comparison-heading">Comparison</h2>
        {running !== null && <p>Running “{running}” beside the baseline…</p>}
        {error !== null && <p role="alert">The comparison failed: {error}</p>}
        {comparison !== null && (
          <div data-testid="scenario-comparison">
            <p>
              <strong>{comparison.name}:</strong> {comparison.result.summary}
            </p>
            <ScenarioCharts
              baseline={baseline}
              savedHash={workbench.savedHash}
              patches={comparison.patches}
              comparison={comparison.result}
            />
            <table>
              <caption>Forecast by issue and engine: baseline beside the scenario</caption>
              <thead>
                <tr>
                  <th scope="col">Issue</th>
                  <th scope="col">Engine</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Scenario</th>
                  <th scope="col">Shift</th>
                </tr>
              </thead>
              <tbody>
                {comparison.result.issues.flatMap((i) =>
                  i.forecasts
                    .filter((f) => f.setting !== "status-quo")
                    .map((f) => (
                      <tr
                        key={`${i.issue}-${f.setting}`}
                        className={Math.abs(f.shift) >= 0.05 ? "moved" : undefined}
                      >
                        <th scope="row">{i.name}</th>
                        <td>{f.setting}</td>
                        <td>{f.baseline.toFixed(1)}</td>
                        <td>{f.scenario.toFixed(1)}</td>
                        <td>
                          {f.shift >= 0 ? "+" : ""}
                          {f.shift.toFixed(1)}
                        </td>
                      </tr>
                    )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
