import { z } from "zod";
import { acledEventTypes } from "./acled.ts";
import { countryByIso3, countryByName } from "./countries.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, count, decimal, list, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import { HarmonisedClass } from "./record.ts";

/** Fields a generic CSV can be mapped onto with `--map field=column,…`; only `date` is required. */
export const CsvField = z.enum([
  "id",
  "date",
  "end_date",
  "lat",
  "lon",
  "country",
  "iso3",
  "admin1",
  "admin2",
  "location",
  "actor_a",
  "actor_b",
  "type",
  "fatalities",
  "fatalities_low",
  "fatalities_high",
  "score",
  "notes",
  "source",
]);
export type CsvField = z.output<typeof CsvField>;
export type ColumnMapping = Partial<Record<CsvField, string>>;

/** Parses `date=Date,lat=Lat,…` (aliases: actor1/actor2, latitude/longitude, event_type, fatalities_best). */
export function parseColumnMapping(
  spec: string,
): { ok: true; mapping: ColumnMapping } | { ok: false; message: string } {
  const aliases: Record<string, CsvField> = {
    actor1: "actor_a",
    actor2: "actor_b",
    latitude: "lat",
    longitude: "lon",
    event_type: "type",
    fatalities_best: "fatalities",
    start: "date",
    end: "end_date",
    goldstein: "score",
  };
  const mapping: ColumnMapping = {};
  for (const part of spec
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")) {
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) return { ok: false, message: `"${part}" is not field=column` };
    const name = part.slice(0, eq).trim().toLowerCase();
    const field = CsvField.safeParse(aliases[name] ?? name);
    if (!field.success)
      return { ok: false, message: `unknown field "${name}" (known: ${CsvField.options.join(", ")})` };
    mapping[field.data] = part.slice(eq + 1).trim();
  }
  if (mapping.date === undefined) return { ok: false, message: "the mapping needs date=<column>" };
  return { ok: true, mapping };
}

/** FNV-1a 32-bit (Fowler–Noll–Vo) of the row's values: a stable id for rows without one, so re-imports match. */
function rowKey(values: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of values.join("\u001f")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `row-${h.toString(16).padStart(8, "0")}`;
}

export function createCsvMapper(
  header: readonly string[],
  mapping: ColumnMapping,
  dataset = "csv",
): RowMapper<Readonly<Record<string, string>>> {
  const absent = Object.entries(mapping).filter(([, column]) => !header.includes(column));
  const get = (row: Readonly<Record<string, string>>, field: CsvField) => {
    const column = mapping[field];
    return column === undefined ? undefined : row[column];
  };
  return {
    map: (row) =>
      guarded(() => {
        if (absent.length > 0) {
          throw new RowProblem(`mapped columns not in the header: ${absent.map(([, c]) => c).join(", ")}`);
        }
        const { date } = parseEventDate(
          required(get(row, "date"), mapping.date ?? "date"),
          mapping.date ?? "date",
        );
        const endText = text(get(row, "end_date"));
        const end = endText !== null ? parseEventDate(endText, mapping.end_date ?? "end_date").date : date;
        if (end < date) throw new RowProblem(`end date ${end} is before ${date}`);
        const { lat, lon } = coordinates(get(row, "lat"), get(row, "lon"));
        const iso3 = text(get(row, "iso3"))?.toUpperCase() ?? null;
        const countryName = text(get(row, "country"));
        const country =
          (iso3 !== null ? countryByIso3(iso3) : undefined) ??
          (countryName ? countryByName(countryName) : undefined);
        const type = text(get(row, "type"));
        const harmonised =
          type === null
            ? "other"
            : (acledEventTypes[type] ?? HarmonisedClass.safeParse(type).data ?? "other");
        const best = count(get(row, "fatalities"), mapping.fatalities ?? "fatalities");
        const low = count(get(row, "fatalities_low"), mapping.fatalities_low ?? "fatalities_low");
        const high = count(get(row, "fatalities_high"), mapping.fatalities_high ?? "fatalities_high");
        const score = decimal(get(row, "score"), mapping.score ?? "score");
        if (score !== null && Math.abs(score) > 10) throw new RowProblem(`score ${score} is outside ±10`);
        return {
          dataset,
          sourceId: text(get(row, "id")) ?? rowKey(header.map((c) => row[c] ?? "")),
          datasetVersion: null,
          sourceTimestamp: null,
          dateStart: date,
          dateEnd: end,
          datePrecision: "day",
          lat,
          lon,
          geoPrecision: lat === null ? null : "point",
          country: countryName ?? country?.name ?? null,
          countryIso3: country?.iso3 ?? null,
          gwCode: country?.gw ?? null,
          admin1: text(get(row, "admin1")),
          admin2: text(get(row, "admin2")),
          locationName: text(get(row, "location")),
          placeId: null,
          actorA: text(get(row, "actor_a")),
          actorAType: null,
          actorACountry: null,
          actorB: text(get(row, "actor_b")),
          actorBType: null,
          actorBCountry: null,
          eventClass: type,
          eventSubclass: null,
          harmonisedClass: harmonised,
          fatalitiesBest: best,
          fatalitiesLow: low,
          fatalitiesHigh: high,
          conflictScore: score,
          notes: text(get(row, "notes")),
          sources: list(get(row, "source")),
        };
      }),
    notes: () => [
      `mapping: ${Object.entries(mapping)
        .map(([f, c]) => `${f}=${c}`)
        .join(", ")}`,
      ...(mapping.id === undefined ? ["no id column: rows are keyed by a hash of their values"] : []),
    ],
  };
}
