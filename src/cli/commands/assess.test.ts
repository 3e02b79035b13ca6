import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeTerminal } from "../../../test/helpers/fake-terminal.ts";
import { builtInCasePath } from "../../io/case/index.ts";
import { CliError } from "../cli-error.ts";
import { runAssess } from "./assess.ts";

describe("entente assess", () => {
  it("runAssess(nk, --format md --runs 8) writes the report and prints the key judgments and the path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "entente-assess-"));
    try {
      const terminal = fakeTerminal();
      const code = await runAssess(
        builtInCasePath(),
        { out: dir, format: "md", runs: "8", seed: "1" },
        terminal,
      );
      expect(code).toBe(0);
      const md = await readFile(join(dir, "nagorno-karabakh-2022.md"), "utf8");
      expect(md).toMatch(/^# /);
      expect(md).toContain("## Key judgments");
      expect(terminal.stdout()).toMatch(/wrote .*nagorno-karabakh-2022\.md/);
      expect(terminal.stdout()).toContain("seed 1, 8 runs, icd203");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("runAssess rejects a bad format, yardstick or run count as a usage error", async () => {
    for (const options of [{ format: "docx" }, { yardstick: "nato" }, { runs: "0" }, { seed: "abc" }]) {
      await expect(runAssess(builtInCasePath(), options, fakeTerminal())).rejects.toSatisfy(
        (e: unknown) => e instanceof CliError && e.exitCode === 2,
      );
    }
  });
});
