import { useState } from "react";
import type { Citation, Evidence, Source } from "../../../core/case/index.ts";

/** A stance's citations: remove one, add one from the case's sources, or mark the stance as the analyst's estimate. */
export function EvidenceEditor(props: {
  id: string;
  evidence: Evidence;
  sources: readonly Source[];
  onChange: (evidence: Evidence) => void;
}) {
  const { id, evidence, sources, onChange } = props;
  const [source, setSource] = useState(sources[0]?.id ?? "");
  const [locator, setLocator] = useState("");
  const [credibility, setCredibility] = useState("");
  const citations = evidence === "analyst-estimate" ? [] : evidence;
  const title = (sourceId: string) => sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  const add = () => {
    if (source === "") return;
    const citation: Citation = {
      source,
      ...(locator.trim() === "" ? {} : { locator: locator.trim() }),
      ...(credibility === "" ? {} : { credibility: Number(credibility) }),
    };
    onChange([...citations, citation]);
    setLocator("");
  };
  return (
    <div className="evidence-editor" data-testid="evidence-editor">
      {evidence === "analyst-estimate" ? (
        <p>The analyst's own estimate (no citation).</p>
      ) : citations.length === 0 ? (
        <p>No citation.</p>
      ) : (
        <ul>
          {citations.map((c, i) => {
            const label = `${title(c.source)}${c.locator === undefined ? "" : `, ${c.locator}`}`;
            return (
              <li key={`${c.source}-${c.locator ?? ""}-${c.credibility ?? ""}`}>
                {label}
                {c.credibility === undefined ? "" : ` (credibility ${c.credibility})`}{" "}
                <button
                  type="button"
                  aria-label={`Remove the citation ${label}`}
                  onClick={() => onChange(citations.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset>
        <legend>Add a citation</legend>
        <label htmlFor={`${id}-source`}>Source</label>{" "}
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>{" "}
        <label htmlFor={`${id}-locator`}>Locator</label>{" "}
        <input id={`${id}-locator`} value={locator} onChange={(e) => setLocator(e.target.value)} />{" "}
        <label htmlFor={`${id}-credibility`}>Credibility</label>{" "}
        <select id={`${id}-credibility`} value={credibility} onChange={(e) => setCredibility(e.target.value)}>
          <option value="">not graded</option>
          {[1, 2, 3, 4, 5, 6].map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>{" "}
        <button type="button" onClick={add}>
          Add citation
        </button>
      </fieldset>
      {evidence !== "analyst-estimate" && (
        <button type="button" onClick={() => onChange("analyst-estimate")}>
          Mark as the analyst's estimate
        </button>
      )}
    </div>
  );
}
