import { existsSync } from "node:fs";
import { Hono } from "hono";
import { z } from "zod";
import type { CaseFile } from "../../../core/case/index.ts";
import { parseCase } from "../../../core/case/parse/index.ts";
import type { EventFilter } from "../../../core/events/filter.ts";
import type { EventRecord } from "../../../core/events/record.ts";
import { defaultStorePath, openEventStore } from "../../../io/events/store.ts";
import type { CaseFolder } from "../../../io/files/case-folder.ts";
import { type Incident, type IncidentQuery, matchesIncident } from "../../shared/incident.ts";
import { apiError } from "../problem-response.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
const Query = z.strictObject({
  type: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  actor: z.string().max(200).optional(),
});

/** A case event with its citations resolved against the case's sources. */
function caseIncidents(caseFile: CaseFile): Incident[] {
  const sources = new Map(caseFile.sources.map((s) => [s.id, s]));
  return caseFile.events.map((event) => {
    const known = event.fatalities.flatMap((f) => (f.best === null ? [] : [f.best]));
    return {
      id: event.id,
      dataset: "case",
      type: event.type,
      date: event.start,
      endDate: event.end ?? null,
      place: event.place.name,
      lat: event.place.lat ?? null,
      lon: event.place.lon ?? null,
      actors: event.actors,
      description: event.description,
      fatalities: known.length === 0 ? null : known.reduce((a, b) => a + b, 0),
      sources:
        event.evidence === "analyst-estimate"
          ? [{ title: "Analyst's estimate", url: null, locator: null, reliability: null, credibility: null }]
          : event.evidence.map((citation) => {
              const source = sources.get(citation.source);
              return {
                title: source?.title ?? citation.source,
                url: source?.url ?? null,
                locator: citation.locator ?? null,
                reliability: source?.reliability ?? null,
                credibility: citation.credibility ?? null,
              };
            }),
    };
  });
}

/** A stored event record in the same shape; its sources are the dataset's own source strings. */
function recordIncident(record: EventRecord): Incident {
  return {
    id: `${record.dataset}:${record.sourceId}`,
    dataset: record.dataset,
    type: record.harmonisedClass,
    date: record.dateStart,
    endDate: record.dateEnd === record.dateStart ? null : record.dateEnd,
    place: record.locationName ?? record.admin1 ?? record.country ?? "unknown place",
    lat: record.lat,
    lon: record.lon,
    actors: [record.actorA, record.actorB].filter((a): a is string => a !== null),
    description: record.notes ?? record.eventSubclass ?? record.eventClass ?? record.harmonisedClass,
    fatalities: record.fatalitiesBest,
    sources: record.sources.map((s) => ({
      title: s,
      url: /^https?:\/\//.test(s) ? s : null,
      locator: null,
      reliability: null,
      credibility: null,
    })),
  };
}

/**
 * Incidents: from the DuckDB event store beside the case (`.entente/events.duckdb`) when it exists and holds
 * events, else the case's own events. Filters: type, from, to (inclusive, on the start date), actor.
 */
export function eventRoutes(folder: CaseFolder): Hono {
  const app = new Hono();
  app.get("/events", async (c) => {
    const parsed = Query.safeParse(c.req.query());
    if (!parsed.success) return apiError(c, 400, "bad-request", z.prettifyError(parsed.error));
    const query: IncidentQuery = parsed.data;
    const storePath = defaultStorePath(folder.dir);
    if (existsSync(storePath)) {
      const store = await openEventStore(storePath);
      try {
        const filter: EventFilter = {
          ...(query.from === undefined ? {} : { from: query.from }),
          ...(query.to === undefined ? {} : { to: query.to }),
          ...(query.actor === undefined ? {} : { actors: [query.actor] }),
          limit: 20_000,
        };
        const records = await store.query(filter);
        if (records.length > 0) {
          const incidents = records.map(recordIncident).filter((i) => matchesIncident(i, query));
          return c.json({ source: "store", incidents });
        }
      } finally {
        await store.close();
      }
    }
    const { case: caseFile } = parseCase(await folder.list());
    if (caseFile === undefined)
      return apiError(c, 422, "invalid-case", "the case does not parse; no events to show");
    return c.json({
      source: "case",
      incidents: caseIncidents(caseFile).filter((i) => matchesIncident(i, query)),
    });
  });
  return app;
}
