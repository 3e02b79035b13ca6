import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import picocolors from "picocolors";
import { describe, expect, it } from "vitest";
import { builtInCasePath } from "../../io/case/index.ts";
import { CliError } from "../cli-error.ts";
import type { Terminal } from "../terminal.ts";
import { runAssess } from "./assess.ts";

function capture(): Terminal & { text: () => string } {
  let out = "";
  return {
    out: (t) => {
      out += t;
    },
    err: () => {},
    colors: picocolors.createColors(false),
    width: 120,
    text: () => out,
  };
}

describe("entente assess", () => {
  it("runAssess(nk, --format md --runs 8) writes the report and prints the key judgments and the path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "entente-assess-"));
    try {
      const terminal = capture();
      const code = await runAssess(
        builtInCasePath(),
        { out: dir, format: "md", runs: "8", seed: "1" },
        terminal,
      );
      expect(code).toBe(0);
      const md = await readFile(join(dir, "nagorno-karabakh-2022.md"), "utf8");
      expect(md).toMatch(/^# /);
      expect(md).toContain("## Key judgments");
      expect(terminal.text()).toMatch(/wrote .*nagorno-karabakh-2022\.md/);
      expect(terminal.text()).toContain("seed 1, 8 runs, icd203");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("runAssess rejects a bad format, yardstick or run count as a usage error", async () => {
    for (const options of [{ format: "docx" }, { yardstick: "nato" }, { runs: "0" }, { seed: "abc" }]) {
      await expect(runAssess(builtInCasePath(), options, capture())).rejects.toSatisfy(
        (e: unknown) => e instanceof CliError && e.exitCode === 2,
      );
    }
  });
});
