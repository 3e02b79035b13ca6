import { fileURLToPath } from "node:url";

/** The cases shipped with Entente, under `cases/` at the package root. */
export const builtInCases = ["nagorno-karabakh-2022"] as const;
export const defaultCaseName = "nagorno-karabakh-2022";

/**
 * The folder of a built-in case. Resolved from this module's own location, so it works from a clone, from
 * `bin/entente.js` and from an installed package alike, whatever the working directory.
 */
export function builtInCasePath(name: string = defaultCaseName): string {
  return fileURLToPath(new URL(`../../../cases/${name}/`, import.meta.url)).replace(/[\\/]$/, "");
}
