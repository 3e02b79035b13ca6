import { useEffect, useLayoutEffect, useState } from "react";
import type { Assessment } from "../../../core/assessment/index.ts";
import { api } from "../api.ts";
import type { Workbench } from "../state/use-workbench.ts";

const percent = (p: number) => `${Math.round(p * 100)} %`;

/** The case at a glance: actors, issues, the analyst's judgments, and the assessment summary. */
export function OverviewView({ workbench }: { workbench: Workbench }) {
  const caseFile = workbench.liveCase;
  useLayoutEffect(() => {
    // Time to first render, for bench/web.bench.ts: the first overview with the case in it.
    if (caseFile !== null && performance.getEntriesByName("entente:overview").length === 0)
      performance.mark("entente:overview");
  }, [caseFile]);
  if (caseFile === null) return null;
  const actorName = new Map(caseFile.actors.map((a) => [a.id, a.name]));
  return (
    <div className="overview" data-testid="overview">
      <section aria-labelledby="case-heading">
        <h2 id="case-heading">{caseFile.meta.title}</h2>
        <p>
          As of <time dateTime={caseFile.meta.asOf}>{caseFile.meta.asOf}</time> · version{" "}
          {caseFile.meta.version} · {caseFile.actors.length} actors, {caseFile.issues.length} issues,{" "}
          {caseFile.stances.length} stances, {caseFile.events.length} events
        </p>
        <p>{caseFile.meta.summary}</p>
      </section>
      <AssessmentSummary actorName={actorName} />
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Actors</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Kind</th>
              <th scope="col">Capability (range)</th>
            </tr>
          </thead>
          <tbody>
            {caseFile.actors.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td>{a.kind}</td>
                <td>
                  {a.capability === undefined
                    ? "—"
                    : `${a.capability.value} (${a.capability.low}–${a.capability.high})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="issues-heading">
        <h2 id="issues-heading">Issues</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">0 means</th>
              <th scope="col">100 means</th>
              <th scope="col">Status quo</th>
            </tr>
          </thead>
          <tbody>
            {caseFile.issues.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}</th>
                <td>{i.scale.low}</td>
                <td>{i.scale.high}</td>
                <td>{i.statusQuo.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="judgments-heading">
        <h2 id="judgments-heading">Key judgments in the case</h2>
        <ul>
          {caseFile.judgments.map((j) => (
            <li key={j.id}>
              {j.statement}{" "}
              <span className="muted">
                ({j.probability === undefined ? "" : `${percent(j.probability.value)}, `}
                {j.confidence} confidence)
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The saved case's assessment (a few Monte Carlo runs on the server), loaded after the page shows. */
function AssessmentSummary({ actorName }: { actorName: Map<string, string> }) {
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .get<Assessment>("/api/assessment")
      .then((a) => live && setAssessment(a))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="assessment-heading" aria-busy={assessment === null && error === null}>
      <h2 id="assessment-heading">Assessment summary (saved case)</h2>
      {error !== null && <p role="alert">The assessment failed: {error}</p>}
      {assessment === null && error === null && <p>Running the assessment…</p>}
      {assessment !== null && (
        <>
          <p>
            Veto players: {assessment.settlement.vetoPlayers.map((a) => actorName.get(a) ?? a).join(", ")}. A
            package acceptable to all of them in {percent(assessment.settlement.acceptableShare)} of runs (
            {assessment.run.runs} runs, seed {assessment.run.seed}).
          </p>
          <ul data-testid="assessment-judgments">
            {assessment.keyJudgments.map((k) => (
              <li key={k.id}>
                {k.statement} <span className="muted">{k.confidenceStatement}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
