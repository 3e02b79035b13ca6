import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseSchemaText } from "../src/cli/commands/schema.ts";

const repo = join(import.meta.dirname, "..");

describe("schema/case.schema.json", () => {
  it("matches caseJsonSchema() (regenerate with: npm run schema)", () => {
    const committed = readFileSync(join(repo, "schema", "case.schema.json"), "utf8");
    expect(
      committed === caseSchemaText(),
      "schema/case.schema.json is out of date: run `npm run schema`",
    ).toBe(true);
  });

  it("is named in the first line of every built-in case file", () => {
    const casesDir = join(repo, "cases");
    for (const name of readdirSync(casesDir))
      for (const file of readdirSync(join(casesDir, name)).filter((f) => /\.ya?ml$/.test(f))) {
        const first = readFileSync(join(casesDir, name, file), "utf8").split("\n")[0];
        expect(first, `cases/${name}/${file}`).toBe(
          "# yaml-language-server: $schema=../../schema/case.schema.json",
        );
      }
  });
});
