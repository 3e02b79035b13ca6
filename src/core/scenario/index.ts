export { applyPatch, applyPatches } from "./apply-patches.ts";
export { applyScenario, scenarioPatches } from "./apply-scenario.ts";
