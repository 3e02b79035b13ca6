import { z } from "zod";
import { rangeExcludesPoint } from "./range-issue.ts";

/** A value with an optional range: `40`, or `{ value: 40, low: 30, high: 55 }`. */
function estimateOn(min: number, max: number, unit: string) {
  const bounded = z
    .number({ error: `expected a number from ${min} to ${max}${unit}` })
    .min(min, { error: `expected a number from ${min} to ${max}${unit}` })
    .max(max, { error: `expected a number from ${min} to ${max}${unit}` });
  const full = z
    .strictObject({ value: bounded, low: bounded.optional(), high: bounded.optional() })
    .check((ctx) => {
      const { value, low, high } = ctx.value;
      if (low !== undefined && low > value)
        ctx.issues.push(rangeExcludesPoint("low", low, `range low ${low} is above the value ${value}`));
      if (high !== undefined && high < value)
        ctx.issues.push(rangeExcludesPoint("high", high, `range high ${high} is below the value ${value}`));
    });
  return z
    .union([bounded, full], {
      error: `expected a number from ${min} to ${max}${unit}, or a range { value, low, high }`,
    })
    .transform((input) =>
      typeof input === "number"
        ? { value: input, low: input, high: input }
        : { value: input.value, low: input.low ?? input.value, high: input.high ?? input.value },
    );
}

/** A point on a 0–100 scale (positions, saliences, capabilities) with its range, complete after parsing. */
export const Estimate = estimateOn(0, 100, "");
export type Estimate = z.output<typeof Estimate>;

/** A probability in [0, 1] with its range (`0.7` or `{ value: 0.7, low: 0.6, high: 0.8 }`). */
export const ProbabilityEstimate = estimateOn(0, 1, " (a probability)");
export type ProbabilityEstimate = z.output<typeof ProbabilityEstimate>;
