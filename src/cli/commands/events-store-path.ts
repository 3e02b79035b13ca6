import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { casePath } from "../case-argument.ts";

/** Options naming the event store: `--db PATH` (or `--store PATH`, as in `events forecast`), else the store
 *  beside the case (`<case-dir>/.entente/events.duckdb`, the built-in case by default). */
export interface StoreOptions {
  db?: string;
  store?: string;
  case?: string;
}

/** Adds `--db`, `--store` and `--case`, read back by `storePathOf`. */
export function storeOptions(command: Command): Command {
  return command
    .option("--db <path>", "event store file (default <case-dir>/.entente/events.duckdb)")
    .option("--store <path>", "same as --db")
    .option(
      "--case <case-dir>",
      "case whose store to use when --db is not given (default: the built-in case)",
    );
}

export async function storePathOf(options: StoreOptions): Promise<string> {
  const explicit = options.db ?? options.store;
  if (explicit !== undefined) return explicit;
  const path = casePath(options.case);
  const caseDir = existsSync(path) && statSync(path).isFile() ? dirname(path) : path;
  // The store module brings DuckDB: loaded when a command runs, not at start-up.
  const { defaultStorePath } = await import("../../io/events/store.ts");
  return defaultStorePath(caseDir);
}
