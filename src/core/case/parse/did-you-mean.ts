/** Edit distance with adjacent transpositions (optimal string alignment; Damerau 1964, Wagner–Fischer 1974). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  return at(a.length, b.length);
}

/** The closest known name when it is close enough to be a likely typo (at most a third of its letters off). */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  if (name.length > 200) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate.length > 200 || Math.abs(candidate.length - name.length) > bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(name.length, best?.length ?? 0) / 3));
  return best !== undefined && bestDistance <= limit && bestDistance < name.length ? best : undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function suggestion(name: string, known: Iterable<string>): string {
  const guess = didYouMean(name, known);
  return guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`;
}
