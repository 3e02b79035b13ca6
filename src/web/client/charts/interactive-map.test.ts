import { describe, expect, it } from "vitest";
import { incidentMapChart } from "../../../report/charts/incident-map.ts";
import { interactiveIncidentMap } from "./interactive-map.ts";

describe("interactiveIncidentMap", () => {
  it("turns each incident marker of the report's map into a named, focusable button inside a group", () => {
    const svg = incidentMapChart(
      {
        title: "Incidents",
        events: [
          {
            id: "ev-1",
            name: "Sotk <border>",
            lat: 40.2,
            lon: 45.9,
            date: "2022-09-13",
            type: "shelling",
            fatalities: 3,
          },
          {
            id: "ev-2",
            name: "Jermuk",
            lat: 39.8,
            lon: 45.7,
            date: "2022-09-14",
            type: "armed-clash",
            fatalities: null,
          },
        ],
      },
      { stamp: { seed: 1, caseVersion: "1", caseHash: "h" } },
    );
    const out = interactiveIncidentMap(svg);
    expect(out).toMatch(/^<svg[^>]* role="group"/);
    expect(out.match(/tabindex="0" role="button" aria-label="[^"]+"/g)).toHaveLength(2);
    expect(out).toContain("Sotk &lt;border&gt;");
    expect(out).not.toContain("<border>");
  });
});
