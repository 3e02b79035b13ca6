import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { caseSchemaText } from "../src/cli/commands/schema.ts";

const repo = join(import.meta.dirname, "..");

describe("schema/case.schema.json", () => {
  it("matches caseJsonSchema() (regenerate with: npm run schema)", async () => {
    const committed = readFileSync(join(repo, "schema", "case.schema.json"), "utf8");
    expect(
      committed === (await caseSchemaText()),
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

  it("accepts every file of the built-in case and the minimal fixture, and rejects an unknown key", () => {
    // oracle: zod's own JSON Schema reader, independent of the zod schema the file was generated from
    const schema = z.fromJSONSchema(
      JSON.parse(readFileSync(join(repo, "schema", "case.schema.json"), "utf8")),
    );
    const nk = join(repo, "cases", "nagorno-karabakh-2022");
    const files = [
      join(repo, "test", "fixtures", "cases", "minimal", "case.yaml"),
      ...readdirSync(nk)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(nk, f)),
    ];
    for (const file of files)
      expect(schema.safeParse(parse(readFileSync(file, "utf8"))).success, file).toBe(true);
    const bad = join(repo, "test", "fixtures", "invalid-cases", "unknown-key-in-actor", "case.yaml");
    expect(schema.safeParse(parse(readFileSync(bad, "utf8"))).success).toBe(false);
  });
});
