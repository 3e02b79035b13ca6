import { describe, expect, it } from "vitest";
import { type RelationsNetworkData, relationsNetworkChart } from "./relations-network.ts";

const stamp = { seed: 7, caseVersion: "1.0.0", caseHash: "deadbeef" };

const data: RelationsNetworkData = {
  title: "Relations",
  actors: [
    { id: "azerbaijan", name: "Azerbaijan", capability: 72 },
    { id: "armenia", name: "Armenia", capability: 33 },
    { id: "russia", name: "Russia", capability: 68 },
    { id: "ru-peacekeepers", name: "Russian peacekeepers", capability: null, group: "russia" },
    { id: "turkiye", name: "Türkiye", capability: 50 },
    { id: "eu", name: "EU", capability: 32 },
  ],
  relations: [
    { from: "turkiye", to: "azerbaijan", kind: "ally", strength: 0.9 },
    { from: "azerbaijan", to: "turkiye", kind: "ally", strength: 0.85 },
    { from: "russia", to: "armenia", kind: "guarantor", strength: 0.55 },
    { from: "russia", to: "armenia", kind: "mediator", strength: 0.6 },
    { from: "eu", to: "azerbaijan", kind: "mediator", strength: 0.6 },
    { from: "armenia", to: "azerbaijan", kind: "adversary", strength: 0.9 },
    { from: "turkiye", to: "russia", kind: "rival", strength: 0.4 },
    { from: "ru-peacekeepers", to: "russia", kind: "member-of", strength: 1 },
    { from: "russia", to: "armenia", kind: "patron", strength: 0.2 },
  ],
};

describe("relationsNetworkChart", () => {
  const svg = relationsNetworkChart(data, { stamp });

  it("relationsNetworkChart(same data) is byte-identical on a second call", () => {
    expect(relationsNetworkChart(data, { stamp })).toBe(svg);
  });

  it("relationsNetworkChart draws one directed edge per relation, parallel ties on distinct paths", () => {
    const edges = [...svg.matchAll(/<path class="relation" [^>]* d="([^"]+)"/g)].map((m) => m[1]);
    expect(edges).toHaveLength(data.relations.length);
    expect(new Set(edges).size).toBe(edges.length);
    expect(svg.match(/marker-end="url\(#relations-arrow-/g)?.length).toBeGreaterThanOrEqual(
      data.relations.length,
    );
  });

  it("relationsNetworkChart draws one node per actor with its id, hollow when capability is unknown", () => {
    const nodes = [
      ...svg.matchAll(/<g class="actor" data-actor-id="([^"]+)"><title>[^<]*<\/title><circle ([^>]*)>/g),
    ];
    expect(nodes.map((m) => m[1]).sort()).toEqual(data.actors.map((a) => a.id).sort());
    const peacekeepers = nodes.find((m) => m[1] === "ru-peacekeepers")?.[2];
    expect(peacekeepers).toContain('fill="#ffffff"');
    expect(peacekeepers).toContain("stroke-dasharray");
    const radius = (id: string) => Number(nodes.find((m) => m[1] === id)?.[2]?.match(/r="([\d.]+)"/)?.[1]);
    expect(radius("azerbaijan")).toBeGreaterThan(radius("armenia"));
  });

  it("relationsNetworkChart widens strokes with strength and styles edges by kind", () => {
    const width = (kind: string) =>
      Number(svg.match(new RegExp(`data-kind="${kind}" [^>]*stroke-width="([\\d.]+)"`))?.[1]);
    expect(width("adversary")).toBeGreaterThan(width("rival"));
    expect(svg).toMatch(/data-kind="adversary" [^>]*stroke="#b3261e"/);
    expect(svg).toMatch(/data-kind="ally" [^>]*stroke="#2e7d32"/);
    expect(svg).toContain("Türkiye ally of Azerbaijan (strength 0.9)");
  });

  it("relationsNetworkChart keeps every node inside the viewBox and never uses NaN", () => {
    expect(svg).not.toContain("NaN");
    for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[1])).toBeLessThan(720);
      expect(Number(m[2])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeLessThan(560);
    }
  });

  it("relationsNetworkChart escapes hostile names and ids", () => {
    const hostile = '<script>alert("x")</script>\'';
    const evil = relationsNetworkChart(
      {
        title: hostile,
        actors: [
          { id: `a"onmouseover="x`, name: hostile, capability: 10 },
          { id: "b", name: "B", capability: 20, group: hostile },
        ],
        relations: [{ from: `a"onmouseover="x`, to: "b", kind: "rival", strength: 0.5 }],
      },
      { stamp, id: '"><script>' },
    );
    expect(evil).not.toContain("<script>");
    expect(evil).not.toContain('"onmouseover="');
    expect(evil).toContain("&lt;script&gt;alert(&quot;x&quot;)");
  });

  it("relationsNetworkChart throws on a relation to an actor that is not drawn", () => {
    expect(() =>
      relationsNetworkChart(
        { ...data, relations: [{ from: "eu", to: "nobody", kind: "ally", strength: 1 }] },
        { stamp },
      ),
    ).toThrow(/relationsNetworkChart: relation eu → nobody/);
  });
});
