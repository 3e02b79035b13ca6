import { describe, expect, it } from "vitest";
import { ktabFixtureText as fixtureText } from "../../../../../test/helpers/ktab-fixtures.ts";
import { formatKtabCsv, parseKtabCsv } from "./csv.ts";

describe("parseKtabCsv", () => {
  it("parseKtabCsv(dummyData_3Dim) reads 7 actors × 3 dimensions with padded fields and trailing commas", () => {
    const { scenario, description } = parseKtabCsv(fixtureText("inputs", "dummyData_3Dim.csv"));
    expect(scenario.name).toBe("DummyData_3Dim");
    expect(description).toBe("Dummy scenario to test reading format");
    expect(scenario.dimensions).toEqual(["Pstn1", "Pstn2", "Pstn3"]);
    expect(scenario.actors).toHaveLength(7);
    expect(scenario.actors[0]).toEqual({
      id: "SActor-00",
      name: "Random Spatial Actor",
      capability: 102.543,
      positions: [75.79, 6.37, 70.45],
      saliences: [49.53 / 100, 5.91 / 100, 28.15 / 100],
    });
  });

  it("parseKtabCsv(dummyData-a040) reads 40 actors on one dimension without trailing commas", () => {
    const { scenario } = parseKtabCsv(fixtureText("inputs", "dummyData-a040.csv"));
    expect(scenario.dimensions).toEqual(["XYZ Position"]);
    expect(scenario.actors).toHaveLength(40);
  });

  it("parseKtabCsv(SOE-Pol-Comp) reads 13 actors × 2 dimensions", () => {
    const { scenario } = parseKtabCsv(fixtureText("inputs", "SOE-Pol-Comp.csv"));
    expect(scenario.dimensions).toEqual(["Policy Position", "Competitive Position"]);
    expect(scenario.actors.map((a) => a.id).slice(0, 3)).toEqual(["XJ", "LK", "ZG"]);
  });

  it("parseKtabCsv tolerates a byte-order mark and CRLF line ends", () => {
    const text = `\uFEFF${fixtureText("inputs", "dummyData_3Dim.csv").replaceAll("\n", "\r\n")}`;
    expect(parseKtabCsv(text).scenario.actors).toHaveLength(7);
  });

  it("parseKtabCsv names the line, actor and dimension of a missing coordinate", () => {
    const text =
      "S, d, 3, 2,\nActor,Desc,Power,P1,S1,P2,S2\nA,a,1,10,20,30,40\nB,b,1,,20,30,40\nC,c,1,50,20,30,40\n";
    expect(() => parseKtabCsv(text)).toThrow(
      "parseKtabCsv: line 4: actor B, dimension P1: position is missing",
    );
  });

  it("parseKtabCsv rejects a wrong actor count, out-of-range values and too much salience", () => {
    const head = "S, d, 3, 1,\nActor,Desc,Power,P1,S1\n";
    expect(() => parseKtabCsv(`${head}A,a,1,10,20\nB,b,1,20,20\n`)).toThrow(
      /announces 3 actors, the file has 2/,
    );
    expect(() => parseKtabCsv(`${head}A,a,1,10,20\nB,b,1,120,20\nC,c,1,1,1\n`)).toThrow(
      /line 4: actor B, dimension P1: position 120 outside/,
    );
    expect(() => parseKtabCsv(`${head}A,a,x,10,20\nB,b,1,20,20\nC,c,1,1,1\n`)).toThrow(
      /line 3: actor A: capability is not a number/,
    );
  });

  it("formatKtabCsv(parseKtabCsv(x)) round-trips the scenario", () => {
    const doc = parseKtabCsv(fixtureText("inputs", "SOE-Pol-Comp.csv"));
    const again = parseKtabCsv(formatKtabCsv(doc.scenario, doc.description));
    expect(again.description).toBe(doc.description);
    expect(again.scenario.dimensions).toEqual(doc.scenario.dimensions);
    again.scenario.actors.forEach((a, i) => {
      const b = doc.scenario.actors[i]!;
      expect([a.id, a.name, a.capability, a.positions]).toEqual([b.id, b.name, b.capability, b.positions]);
      a.saliences.forEach((s, d) => {
        expect(s).toBeCloseTo(b.saliences[d]!, 14);
      });
    });
  });
});
