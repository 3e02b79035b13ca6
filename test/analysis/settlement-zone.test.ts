import { describe, expect, it } from "vitest";
import { settlementBottomLine } from "../../src/core/analysis/bottom-line.ts";
import { settlementZone } from "../../src/core/analysis/settlement-zone.ts";
import { CaseFile } from "../../src/core/case/index.ts";
import { smallCase, smallCaseInput } from "../fixtures/analysis/small-case.ts";

// Central values only: baselines as the forecast packages keep the test free of engine behaviour.
const options = { settings: [{ kind: "compromise" as const }] };

describe("settlementZone", () => {
  const zone = settlementZone(smallCase, options);
  const pkg = (id: string) => zone.packages.find((p) => p.id === id);

  it("settlementZone(smallCase) gives each actor its salience-weighted linear-loss utility", () => {
    // oracle: hand computation — arm: ideals 90/20/80, saliences 100/70/60 (Σ 230); status quo 50/20/70:
    // loss 100·40 + 70·0 + 60·10 = 4600 → u = 1 − 4600/23000 = 0.8; EU package 40/50/70: loss 7700 → 0.665217…
    expect(pkg("status-quo")?.utilities.arm).toBeCloseTo(0.8, 12);
    expect(pkg("eu-package")?.utilities.arm).toBeCloseTo(1 - 7700 / 23000, 12);
    // oracle: hand computation — aze: Σs 250; SQ loss 14800 → 0.408; EU package loss 11400 → 0.544
    expect(pkg("status-quo")?.utilities.aze).toBeCloseTo(0.408, 12);
    expect(pkg("eu-package")?.gains.aze).toBeCloseTo(0.544 - 0.408, 12);
    // oracle: hand computation — rus: Σs 190; SQ loss 5700 → 0.7; EU package loss 4300
    expect(pkg("eu-package")?.gains.rus).toBeCloseTo(1 - 4300 / 19000 - 0.7, 12);
  });

  it("settlementZone(smallCase) finds the EU package blocked by arm alone and no zone", () => {
    expect(pkg("eu-package")?.needsConsentOf).toEqual(["arm", "aze", "rus"]);
    expect(pkg("eu-package")?.blockedBy).toEqual(["arm"]);
    expect(zone.agreementPossible).toBe(false);
    expect(zone.vetoPlayersPreferringStatusQuo).toContain("arm");
    expect(zone.zone).toBe("none");
    expect(zone.verdict).toMatch(/^No settlement zone: .*EU package: blocked by arm/);
    expect(zone.winSets.every((w) => w.winSet === null)).toBe(true);
    expect(settlementBottomLine(zone)).toMatch(/^"No settlement now" is supported/);
  });

  it("settlementZone finds the win set and a package that beats the status quo for all veto players", () => {
    const input = structuredClone(smallCaseInput);
    const corridor = input.issues?.find((i) => i.id === "corridor");
    if (corridor === undefined) throw new Error("fixture changed");
    corridor.statusQuo = 10;
    input.proposals = [
      {
        id: "corridor-only",
        name: "Corridor opening",
        by: ["eu"],
        positions: { corridor: 25 },
        evidence: "analyst-estimate",
      },
    ];
    const open = settlementZone(CaseFile.parse(input), options);
    // oracle: Tsebelis win set by hand — arm (20), aze (90), rus (70) all above q = 10: (10, min(30, 170, 130)) = (10, 30)
    expect(open.winSets.find((w) => w.issue === "corridor")?.winSet).toEqual({ low: 10, high: 30 });
    const proposal = open.packages.find((p) => p.id === "corridor-only");
    // oracle: hand computation — arm gains 70·(10 − 5)/23000, aze 80·(80 − 65)/25000, rus 60·(60 − 45)/19000
    expect(proposal?.gains.arm).toBeCloseTo(350 / 23000, 12);
    expect(proposal?.gains.aze).toBeCloseTo(1200 / 25000, 12);
    expect(proposal?.gains.rus).toBeCloseTo(900 / 19000, 12);
    expect(proposal?.beatsStatusQuo).toBe(true);
    expect(proposal?.weakestVeto?.actor).toBe("arm");
    expect(proposal?.weakestVeto?.gain).toBeCloseTo(350 / 23000, 12);
    expect(open.agreementPossible).toBe(true);
    expect(open.zone).toBe("proposal");
    expect(settlementBottomLine(open)).toMatch(/^"No settlement now" is not supported/);
    expect(open.verdict).toMatch(/^A settlement zone exists among the proposals. Corridor opening beats/);
  });

  it("settlementZone throws naming the veto player without a stance", () => {
    const input = structuredClone(smallCaseInput);
    input.issues?.[0]?.vetoPlayers?.push("obs");
    expect(() => settlementZone(CaseFile.parse(input), options)).toThrow(
      /issue "status": veto player "obs" has no stance/,
    );
  });
});
