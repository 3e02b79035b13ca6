import { quadClasses } from "./cameo.ts";
import { countryByIso3 } from "./countries.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, count, decimal, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import type { HarmonisedClass } from "./record.ts";

/**
 * PLOVER categories → quad class and default score. Quad mapping and scores from the PLOVER 2.0 draft
 * manual (Open Event Data Alliance; shared/events/formats.md §1.4). ACCUSE is printed as +3 there, which
 * contradicts its modes (−2 to −3.5): we use −2.5, the middle of its modes. The v0.5b1 names of the
 * gold-standard file map to their successors (DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT);
 * INVESTIGATE has no successor and no score.
 */
export const ploverCategories: Record<string, { harmonised: HarmonisedClass; score: number | null }> = {
  AGREE: { harmonised: "verbal_coop", score: 2.5 },
  CONSULT: { harmonised: "verbal_coop", score: 2.5 },
  SUPPORT: { harmonised: "verbal_coop", score: 5 },
  CONCEDE: { harmonised: "verbal_coop", score: 4.5 },
  COOPERATE: { harmonised: "material_coop", score: 9.5 },
  AID: { harmonised: "material_coop", score: 10 },
  RETREAT: { harmonised: "material_coop", score: 6.5 },
  REQUEST: { harmonised: "verbal_conflict", score: 0 },
  ACCUSE: { harmonised: "verbal_conflict", score: -2.5 },
  REJECT: { harmonised: "verbal_conflict", score: -2 },
  THREATEN: { harmonised: "verbal_conflict", score: -3.5 },
  PROTEST: { harmonised: "material_conflict", score: -5 },
  SANCTION: { harmonised: "material_conflict", score: -6 },
  MOBILIZE: { harmonised: "material_conflict", score: -5.5 },
  COERCE: { harmonised: "material_conflict", score: -7 },
  ASSAULT: { harmonised: "material_conflict", score: -9 },
  DEMAND: { harmonised: "verbal_conflict", score: 0 },
  DISAPPROVE: { harmonised: "verbal_conflict", score: -2.5 },
  FIGHT: { harmonised: "material_conflict", score: -9 },
  INVESTIGATE: { harmonised: "verbal_conflict", score: null },
};

type Entity = { code: string | null; sector: string | null; text: string | null };

function entities(value: unknown): Entity[] {
  if (!Array.isArray(value)) return [];
  return value.map((e) => {
    const o = (typeof e === "object" && e !== null ? e : {}) as Record<string, unknown>;
    return { code: text(o.code), sector: text(o.sector), text: text(o.entity_text ?? o.actorText ?? o.text) };
  });
}

function first<T>(value: T | readonly T[] | undefined): T | undefined {
  return Array.isArray(value) ? value[0] : (value as T | undefined);
}

/** PLOVER JSON records, 2.0 draft (`actor`, `recipient`, `event_loc`) or v0.5b1 (`source`, `target`). */
export function createPloverMapper(): RowMapper<unknown> {
  const versions = { v2: 0, v05: 0 };
  const categories = new Map<string, number>();
  return {
    map: (value) =>
      guarded(() => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw new RowProblem("record is not a JSON object");
        }
        const o = value as Record<string, unknown>;
        const id = required(o.id, "id");
        const event = required(first(o.event as string | string[] | undefined), "event");
        if (event === "DOCUMENT") throw new RowProblem("DOCUMENT record (file documentation, not an event)");
        const category = ploverCategories[event];
        if (category === undefined) throw new RowProblem(`event "${event}" is not a PLOVER category`);
        const { date } = parseEventDate(required(o.date, "date"), "date");
        const end = text(o.enddate) !== null ? parseEventDate(String(o.enddate), "enddate").date : date;
        const v2 = "actor" in o;
        versions[v2 ? "v2" : "v05"]++;
        categories.set(event, (categories.get(event) ?? 0) + 1);
        const actor = entities(v2 ? o.actor : o.source)[0];
        const recipient = entities(v2 ? o.recipient : o.target)[0];
        const loc = (typeof o.event_loc === "object" && o.event_loc !== null ? o.event_loc : {}) as Record<
          string,
          unknown
        >;
        const { lat, lon } = coordinates(loc.lat, loc.lon);
        const iso3 = text(loc.country_code);
        const quad = text(o.quad_code);
        const scale = decimal(o.event_scale, "event_scale");
        return {
          dataset: "plover",
          sourceId: id,
          datasetVersion: text(o.version),
          sourceTimestamp: null,
          dateStart: date,
          dateEnd: end,
          datePrecision: "day",
          lat,
          lon,
          geoPrecision: lat === null ? null : text(loc.city) !== null ? "point" : "adm1",
          country: iso3 !== null ? (countryByIso3(iso3)?.name ?? iso3) : null,
          countryIso3: iso3 !== null && countryByIso3(iso3) ? iso3.toUpperCase() : null,
          gwCode: null,
          admin1: text(loc.province),
          admin2: text(loc.district),
          locationName: text(loc.city) ?? text(loc.placename),
          placeId: null,
          actorA: actor?.text ?? actor?.code ?? null,
          actorAType: actor?.sector ?? null,
          actorACountry: actor?.code ?? null,
          actorB: recipient?.text ?? recipient?.code ?? null,
          actorBType: recipient?.sector ?? null,
          actorBCountry: recipient?.code ?? null,
          eventClass: event,
          eventSubclass: text(first(o.mode as string | string[] | undefined)),
          harmonisedClass: (quad !== null ? quadClasses[quad] : undefined) ?? category.harmonised,
          fatalitiesBest: count(o.dead, "dead"),
          fatalitiesLow: null,
          fatalitiesHigh: null,
          conflictScore: scale !== null && Math.abs(scale) <= 10 ? scale : category.score,
          notes: text(o.text) ?? text(o.event_text ?? o.eventText),
          sources: [text(o.link), text(o.publication)].filter((s): s is string => s !== null),
        };
      }),
    notes: () => [
      ...(versions.v2 > 0 ? [`PLOVER 2.0 records (actor/recipient): ${versions.v2}`] : []),
      ...(versions.v05 > 0 ? [`PLOVER v0.5b1 records (source/target, old categories): ${versions.v05}`] : []),
      `categories: ${[...categories].map(([c, n]) => `${c} ${n}`).join(", ")}`,
    ],
  };
}
