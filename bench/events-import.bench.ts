// Event import at scale (issue 4 "Speed"): a generated 1,000,000-row ACLED-layout CSV (31 columns, 2024+
// text actor types, ISO dates, ~1 % zero/blank fatalities), imported into a fresh DuckDB store file, next to
// DuckDB's own read_csv of the same file into a table of the same database kind, in the same run; then the
// monthly event/fatality series per country computed in SQL. Peak memory is the process's maximum RSS
// (DuckDB runs in-process). Run with `npm run bench -- events-import`.
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { acledColumns, acledEventTypes, acledInterLabels } from "../src/core/events/acled.ts";
import { createRandom } from "../src/core/stats/random.ts";
import { type EventStore, openEventStore, storeDatabaseConfig } from "../src/io/events/store.ts";

const ROWS = 1_000_000;
const countries: Array<[number, string]> = [
  [31, "Azerbaijan"],
  [51, "Armenia"],
  [268, "Georgia"],
  [643, "Russia"],
  [804, "Ukraine"],
  [760, "Syria"],
  [887, "Yemen"],
  [4, "Afghanistan"],
  [586, "Pakistan"],
  [356, "India"],
  [104, "Myanmar"],
  [608, "Philippines"],
  [566, "Nigeria"],
  [466, "Mali"],
  [854, "Burkina Faso"],
  [180, "Democratic Republic of Congo"],
  [706, "Somalia"],
  [729, "Sudan"],
  [231, "Ethiopia"],
  [484, "Mexico"],
  [170, "Colombia"],
  [76, "Brazil"],
  [368, "Iraq"],
  [792, "Turkey"],
  [364, "Iran"],
  [434, "Libya"],
  [12, "Algeria"],
  [50, "Bangladesh"],
  [404, "Kenya"],
  [120, "Cameroon"],
];
const types = Object.keys(acledEventTypes);
const labels = Object.values(acledInterLabels);

async function generate(path: string): Promise<void> {
  const random = createRandom(4);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out = createWriteStream(path);
  out.write(`${acledColumns.join(",")}\n`);
  let chunk = "";
  const start = Date.UTC(2018, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const [iso, country] = pick(countries);
    const date = new Date(start + Math.floor(random() * 2557) * 86_400_000).toISOString().slice(0, 10);
    const type = pick(types);
    const i1 = pick(labels);
    const i2 = random() < 0.3 ? "" : pick(labels);
    const fatalities =
      random() < 0.01 ? "" : String(Math.floor(-Math.log(1 - random()) * 3 * (random() < 0.6 ? 0 : 1)));
    const lat = (random() * 120 - 60).toFixed(4);
    const lon = (random() * 300 - 150).toFixed(4);
    chunk += `BEN${i},${date},${date.slice(0, 4)},1,Political violence,${type},Armed clash,Actor ${i % 977},,${i1},${
      i2 === "" ? "" : `Actor ${i % 613}`
    },,${i2},${i2 === "" ? `${i1} only` : `${i1}-${i2}`},,${iso},Somewhere,${country},Adm1 ${i % 41},Adm2 ${i % 301},,Place ${
      i % 5003
    },${lat},${lon},1,Generated source;Second source,National,"Generated row ${i}, for the benchmark.",${fatalities},,${
      1_700_000_000 + (i % 100_000)
    }\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "entente-events-bench-"));
  try {
    const csv = join(dir, "acled-1m.csv");
    let t = performance.now();
    await generate(csv);
    const mb = statSync(csv).size / 1e6;
    console.log(
      `generated ${ROWS.toLocaleString("en")} ACLED-layout rows (${mb.toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    // Interleaved repeats, best of each: the machine is shared, so single timings are noisy.
    const REPEATS = 2;
    const base: number[] = [];
    const baseDefault: number[] = [];
    const full: number[] = [];
    const lean: number[] = [];
    let report: Awaited<ReturnType<EventStore["importFile"]>> | undefined;
    for (let r = 0; r < REPEATS; r++) {
      // The baseline is the same kind of database file as the store (storage format included): like for
      // like. DuckDB's default (v0.10) format is timed too, because the format alone changes read_csv's time.
      for (const [times, config, name] of [
        [base, storeDatabaseConfig, `baseline-${r}.duckdb`],
        [baseDefault, {}, `baseline-default-${r}.duckdb`],
      ] as const) {
        const baseline = await DuckDBInstance.create(join(dir, name), { ...config });
        const connection = await baseline.connect();
        t = performance.now();
        await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv}')`);
        times.push((performance.now() - t) / 1000);
        connection.closeSync();
        baseline.closeSync();
      }

      const store = await openEventStore(join(dir, `events-${r}.duckdb`));
      t = performance.now();
      report = await store.importFile(csv);
      full.push((performance.now() - t) / 1000);
      await store.close();

      const noRaw = await openEventStore(join(dir, `events-noraw-${r}.duckdb`));
      t = performance.now();
      await noRaw.importFile(csv, { keepRaw: false });
      lean.push((performance.now() - t) / 1000);
      await noRaw.close();
      rmSync(join(dir, `baseline-default-${r}.duckdb`), { force: true });
      for (const f of [`baseline-${r}.duckdb`, `events-noraw-${r}.duckdb`])
        if (r < REPEATS - 1) rmSync(join(dir, f), { force: true });
    }
    const rate = (s: number) => `${s.toFixed(2)} s, ${Math.round(ROWS / s).toLocaleString("en")} rows/s`;
    const best = (xs: number[]) => Math.min(...xs);
    const baseSeconds = best(base);
    console.log(
      `DuckDB read_csv → table (best of ${REPEATS}):   ${rate(baseSeconds)}  [${base.map((x) => x.toFixed(2)).join(", ")}]`,
    );
    console.log(
      `  in DuckDB's default storage format:   ${rate(best(baseDefault))}  [${baseDefault.map((x) => x.toFixed(2)).join(", ")}]` +
        ` (not like for like: the import would be ${(best(baseDefault) / best(full)).toFixed(2)}× of it)`,
    );
    console.log(
      `entente events import, raw JSON kept:    ${rate(best(full))} = ${(baseSeconds / best(full)).toFixed(2)}× read_csv` +
        ` (target ≥ 0.7×)  [${full.map((x) => x.toFixed(2)).join(", ")}]; imported ${report?.imported}, skipped ${report?.skipped}`,
    );
    console.log(
      `entente events import, --no-raw:         ${rate(best(lean))} = ${(baseSeconds / best(lean)).toFixed(2)}× read_csv` +
        `  [${lean.map((x) => x.toFixed(2)).join(", ")}]`,
    );

    const size = (f: string) => `${(statSync(join(dir, f)).size / 1e6).toFixed(0)} MB`;
    console.log(
      `database files: store with raw JSON ${size(`events-${REPEATS - 1}.duckdb`)}; read_csv table ${size(`baseline-${REPEATS - 1}.duckdb`)}`,
    );
    const store = await openEventStore(join(dir, `events-${REPEATS - 1}.duckdb`));
    t = performance.now();
    const again = await store.importFile(csv);
    console.log(
      `re-import of the same file (idempotent): ${((performance.now() - t) / 1000).toFixed(2)} s, unchanged ${again.unchanged}`,
    );
    t = performance.now();
    const series = await store.monthly("country");
    console.log(
      `monthly series per country (SQL):        ${(performance.now() - t).toFixed(0)} ms for ${series.length} country-months`,
    );
    await store.close();
    console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
