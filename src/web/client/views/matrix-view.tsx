import { useEffect, useMemo, useRef, useState } from "react";
import type { Confidence, Estimate, Source, Stance } from "../../../core/case/index.ts";
import type { Problem } from "../../../core/case/parse/index.ts";
import { draftOf, type StanceDraft, stanceKey } from "../state/stance-edits.ts";
import type { Workbench } from "../state/use-workbench.ts";
import { EvidenceEditor } from "./evidence-editor.tsx";
import { ForecastPanel } from "./forecast-panel.tsx";
import { ProblemsList } from "./problems-list.tsx";

/** Issue × actor matrix of stances; choosing a cell opens its editor; the forecast follows every edit. */
export function MatrixView({ workbench }: { workbench: Workbench }) {
  const { liveCase, snapshot, problems, edits } = workbench;
  const [selected, setSelected] = useState<{ actor: string; issue: string } | null>(null);
  // Problems by stance, through the merged index the parser reports them at.
  const stanceProblems = useMemo(() => {
    const byKey = new Map<string, Problem[]>();
    for (const p of problems) {
      if (p.path[0] !== "stances" || typeof p.path[1] !== "number") continue;
      const key = snapshot?.locations.find((l) => l.section === "stances" && l.index === p.path[1])?.key;
      if (key === undefined) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    return byKey;
  }, [problems, snapshot]);
  if (liveCase === null) return null;
  const actors = liveCase.actors.filter((a) => liveCase.stances.some((s) => s.actor === a.id));
  const stanceAt = new Map(liveCase.stances.map((s) => [stanceKey(s.actor, s.issue), s]));
  const current = selected === null ? undefined : stanceAt.get(stanceKey(selected.actor, selected.issue));
  return (
    <div className="matrix-view">
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Stances: position / salience</h2>
        <div className="table-scroll">
          <table className="matrix" data-testid="stance-matrix">
            <thead>
              <tr>
                <th scope="col">Issue</th>
                {actors.map((a) => (
                  <th scope="col" key={a.id}>
                    {a.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {liveCase.issues.map((issue) => (
                <tr key={issue.id}>
                  <th scope="row">{issue.name}</th>
                  {actors.map((a) => {
                    const key = stanceKey(a.id, issue.id);
                    const stance = stanceAt.get(key);
                    if (stance === undefined) return <td key={a.id} className="empty" />;
                    const cellProblems = stanceProblems.get(key) ?? [];
                    const isSelected = selected?.actor === a.id && selected.issue === issue.id;
                    return (
                      <td key={a.id} className={edits.has(key) ? "edited" : undefined}>
                        <button
                          type="button"
                          data-testid={`cell-${key}`}
                          aria-pressed={isSelected}
                          aria-label={`${stance.position.value} / ${stance.salience.value}${cellProblems.length > 0 ? " ⚠" : ""}: ${a.name} on ${issue.name}, position / salience${edits.has(key) ? ", edited" : ""}${cellProblems.length > 0 ? `, ${cellProblems.length} problem(s)` : ""}`}
                          onClick={() => setSelected({ actor: a.id, issue: issue.id })}
                        >
                          {stance.position.value} / {stance.salience.value}
                          {cellProblems.length > 0 ? <span className="flag"> ⚠</span> : null}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {current !== undefined && selected !== null && (
        <StanceEditor
          key={stanceKey(selected.actor, selected.issue)}
          stance={current}
          actorName={liveCase.actors.find((a) => a.id === current.actor)?.name ?? current.actor}
          issueName={liveCase.issues.find((i) => i.id === current.issue)?.name ?? current.issue}
          sources={liveCase.sources}
          draft={edits.get(stanceKey(selected.actor, selected.issue)) ?? draftOf(current)}
          problems={stanceProblems.get(stanceKey(selected.actor, selected.issue)) ?? []}
          onChange={(draft) => workbench.editStance(current.actor, current.issue, draft)}
          edited={edits.has(stanceKey(selected.actor, selected.issue))}
          onRevert={() => workbench.revertStance(current.actor, current.issue)}
        />
      )}
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Validation</h2>
        <ProblemsList problems={problems} />
      </section>
      <ForecastPanel workbench={workbench} selectedIssue={selected?.issue ?? null} />
    </div>
  );
}

function StanceEditor(props: {
  stance: Stance;
  actorName: string;
  issueName: string;
  sources: readonly Source[];
  draft: StanceDraft;
  edited: boolean;
  onRevert: () => void;
  problems: readonly Problem[];
  onChange: (draft: StanceDraft) => void;
}) {
  const { stance, onChange, draft } = props;
  const id = `edit-${stance.actor}-${stance.issue}`;
  const heading = useRef<HTMLHeadingElement>(null);
  // Choosing a cell takes the keyboard to its editor (the next Tab reaches the position slider).
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={`${id}-heading`} className="stance-editor" data-testid="stance-editor">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {props.actorName} on {props.issueName}
      </h2>
      {props.edited && (
        <p>
          <button type="button" onClick={props.onRevert}>
            Revert this stance to the saved values
          </button>
        </p>
      )}
      <EstimateFields
        legend="Position (0–100)"
        id={`${id}-position`}
        value={draft.position}
        onChange={(position) => onChange({ ...draft, position })}
      />
      <EstimateFields
        legend="Salience (0–100)"
        id={`${id}-salience`}
        value={draft.salience}
        onChange={(salience) => onChange({ ...draft, salience })}
      />
      <label htmlFor={`${id}-confidence`}>Confidence </label>
      <select
        id={`${id}-confidence`}
        value={draft.confidence}
        onChange={(e) => onChange({ ...draft, confidence: e.target.value as Confidence })}
      >
        <option value="low">low</option>
        <option value="moderate">moderate</option>
        <option value="high">high</option>
      </select>
      {props.problems.length > 0 && (
        <div role="alert" className="inline-problems" data-testid="stance-problems">
          <ProblemsList problems={props.problems} />
        </div>
      )}
      {stance.reasoning !== undefined && <p className="reasoning">{stance.reasoning}</p>}
      <h3>Evidence</h3>
      <EvidenceEditor
        id={`${id}-evidence`}
        evidence={draft.evidence ?? stance.evidence}
        sources={props.sources}
        onChange={(evidence) => onChange({ ...draft, evidence })}
      />
    </section>
  );
}

function EstimateFields(props: {
  legend: string;
  id: string;
  value: Estimate;
  onChange: (value: Estimate) => void;
}) {
  const { value, onChange, id } = props;
  const set = (field: keyof Estimate, raw: string) => {
    const number = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(number)) return;
    onChange({ ...value, [field]: number });
  };
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <label htmlFor={`${id}-slider`}>Drag the value</label>{" "}
      <input
        id={`${id}-slider`}
        data-testid={`${id}-slider`}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value.value}
        onChange={(e) => {
          // Dragging past the range carries the range along; typed values are checked as they are.
          const v = Number(e.target.value);
          onChange({ value: v, low: Math.min(value.low, v), high: Math.max(value.high, v) });
        }}
      />{" "}
      {(["value", "low", "high"] as const).map((field) => (
        <span key={field} className="estimate-field">
          <label htmlFor={`${id}-${field}`}>
            {field === "value" ? "Value" : field === "low" ? "Low" : "High"}
          </label>{" "}
          <input
            id={`${id}-${field}`}
            data-testid={`${id}-${field}`}
            type="number"
            min={0}
            max={100}
            step="any"
            value={value[field]}
            onChange={(e) => set(field, e.target.value)}
          />
        </span>
      ))}
    </fieldset>
  );
}
