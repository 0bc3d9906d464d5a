/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two adjacent letters
 * (optimal string alignment), so the commonest typo, 'gleu' for 'gelu', costs 1 rather than 2.
 */
export function editDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitutionCost = a[i - 1] === b[j - 1] ? 0 : 1;
      table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + substitutionCost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        table[i][j] = Math.min(table[i][j], table[i - 2][j - 2] + 1);
      }
    }
  }
  return table[a.length][b.length];
}

/** The closest known name, if it is close enough to be a plausible typo (at most a third of its letters off). */
export function closestName(unknown: string, known: readonly string[]): string | undefined {
  const needle = unknown.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.ceil(best.length / 3)) ? best : undefined;
}

/** "unknown activation 'gleu'; did you mean 'gelu'? known: a, b, c" */
export function unknownNameMessage(
  kind: string,
  unknown: string,
  known: readonly string[],
  listLabel = "known",
): string {
  const suggestion = closestName(unknown, known);
  const hint = suggestion === undefined ? ";" : `; did you mean '${suggestion}'?`;
  return `unknown ${kind} '${unknown}'${hint} ${listLabel}: ${known.join(", ")}`;
}
