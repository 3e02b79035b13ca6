import { quadClasses } from "./cameo.ts";
import { countryByName } from "./countries.ts";
import { parseEventDate } from "./dates.ts";
import { coordinates, decimal, list, required, text } from "./fields.ts";
import { guarded, type RowMapper, RowProblem } from "./mapping.ts";
import { ploverCategories } from "./plover.ts";

/** POLECAT: PLOVER-coded events as a 40-column TSV (Harvard Dataverse; shared/events/formats.md §1.4).
 *  `Event Intensity` is called `Intensity` in some files. */
export function createPolecatMapper(header: readonly string[]): RowMapper<Readonly<Record<string, string>>> {
  return {
    map: (row) =>
      guarded(() => {
        const id = required(row["Event ID"], "Event ID");
        const { date } = parseEventDate(required(row["Event Date"], "Event Date"), "Event Date");
        const event = required(row["Event Type"], "Event Type").toUpperCase();
        const category = ploverCategories[event];
        if (category === undefined) throw new RowProblem(`Event Type "${event}" is not a PLOVER category`);
        const intensity = decimal(row["Event Intensity"] ?? row.Intensity, "Event Intensity");
        const quad = text(row["Quad Code"]);
        const { lat, lon } = coordinates(row.Latitude, row.Longitude);
        const countryName = text(row.Country);
        const actorCountry = text(row["Actor Country"]);
        const recipientCountry = text(row["Recipient Country"]);
        return {
          dataset: "polecat",
          sourceId: id,
          datasetVersion: text(row.Version),
          sourceTimestamp: null,
          dateStart: date,
          dateEnd: date,
          datePrecision: "day",
          lat,
          lon,
          geoPrecision: lat === null ? null : text(row.City) !== null ? "point" : "adm1",
          country: countryName,
          countryIso3: countryName !== null ? (countryByName(countryName)?.iso3 ?? null) : null,
          gwCode: null,
          admin1: text(row.Province),
          admin2: text(row.District),
          locationName: text(row.Placename) ?? text(row.City),
          placeId: null,
          actorA: text(row["Actor Name"]),
          actorAType: text(row["Primary Actor Sector"]),
          actorACountry: actorCountry !== null ? (countryByName(actorCountry)?.iso3 ?? actorCountry) : null,
          actorB: text(row["Recipient Name"]),
          actorBType: text(row["Primary Recipient Sector"]),
          actorBCountry:
            recipientCountry !== null ? (countryByName(recipientCountry)?.iso3 ?? recipientCountry) : null,
          eventClass: event,
          eventSubclass: text(row["Event Mode"]),
          harmonisedClass: (quad !== null ? quadClasses[quad] : undefined) ?? category.harmonised,
          fatalitiesBest: null,
          fatalitiesLow: null,
          fatalitiesHigh: null,
          conflictScore: intensity !== null && Math.abs(intensity) <= 10 ? intensity : category.score,
          notes: null,
          sources: list(row.Source),
        };
      }),
    notes: () => [
      `${header.length} tab-separated columns${header.length === 40 ? "" : " (POLECAT has 40)"}`,
      `intensity column: ${header.includes("Event Intensity") ? "Event Intensity" : header.includes("Intensity") ? "Intensity" : "none"}`,
    ],
  };
}
