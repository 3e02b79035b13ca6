import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../../core/events/record.ts";
import { type EventStore, openEventStore } from "./store.ts";
import { recordColumns } from "./table.ts";

const fixtures = join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "events");
const at = (f: string) => join(fixtures, f);
const importedAt = new Date("2026-01-02T03:04:05.000Z");

async function fresh(): Promise<EventStore> {
  return openEventStore(":memory:", { now: () => importedAt });
}
const byId = (records: readonly EventRecord[]) => new Map(records.map((r) => [r.sourceId, r]));
const lines = (problems: readonly { line: number | null }[]) => problems.map((p) => p.line);

describe("ACLED import", () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await fresh();
  });
  afterAll(async () => store.close());

  it("importFile(pre-2024 numeric layout) maps codes, dd/mm/yyyy dates and reports bad rows with their lines", async () => {
    const report = await store.importFile(at("acled-pre2024-numeric.csv"));
    expect(report).toMatchObject({
      format: "acled",
      layout: "acled",
      rows: 11,
      imported: 6,
      updated: 0,
      skipped: 5,
    });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "pre-2023 columns present (ignored, kept in raw): data_id, event_id_no_cnty, iso3",
        "columns missing: disorder_type, civilian_targeting, tags",
        "inter1/inter2: numeric pre-2024 codes (20 values)",
        "event_date forms: dd/mm/yyyy (10)",
      ]),
    );
    // The record on lines 9–10 has a quoted newline, so the rows after it sit one physical line lower.
    expect(lines(report.problems)).toEqual([5, 6, 8, 11, 13]);
    expect(report.problems.map((p) => p.reason)).toEqual([
      'event_date "31/02/2021" is not a calendar date',
      "inter1 code 9 is not an ACLED actor type (0–8)",
      "latitude 123.4 is outside −90…90",
      "event_id_cnty is empty",
      "malformed CSV record: MISSING COLUMNS: Expected Number of Columns: 31 Found: 8",
    ]);
    expect(report.problems.every((p) => p.file.endsWith("acled-pre2024-numeric.csv"))).toBe(true);

    const events = byId(await store.query({ datasets: ["acled"] }));
    expect(events.get("AZE90001")).toMatchObject({
      dateStart: "2020-11-12",
      datePrecision: "day",
      actorAType: "State forces",
      actorBType: "External/Other forces",
      countryIso3: "AZE",
      gwCode: 373,
      fatalitiesBest: 2,
      fatalitiesLow: 2,
      fatalitiesHigh: null,
      harmonisedClass: "battle",
      placeId: "parukh",
      geoPrecision: "point",
    });
    expect(events.get("AZE90002")).toMatchObject({
      actorBType: null,
      datePrecision: "week",
      placeId: "sev-lake",
    });
    expect(events.get("ARM90003")).toMatchObject({
      countryIso3: "ARM",
      sources: ["Fictional Daily", "Fictional Radio"],
    });
    expect(events.get("AZE90006")?.fatalitiesBest).toBeNull(); // blank stays null, not 0
    expect(events.get("AZE90008")?.notes).toBe("Fictional test row:\nits notes span two lines.");
    expect(events.get("AZE90010")).toMatchObject({
      datePrecision: "month",
      harmonisedClass: "strategic",
      placeId: "stepanakert",
    });
  });

  it("importFile(2024+ text layout) reads both other date forms, keeps the latest duplicate, checks years", async () => {
    const report = await store.importFile(at("acled-2024-text.csv"));
    expect(report).toMatchObject({ rows: 10, imported: 6, skipped: 4 });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "inter1/inter2: 2024+ text labels (17 values)",
        "unrecognised actor-type labels: Militia (unverified)",
        "event_date forms: iso (7), day-month-year (3)",
        '"Demostrations" (sic) spelling in disorder_type: 1 rows',
      ]),
    );
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, "duplicate of AZE91002; line 11 kept"],
      [6, 'event_date "16 May 0025": year 25 is outside 1900–2100'],
      [7, 'fatalities "several" is not a non-negative whole number'],
      [9, "year 2023 disagrees with event_date 2024-01-01"],
    ]);
    const events = byId(await store.query({ datasets: ["acled"], from: "2024-01-01" }));
    expect(events.get("ARM91001")).toMatchObject({
      dateStart: "2025-05-16",
      actorAType: "External/Other forces",
    });
    expect(events.get("ARM91003")).toMatchObject({
      dateStart: "2024-06-04",
      harmonisedClass: "protest",
      fatalitiesBest: 0,
    });
    expect(events.get("AZE91002")).toMatchObject({
      fatalitiesBest: 1,
      placeId: "parukh",
      sourceTimestamp: 1709700000,
    });
    expect(events.get("AZE91004")).toMatchObject({
      placeId: "stepanakert",
      harmonisedClass: "violence_vs_civilians",
    });
    expect(events.get("AZE91007")).toMatchObject({ fatalitiesBest: null, placeId: "lachin" });
  });

  it("re-importing the same file is idempotent: nothing imported or updated, all unchanged", async () => {
    const before = (await store.query()).length;
    const report = await store.importFile(at("acled-2024-text.csv"));
    expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
    expect((await store.query()).length).toBe(before);
  });

  it("an ACLED update file applies newer revisions by timestamp and skips older ones", async () => {
    const report = await store.importFile(at("acled-2024-update.csv"));
    expect(report).toMatchObject({ imported: 1, updated: 1, unchanged: 1, skipped: 1 });
    expect(report.problems[0]).toMatchObject({ line: 3, sourceId: "ARM91001" });
    const events = byId(await store.query({ datasets: ["acled"] }));
    expect(events.get("AZE91002")).toMatchObject({
      fatalitiesBest: 2,
      notes: "Fictional test row (revised upward).",
    });
    expect(events.get("ARM91001")?.fatalitiesBest).toBe(3);
    expect(events.get("AZE91010")?.placeId).toBe("agdam");
  });

  it("an ACLED deleted-events file removes the listed events and reports unknown ids and bad rows", async () => {
    const report = await store.importFile(at("acled-deleted.csv"));
    expect(report).toMatchObject({ layout: "acled-deleted", deleted: 1, skipped: 1 });
    expect(report.notes).toEqual(["deleted-events file: 2 ids, 1 not in the store"]);
    expect(report.problems).toEqual([expect.objectContaining({ line: 4, reason: "event_id_cnty is empty" })]);
    expect(byId(await store.query({ datasets: ["acled"] })).has("AZE91004")).toBe(false);
  });

  it("summary() counts events per dataset and logs every import with its vintage", async () => {
    const summary = await store.summary();
    expect(summary.datasets.find((d) => d.dataset === "acled")?.events).toBe(12);
    expect(
      summary.imports.map((i) => [i.layout, i.imported, i.updated, i.unchanged, i.skipped, i.deleted]),
    ).toEqual([
      ["acled", 6, 0, 0, 5, 0],
      ["acled", 6, 0, 0, 4, 0],
      ["acled", 0, 0, 6, 4, 0],
      ["acled", 1, 1, 1, 1, 0],
      ["acled-deleted", 0, 0, 0, 1, 1],
    ]);
    expect(summary.imports[0]?.importedAt).toBe("2026-01-02T03:04:05.000Z");
    expect(summary.imports[0]?.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("ACLED fast path (DuckDB read_csv + SQL) against the pure mapper (csv-parse)", () => {
  for (const file of ["acled-pre2024-numeric.csv", "acled-2024-text.csv", "acled-monadic.csv"]) {
    it(`gives the same records, problems and notes on ${file}`, async () => {
      const fast = await fresh();
      const slow = await fresh();
      const a = await fast.importFile(at(file));
      const b = await slow.importFile(at(file), { fast: false });
      expect(await fast.query()).toEqual(await slow.query());
      expect(
        a.problems.filter((p) => !p.reason.startsWith("malformed")).map((p) => [p.line, p.reason]),
      ).toEqual(b.problems.filter((p) => !p.reason.startsWith("malformed")).map((p) => [p.line, p.reason]));
      expect(a.problems.map((p) => p.line)).toEqual(b.problems.map((p) => p.line));
      expect(a.notes.filter((n) => !n.startsWith("read by"))).toEqual(b.notes);
      // The same raw JSON on both paths, so a re-import through the other path finds the rows unchanged.
      const again = await fast.importFile(at(file), { fast: false });
      expect(again).toMatchObject({ imported: 0, updated: 0 });
      await fast.close();
      await slow.close();
    });
  }
});

describe("a file whose last record opens a quote it never closes", () => {
  for (const fast of [true, false]) {
    it(`keeps the records before it and reports the line (${fast ? "DuckDB" : "csv-parse"} path)`, async () => {
      const store = await fresh();
      const report = await store.importFile(at("acled-unterminated-quote.csv"), { fast });
      expect(report).toMatchObject({ imported: 2, skipped: 1 });
      expect(report.problems[0]).toMatchObject({ line: 4, reason: expect.stringMatching(/^malformed CSV/) });
      await store.close();
    });
  }
});

describe("other importers on their fixtures", () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await fresh();
  });
  afterAll(async () => store.close());

  it("UCDP GED 23.1 sample: 1000 events, 49 columns, quoted multi-line source fields", async () => {
    const report = await store.importFile(at("ucdp-ged231-sample-1000.csv"));
    expect(report).toMatchObject({
      format: "ucdp",
      layout: "ucdp-ged-49",
      rows: 1000,
      imported: 1000,
      skipped: 0,
    });
    expect(report.notes).toContain("rows where low ≤ best ≤ high does not hold (kept as given): 13");
    const nk = await store.query({ datasets: ["ucdp"], countries: ["AZE"] });
    const e2020 = nk.find((e) => e.dateStart === "2020-09-27");
    expect(e2020).toMatchObject({
      actorA: "Government of Azerbaijan",
      actorB: "Republic of Artsakh",
      gwCode: 373,
    });
    const first = byId(await store.query({ datasets: ["ucdp"] })).get("300380");
    // oracle: the first data row of the GED sample, read by eye
    expect(first).toMatchObject({
      dateStart: "2013-01-03",
      lat: 35.763369,
      lon: 36.558974,
      geoPrecision: "point",
      countryIso3: "SYR",
      gwCode: 652,
      fatalitiesBest: 2,
      fatalitiesLow: 2,
      fatalitiesHigh: 2,
      harmonisedClass: "battle",
    });
  });

  it("ICEWS TSV: CAMEO codes as text, Intensity as score, directed dyads by country", async () => {
    const report = await store.importFile(at("icews-2018-06-01-02-subset.tab"));
    expect(report).toMatchObject({
      format: "icews",
      layout: "icews-20",
      rows: 417,
      imported: 417,
      skipped: 0,
    });
    const first = byId(await store.query({ datasets: ["icews"] })).get("32889836@2018-06-01");
    expect(first).toMatchObject({
      eventClass: "040",
      harmonisedClass: "verbal_coop",
      conflictScore: 1,
      actorACountry: "BGD",
      actorBCountry: "VNM",
      countryIso3: "VNM",
    });
    const caucasus = await store.query({ datasets: ["icews"], countries: ["ARM", "AZE"] });
    expect(caucasus.length).toBeGreaterThan(0);
  });

  it("GDELT 1.0 daily (58 columns) and 2.0 (61 columns), no header", async () => {
    const v1 = await store.importFile(at("gdelt1-daily-3rows.tsv"));
    expect(v1).toMatchObject({ format: "gdelt", layout: "gdelt-1.0-daily", imported: 3, skipped: 0 });
    const v2 = await store.importFile(at("gdelt2-fictional-3rows.tsv"));
    expect(v2).toMatchObject({ layout: "gdelt-2.0", imported: 2, skipped: 1 });
    expect(v2.problems).toEqual([
      expect.objectContaining({ line: 3, reason: 'CAMEO code "13y" is not 2–4 digits' }),
    ]);
    const events = byId(await store.query({ datasets: ["gdelt"] }));
    expect(events.get("324845984")).toMatchObject({
      dateStart: "2004-11-26",
      eventClass: "014",
      conflictScore: 0,
    });
    expect(events.get("1000000001")).toMatchObject({
      harmonisedClass: "material_conflict",
      conflictScore: -10,
      countryIso3: "ARM",
      actorACountry: "AZE",
      datasetVersion: "2.0",
      placeId: null,
    });
    const bad = await store
      .importFile(at("gdelt-bad-columns.tsv"), { format: "gdelt" })
      .catch((e: Error) => e.message);
    expect(bad).toMatch(/GDELT has 57, 58 or 61/);
  });

  it("PLOVER gold-standard JSON (v0.5b1): DOCUMENT and a duplicated id reported, categories mapped", async () => {
    const report = await store.importFile(at("plover-gsr-cameo.json"));
    expect(report).toMatchObject({
      format: "plover",
      layout: "json-array",
      rows: 323,
      imported: 321,
      skipped: 2,
    });
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, "DOCUMENT record (file documentation, not an event)"],
      [4596, "duplicate of PLOVER-GSR01-COERCE-0004; line 4825 kept"],
    ]);
    const agree = byId(await store.query({ datasets: ["plover"] })).get("PLOVER-GSR01-AGREE-0001");
    expect(agree).toMatchObject({ harmonisedClass: "verbal_coop", conflictScore: 2.5, actorACountry: "HUN" });
  });

  it("ACLED API response (JSON rows under data, numeric codes, numbers as numbers)", async () => {
    const report = await store.importFile(at("acled-api.json"));
    expect(report).toMatchObject({
      format: "acled",
      layout: "acled-api-json",
      rows: 3,
      imported: 2,
      skipped: 1,
    });
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 28, reason: 'event_date "2022-13-01" is not a calendar date' }),
    ]);
    const events = byId(await store.query({ datasets: ["acled"] }));
    expect(events.get("AZE93001")).toMatchObject({
      fatalitiesBest: 7,
      countryIso3: "ARM",
      actorBType: "External/Other forces",
    });
    expect(events.get("AZE93002")).toMatchObject({ placeId: "sotk", actorBType: null, fatalitiesBest: 0 });
  });

  it("POLECAT TSV (40 columns)", async () => {
    const report = await store.importFile(at("polecat-fictional.tsv"));
    expect(report).toMatchObject({ format: "polecat", layout: "polecat-40", imported: 2, skipped: 1 });
    expect(report.problems[0]).toMatchObject({
      line: 4,
      reason: 'Event Type "WAVE" is not a PLOVER category',
    });
  });

  it("generic CSV with a column mapping, under its own dataset key", async () => {
    const mapping = {
      id: "Ref",
      date: "When",
      end_date: "Until",
      lat: "Lat",
      lon: "Lon",
      country: "Country",
    } as const;
    const report = await store.importFile(at("events-generic.csv"), {
      format: "csv",
      dataset: "mylist",
      mapping: {
        ...mapping,
        actor_a: "Side A",
        actor_b: "Side B",
        type: "Kind",
        fatalities: "Killed",
        location: "Where",
      },
    });
    expect(report).toMatchObject({ dataset: "mylist", layout: "csv-mapped", imported: 3, skipped: 1 });
    expect(report.problems[0]?.line).toBe(5);
    const events = byId(await store.query({ datasets: ["mylist"] }));
    expect(events.get("G1")).toMatchObject({
      dateEnd: "2022-09-14",
      fatalitiesBest: 49,
      placeId: "sotk",
      countryIso3: "ARM",
    });
    expect(events.get("G2")).toMatchObject({
      lat: null,
      fatalitiesBest: null,
      harmonisedClass: "protest",
      placeId: "ganja",
    });
    expect(events.get("G3")).toMatchObject({
      dateStart: "2022-09-20",
      placeId: "stepanakert",
      harmonisedClass: "battle",
    });
  });

  it("an unrecognised layout fails the file with a clear message", async () => {
    await expect(store.importFile(at("events-generic.csv"))).rejects.toThrow(/--format csv --map/);
  });
});

describe("store round trip in a temporary directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-events-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("openEventStore refuses a database whose events table has another schema", async () => {
    const path = join(dir, "old.duckdb");
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run("CREATE TABLE events (dataset VARCHAR, source_id VARCHAR, row_hash VARCHAR)");
    connection.closeSync();
    instance.closeSync();
    await expect(openEventStore(path)).rejects.toThrow(/has store schema \(none\).*delete the file/);
  });

  it("openEventStore migrates a schema-1 store (vintage per row) to schema 2 (vintage per import) without loss", async () => {
    const path = join(dir, "v1.duckdb");
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    // The schema-1 tables as the first version wrote them (the record columns have not changed since).
    const recordColumnsV1 = recordColumns
      .map(([name, type]) => `${name} ${type.replace(" NOT NULL", "")}`)
      .join(", ");
    await connection.run(`CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
      INSERT INTO store_meta VALUES ('schema_version', '1');
      CREATE TABLE events (${recordColumnsV1}, raw VARCHAR, imported_at TIMESTAMP, source_file VARCHAR,
        file_hash VARCHAR, line BIGINT, import_id BIGINT, problem VARCHAR);
      CREATE TABLE imports (import_id BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, dataset VARCHAR NOT NULL,
        source_file VARCHAR, file_hash VARCHAR, format VARCHAR, layout VARCHAR, notes VARCHAR[], rows BIGINT,
        imported BIGINT, updated BIGINT, unchanged BIGINT, skipped BIGINT, deleted BIGINT, columns VARCHAR[]);
      INSERT INTO imports VALUES (1, TIMESTAMP '2025-01-01 00:00:00', 'acled', 'a.csv', 'abc123', 'acled', 'acled',
        [], 1, 1, 0, 0, 0, 0, NULL);
      INSERT INTO events (dataset, source_id, date_start, date_end, date_precision, harmonised_class, sources, raw,
        imported_at, source_file, file_hash, import_id)
        VALUES ('acled', 'X1', DATE '2022-09-13', DATE '2022-09-13', 'day', 'battle', ['s'], '["X1"]',
          TIMESTAMP '2025-01-01 00:00:00', 'a.csv', 'abc123', 1);`);
    connection.closeSync();
    instance.closeSync();

    const store = await openEventStore(path);
    expect((await store.query()).map((r) => r.sourceId)).toEqual(["X1"]);
    const vintage = await store.connection.runAndReadAll(
      "SELECT source_id, strftime(imported_at, '%Y-%m-%d'), source_file, file_hash FROM events_with_vintage",
    );
    expect(vintage.getRowsJS()).toEqual([["X1", "2025-01-01", "a.csv", "abc123"]]);
    const version = await store.connection.runAndReadAll(
      "SELECT value FROM store_meta WHERE key = 'schema_version'",
    );
    expect(version.getRowsJS()).toEqual([["2"]]);
    await store.close();
  });

  it("upsert → close → reopen → query gives the same records; monthly() sums with null ≠ 0", async () => {
    const path = join(dir, ".entente", "events.duckdb");
    const base: EventRecord = {
      dataset: "case",
      sourceId: "e1",
      datasetVersion: null,
      sourceTimestamp: null,
      dateStart: "2022-09-13",
      dateEnd: "2022-09-14",
      datePrecision: "day",
      lat: 40.2167,
      lon: 45.9333,
      geoPrecision: "near",
      country: "Armenia",
      countryIso3: "ARM",
      gwCode: 371,
      admin1: null,
      admin2: null,
      locationName: "Zod",
      placeId: null,
      actorA: "A",
      actorAType: null,
      actorACountry: "AZE",
      actorB: "B",
      actorBType: null,
      actorBCountry: "ARM",
      eventClass: "clash",
      eventSubclass: null,
      harmonisedClass: "battle",
      fatalitiesBest: 0,
      fatalitiesLow: 0,
      fatalitiesHigh: 3,
      conflictScore: -9.5,
      notes: "n",
      sources: ["https://example.org/a", "https://example.org/b"],
    };
    const second = {
      ...base,
      sourceId: "e2",
      dateStart: "2022-09-20",
      dateEnd: "2022-09-20",
      fatalitiesBest: null,
    };
    let store = await openEventStore(path, { now: () => importedAt });
    expect(await store.upsert([base, second])).toEqual({ imported: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(await store.upsert([{ ...second, notes: "changed" }])).toMatchObject({ updated: 1 });
    await store.close();

    store = await openEventStore(path);
    const records = await store.query({ datasets: ["case"] });
    expect(records).toEqual([
      { ...base, placeId: "sotk" },
      { ...second, notes: "changed", placeId: "sotk" },
    ]);
    expect(await store.monthly("country", { datasets: ["case"] })).toEqual([
      {
        unit: "ARM",
        month: "2022-09",
        events: 2,
        fatalitiesBest: 0,
        fatalitiesLow: 0,
        fatalitiesHigh: 6,
        fatalitiesUnknown: 1,
      },
    ]);
    expect(await store.query({ dyad: { from: "AZE", to: "ARM" }, limit: 1 })).toHaveLength(1);
    expect(await store.deleteDataset("case")).toBe(2);
    await store.close();
  });
});
