import { describe, expect, it } from "vitest";
import {
  type IncidentMapData,
  incidentMapChart,
  incidentMapProjection,
  incidentMapRegion,
} from "./incident-map.ts";

const stamp = { seed: 7, caseVersion: "1.0.0", caseHash: "deadbeef" };

// Approximate points in the South Caucasus, shaped like the NK case's incidents.
const data: IncidentMapData = {
  title: "Incidents",
  events: [
    {
      id: "ev-a",
      name: "Sotk",
      lat: 40.21,
      lon: 45.92,
      date: "2022-05-01",
      type: "armed-clash",
      fatalities: 3,
      precisionKm: 5,
    },
    {
      id: "ev-b",
      name: "Parukh",
      lat: 39.99,
      lon: 46.81,
      date: "2022-03-24",
      type: "offensive",
      fatalities: null,
    },
    {
      id: "ev-c",
      name: "Lachin",
      lat: 39.63,
      lon: 46.55,
      date: "2022-08-03",
      type: "armed-clash",
      fatalities: 0,
    },
    {
      id: "ev-d",
      name: "Yeraskh",
      lat: 39.76,
      lon: 44.79,
      date: "2021-11-16",
      type: "shelling",
      fatalities: 13,
    },
  ],
};

function markers(svg: string) {
  return [
    ...svg.matchAll(/<circle class="incident" data-event-id="([^"]*)" cx="([^"]+)" cy="([^"]+)" ([^>]*)>/g),
  ].map((m) => ({
    id: m[1],
    cx: Number(m[2]),
    cy: Number(m[3]),
    attrs: m[4] ?? "",
  }));
}

describe("incidentMapChart", () => {
  const svg = incidentMapChart(data, { stamp });

  it("incidentMapChart(same data) is byte-identical on a second call", () => {
    expect(incidentMapChart(data, { stamp })).toBe(svg);
  });

  it("incidentMapChart draws the region's country borders from Natural Earth, named", () => {
    expect(svg.match(/<path class="country"/g)?.length ?? 0).toBeGreaterThan(5);
    for (const name of ["Armenia", "Azerbaijan", "Georgia", "Iran", "Türkiye"])
      expect(svg).toContain(`<title>${name}</title>`);
    expect(svg).not.toContain("<title>Brazil</title>");
  });

  it("incidentMapChart puts one marker per event at its projected position inside the map", () => {
    const found = markers(svg);
    expect(found.map((m) => m.id).sort()).toEqual(["ev-a", "ev-b", "ev-c", "ev-d"]);
    const projection = incidentMapProjection(data, { stamp });
    const view = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
    const [w, h] = [Number(view?.[1]), Number(view?.[2])];
    for (const m of found) {
      const e = data.events.find((x) => x.id === m.id);
      const p = e === undefined ? null : projection([e.lon, e.lat]);
      expect(p).not.toBeNull();
      // oracle: the exported projection, rounded to 2 decimals as n() writes it
      expect(m.cx).toBeCloseTo(p?.[0] ?? Number.NaN, 2);
      expect(m.cy).toBeCloseTo(p?.[1] ?? Number.NaN, 2);
      expect(m.cx).toBeGreaterThan(0);
      expect(m.cx).toBeLessThan(w);
      expect(m.cy).toBeGreaterThan(0);
      expect(m.cy).toBeLessThan(h);
    }
    // East is right, north is up.
    const at = (id: string) => found.find((m) => m.id === id) ?? { cx: Number.NaN, cy: Number.NaN };
    expect(at("ev-b").cx).toBeGreaterThan(at("ev-d").cx);
    expect(at("ev-a").cy).toBeLessThan(at("ev-c").cy);
  });

  it("incidentMapChart draws unknown deaths hollow and known ones (including 0) filled", () => {
    const byId = new Map(markers(svg).map((m) => [m.id, m.attrs]));
    expect(byId.get("ev-b")).toMatch(/fill="#ffffff" fill-opacity="0.6" stroke="#/);
    for (const id of ["ev-a", "ev-c", "ev-d"]) expect(byId.get(id)).not.toContain('fill="#ffffff"');
    expect(svg).toContain("deaths unknown");
    expect(svg).toContain("0 deaths");
  });

  it("incidentMapChart states that locations are approximate and carries the stamp", () => {
    expect(svg).toContain("Locations are approximate and unsourced");
    expect(svg).toContain("seed 7 · case v1.0.0 · deadbeef");
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });

  it("incidentMapChart escapes hostile names, ids, types and titles", () => {
    const hostile = '<script>alert("x")</script>\'';
    const evil = incidentMapChart(
      {
        title: hostile,
        events: [
          {
            id: `a"onclick="x`,
            name: hostile,
            lat: 40,
            lon: 45,
            date: "2022-01-01",
            type: hostile,
            fatalities: 1,
          },
        ],
      },
      { stamp, id: 'm"><script>' },
    );
    expect(evil).not.toContain("<script>");
    expect(evil).not.toContain('"onclick="');
    expect(evil).toContain("&lt;script&gt;alert(&quot;x&quot;)");
  });

  it("incidentMapRegion widens a tight cluster to at least 6.5° × 4.4° around it", () => {
    const [w, s, e, n] = incidentMapRegion(data);
    expect(e - w).toBeGreaterThanOrEqual(6.5);
    expect(n - s).toBeGreaterThanOrEqual(4.4);
    expect(w).toBeLessThan(44.79);
    expect(e).toBeGreaterThan(46.81);
  });

  it("incidentMapChart with no events says so instead of drawing a map", () => {
    expect(incidentMapChart({ title: "None", events: [] }, { stamp })).toContain("No located incidents");
  });
});
