import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CliError } from "../../src/cli/cli-error.ts";
import { runExport } from "../../src/cli/commands/export.ts";
import { runSimulate } from "../../src/cli/commands/simulate.ts";
import { detectPeerFormat } from "../../src/cli/simulate/peer-input.ts";
import { smallCaseInput } from "../fixtures/analysis/small-case.ts";
import { fakeTerminal } from "../helpers/fake-terminal.ts";

const repo = join(import.meta.dirname, "..", "..");
const small = join(repo, "test", "fixtures", "analysis", "small-case");
const euTable = join(repo, "test", "fixtures", "bdm", "eu_emissions.csv");
const ktabCsv = join(repo, "test", "fixtures", "ktab", "inputs", "dummyData_3Dim.csv");

async function cliError(run: Promise<unknown>): Promise<CliError> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("entente simulate", () => {
  it("runSimulate(small case) prints forecasts, the settlement verdict, Monte Carlo and lever tables", async () => {
    const terminal = fakeTerminal();
    expect(
      await runSimulate(small, { runs: "12", workers: "0", scenario: "russia-distracted" }, terminal, null),
    ).toBe(0);
    const out = terminal.stdout();
    expect(out).toContain("Forecast per issue");
    expect(out).toMatch(/bdm:paper.*smp:defaults.*compromise.*median.*status-quo/);
    expect(out).toContain("Verdict: No settlement zone");
    expect(out).toContain("Monte Carlo: 12 runs, seed 1");
    expect(out).toContain("Scenario russia-distracted against the baseline");
    expect(out).toContain("Recommendation lever back-eu");
    expect(out).not.toMatch(/NaN/);
  });

  it("runSimulate --json --model compromise --issue corridor gives parseable JSON for that issue only", async () => {
    const terminal = fakeTerminal();
    await runSimulate(
      small,
      { json: true, model: "compromise", issue: ["corridor"], runs: "5", workers: "0", levers: true },
      terminal,
      null,
    );
    const result = JSON.parse(terminal.stdout());
    expect(result.forecasts).toHaveLength(1);
    expect(result.forecasts[0].forecasts.map((f: { setting: string }) => f.setting)).toEqual(["compromise"]);
    expect(result.monteCarlo.runs).toBe(5);
    expect(result.levers[0].ranked[0]).toMatchObject({ actor: "aze", factor: "position" });
    // oracle: the compromise model's weighted mean — the lever gives the EU (at 50, below the mean of 73.3)
    // 1.5 × capability and 1.5 × salience, so with the same draws the corridor mean must move down
    const [lever] = result.leverEnsembles;
    expect(lever.recommendation).toBe("back-eu");
    expect(lever.comparison.issues[0].meanShift).toBeLessThan(0);
  });

  it("runSimulate rejects a bad --model or --runs as a usage error (exit 2)", async () => {
    expect((await cliError(runSimulate(small, { model: "foo" }, fakeTerminal(), null))).exitCode).toBe(2);
    expect((await cliError(runSimulate(small, { runs: "-3" }, fakeTerminal(), null))).exitCode).toBe(2);
  });

  it("runSimulate on an issue the models cannot run is an input error naming the issue (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-simulate-"));
    const input = structuredClone(smallCaseInput);
    input.stances = input.stances?.filter(
      (st) => st.issue !== "status" || st.actor === "arm" || st.actor === "aze",
    );
    writeFileSync(join(dir, "case.yaml"), stringify(input));
    const error = await cliError(runSimulate(dir, { runs: "0" }, fakeTerminal(), null));
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/issue "status": the bargaining models need at least three actors/);
  });

  it("runSimulate --scenario with an unknown id lists the scenarios", async () => {
    const error = await cliError(runSimulate(small, { runs: "0", scenario: "nope" }, fakeTerminal(), null));
    expect(error.message).toMatch(/no scenario "nope" in the case \(scenarios: russia-distracted\)/);
  });

  it("runSimulate --input reads a BDM table and a KTAB CSV scenario", async () => {
    // oracle: the EU emissions table's c·s-weighted median is 7 (Scholz et al. 2011, table 1)
    const bdm = fakeTerminal();
    expect(await runSimulate(undefined, { input: euTable }, bdm, null)).toBe(0);
    expect(bdm.stdout()).toMatch(/bdm-csv, 10 actors/);
    expect(bdm.stdout()).toMatch(/median +│ 7\.00/);
    const ktab = fakeTerminal();
    expect(await runSimulate(undefined, { input: ktabCsv, json: true }, ktab, null)).toBe(0);
    const run = JSON.parse(ktab.stdout());
    expect(run.format).toBe("ktab-csv");
    expect(run.forecasts[0].outcome).toHaveLength(3);
  });

  it("detectPeerFormat tells the three peer formats apart", () => {
    expect(detectPeerFormat("a.csv", "Actor,Capability,Position,Salience\n")).toBe("bdm-csv");
    expect(detectPeerFormat("a.csv", "name,desc,3,1,\nActor,Description,Power,d1,d1 Salience\n")).toBe(
      "ktab-csv",
    );
    expect(detectPeerFormat("a.xml", "<Scenario/>")).toBe("ktab-xml");
  });
});

describe("entente export", () => {
  it("runExport --to bdm --issue corridor writes the BDM table with saliences on [0, 1]", async () => {
    const terminal = fakeTerminal();
    expect(await runExport(small, { to: "bdm", issue: ["corridor"] }, terminal)).toBe(0);
    expect(terminal.stdout().split("\n").slice(0, 3)).toEqual([
      "Actor,Capability,Position,Salience",
      "arm,30,20,0.7",
      "aze,60,90,0.8",
    ]);
  });

  it("runExport --to ktab-csv round-trips through simulate --input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-export-"));
    const out = join(dir, "small.csv");
    expect(await runExport(small, { to: "ktab-csv", out }, fakeTerminal())).toBe(0);
    const terminal = fakeTerminal();
    expect(await runSimulate(undefined, { input: out, json: true }, terminal, null)).toBe(0);
    expect(JSON.parse(terminal.stdout()).dimensions).toEqual(["status", "corridor", "peacekeepers"]);
  });

  it("runExport --to bdm without one --issue is a usage error listing the issues", async () => {
    const error = await cliError(runExport(small, { to: "bdm" }, fakeTerminal()));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/one of status, corridor, peacekeepers/);
  });
});
