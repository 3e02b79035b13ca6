import type {
  EnsembleSummary,
  IssueForecast,
  ModelFamily,
  ScenarioComparison,
} from "../../../core/analysis/index.ts";
import type { YamlEdit } from "../../../core/case/edit/edit-yaml.ts";
import type { CaseFile, Patch } from "../../../core/case/index.ts";
import type { Problem } from "../../../core/case/parse/index.ts";

/** Main thread → engine worker. Each request carries an id; the reply names it. */
export type EngineRequest =
  /** Forecast every issue of the case (or only `issues`, merged into the last full forecast). */
  | {
      kind: "forecast";
      id: number;
      caseFile: CaseFile;
      patches: Patch[];
      issues?: string[];
      model?: ModelFamily;
    }
  /** Validate the files with the edits applied, as the CLI does (same parser, same messages). */
  | {
      kind: "validate";
      id: number;
      files: Array<{ name: string; text: string }>;
      edits: Array<[string, YamlEdit[]]>;
    }
  /** Monte Carlo ensemble in chunks, with progress. */
  | {
      kind: "monte-carlo";
      id: number;
      caseFile: CaseFile;
      patches: Patch[];
      runs: number;
      seed: number;
      model?: ModelFamily;
    }
  | { kind: "compare"; id: number; caseFile: CaseFile; patches: Patch[]; model?: ModelFamily }
  | { kind: "cancel"; id: number };

export type EngineReply =
  | { kind: "forecast"; id: number; forecasts: IssueForecast[]; ms: number }
  | { kind: "validate"; id: number; problems: Problem[]; ms: number }
  | { kind: "progress"; id: number; done: number; total: number }
  | { kind: "monte-carlo"; id: number; summary: EnsembleSummary; ms: number }
  | { kind: "compare"; id: number; comparison: ScenarioComparison; ms: number }
  | { kind: "error"; id: number; request: EngineRequest["kind"]; message: string };
