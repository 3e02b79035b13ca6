export { applyPatch, applyPatches } from "./apply-patches.ts";
