import { useEffect, useMemo, useState } from "react";
import { incidentSeriesChart } from "../../../report/charts/incident-series.ts";
import type { Incident, IncidentQuery } from "../../shared/incident.ts";
import { api } from "../api.ts";
import { interactiveIncidentMap } from "../charts/interactive-map.ts";
import { SvgFigure } from "../charts/svg-figure.tsx";
import type { Workbench } from "../state/use-workbench.ts";
import { chartStamp } from "./forecast-panel.tsx";

/** Every month from the first incident's to the last one's, with its count (months without incidents too). */
function monthlyCounts(incidents: readonly Incident[]): Array<{ period: string; value: number }> {
  if (incidents.length === 0) return [];
  const months = incidents.map((i) => i.date.slice(0, 7)).sort();
  const counts = new Map<string, number>();
  for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
  const result: Array<{ period: string; value: number }> = [];
  let [year, month] = (months[0] ?? "2000-01").split("-").map(Number) as [number, number];
  const last = months.at(-1) ?? "2000-01";
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    result.push({ period: key, value: counts.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result;
}

/** Incidents: filters, a monthly timeline, a map over offline borders, and each incident's sources. */
export function EventsView({ workbench }: { workbench: Workbench }) {
  const caseFile = workbench.liveCase;
  const [query, setQuery] = useState<IncidentQuery>({});
  const [data, setData] = useState<{ source: string; incidents: Incident[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [mapSvg, setMapSvg] = useState<string | null>(null);
  const [showMap, setShowMap] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
    );
    let live = true;
    api
      .get<{ source: string; incidents: Incident[] }>(`/api/events?${params}`)
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [query]);

  const savedHash = workbench.savedHash;
  const stamp = useMemo(
    () => (caseFile === null ? null : chartStamp(caseFile, savedHash, false)),
    [caseFile, savedHash],
  );
  const incidents = data?.incidents ?? [];

  useEffect(() => {
    if (!showMap || stamp === null) return;
    let live = true;
    // The map and its borders are a separate chunk, loaded only when the map is opened.
    void import("../../../report/charts/incident-map.ts").then(({ incidentMapChart }) => {
      if (!live) return;
      const located = incidents.flatMap((i) =>
        i.lat === null || i.lon === null
          ? []
          : [
              {
                id: i.id,
                name: i.place,
                lat: i.lat,
                lon: i.lon,
                date: i.date,
                type: i.type,
                fatalities: i.fatalities,
              },
            ],
      );
      setMapSvg(
        located.length === 0
          ? ""
          : interactiveIncidentMap(
              incidentMapChart(
                { title: "Incidents", events: located },
                { stamp, id: "incident-map", width: 720 },
              ),
            ),
      );
    });
    return () => {
      live = false;
    };
  }, [showMap, incidents, stamp]);

  if (caseFile === null || stamp === null) return null;
  // The case's types and actors, plus those of a store's records (harmonised classes, the sources' actor names).
  const types = [
    ...new Set([...caseFile.events.map((e) => e.type), ...incidents.map((i) => i.type), query.type ?? ""]),
  ]
    .filter((t) => t !== "")
    .sort();
  const caseActors = caseFile.actors.filter((a) => caseFile.events.some((e) => e.actors.includes(a.id)));
  const actors = [
    ...caseActors.map((a) => ({ id: a.id, name: a.name })),
    ...[...new Set(incidents.flatMap((i) => i.actors))]
      .filter((id) => !caseActors.some((a) => a.id === id))
      .map((id) => ({ id, name: id })),
  ];
  const current = incidents.find((i) => i.id === selected);
  const set = (field: keyof IncidentQuery) => (e: { target: { value: string } }) =>
    setQuery((q) => ({ ...q, [field]: e.target.value }));

  return (
    <div className="events">
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Incidents</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter incidents">
          <label htmlFor="filter-type">Type</label>{" "}
          <select id="filter-type" value={query.type ?? ""} onChange={set("type")}>
            <option value="">any</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>{" "}
          <label htmlFor="filter-actor">Actor</label>{" "}
          <select id="filter-actor" value={query.actor ?? ""} onChange={set("actor")}>
            <option value="">any</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>{" "}
          <label htmlFor="filter-from">From</label>{" "}
          <input id="filter-from" type="date" value={query.from ?? ""} onChange={set("from")} />{" "}
          <label htmlFor="filter-to">To</label>{" "}
          <input id="filter-to" type="date" value={query.to ?? ""} onChange={set("to")} />
        </form>
        {error !== null && <p role="alert">Could not load the incidents: {error}</p>}
        <p aria-live="polite" data-testid="incident-count">
          {data === null
            ? "Loading…"
            : `${incidents.length} incidents (from the ${data.source === "store" ? "event store" : "case file"})`}
        </p>
        {incidents.length > 0 && (
          <SvgFigure
            testId="incident-timeline"
            svg={incidentSeriesChart(
              {
                title: "Incidents per month",
                unit: "incidents per month",
                observed: monthlyCounts(incidents),
                forecast: [],
              },
              { stamp, id: "timeline" },
            )}
          />
        )}
        <button type="button" aria-expanded={showMap} onClick={() => setShowMap((v) => !v)}>
          {showMap ? "Hide the map" : "Show the map"}
        </button>
        {showMap && (
          // biome-ignore lint/a11y/noStaticElementInteractions: the markers inside are the buttons (role, tabindex); this only delegates their events
          <div
            className="map"
            data-testid="incident-map"
            onClick={(e) => {
              const id = (e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id");
              if (id) setSelected(id);
            }}
            onKeyDown={(e) => {
              if (e.key !== "Enter" && e.key !== " ") return;
              const id = (e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id");
              if (!id) return;
              e.preventDefault();
              setSelected(id);
            }}
          >
            {mapSvg === null ? (
              <p>Drawing the map…</p>
            ) : mapSvg === "" ? (
              <p>No incident has coordinates.</p>
            ) : (
              <SvgFigure svg={mapSvg} />
            )}
          </div>
        )}
      </section>
      <div className="incident-columns">
        <section aria-labelledby="incident-list-heading">
          <h3 id="incident-list-heading">List</h3>
          <ul className="incident-list">
            {incidents.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  aria-pressed={selected === i.id}
                  onClick={() => setSelected(i.id)}
                  data-testid={`incident-${i.id}`}
                >
                  {i.date} · {i.place} · {i.type}
                  {i.fatalities === null ? "" : ` · ${i.fatalities} killed`}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="incident-detail-heading" aria-live="polite" data-testid="incident-detail">
          <h3 id="incident-detail-heading">
            {current === undefined ? "Choose an incident" : `${current.date}: ${current.place}`}
          </h3>
          {current !== undefined && (
            <>
              <p>{current.description}</p>
              <p className="muted">
                Type {current.type}; actors {current.actors.join(", ")};{" "}
                {current.fatalities === null
                  ? "deaths unknown"
                  : `${current.fatalities} deaths (best estimate)`}
                .
              </p>
              <h4>Sources</h4>
              <ul data-testid="incident-sources">
                {current.sources.map((s) => (
                  <li key={`${s.title}-${s.locator ?? ""}`}>
                    {s.title}
                    {s.locator === null ? "" : `, ${s.locator}`}
                    {s.reliability === null ? "" : ` (reliability ${s.reliability}`}
                    {s.credibility === null
                      ? s.reliability === null
                        ? ""
                        : ")"
                      : `${s.reliability === null ? " (" : ", "}credibility ${s.credibility})`}
                    {s.url === null ? null : (
                      <>
                        {" "}
                        <span className="muted">{s.url}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
