import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { fakeTerminal } from "../../../test/helpers/fake-terminal.ts";
import { CliError } from "../cli-error.ts";
import { eventsCommand, registerEvents } from "./events.ts";
import { runEventsImport } from "./events-import.ts";
import { runEventsSummary } from "./events-summary.ts";

const dir = mkdtempSync(join(tmpdir(), "entente-events-cli-"));
const db = join(dir, "events.duckdb");
const fixture = (f: string) => join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "events", f);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("entente events import / summary", () => {
  it("runEventsImport(acled file) prints the detected layout, counts and each skipped row with file:line", async () => {
    const t = fakeTerminal();
    expect(await runEventsImport(fixture("acled-pre2024-numeric.csv"), { db }, t)).toBe(0);
    const text = t.stdout();
    expect(text).toMatch(/detected format\s*│ acled \(acled\)/);
    expect(text).toMatch(/imported\s*│ 6/);
    expect(text).toContain("numeric pre-2024 codes");
    expect(text).toMatch(
      /acled-pre2024-numeric\.csv:5: skipped: event_date "31\/02\/2021" is not a calendar date/,
    );
  });

  it("--json gives the full report; --map imports a generic CSV", async () => {
    const t = fakeTerminal();
    const spec = "id=Ref,date=When,lat=Lat,lon=Lon,country=Country,fatalities=Killed,location=Where";
    await runEventsImport(fixture("events-generic.csv"), { db, map: spec, json: true }, t);
    const report = JSON.parse(t.stdout());
    expect(report).toMatchObject({ format: "csv", dataset: "csv", imported: 3, skipped: 1, store: db });
    expect(report.problems[0]).toMatchObject({ line: 5 });
  });

  it("usage errors exit 2, unrecognised files 1", async () => {
    await expect(runEventsImport(fixture("nope.csv"), { db }, fakeTerminal())).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(
      runEventsImport(fixture("acled-2024-text.csv"), { db, format: "xml" }, fakeTerminal()),
    ).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(
      runEventsImport(fixture("events-generic.csv"), { db, map: "lat=Lat" }, fakeTerminal()),
    ).rejects.toThrow(/needs date/);
    await expect(
      runEventsImport(fixture("events-generic.csv"), { db }, fakeTerminal()),
    ).rejects.toBeInstanceOf(CliError);
  });

  it("a case folder loads the case's events as dataset case; loading it again changes nothing", async () => {
    const caseDb = join(dir, "case.duckdb");
    const builtIn = join(import.meta.dirname, "..", "..", "..", "cases", "nagorno-karabakh-2022");
    const first = fakeTerminal();
    await runEventsImport(builtIn, { db: caseDb, json: true }, first);
    const loaded = JSON.parse(first.stdout());
    expect(loaded).toMatchObject({ dataset: "case", updated: 0, deleted: 0 });
    expect(loaded.imported).toBeGreaterThan(20);
    const again = fakeTerminal();
    await runEventsImport(builtIn, { db: caseDb, json: true }, again);
    expect(JSON.parse(again.stdout())).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: loaded.imported,
      deleted: 0,
    });
  });

  it("summary lists datasets and the import log", async () => {
    const t = fakeTerminal();
    expect(await runEventsSummary({ db }, t)).toBe(0);
    expect(t.stdout()).toMatch(/acled\s*│ 6/);
    expect(t.stdout()).toContain("acled-pre2024-numeric.csv");
    const j = fakeTerminal();
    await runEventsSummary({ db, json: true }, j);
    expect(JSON.parse(j.stdout()).datasets.map((d: { dataset: string }) => d.dataset)).toEqual([
      "acled",
      "csv",
    ]);
  });

  it("eventsCommand(program) is idempotent and registerEvents attaches import, summary, forecast, backtest", () => {
    const program = new Command("entente");
    expect(eventsCommand(program)).toBe(eventsCommand(program));
    registerEvents(program);
    expect(
      eventsCommand(program)
        .commands.map((c) => c.name())
        .sort(),
    ).toEqual(["backtest", "forecast", "import", "summary"]);
  });
});
