// Runs every benchmark in bench/ (files named *.bench.ts, each exporting a default async function that
// prints its measurements), or only those whose names contain one of the arguments.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const filters = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
for (const name of files) {
  console.log(`\n## ${name.replace(".bench.ts", "")}`);
  const module = (await import(pathToFileURL(join(import.meta.dirname, name)).href)) as {
    default: () => Promise<void>;
  };
  await module.default();
}
