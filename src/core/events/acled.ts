import { countryByName, countryByNumeric } from "./countries.ts";
import { type DateForm, dateShape, parseEventDate } from "./dates.ts";
import { coordinates, count, integer, list, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import type { DatePrecision, GeoPrecision, HarmonisedClass } from "./record.ts";

/** The 31 columns of the current ACLED API and export tool (shared/events/formats.md §1.1). */
export const acledColumns = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

/** Columns ACLED removed from the API in 2023; still present in older files. */
export const acledRemovedColumns = ["data_id", "event_id_no_cnty", "iso3"] as const;

/** Pre-2024 numeric actor-type codes and their 2024+ text labels (formats.md §1.1, `inter1`). */
export const acledInterLabels: Record<number, string> = {
  1: "State forces",
  2: "Rebel group",
  3: "Political militia",
  4: "Identity militia",
  5: "Rioters",
  6: "Protesters",
  7: "Civilians",
  8: "External/Other forces",
};
const knownInterTexts = new Set(Object.values(acledInterLabels));

export const acledEventTypes: Record<string, HarmonisedClass> = {
  Battles: "battle",
  "Explosions/Remote violence": "remote_violence",
  "Violence against civilians": "violence_vs_civilians",
  Protests: "protest",
  Riots: "riot",
  "Strategic developments": "strategic",
};

const timePrecision: Record<string, DatePrecision> = { "1": "day", "2": "week", "3": "month" };
const geoPrecision: Record<string, GeoPrecision> = { "1": "point", "2": "near", "3": "region" };

/** An actor type from either layout: numeric code 1–8 (0 = none) or a text label; returns the text label. */
export function acledActorType(
  value: unknown,
  column: string,
): { label: string | null; layout: "numeric" | "text" | null } {
  const s = text(value);
  if (s === null) return { label: null, layout: null };
  if (/^\d+$/.test(s)) {
    const code = Number(s);
    if (code === 0) return { label: null, layout: "numeric" };
    const label = acledInterLabels[code];
    if (label === undefined) throw new RowProblem(`${column} code ${s} is not an ACLED actor type (0–8)`);
    return { label, layout: "numeric" };
  }
  return { label: s, layout: "text" };
}

/** An ACLED deleted-event record (`event_id_cnty`, `deleted_timestamp`). */
export type AcledDeletion = { sourceId: string; deletedTimestamp: number | null };

export function acledDeletion(row: Readonly<Record<string, string>>): AcledDeletion {
  return {
    sourceId: required(row.event_id_cnty, "event_id_cnty"),
    deletedTimestamp: integer(row.deleted_timestamp, "deleted_timestamp"),
  };
}

/** Layout notes from the header alone: removed columns present, documented columns missing, monadic shape. */
export function acledHeaderNotes(header: readonly string[]): string[] {
  const notes: string[] = [];
  const removed = acledRemovedColumns.filter((c) => header.includes(c));
  if (removed.length > 0)
    notes.push(`pre-2023 columns present (ignored, kept in raw): ${removed.join(", ")}`);
  const missing = acledColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) notes.push(`columns missing: ${missing.join(", ")}`);
  if (isMonadic(header)) notes.push("monadic export (one row per actor; key is event_id_cnty + actor1)");
  return notes;
}

function isMonadic(header: readonly string[]): boolean {
  return !header.includes("actor2") && !header.includes("inter2");
}

/** Maps ACLED rows (either layout) to canonical records; `fatalities = 0` stays 0 (ACLED: zero or unknown). */
export function createAcledMapper(header: readonly string[]): RowMapper<Readonly<Record<string, string>>> {
  const monadic = isMonadic(header);
  const dateForms = new Map<DateForm, number>();
  const interLayouts = { numeric: 0, text: 0 };
  const unknownInterTexts = new Set<string>();
  let demostrations = 0;
  let zeroFatalities = 0;

  // Layout counts look at the shape of every row's values, valid or not (the fast path counts the same way).
  const countLayout = (row: Readonly<Record<string, string>>) => {
    const dateText = text(row.event_date);
    const form = dateText === null ? null : dateShape(dateText);
    if (form !== null) dateForms.set(form, (dateForms.get(form) ?? 0) + 1);
    for (const value of [text(row.inter1), text(row.inter2)]) {
      if (value === null) continue;
      if (/^\d+$/.test(value)) interLayouts.numeric++;
      else {
        interLayouts.text++;
        if (!knownInterTexts.has(value)) unknownInterTexts.add(value);
      }
    }
    if (text(row.disorder_type)?.includes("Demostrations")) demostrations++;
    if (/^0+(\.0+)?$/.test(text(row.fatalities) ?? "")) zeroFatalities++;
  };

  return {
    map: (row) => {
      countLayout(row);
      return guarded(() => {
        const id = required(row.event_id_cnty, "event_id_cnty");
        const { date } = parseEventDate(required(row.event_date, "event_date"), "event_date");
        const year = integer(row.year, "year");
        if (year !== null && year !== Number(date.slice(0, 4))) {
          throw new RowProblem(`year ${year} disagrees with event_date ${row.event_date}`);
        }
        const a = acledActorType(row.inter1, "inter1");
        const b = acledActorType(row.inter2, "inter2");
        const { lat, lon } = coordinates(row.latitude, row.longitude);
        const fatalities = count(row.fatalities, "fatalities");
        const eventType = required(row.event_type, "event_type");
        const tp = text(row.time_precision);
        if (tp !== null && timePrecision[tp] === undefined)
          throw new RowProblem(`time_precision ${tp} is not 1, 2 or 3`);
        const gp = text(row.geo_precision);
        if (gp !== null && geoPrecision[gp] === undefined)
          throw new RowProblem(`geo_precision ${gp} is not 1, 2 or 3`);
        const isoCode = integer(row.iso, "iso");
        const countryName = text(row.country);
        const country =
          (isoCode !== null ? countryByNumeric(isoCode) : undefined) ??
          (countryName !== null ? countryByName(countryName) : undefined);

        const actorA = text(row.actor1);
        return {
          dataset: "acled",
          sourceId: monadic && actorA !== null ? `${id}:${actorA}` : id,
          datasetVersion: null,
          sourceTimestamp: integer(row.timestamp, "timestamp"),
          dateStart: date,
          dateEnd: date,
          datePrecision: tp === null ? "day" : (timePrecision[tp] as DatePrecision),
          lat,
          lon,
          geoPrecision: gp === null ? null : (geoPrecision[gp] as GeoPrecision),
          country: countryName,
          countryIso3: country?.iso3 ?? null,
          gwCode: country?.gw ?? null,
          admin1: text(row.admin1),
          admin2: text(row.admin2),
          locationName: text(row.location),
          placeId: null,
          actorA,
          actorAType: a.label,
          actorACountry: null,
          actorB: text(row.actor2),
          actorBType: b.label,
          actorBCountry: null,
          eventClass: eventType,
          eventSubclass: text(row.sub_event_type),
          harmonisedClass: acledEventTypes[eventType] ?? "other",
          fatalitiesBest: fatalities,
          fatalitiesLow: fatalities,
          fatalitiesHigh: null,
          conflictScore: null,
          notes: text(row.notes),
          sources: list(row.source),
        };
      });
    },
    notes: () => {
      const notes = acledHeaderNotes(header);
      const layouts = [];
      if (interLayouts.numeric > 0) layouts.push(`numeric pre-2024 codes (${interLayouts.numeric} values)`);
      if (interLayouts.text > 0) layouts.push(`2024+ text labels (${interLayouts.text} values)`);
      if (layouts.length > 0) notes.push(`inter1/inter2: ${layouts.join(" and ")}`);
      if (unknownInterTexts.size > 0)
        notes.push(`unrecognised actor-type labels: ${[...unknownInterTexts].join(", ")}`);
      if (dateForms.size > 0) {
        const order: DateForm[] = ["iso", "day-month-year", "dd/mm/yyyy", "yyyymmdd"];
        const seen = order.filter((f) => dateForms.has(f));
        notes.push(`event_date forms: ${seen.map((f) => `${f} (${dateForms.get(f)})`).join(", ")}`);
      }
      if (demostrations > 0)
        notes.push(`"Demostrations" (sic) spelling in disorder_type: ${demostrations} rows`);
      if (zeroFatalities > 0) notes.push(`fatalities = 0 on ${zeroFatalities} rows (ACLED: zero or unknown)`);
      return notes;
    },
  };
}
