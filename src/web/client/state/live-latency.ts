/**
 * Edit → chart latencies measured in the page (performance.now at the edit, again after the forecast has
 * been committed to the DOM), exposed on `window.__ententeLatencies` for the benchmark and e2e tests.
 */
declare global {
  interface Window {
    __ententeLatencies?: number[];
  }
}

let editAt: number | undefined;

export function markEdit(): void {
  editAt ??= performance.now();
}

export function markRendered(): void {
  if (editAt === undefined) return;
  window.__ententeLatencies ??= [];
  window.__ententeLatencies.push(performance.now() - editAt);
  editAt = undefined;
}
