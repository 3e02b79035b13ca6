/**
 * Stopping rule (spec 2.8, §0.2): BDM's text repeats rounds "until the issue is resolved"; no public code
 * tests for it. A round's state is its vector of positions (risk exponents, median and mean are functions
 * of it), so the run is deterministic in the state: when the latest state equals the one `period` rounds
 * earlier, it repeats forever. Period 1 is convergence, a longer period a cycle.
 */
export function repeatPeriod(history: readonly (readonly number[])[], tolerance: number): number | null {
  const last = history.length - 1;
  const current = history[last];
  if (current === undefined) return null;
  for (let period = 1; period <= last; period++) {
    if (sameState(current, history[last - period] as readonly number[], tolerance)) return period;
  }
  return null;
}

/** The largest move of any actor between two states. */
export function largestMove(a: readonly number[], b: readonly number[]): number {
  let largest = 0;
  a.forEach((x, i) => {
    largest = Math.max(largest, Math.abs(x - (b[i] as number)));
  });
  return largest;
}

function sameState(a: readonly number[], b: readonly number[], tolerance: number): boolean {
  return largestMove(a, b) <= tolerance;
}
