import { describe, expect, it } from "vitest";
import type { CaseFile, Patch } from "../../src/core/case/index.ts";
import { applyPatch, applyPatches } from "../../src/core/scenario/apply-patches.ts";
import { applyScenario } from "../../src/core/scenario/apply-scenario.ts";
import { smallCase } from "../fixtures/analysis/small-case.ts";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const frozen: CaseFile = deepFreeze(structuredClone(smallCase));
const stanceOf = (c: CaseFile, actor: string, issue: string) =>
  c.stances.find((s) => s.actor === actor && s.issue === issue);

describe("applyPatch", () => {
  it("set-capability replaces the estimate", () => {
    const out = applyPatch(frozen, {
      op: "set-capability",
      actor: "eu",
      value: { value: 70, low: 60, high: 80 },
    });
    expect(out.actors.find((a) => a.id === "eu")?.capability).toEqual({ value: 70, low: 60, high: 80 });
  });

  it("scale-capability scales value and range and clips at 100", () => {
    // oracle: hand computation 60·1.5 = 90, 50·1.5 = 75, 70·1.5 = 105 → 100
    const out = applyPatch(frozen, { op: "scale-capability", actor: "aze", factor: 1.5 });
    expect(out.actors.find((a) => a.id === "aze")?.capability).toEqual({ value: 90, low: 75, high: 100 });
  });

  it("set-position and set-salience replace one stance", () => {
    const a = applyPatch(frozen, {
      op: "set-position",
      actor: "rus",
      issue: "status",
      value: { value: 20, low: 20, high: 20 },
    });
    expect(stanceOf(a, "rus", "status")?.position.value).toBe(20);
    expect(stanceOf(a, "rus", "corridor")?.position.value).toBe(70);
    const b = applyPatch(frozen, {
      op: "set-salience",
      actor: "rus",
      issue: "status",
      value: { value: 5, low: 5, high: 5 },
    });
    expect(stanceOf(b, "rus", "status")?.salience.value).toBe(5);
  });

  it("scale-salience without an issue scales every stance of the actor", () => {
    // oracle: hand computation 50·2 = 100, 30·2 = 60, 20·2 = 40; eu's status range 30–70 → 60–100 (clipped)
    const out = applyPatch(frozen, { op: "scale-salience", actor: "eu", factor: 2 });
    expect(stanceOf(out, "eu", "status")?.salience).toEqual({ value: 100, low: 60, high: 100 });
    expect(stanceOf(out, "eu", "corridor")?.salience.value).toBe(60);
    expect(stanceOf(out, "eu", "peacekeepers")?.salience.value).toBe(40);
    const one = applyPatch(frozen, { op: "scale-salience", actor: "eu", issue: "corridor", factor: 0.5 });
    expect(stanceOf(one, "eu", "corridor")?.salience.value).toBe(15);
    expect(stanceOf(one, "eu", "status")?.salience.value).toBe(50);
  });

  it("set-status-quo replaces the issue's status quo", () => {
    const out = applyPatch(frozen, {
      op: "set-status-quo",
      issue: "corridor",
      value: { value: 35, low: 30, high: 40 },
    });
    expect(out.issues.find((i) => i.id === "corridor")?.statusQuo).toEqual({ value: 35, low: 30, high: 40 });
  });

  it("remove-actor drops the actor, its stances and its veto", () => {
    const out = applyPatch(frozen, { op: "remove-actor", actor: "rus" });
    expect(out.actors.some((a) => a.id === "rus")).toBe(false);
    expect(out.stances.some((s) => s.actor === "rus")).toBe(false);
    expect(out.issues.find((i) => i.id === "corridor")?.vetoPlayers).toEqual(["arm", "aze"]);
  });

  it("add-actor adds the actor and its stances", () => {
    const patch: Patch = {
      op: "add-actor",
      actor: {
        id: "usa",
        name: "USA",
        kind: "state",
        aliases: [],
        principal: false,
        capability: { value: 90, low: 90, high: 90 },
        evidence: "analyst-estimate",
      },
      stances: [
        {
          issue: "status",
          position: { value: 45, low: 45, high: 45 },
          salience: { value: 30, low: 30, high: 30 },
        },
      ],
    };
    const out = applyPatch(frozen, patch);
    expect(out.actors.at(-1)?.id).toBe("usa");
    expect(stanceOf(out, "usa", "status")).toMatchObject({ position: { value: 45 }, confidence: "low" });
  });

  it("throws naming the patch, actor and issue for unknown references", () => {
    expect(() => applyPatch(frozen, { op: "scale-capability", actor: "nobody", factor: 2 })).toThrow(
      /patch #1 \(scale-capability\): no actor "nobody"/,
    );
    expect(() =>
      applyPatch(frozen, {
        op: "set-position",
        actor: "obs",
        issue: "status",
        value: { value: 1, low: 1, high: 1 },
      }),
    ).toThrow(/actor "obs" has no stance on issue "status"/);
    expect(() =>
      applyPatch(frozen, { op: "set-status-quo", issue: "nowhere", value: { value: 1, low: 1, high: 1 } }),
    ).toThrow(/no issue "nowhere"/);
    expect(() =>
      applyPatch(frozen, {
        op: "add-actor",
        actor: frozen.actors[0] as CaseFile["actors"][number],
        stances: [],
      }),
    ).toThrow(/already exists/);
  });

  it("applyPatches applies in order and never mutates its inputs", () => {
    const before = JSON.stringify(frozen);
    const patches: Patch[] = [
      { op: "scale-capability", actor: "eu", factor: 2 },
      { op: "set-capability", actor: "eu", value: { value: 10, low: 10, high: 10 } },
    ];
    const out = applyPatches(frozen, deepFreeze(patches));
    expect(out.actors.find((a) => a.id === "eu")?.capability?.value).toBe(10);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(out).not.toBe(frozen);
  });
});

describe("applyScenario", () => {
  it("applyScenario(russia-distracted) halves Russia's capability and leaves the input alone", () => {
    // oracle: hand computation 80 · 0.5 = 40
    const out = applyScenario(frozen, "russia-distracted");
    expect(out.actors.find((a) => a.id === "rus")?.capability?.value).toBe(40);
    expect(frozen.actors.find((a) => a.id === "rus")?.capability?.value).toBe(80);
    expect(() => applyScenario(frozen, "nope")).toThrow(
      /no scenario "nope" in the case \(scenarios: russia-distracted\)/,
    );
  });
});
