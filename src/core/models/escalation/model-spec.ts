import { z } from "zod";
import { assertNever } from "../../assert-never.ts";

/**
 * Which forecasting model to run on a count series, and its settings. Baselines follow the VIEWS
 * benchmarks (formats.md §2.1, §2.5); `ingarch` is the self-exciting model (ingarch-fit.ts).
 */
export const ModelSpec = z.discriminatedUnion("kind", [
  /** Always 0: the VIEWS "zero" benchmark. */
  z.object({ kind: z.literal("zero") }),
  /** Poisson draws around the last observed value: VIEWS "last historical". */
  z.object({ kind: z.literal("last-value") }),
  /** Draws with replacement from the unit's own last `window` values: VIEWS "conflictology". */
  z.object({ kind: z.literal("conflictology"), window: z.int().min(1).default(12) }),
  /** Negative binomial from the mean and variance of the last `window` values; Poisson when underdispersed. */
  z.object({ kind: z.literal("nb-moments"), window: z.int().min(1).default(12) }),
  /** Poisson- or NB-INGARCH(1,1) = discrete Hawkes process with geometric kernel, fitted by maximum likelihood. */
  z.object({
    kind: z.literal("ingarch"),
    family: z.enum(["poisson", "negative-binomial"]).default("negative-binomial"),
    /** Upper bound on α + β (so the branching ratio α/(1 − β) stays below 1). */
    maxPersistence: z.number().gt(0).lt(1).default(0.99),
    /** Fit the exogenous marks (covariates) passed with the series; without them the model ignores marks. */
    marks: z.boolean().default(false),
  }),
]);
export type ModelSpec = z.output<typeof ModelSpec>;

/** The four VIEWS-style baselines every backtest scores models against. */
export const DEFAULT_BASELINES: readonly ModelSpec[] = [
  { kind: "zero" },
  { kind: "last-value" },
  { kind: "conflictology", window: 12 },
  { kind: "nb-moments", window: 12 },
];

/** The default self-exciting model. */
export const DEFAULT_INGARCH: ModelSpec = {
  kind: "ingarch",
  family: "negative-binomial",
  maxPersistence: 0.99,
  marks: false,
};

/** NB-INGARCH with exogenous marks (covariates). */
export const INGARCH_WITH_MARKS: ModelSpec = { ...DEFAULT_INGARCH, marks: true };

/** Short stable label used in tables and JSON keys, e.g. `nb-moments(12)`, `ingarch-nb`. */
export function modelLabel(spec: ModelSpec): string {
  switch (spec.kind) {
    case "zero":
    case "last-value":
      return spec.kind;
    case "conflictology":
    case "nb-moments":
      return `${spec.kind}(${spec.window})`;
    case "ingarch":
      return `${spec.family === "poisson" ? "ingarch-poisson" : "ingarch-nb"}${spec.marks ? "+marks" : ""}`;
    default:
      return assertNever(spec);
  }
}

/** True for the benchmark models (everything but the fitted ones). */
export function isBaseline(spec: ModelSpec): boolean {
  return spec.kind !== "ingarch";
}
