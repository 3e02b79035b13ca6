/**
 * Stopping rule (spec 2.8, §0.2): BDM's text repeats rounds "until the issue is resolved"; no public code
 * tests for it. A round's state is its vector of positions (risk exponents, median and mean are functions
 * of it), so the run is deterministic in the state: when the latest state equals the one `period` rounds
 * earlier, it repeats forever. Period 1 is convergence, a longer period a cycle.
 */
export function repeatPeriod(history: readonly ArrayLike<number>[], tolerance: number): number | null {
  const last = history.length - 1;
  const current = history[last];
  if (current === undefined) return null;
  for (let period = 1; period <= last; period++) {
    if (sameState(current, history[last - period] as ArrayLike<number>, tolerance)) return period;
  }
  return null;
}

/** The largest move of any actor between two states. */
export function largestMove(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++)
    largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return largest;
}

/** Whether no position differs by more than `tolerance` (stops at the first one that does). */
function sameState(a: ArrayLike<number>, b: ArrayLike<number>, tolerance: number): boolean {
  for (let i = 0; i < a.length; i++)
    if (Math.abs((a[i] as number) - (b[i] as number)) > tolerance) return false;
  return true;
}
