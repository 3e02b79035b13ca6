import { cameoClass, quadClasses } from "./cameo.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, decimal, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import type { GeoPrecision } from "./record.ts";

/** GDELT event layouts by column count (shared/events/formats.md §1.3): 1.0 back-files 57 (no SOURCEURL),
 *  1.0 daily 58, 2.0 61 (adds *_ADM2Code to each geo block). Files have no header. */
export type GdeltLayout = "gdelt-1.0-backfile" | "gdelt-1.0-daily" | "gdelt-2.0";

const actorFields = [
  "Code",
  "Name",
  "CountryCode",
  "KnownGroupCode",
  "EthnicCode",
  "Religion1Code",
  "Religion2Code",
  "Type1Code",
  "Type2Code",
  "Type3Code",
];
const eventFields = [
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
];

export function gdeltColumns(layout: GdeltLayout): string[] {
  const geo = (prefix: string) =>
    (layout === "gdelt-2.0"
      ? ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
      : ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
    ).map((f) => `${prefix}Geo_${f}`);
  return [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    ...actorFields.map((f) => `Actor1${f}`),
    ...actorFields.map((f) => `Actor2${f}`),
    ...eventFields,
    ...geo("Actor1"),
    ...geo("Actor2"),
    ...geo("Action"),
    "DATEADDED",
    ...(layout === "gdelt-1.0-backfile" ? [] : ["SOURCEURL"]),
  ];
}

export function gdeltLayoutOf(columnCount: number): GdeltLayout | undefined {
  if (columnCount === 57) return "gdelt-1.0-backfile";
  if (columnCount === 58) return "gdelt-1.0-daily";
  if (columnCount === 61) return "gdelt-2.0";
  return undefined;
}

// GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 (formats.md §1.5).
const geoTypes: Record<string, GeoPrecision> = {
  "1": "country",
  "2": "adm1",
  "3": "point",
  "4": "point",
  "5": "adm1",
};
// FIPS 10-4 (GDELT geo fields) → ISO3, for the region of the built-in case only.
const fipsToIso3: Record<string, string> = {
  AJ: "AZE",
  AM: "ARM",
  GG: "GEO",
  RS: "RUS",
  TU: "TUR",
  IR: "IRN",
  US: "USA",
};

export function createGdeltMapper(layout: GdeltLayout): RowMapper<readonly string[]> {
  const columns = gdeltColumns(layout);
  let noActor = 0;
  return {
    map: (fields) =>
      guarded(() => {
        if (fields.length !== columns.length) {
          throw new RowProblem(`${fields.length} columns; ${layout} has ${columns.length}`);
        }
        const row: Record<string, string> = {};
        columns.forEach((name, i) => {
          row[name] = fields[i] ?? "";
        });
        const id = required(row.GLOBALEVENTID, "GLOBALEVENTID");
        const { date } = parseEventDate(required(row.SQLDATE, "SQLDATE"), "SQLDATE");
        const code = required(row.EventCode, "EventCode");
        const quad = text(row.QuadClass);
        const goldstein = decimal(row.GoldsteinScale, "GoldsteinScale");
        if (goldstein !== null && Math.abs(goldstein) > 10)
          throw new RowProblem(`GoldsteinScale ${goldstein} is outside ±10`);
        const { lat, lon } = coordinates(row.ActionGeo_Lat, row.ActionGeo_Long);
        const fips = text(row.ActionGeo_CountryCode);
        const actorA = text(row.Actor1Name) ?? text(row.Actor1Code);
        const actorB = text(row.Actor2Name) ?? text(row.Actor2Code);
        if (actorA === null || actorB === null) noActor++;
        const geoType = text(row.ActionGeo_Type);
        return {
          dataset: "gdelt",
          sourceId: id,
          datasetVersion: layout === "gdelt-2.0" ? "2.0" : "1.0",
          sourceTimestamp: null,
          dateStart: date,
          dateEnd: date,
          datePrecision: "day",
          lat,
          lon,
          geoPrecision: (geoType !== null ? geoTypes[geoType] : undefined) ?? null,
          country: fips,
          countryIso3: fips !== null ? (fipsToIso3[fips] ?? null) : null,
          gwCode: null,
          admin1: text(row.ActionGeo_ADM1Code),
          admin2: text(row.ActionGeo_ADM2Code),
          locationName: text(row.ActionGeo_FullName),
          placeId: null,
          actorA,
          actorAType: text(row.Actor1Type1Code),
          actorACountry: text(row.Actor1CountryCode),
          actorB,
          actorBType: text(row.Actor2Type1Code),
          actorBCountry: text(row.Actor2CountryCode),
          eventClass: code,
          eventSubclass: null,
          harmonisedClass: (quad !== null ? quadClasses[quad] : undefined) ?? cameoClass(code),
          fatalitiesBest: null,
          fatalitiesLow: null,
          fatalitiesHigh: null,
          conflictScore: goldstein,
          notes: null,
          sources: [text(row.SOURCEURL)].filter((s): s is string => s !== null),
        };
      }),
    notes: () => [
      `${layout}: ${columns.length} tab-separated columns, no header`,
      "country is the FIPS 10-4 code of ActionGeo (ISO3 only for the case region)",
      ...(noActor > 0 ? [`rows with an empty actor: ${noActor}`] : []),
    ],
  };
}
