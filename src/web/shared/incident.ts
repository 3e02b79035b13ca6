/** One incident as the workbench shows it, from the case's events or the DuckDB event store. */
export interface Incident {
  readonly id: string;
  /** `case` for the case's own events, else the store's dataset key (`acled`, `ucdp` …). */
  readonly dataset: string;
  /** The case's event type, or the store's harmonised class. */
  readonly type: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly place: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly actors: readonly string[];
  readonly description: string;
  /** Best estimate of deaths summed over sides; null when no side's count is known. */
  readonly fatalities: number | null;
  readonly sources: ReadonlyArray<IncidentSource>;
}

export interface IncidentSource {
  readonly title: string;
  readonly url: string | null;
  readonly locator: string | null;
  /** The source's reliability (A–F) and the citation's credibility (1–6) when the case grades them. */
  readonly reliability: string | null;
  readonly credibility: number | null;
}

export interface IncidentQuery {
  readonly type?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly actor?: string | undefined;
}

/** Applies the same filter the server applies, so the client can narrow a list it already has. */
export function matchesIncident(incident: Incident, query: IncidentQuery): boolean {
  return (
    (query.type === undefined || query.type === "" || incident.type === query.type) &&
    (query.from === undefined || query.from === "" || incident.date >= query.from) &&
    (query.to === undefined || query.to === "" || incident.date <= query.to) &&
    (query.actor === undefined || query.actor === "" || incident.actors.includes(query.actor))
  );
}
