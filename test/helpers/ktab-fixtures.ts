import { readFileSync } from "node:fs";
import { join } from "node:path";

/** KTAB inputs and `smpc` reference runs copied from shared/negotiation (MIT, © KAPSARC; see ATTRIBUTION.md). */
const ktabFixtures = join(import.meta.dirname, "..", "fixtures", "ktab");

export function ktabFixtureText(...parts: string[]): string {
  return readFileSync(join(ktabFixtures, ...parts), "utf8");
}

/** A KTAB smpc reference CSV as rows keyed by header. */
export function ktabFixtureCsv(...parts: string[]): Record<string, string>[] {
  const [header, ...lines] = ktabFixtureText(...parts)
    .trim()
    .split(/\r?\n/);
  const keys = (header ?? "").split(",").map((k) => k.trim());
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? "").trim()]));
  });
}
