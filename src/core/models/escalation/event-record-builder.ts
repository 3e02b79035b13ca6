import type { EventRecord } from "../../events/record.ts";

/**
 * A complete canonical record from the few fields a test or benchmark cares about; every other field is
 * null (unknown) or empty. Not for importers: they must map every field they know.
 */
export function eventRecord(fields: Partial<EventRecord> & Pick<EventRecord, "dateStart">): EventRecord {
  return {
    dataset: "test",
    sourceId: "0",
    datasetVersion: null,
    sourceTimestamp: null,
    dateEnd: fields.dateStart,
    datePrecision: "day",
    lat: null,
    lon: null,
    geoPrecision: null,
    country: null,
    countryIso3: null,
    gwCode: null,
    admin1: null,
    admin2: null,
    locationName: null,
    placeId: null,
    actorA: null,
    actorAType: null,
    actorACountry: null,
    actorB: null,
    actorBType: null,
    actorBCountry: null,
    eventClass: null,
    eventSubclass: null,
    harmonisedClass: "battle",
    fatalitiesBest: null,
    fatalitiesLow: null,
    fatalitiesHigh: null,
    conflictScore: null,
    notes: null,
    sources: [],
    ...fields,
  };
}
