import { cameoClass } from "./cameo.ts";
import { countryByName } from "./countries.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, decimal, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import type { GeoPrecision } from "./record.ts";

/** The 20 ICEWS columns (tab-separated; shared/events/formats.md §1.3). */
export const icewsColumns = [
  "Event ID",
  "Event Date",
  "Source Name",
  "Source Sectors",
  "Source Country",
  "Event Text",
  "CAMEO Code",
  "Intensity",
  "Target Name",
  "Target Sectors",
  "Target Country",
  "Story ID",
  "Sentence Number",
  "Publisher",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
] as const;

/** A country name as ISO3 when known, else the name itself (actor countries of directed dyads). */
function countryCode(name: string | null): string | null {
  return name === null ? null : (countryByName(name)?.iso3 ?? name);
}

/** ICEWS rows: key is Event ID + Event Date (Event ID repeats in the 2013 file, per the `icews` R package). */
export function createIcewsMapper(header: readonly string[]): RowMapper<Readonly<Record<string, string>>> {
  return {
    map: (row) =>
      guarded(() => {
        const id = required(row["Event ID"], "Event ID");
        const { date } = parseEventDate(required(row["Event Date"], "Event Date"), "Event Date");
        const code = required(row["CAMEO Code"], "CAMEO Code");
        const intensity = decimal(row.Intensity, "Intensity");
        if (intensity !== null && Math.abs(intensity) > 10)
          throw new RowProblem(`Intensity ${intensity} is outside ±10`);
        const { lat, lon } = coordinates(row.Latitude, row.Longitude);
        const city = text(row.City);
        const district = text(row.District);
        const province = text(row.Province);
        const countryName = text(row.Country);
        const geo: GeoPrecision | null =
          lat === null ? null : city ? "point" : district ? "adm2" : province ? "adm1" : "country";
        return {
          dataset: "icews",
          sourceId: `${id}@${date}`,
          datasetVersion: null,
          sourceTimestamp: null,
          dateStart: date,
          dateEnd: date,
          datePrecision: "day",
          lat,
          lon,
          geoPrecision: geo,
          country: countryName,
          countryIso3: countryName !== null ? (countryByName(countryName)?.iso3 ?? null) : null,
          gwCode: null,
          admin1: province,
          admin2: district,
          locationName: city,
          placeId: null,
          actorA: text(row["Source Name"]),
          actorAType: text(row["Source Sectors"]),
          actorACountry: countryCode(text(row["Source Country"])),
          actorB: text(row["Target Name"]),
          actorBType: text(row["Target Sectors"]),
          actorBCountry: countryCode(text(row["Target Country"])),
          eventClass: code,
          eventSubclass: text(row["Event Text"]),
          harmonisedClass: cameoClass(code),
          fatalitiesBest: null,
          fatalitiesLow: null,
          fatalitiesHigh: null,
          conflictScore: intensity,
          notes: null,
          sources: [text(row.Publisher)].filter((s): s is string => s !== null),
        };
      }),
    notes: () => {
      const missing = icewsColumns.filter((c) => !header.includes(c));
      return [
        `${header.length} tab-separated columns`,
        ...(missing.length > 0 ? [`columns missing: ${missing.join(", ")}`] : []),
        "CAMEO codes read as text (leading zeros kept); Intensity = Goldstein score",
      ];
    },
  };
}
