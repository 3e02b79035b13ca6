import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeTerminal } from "../../../test/helpers/fake-terminal.ts";
import { eventRecord } from "../../core/models/escalation/event-record-builder.ts";
import { openEventStore } from "../../io/events/store.ts";
import { runEventsBacktest } from "./events-backtest.ts";
import { runEventsForecast } from "./events-forecast.ts";

const dir = mkdtempSync(join(tmpdir(), "entente-escalation-"));
const store = join(dir, "events.duckdb");
// Monthly fatality pattern of the NK incident list (see case-escalation.test.ts), one event per month.
const monthly = [3, 2, 0, 0, 0, 0, 1, 0, 5, 2, 1, 2, 15, 1, 4, 0, 4, 0, 0, 0, 0, 3];

beforeAll(async () => {
  const s = await openEventStore(store);
  await s.upsert(
    monthly.map((best, i) =>
      eventRecord({
        dataset: "test",
        sourceId: String(i),
        dateStart: `${2020 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, "0")}-10`,
        countryIso3: "AZE",
        fatalitiesBest: best,
      }),
    ),
  );
  await s.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("entente events forecast / backtest", () => {
  it("forecast --json reads the store and gives threshold probabilities for 3 and 12 months", async () => {
    const t = fakeTerminal();
    const code = await runEventsForecast(
      undefined,
      { store, asOf: "2022-08-31", runs: "100", seed: "4", json: true },
      t,
    );
    expect(code).toBe(0);
    const result = JSON.parse(t.stdout());
    expect(result.values).toEqual(monthly);
    expect(result.result.headline.map((h: { horizon: number }) => h.horizon)).toEqual([3, 12]);
  });
  it("forecast prints tables and the verdict sentence", async () => {
    const t = fakeTerminal();
    await runEventsForecast(undefined, { store, asOf: "2022-08-31", runs: "100" }, t);
    expect(t.stdout()).toMatch(/Threshold probabilities/);
    expect(t.stdout()).toMatch(/ingarch-nb (beats|loses)/);
  });
  it("backtest --from starts the origins at that month", async () => {
    const t = fakeTerminal();
    await runEventsBacktest(
      undefined,
      { store, asOf: "2022-08-31", runs: "50", from: "2021-10-01", json: true },
      t,
    );
    const result = JSON.parse(t.stdout());
    expect(result.backtest.origins[0]).toBe(11);
  });
});
