/**
 * Probability yardsticks as data: each band is a range in percent with its terms. Sources:
 * - ICD 203 (ODNI, *Analytic Standards*, 2015 revision, §D.6.e.(2)(a)): seven bands, two rows of terms, shared
 *   end-points, stopping at 1 % and 99 %.
 * - UK PHIA Probability Yardstick (Cabinet Office/PHIA, *Explaining uncertainty in UK intelligence assessment*,
 *   March 2025): seven bands with deliberate gaps.
 * Both restated in shared/docs/estimative-language.md §2–3, the oracle for the tests.
 */
export type YardstickId = "icd203" | "phia";

export interface Band {
  /** Lower and upper bound in percent. */
  readonly low: number;
  readonly high: number;
  /** Whether the bound itself belongs to the band (PHIA writes ">0%" and "<50%"). */
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  /** Terms, one per row of the yardstick (ICD 203 has two rows; PHIA's "Likely / Probable" are one band). */
  readonly terms: readonly string[];
}

export interface Yardstick {
  readonly id: YardstickId;
  readonly name: string;
  readonly source: string;
  readonly bands: readonly Band[];
  /** Words of the yardstick's confidence scale, weakest first. */
  readonly confidence: readonly ["low", "moderate", "high"];
  /** How the rendering treats values between bands or on a shared end-point, in one sentence for the report. */
  readonly rule: string;
}

function band(low: number, high: number, terms: string[], lowInclusive = true, highInclusive = true): Band {
  return { low, high, lowInclusive, highInclusive, terms };
}

export const icd203: Yardstick = {
  id: "icd203",
  name: "ICD 203",
  source:
    "Office of the Director of National Intelligence, Intelligence Community Directive 203: Analytic Standards (2015)",
  bands: [
    band(1, 5, ["almost no chance", "remote"]),
    band(5, 20, ["very unlikely", "highly improbable"]),
    band(20, 45, ["unlikely", "improbable"]),
    band(45, 55, ["roughly even chance", "roughly even odds"]),
    band(55, 80, ["likely", "probable"]),
    band(80, 95, ["very likely", "highly probable"]),
    band(95, 99, ["almost certain", "nearly certain"]),
  ],
  confidence: ["low", "moderate", "high"],
  rule: "A value on a shared end-point takes the term nearer even odds (5 % is very unlikely, 55 % roughly even); values below 1 % or above 99 % take the outermost term with a warning.",
};

export const phia: Yardstick = {
  id: "phia",
  name: "PHIA probability yardstick",
  source:
    "UK Professional Head of Intelligence Assessment, Explaining uncertainty in UK intelligence assessment (Cabinet Office, 2025)",
  bands: [
    band(0, 5, ["remote chance"], false, true),
    band(10, 20, ["highly unlikely"]),
    band(25, 35, ["unlikely"]),
    band(40, 50, ["realistic possibility"], true, false),
    band(55, 75, ["likely", "probable"]),
    band(80, 90, ["highly likely"]),
    band(95, 100, ["almost certain"], true, false),
  ],
  confidence: ["low", "moderate", "high"],
  rule: "A value in one of the yardstick's deliberate gaps snaps to the nearest band (ties to the band nearer even odds) and is reported with a warning.",
};

export const yardsticks: Readonly<Record<YardstickId, Yardstick>> = { icd203, phia };

export function yardstickById(id: string): Yardstick {
  if (id === "icd203" || id === "phia") return yardsticks[id];
  throw new Error(`yardstickById: unknown yardstick "${id}" (expected icd203 or phia)`);
}
