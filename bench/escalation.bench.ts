// Escalation series and forecasts at scale: 1,000,000 generated event records across 100 countries and
// 120 months → monthly series per country (core, in memory) → a 12-month forecast per country
// (NB-INGARCH fitted by maximum likelihood + the four baselines, 1000 sample paths each, thresholds for 3 and
// 12 months) → a rolling-origin backtest on a few countries. Run with `npm run bench -- escalation`.
import type { EventRecord } from "../src/core/events/record.ts";
import { backtest } from "../src/core/models/escalation/backtest.ts";
import { forecastSeries } from "../src/core/models/escalation/escalation-forecast.ts";
import { eventRecord } from "../src/core/models/escalation/event-record-builder.ts";
import { buildEventSeries, seriesValues } from "../src/core/models/escalation/event-series.ts";
import type { IngarchParams } from "../src/core/models/escalation/ingarch.ts";
import { simulateIngarch } from "../src/core/models/escalation/ingarch-simulate.ts";
import { sampleNegativeBinomial } from "../src/core/stats/negative-binomial.ts";
import { createRandom, deriveSeed } from "../src/core/stats/random.ts";

const COUNTRIES = 100;
const MONTHS = 120;
const TARGET = 1_000_000;

function countryCode(i: number): string {
  const A = 65;
  return String.fromCharCode(A + (Math.floor(i / 26 / 26) % 26), A + (Math.floor(i / 26) % 26), A + (i % 26));
}

/** Monthly event counts per country from an NB-INGARCH with country-specific level, then one record per event. */
function generate(): EventRecord[] {
  const random = createRandom(2024);
  const counts: number[][] = [];
  for (let c = 0; c < COUNTRIES; c++) {
    const level = 5 + 300 * random() ** 2;
    const params: IngarchParams = {
      family: "negative-binomial",
      omega: level * 0.3,
      alpha: 0.4,
      beta: 0.3,
      size: 3,
      gamma: [],
    };
    counts.push(simulateIngarch(params, MONTHS, level, createRandom(deriveSeed(7, c))));
  }
  const total = counts.flat().reduce((a, b) => a + b, 0);
  const scale = TARGET / total;
  const records: EventRecord[] = [];
  for (let c = 0; c < COUNTRIES; c++) {
    const iso = countryCode(c);
    for (let m = 0; m < MONTHS; m++) {
      const n = Math.round(counts[c]![m]! * scale);
      const year = 2015 + Math.floor(m / 12);
      const month = String((m % 12) + 1).padStart(2, "0");
      for (let k = 0; k < n; k++) {
        const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
        const unknown = random() < 0.1;
        records.push(
          eventRecord({
            dataset: "bench",
            sourceId: String(records.length),
            dateStart: `${year}-${month}-${day}`,
            countryIso3: iso,
            fatalitiesBest: unknown ? null : sampleNegativeBinomial(1.5, 0.4, random),
          }),
        );
      }
    }
  }
  return records;
}

const ms = (t0: number) => performance.now() - t0;

export default async function (): Promise<void> {
  let t0 = performance.now();
  const records = generate();
  console.log(
    `generated ${records.length.toLocaleString("en")} records, ${COUNTRIES} countries, ${MONTHS} months in ${ms(t0).toFixed(0)} ms`,
  );
  console.log(`heap after generation: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

  t0 = performance.now();
  const byCountry = new Map<string, EventRecord[]>();
  for (const r of records) {
    const key = r.countryIso3 ?? "?";
    const list = byCountry.get(key);
    if (list) list.push(r);
    else byCountry.set(key, [r]);
  }
  const series = [...byCountry].map(([iso, list]) => ({
    iso,
    values: seriesValues(
      buildEventSeries(list, { unit: "month", from: "2015-01-01", to: "2024-12-31" }),
      "fatalities-best",
    ).values,
  }));
  const seriesMs = ms(t0);
  console.log(
    `monthly series (group + buildEventSeries) for ${series.length} countries: ${seriesMs.toFixed(0)} ms (${((records.length / seriesMs) * 1000).toExponential(2)} records/s)`,
  );

  t0 = performance.now();
  let recommendedIngarch = 0;
  for (const [i, s] of series.entries()) {
    const f = forecastSeries(s.values, {
      horizon: 12,
      thresholdHorizons: [3, 12],
      runs: 1000,
      random: createRandom(deriveSeed(99, i)),
      backtest: false,
    });
    if (f.forecasts[0]?.fit?.converged) recommendedIngarch++;
  }
  const forecastMs = ms(t0);
  console.log(
    `12-month forecasts, NB-INGARCH + 4 baselines × 1000 paths, ${series.length} countries: ${forecastMs.toFixed(0)} ms (${(forecastMs / series.length).toFixed(1)} ms/country; ${recommendedIngarch} fits converged)`,
  );

  t0 = performance.now();
  const few = series.slice(0, 5);
  for (const s of few) backtest(s.values, { horizon: 12, runs: 500, seed: 1, firstOrigin: 59 });
  const btMs = ms(t0);
  console.log(
    `backtest 60 origins × 12 steps × 5 models × 500 paths: ${(btMs / few.length).toFixed(0)} ms/country`,
  );
  console.log(`peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}
