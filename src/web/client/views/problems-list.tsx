import type { Problem } from "../../../core/case/parse/index.ts";
import { formatPath } from "../../../core/case/parse/index.ts";

/** Problems as the CLI prints them: `file:line:col: severity: message [code] (path)`. */
export function ProblemsList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return <p>No problems.</p>;
  return (
    <ul className="problems" data-testid="problems">
      {problems.map((p) => (
        <li key={`${p.file}:${p.line}:${p.column}:${p.code}:${p.message}`} className={p.severity}>
          <code>
            {p.file}:{p.line}:{p.column}
          </code>
          : {p.severity}: {p.message} <span className="muted">[{p.code}]</span>
          {p.path.length > 0 ? <span className="muted"> ({formatPath(p.path)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
