import { useEffect, useState } from "react";
import { api } from "../api.ts";

/** The saved case's assessment report, shown in a sandboxed frame, with HTML and Markdown exports. */
export function ReportView() {
  const [html, setHtml] = useState<string | null>(null);
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api.get<string>("/api/report?format=html"), api.get<string>("/api/report?format=md")])
      .then(([h, m]) => {
        if (!live) return;
        setHtml(h);
        setMarkdown(m);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);
  const download = (text: string, name: string, type: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby="report-heading" aria-busy={html === null && error === null} className="report">
      <h2 id="report-heading">Assessment report (saved case)</h2>
      {error !== null && <p role="alert">The report failed: {error}</p>}
      {html === null && error === null && <p>Running the assessment and writing the report…</p>}
      {html !== null && markdown !== null && (
        <>
          <p>
            <button type="button" onClick={() => download(html, "report.html", "text/html")}>
              Export HTML
            </button>{" "}
            <button type="button" onClick={() => download(markdown, "report.md", "text/markdown")}>
              Export Markdown
            </button>
          </p>
          <iframe
            title="Assessment report"
            sandbox=""
            srcDoc={html}
            className="report-frame"
            data-testid="report-frame"
          />
        </>
      )}
    </section>
  );
}
