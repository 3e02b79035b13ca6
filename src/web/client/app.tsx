import { useState } from "react";
import { useWorkbench } from "./state/use-workbench.ts";
import { EventsView } from "./views/events-view.tsx";
import { MatrixView } from "./views/matrix-view.tsx";
import { OverviewView } from "./views/overview-view.tsx";
import { ProblemsList } from "./views/problems-list.tsx";
import { ReportView } from "./views/report-view.tsx";
import { SaveBar } from "./views/save-bar.tsx";
import { ScenariosView } from "./views/scenarios-view.tsx";

const views = [
  { id: "overview", label: "Overview" },
  { id: "matrix", label: "Stances & forecast" },
  { id: "scenarios", label: "Scenarios" },
  { id: "events", label: "Events" },
  { id: "report", label: "Report" },
] as const;
type ViewId = (typeof views)[number]["id"];

export function App() {
  const workbench = useWorkbench();
  const [view, setView] = useState<ViewId>("overview");
  const { snapshot, loadError } = workbench;
  return (
    <>
      <header className="top">
        <h1>
          Entente workbench
          {snapshot?.case ? <span className="case-title">: {snapshot.case.meta.title}</span> : null}
        </h1>
        <nav aria-label="Views">
          <ul>
            {views.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  aria-current={view === v.id ? "page" : undefined}
                  onClick={() => setView(v.id)}
                >
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <SaveBar workbench={workbench} />
      </header>
      <main>
        {loadError !== null ? (
          <p role="alert">Could not load the case: {loadError}</p>
        ) : snapshot === null ? (
          <p>Loading the case…</p>
        ) : snapshot.case === null ? (
          <section>
            <h2>The case does not parse</h2>
            <ProblemsList problems={snapshot.problems} />
          </section>
        ) : (
          <>
            {view === "overview" && <OverviewView workbench={workbench} />}
            {view === "matrix" && <MatrixView workbench={workbench} />}
            {view === "scenarios" && <ScenariosView workbench={workbench} />}
            {view === "events" && <EventsView workbench={workbench} />}
            {view === "report" && <ReportView />}
          </>
        )}
      </main>
    </>
  );
}
