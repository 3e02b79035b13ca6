import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { defaultStorePath } from "../../io/events/store.ts";
import { casePath } from "../case-argument.ts";

/** Options naming the event store: `--db PATH` (or `--store PATH`, as in `events forecast`), else the store
 *  beside the case (`<case-dir>/.entente/events.duckdb`, the built-in case by default). */
export interface StoreOptions {
  db?: string;
  store?: string;
  case?: string;
}

export function storePathOf(options: StoreOptions): string {
  const explicit = options.db ?? options.store;
  if (explicit !== undefined) return explicit;
  const path = casePath(options.case);
  const caseDir = existsSync(path) && statSync(path).isFile() ? dirname(path) : path;
  return defaultStorePath(caseDir);
}
