import { describe, expect, it } from "vitest";
import { ktabFixtureText as fixtureText } from "../../../../../test/helpers/ktab-fixtures.ts";
import { smpDefaults } from "../smp/params.ts";
import { simulateSmp } from "../smp/simulate.ts";
import { parseKtabCsv } from "./csv.ts";
import { formatKtabXml, parseKtabXml } from "./xml.ts";

describe("parseKtabXml", () => {
  it("parseKtabXml(smpExample-fixed) reads parameters, seed and the non-identity ideal adjustment", () => {
    const doc = parseKtabXml(fixtureText("inputs", "smpExample-fixed.xml"));
    expect(doc.seed).toBe("03507583219545544127");
    expect(doc.params).toMatchObject({
      pceModel: "MarkovIncentive",
      stateTransitions: "Stochastic",
      votingRule: "PropCbc",
    });
    expect(doc.scenario.dimensions).toEqual(["FirstDim", "SecondDim", "YADN"]);
    expect(doc.scenario.actors[0]).toMatchObject({
      id: "Alice",
      capability: 117.7,
      positions: [52.8, 39.8, 39.6],
    });
    expect(doc.scenario.idealAdjustment?.[1]).toEqual([0.07, 0.75, 0, 0, 0]);
    expect(doc.scenario.idealAdjustment?.[4]).toEqual([0, 0, 0, 0, 1]);
  });

  it("parseKtabXml(smpExample) reports Alice's empty first coordinate with its line (BOM tolerated)", () => {
    const text = fixtureText("inputs", "smpExample.xml");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(() => parseKtabXml(text)).toThrow(
      "parseKtabXml: line 32: actor Alice, dimension FirstDim: position is missing",
    );
  });

  it("parseKtabXml(d3__default) gives the same scenario as the CSV, with KTAB's defaults", () => {
    const xml = parseKtabXml(fixtureText("inputs", "param_variants", "d3__default.xml"));
    const csv = parseKtabCsv(fixtureText("inputs", "dummyData_3Dim.csv"));
    expect(xml.params).toEqual(smpDefaults);
    expect(xml.scenario.actors).toEqual(csv.scenario.actors);
    expect(xml.scenario.idealAdjustment?.[3]).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });

  it("parseKtabXml rejects malformed XML and unknown parameter values with a line number", () => {
    expect(() => parseKtabXml("<Scenario><name>x</name>\n<Actors></Scenario>")).toThrow(
      /^parseKtabXml: line 2:/,
    );
    const text = fixtureText("inputs", "param_variants", "d3__default.xml").replace(
      ">Prop<",
      ">Proportional<",
    );
    expect(() => parseKtabXml(text)).toThrow(/line 6: model parameter votingRule/);
  });

  it("formatKtabXml(parseKtabXml(x)) round-trips scenario, parameters, seed and adjustment, and runs the same", () => {
    const doc = parseKtabXml(fixtureText("inputs", "smpExample-fixed.xml"));
    const again = parseKtabXml(
      formatKtabXml(doc.scenario, doc.params!, { description: doc.description, seed: doc.seed! }),
    );
    expect(again.params).toEqual(doc.params);
    expect(again.seed).toBe(doc.seed);
    expect(again.description).toBe(doc.description);
    expect(again.scenario.idealAdjustment).toEqual(doc.scenario.idealAdjustment);
    const d3 = parseKtabXml(fixtureText("inputs", "param_variants", "d3__VotingRule-Cubic.xml"));
    const d3again = parseKtabXml(formatKtabXml(d3.scenario, d3.params!));
    expect(simulateSmp(d3again.scenario, d3again.params).history.at(-1)!.positions).toEqual(
      simulateSmp(d3.scenario, d3.params).history.at(-1)!.positions,
    );
  });
});
