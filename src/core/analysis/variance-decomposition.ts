/** How much of an ensemble's spread comes from the model settings and how much from the inputs. */
export interface VarianceDecomposition {
  /** Var(Y), population form (divide by N). */
  readonly total: number;
  /** Var(E[Y | setting]): the spread of the settings' means — what the choice of model setting adds. */
  readonly betweenSettings: number;
  /** E[Var(Y | setting)]: the spread within a setting — what the uncertain inputs add. */
  readonly withinSettings: number;
  /** betweenSettings / total, or 0 when total is 0. */
  readonly settingsShare: number;
  /** withinSettings / total, or 0 when total is 0. */
  readonly inputsShare: number;
}

/**
 * The law of total variance, Var(Y) = E[Var(Y | K)] + Var(E[Y | K]) (Weiss 2006, A Course in Probability,
 * §5.5; Blitzstein & Hwang 2019, Introduction to Probability, thm 9.5.4 "Eve's law"), with K the model
 * setting of each run and the empirical frequencies of the settings as P(K). Population (1/N) moments make
 * the two parts add up to the total exactly. The between part is the first-order effect of the setting on
 * the output (Saltelli et al. 2008, Global Sensitivity Analysis, §1.2.6, the numerator of the first-order
 * index); the within part is the spread the input ranges give with the setting held fixed.
 */
export function decomposeVariance(
  values: ArrayLike<number>,
  groups: ArrayLike<number>,
): VarianceDecomposition {
  const n = values.length;
  if (n === 0) throw new Error("decomposeVariance: empty sample");
  if (groups.length !== n) throw new Error("decomposeVariance: values and groups differ in length");
  const sums = new Map<number, { count: number; sum: number }>();
  let grand = 0;
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    const g = groups[i] as number;
    const entry = sums.get(g) ?? { count: 0, sum: 0 };
    entry.count++;
    entry.sum += y;
    sums.set(g, entry);
    grand += y;
  }
  const mean = grand / n;
  let within = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    const entry = sums.get(groups[i] as number) as { count: number; sum: number };
    const groupMean = entry.sum / entry.count;
    within += (y - groupMean) * (y - groupMean);
    total += (y - mean) * (y - mean);
  }
  let between = 0;
  for (const { count, sum } of sums.values()) between += count * (sum / count - mean) ** 2;
  total /= n;
  within /= n;
  between /= n;
  return {
    total,
    betweenSettings: between,
    withinSettings: within,
    settingsShare: total > 0 ? between / total : 0,
    inputsShare: total > 0 ? within / total : 0,
  };
}
