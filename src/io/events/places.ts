import type { DuckDBConnection } from "@duckdb/node-api";
import type { PlaceResolver } from "../../core/events/place-aliases.ts";

/** Sets `place_id` on an import's rows whose location name the alias table knows (one lookup per distinct
 *  name), and fills a missing `country_iso3` from the place. */
export async function resolveImportPlaces(
  connection: DuckDBConnection,
  importId: number,
  places: PlaceResolver,
): Promise<void> {
  const names = (
    await connection.runAndReadAll(
      `SELECT DISTINCT location_name FROM events WHERE import_id = ${importId} AND location_name IS NOT NULL`,
    )
  )
    .getRowsJS()
    .map(([n]) => String(n));
  const pairs = names.flatMap((name) => {
    const place = places.resolve(name);
    return place === undefined ? [] : [[name, place.id, place.countryIso3] as const];
  });
  if (pairs.length === 0) return;
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ev_place_names (name VARCHAR, place_id VARCHAR, iso3 VARCHAR)",
  );
  const appender = await connection.createAppender("ev_place_names");
  for (const [name, id, iso3] of pairs) {
    appender.appendVarchar(name);
    appender.appendVarchar(id);
    if (iso3 === null) appender.appendNull();
    else appender.appendVarchar(iso3);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  // A resolved place also supplies the country where the source gave none (case events carry no country).
  await connection.run(`UPDATE events SET place_id = p.place_id, country_iso3 = coalesce(events.country_iso3, p.iso3)
    FROM ev_place_names p WHERE events.import_id = ${importId} AND events.location_name = p.name`);
  await connection.run("DROP TABLE ev_place_names");
}

/** The next import id (1 for an empty store). */
export async function nextImportId(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll(
    "SELECT greatest((SELECT coalesce(max(import_id), 0) FROM imports), (SELECT coalesce(max(import_id), 0) FROM events)) + 1",
  );
  return Number(reader.getRowsJS()[0]?.[0] ?? 1);
}
