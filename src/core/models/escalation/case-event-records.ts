import { assertNever } from "../../assert-never.ts";
import type { CaseEvent, EventType, Fatalities } from "../../case/event.ts";
import type { DatePrecision, EventRecord, GeoPrecision, HarmonisedClass } from "../../events/record.ts";

/**
 * A case file's events as canonical records (dataset `case`), so that the case alone — with no event store —
 * feeds the series and forecasts. Fatalities per event are the sum over sides of each side's figure; a side
 * with an unknown (null) figure adds nothing, and an event with no known figure on any side is null
 * (unknown), never 0. Low/high fall back to a side's best when the side gives only a best figure.
 */
export function caseEventsToRecords(events: readonly CaseEvent[]): EventRecord[] {
  return events.map((e) => ({
    dataset: "case",
    sourceId: e.id,
    datasetVersion: null,
    sourceTimestamp: null,
    dateStart: e.start,
    dateEnd: e.end ?? e.start,
    datePrecision: datePrecision(e.datePrecision),
    lat: e.place.lat ?? null,
    lon: e.place.lon ?? null,
    geoPrecision: geoPrecision(e.place.precision),
    country: null,
    countryIso3: null,
    gwCode: null,
    admin1: e.place.admin ?? null,
    admin2: null,
    locationName: e.place.name,
    placeId: null,
    actorA: e.actors[0] ?? null,
    actorAType: null,
    actorACountry: null,
    actorB: e.actors[1] ?? null,
    actorBType: null,
    actorBCountry: null,
    eventClass: e.type,
    eventSubclass: e.reportedType ?? null,
    harmonisedClass: harmonisedClass(e.type),
    fatalitiesBest: sumKnown(e.fatalities, (f) => f.best),
    fatalitiesLow: sumKnown(e.fatalities, (f) => f.low ?? f.best),
    fatalitiesHigh: sumKnown(e.fatalities, (f) => f.high ?? f.best),
    conflictScore: null,
    notes: e.description,
    // Sources as "source-id locator", the case's own citation keys.
    sources:
      e.evidence === "analyst-estimate"
        ? ["analyst-estimate"]
        : e.evidence.map((c) => (c.locator ? `${c.source} ${c.locator}` : c.source)),
  }));
}

function sumKnown(sides: readonly Fatalities[], pick: (f: Fatalities) => number | null): number | null {
  const known = sides.map(pick).filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

function datePrecision(p: CaseEvent["datePrecision"]): DatePrecision {
  switch (p) {
    case "day":
    case "week":
    case "month":
    case "year":
      return p;
    case "quarter":
      return "year";
    default:
      return assertNever(p);
  }
}

function geoPrecision(p: CaseEvent["place"]["precision"]): GeoPrecision {
  switch (p) {
    case "exact":
      return "point";
    case "village":
    case "town":
    case "area":
      return "near";
    case "district":
      return "adm2";
    case "region":
      return "region";
    case "country":
      return "country";
    default:
      return assertNever(p);
  }
}

function harmonisedClass(t: EventType): HarmonisedClass {
  switch (t) {
    case "armed-clash":
    case "sniper-fire":
    case "offensive":
    case "incursion":
    case "ceasefire-violation":
      return "battle";
    case "shelling":
    case "drone-strike":
    case "landmine":
      return "remote_violence";
    case "capture":
    case "other":
      return "other";
    default:
      return assertNever(t);
  }
}
