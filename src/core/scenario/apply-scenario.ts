import type { CaseFile, Patch } from "../case/index.ts";
import { applyPatches } from "./apply-patches.ts";

/** The patches of a case scenario, found by id (or by name); throws listing the scenarios there are. */
export function scenarioPatches(caseFile: CaseFile, scenario: string): readonly Patch[] {
  const found = caseFile.scenarios.find((s) => s.id === scenario || s.name === scenario);
  if (found === undefined) {
    const known = caseFile.scenarios.map((s) => s.id).join(", ") || "none";
    throw new Error(`no scenario "${scenario}" in the case (scenarios: ${known})`);
  }
  return found.patches;
}

/** The case as a scenario would make it (a new case; the input is not changed). */
export function applyScenario(caseFile: CaseFile, scenario: string): CaseFile {
  return applyPatches(caseFile, scenarioPatches(caseFile, scenario));
}
