import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { casePath } from "../../src/cli/case-argument.ts";
import { CliError } from "../../src/cli/cli-error.ts";
import { registerSchema } from "../../src/cli/commands/schema.ts";
import { registerShow, runShow } from "../../src/cli/commands/show.ts";
import { registerValidate, runValidate } from "../../src/cli/commands/validate.ts";
import { colorEnabled } from "../../src/cli/terminal.ts";
import { Problem } from "../../src/core/case/parse/index.ts";
import { builtInCasePath } from "../../src/io/case/index.ts";
import { fakeTerminal } from "../helpers/fake-terminal.ts";

const repo = join(import.meta.dirname, "..", "..");
const minimal = join(repo, "test", "fixtures", "cases", "minimal");
const invalid = join(repo, "test", "fixtures", "invalid-cases", "unknown-parent");
const missing = join(repo, "test", "fixtures", "cases", "no-such-case");

describe("entente validate", () => {
  it("runValidate(minimal) exits 0 and says valid", async () => {
    const terminal = fakeTerminal();
    expect(await runValidate(minimal, {}, terminal)).toBe(0);
    expect(terminal.stdout()).toBe(`${minimal}: valid (1 file; 0 errors, 0 warnings)\n`);
  });

  it("runValidate(invalid) exits 1 with one file:line:col line per problem", async () => {
    const terminal = fakeTerminal();
    expect(await runValidate(invalid, {}, terminal)).toBe(1);
    expect(terminal.stdout().split("\n")[0]).toBe(
      `${invalid}/case.yaml:14:71: error: unknown actor "nort" (did you mean "north"?) [unknown-reference] (actors[2].parent)`,
    );
    expect(terminal.stdout()).toContain("invalid (1 file; 1 error, 0 warnings)");
  });

  it("runValidate(missing folder) is a usage error (exit 2)", async () => {
    const error = await runValidate(missing, {}, fakeTerminal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toBe(`no case at ${missing}: no such file or folder`);
  });

  it("runValidate(invalid, --json) prints { path, valid, errors, warnings, problems, files }", async () => {
    const terminal = fakeTerminal();
    expect(await runValidate(invalid, { json: true }, terminal)).toBe(1);
    const report = JSON.parse(terminal.stdout());
    expect(Object.keys(report).sort()).toEqual(["errors", "files", "path", "problems", "valid", "warnings"]);
    expect(report).toMatchObject({ path: invalid, valid: false, errors: 1, warnings: 0 });
    expect(report.files).toEqual([join(invalid, "case.yaml")]);
    expect(report.problems.map((p: unknown) => Problem.parse(p))).toEqual([
      {
        severity: "error",
        code: "unknown-reference",
        file: join(invalid, "case.yaml"),
        line: 14,
        column: 71,
        path: ["actors", 2, "parent"],
        message: 'unknown actor "nort" (did you mean "north"?)',
        expected: "the id of an actor",
      },
    ]);
  });

  it("runValidate with colours off writes no ANSI escapes; with colours on it does", async () => {
    const plain = fakeTerminal();
    await runValidate(invalid, {}, plain);
    expect(plain.stdout()).not.toContain("\u001b[");
    const coloured = fakeTerminal({ color: true });
    await runValidate(invalid, {}, coloured);
    expect(coloured.stdout()).toContain("\u001b[");
  });
});

describe("entente show", () => {
  it("runShow(minimal) prints meta, actors, issues, the stance matrix, events by month and judgments", async () => {
    const terminal = fakeTerminal();
    expect(await runShow(minimal, {}, terminal)).toBe(0);
    const text = terminal.stdout();
    for (const heading of [
      "A minimal test case",
      "Actors (4)",
      "Issues (2, each a 0–100 scale)",
      "Stances: position/salience (0–100) by actor and issue",
      "Events by month (2)",
      "Judgments (1)",
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/│ north\s+│ Northland\s+│ state\s+│\s+│ 60 \(50–70\)\s+│ yes/);
    expect(text).toMatch(/│ south\s+│ 100\/80\s+│ 90\/70\s+│/);
    // oracle: fixture events — July: 1 event, no fatality records; August: 1 event, north best 1, south 2 (2–3)
    expect(text).toMatch(/│ 2022-07 │ 1\s+│ 0\s+│ 0–0\s+│/);
    expect(text).toMatch(/│ 2022-08 │ 1\s+│ 3\s+│ 3–4\s+│/);
    expect(text).toMatch(
      /│ no-deal\s+│ A settlement within a year is unlikely\.\s+│ 20% \(10%–30%\)\s+│ 12 mo\s+│ moderate/,
    );
    expect(text).not.toContain("\u001b[");
  });

  it("runShow(minimal, --json) prints the overview as data", async () => {
    const terminal = fakeTerminal();
    expect(await runShow(minimal, { json: true }, terminal)).toBe(0);
    const overview = JSON.parse(terminal.stdout());
    expect(Object.keys(overview).sort()).toEqual(
      [
        "actors",
        "path",
        "counts",
        "eventsByMonth",
        "issues",
        "judgments",
        "matrix",
        "meta",
        "problems",
      ].sort(),
    );
    expect(overview.matrix.issues).toEqual(["valley", "road"]);
    expect(overview.matrix.rows.map((r: { actor: string }) => r.actor)).toEqual([
      "north",
      "south",
      "mediator",
    ]);
    expect(overview.matrix.rows[2].cells[1]).toBeNull();
    expect(overview.eventsByMonth).toEqual([
      { month: "2022-07", events: 1, fatalities: { low: 0, best: 0, high: 0, unknown: 0 } },
      { month: "2022-08", events: 1, fatalities: { low: 3, best: 3, high: 4, unknown: 0 } },
    ]);
  });

  it("runShow(invalid) exits 1 and reports the problems on stderr", async () => {
    const terminal = fakeTerminal();
    expect(await runShow(invalid, {}, terminal)).toBe(1);
    expect(terminal.stdout()).toBe("");
    expect(terminal.stderr()).toContain('unknown actor "nort"');
  });
});

describe("case commands", () => {
  it("casePath(undefined) is the built-in Nagorno-Karabakh case", () => {
    expect(join(repo, casePath(undefined, repo))).toBe(join(repo, "cases", "nagorno-karabakh-2022"));
    expect(builtInCasePath()).toBe(join(repo, "cases", "nagorno-karabakh-2022"));
    expect(existsSync(builtInCasePath())).toBe(true);
  });

  it("colorEnabled is off without a TTY or with NO_COLOR set", () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: "" }, true)).toBe(true);
  });

  for (const name of ["validate", "show", "schema"]) {
    it(`entente ${name} --help describes the command`, async () => {
      let help = "";
      const program = new Command("entente").exitOverride().configureOutput({ writeOut: (s) => (help += s) });
      for (const register of [registerValidate, registerShow, registerSchema]) register(program);
      const error = await program.parseAsync(["node", "entente", name, "--help"]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommanderError);
      expect((error as CommanderError).exitCode).toBe(0);
      expect(help).toContain(`Usage: entente ${name}`);
      if (name !== "schema") expect(help).toContain("--json");
    });
  }

  it("bin/entente.js exits 0 valid, 1 invalid, 2 usage error, and never colours under NO_COLOR", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(repo, "bin", "entente.js"), ...args], {
        cwd: repo,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const valid = run("validate", minimal);
    expect(valid.status).toBe(0);
    const bad = run("validate", invalid);
    expect(bad.status).toBe(1);
    expect(bad.stdout).not.toContain("\u001b[");
    const usage = run("validate", missing);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(`entente: no case at ${missing}: no such file or folder\n`);
  });
});
