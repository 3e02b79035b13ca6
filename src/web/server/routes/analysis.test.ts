import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { IssueForecast, ScenarioComparison, SettlementZone } from "../../../core/analysis/index.ts";
import { eventRecord } from "../../../core/models/escalation/event-record-builder.ts";
import { builtInCasePath } from "../../../io/case/index.ts";
import { defaultStorePath, openEventStore } from "../../../io/events/store.ts";
import type { Incident } from "../../shared/incident.ts";
import { createApp } from "../app.ts";
import { allowedHostsFor } from "../guards.ts";

const token = "test-token";
const host = "127.0.0.1:4321";
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const dir = join(await mkdtemp(join(tmpdir(), "entente-routes-")), "nk");
  await cp(builtInCasePath(), dir, { recursive: true });
  app = createApp({
    caseDir: dir,
    token,
    allowedHosts: allowedHostsFor("127.0.0.1", 4321),
    maxBodyBytes: 64 * 1024,
  });
});

function get(path: string) {
  return app.request(path, { headers: { host } });
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { host, "content-type": "application/json", "x-entente-token": token, ...headers },
  });
}

describe("POST /api/simulate", () => {
  it("forecasts every issue of the NK case under one engine, with the settlement zone", async () => {
    const response = await post("/api/simulate", { model: "median" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      forecasts: IssueForecast[];
      settlement: SettlementZone;
      ensemble: null;
    };
    expect(body.forecasts).toHaveLength(10);
    expect(body.forecasts[0]?.forecasts.map((f) => f.setting)).toEqual(["median"]);
    expect(body.settlement.issues).toHaveLength(10);
    expect(body.ensemble).toBeNull();
  });

  it("a scenario's patches move the forecast (sc-russia-absorbed, weighted median)", async () => {
    const base = (await (await post("/api/simulate", { model: "median" })).json()) as {
      forecasts: IssueForecast[];
    };
    const moved = (await (
      await post("/api/simulate", { model: "median", scenario: "sc-russia-absorbed" })
    ).json()) as {
      forecasts: IssueForecast[];
    };
    const outcomes = (r: { forecasts: IssueForecast[] }) => r.forecasts.map((f) => f.forecasts[0]?.outcome);
    expect(outcomes(moved)).not.toEqual(outcomes(base));
  });

  it("runs a seeded Monte Carlo ensemble when asked (same seed, same summary)", async () => {
    const run = async () =>
      (await (await post("/api/simulate", { model: "compromise", runs: 6, seed: 7 })).json()) as {
        ensemble: { runs: number; issues: unknown[] };
      };
    const [a, b] = [await run(), await run()];
    expect(a.ensemble.runs).toBe(6);
    expect(a.ensemble).toEqual(b.ensemble);
  });

  it.each([
    [{ runs: -1 }, 400],
    [{ runs: 1e9 }, 400],
    [{ model: "oracle" }, 400],
    [{ patches: [{ op: "teleport" }] }, 400],
    [{ extra: true }, 400],
    [{ scenario: "no-such-scenario" }, 404],
    [{ patches: [{ op: "remove-actor", actor: "nobody" }] }, 422],
  ])("answers %j with %i and a JSON error", async (body, status) => {
    const response = await post("/api/simulate", body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBeTypeOf("string");
  });

  it("needs the session token", async () => {
    const response = await app.request("/api/simulate", {
      method: "POST",
      body: "{}",
      headers: { host, "content-type": "application/json" },
    });
    expect(response.status).toBe(401);
  });

  it("refuses a foreign Origin and malformed JSON", async () => {
    expect((await post("/api/simulate", {}, { origin: "http://evil.example" })).status).toBe(403);
    expect((await post("/api/simulate", "{ nope")).status).toBe(400);
  });
});

describe("POST /api/scenarios/compare", () => {
  it("compares a case scenario with the baseline, issue by issue", async () => {
    const response = await post("/api/scenarios/compare", {
      scenario: "sc-russia-absorbed",
      model: "median",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ScenarioComparison;
    expect(body.issues).toHaveLength(10);
    expect(body.summary).toMatch(/^Settlement zone /);
  });

  it("compares ad-hoc patches (a stance edit) with the baseline", async () => {
    const response = await post("/api/scenarios/compare", {
      model: "median",
      patches: [{ op: "set-position", actor: "russia", issue: "nk-control", value: 95 }],
    });
    expect(response.status).toBe(200);
  });

  it("asks for a scenario or patches", async () => {
    expect((await post("/api/scenarios/compare", {})).status).toBe(400);
  });
});

describe("GET /api/events", () => {
  it("returns the case's 33 incidents with their sources when there is no event store", async () => {
    const body = (await (await get("/api/events")).json()) as { source: string; incidents: Incident[] };
    expect(body.source).toBe("case");
    expect(body.incidents).toHaveLength(33);
    expect(body.incidents[0]?.sources[0]?.title).toBeTypeOf("string");
  });

  it("filters by type, dates and actor", async () => {
    const all = ((await (await get("/api/events")).json()) as { incidents: Incident[] }).incidents;
    const filtered = (
      (await (
        await get("/api/events?type=armed-clash&from=2021-01-01&to=2021-12-31&actor=am-armed-forces")
      ).json()) as {
        incidents: Incident[];
      }
    ).incidents;
    const expected = all.filter(
      (i) =>
        i.type === "armed-clash" &&
        i.date >= "2021-01-01" &&
        i.date <= "2021-12-31" &&
        i.actors.includes("am-armed-forces"),
    );
    expect(filtered.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(filtered.length).toBeGreaterThan(0);
  });

  it("answers a bad date or an unknown parameter with 400", async () => {
    expect((await get("/api/events?from=yesterday")).status).toBe(400);
    expect((await get("/api/events?where=1")).status).toBe(400);
  });
});

describe("GET /api/report", () => {
  it("writes the assessment report as Markdown and HTML (one cached assessment)", async () => {
    const md = await get("/api/report?format=md&runs=2");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toMatch(/text\/markdown/);
    expect(await md.text()).toMatch(/^# /m);
    const html = await get("/api/report?format=html&runs=2");
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<html/i);
  });

  it("refuses an unknown format or too many runs", async () => {
    expect((await get("/api/report?format=pdf")).status).toBe(400);
    expect((await get("/api/report?runs=100000")).status).toBe(400);
  });
});

describe("GET /api/events from the DuckDB store", () => {
  it("reads the store beside the case when it holds events, with the same filters", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "entente-store-")), "nk");
    await cp(builtInCasePath(), dir, { recursive: true });
    const store = await openEventStore(defaultStorePath(dir));
    await store.upsert([
      eventRecord({
        dataset: "acled",
        sourceId: "A1",
        dateStart: "2022-09-13",
        actorA: "Military Forces of Azerbaijan",
        sources: ["Reuters"],
        fatalitiesBest: 10,
        harmonisedClass: "battle",
      }),
      eventRecord({
        dataset: "acled",
        sourceId: "A2",
        dateStart: "2022-10-01",
        actorA: "Military Forces of Armenia",
        sources: ["https://example.org/a2"],
        harmonisedClass: "remote_violence",
      }),
    ]);
    await store.close();
    const storeApp = createApp({ caseDir: dir, token, allowedHosts: allowedHostsFor("127.0.0.1", 4321) });
    const read = async (query: string) =>
      (await (await storeApp.request(`/api/events${query}`, { headers: { host } })).json()) as {
        source: string;
        incidents: Incident[];
      };
    const all = await read("");
    expect(all.source).toBe("store");
    expect(all.incidents.map((i) => i.id)).toEqual(["acled:A1", "acled:A2"]);
    expect(all.incidents[1]?.sources[0]?.url).toBe("https://example.org/a2");
    expect((await read("?type=battle")).incidents.map((i) => i.id)).toEqual(["acled:A1"]);
    expect((await read("?from=2022-09-20")).incidents.map((i) => i.id)).toEqual(["acled:A2"]);
    expect((await read("?actor=Military%20Forces%20of%20Azerbaijan")).incidents.map((i) => i.id)).toEqual([
      "acled:A1",
    ]);
  });
});

describe("body limits on the analysis routes", () => {
  it("refuses an oversized simulate body with 413", async () => {
    const patches = Array.from({ length: 3000 }, () => ({
      op: "scale-capability",
      actor: "russia",
      factor: 1,
    }));
    const response = await post("/api/simulate", { patches });
    expect(response.status).toBe(413);
  });
});
