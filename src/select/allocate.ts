/**
 * Splits a request budget across endpoints by water-filling: every endpoint gets the same share,
 * an endpoint with fewer requests than its share gives the rest back. A rare endpoint is thus
 * always replayed, and the busiest one cannot eat the whole budget.
 */
export function allocate(counts: ReadonlyMap<string, number>, budget: number): Map<string, number> {
  const byCount = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const shares = new Map<string, number>();
  let remaining = budget;
  byCount.forEach(([name, count], i) => {
    const share = Math.min(count, Math.floor(remaining / (byCount.length - i)));
    shares.set(name, share);
    remaining -= share;
  });
  // Units that did not divide evenly go, one each, to endpoints that still have requests.
  for (const [name, count] of [...byCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (remaining === 0) break;
    if (shares.get(name)! < count) {
      shares.set(name, shares.get(name)! + 1);
      remaining--;
    }
  }
  return shares;
}

/**
 * The water level: the per-endpoint share that spends the budget exactly (Infinity when every
 * request fits). It only falls as more requests arrive, so a sampler may drop, per endpoint,
 * everything beyond floor(level) + 1 of its best-ranked requests without ever losing one it needs.
 */
export function waterLevel(counts: Iterable<number>, budget: number): number {
  const sorted = [...counts].sort((a, b) => a - b);
  let remaining = budget;
  for (let i = 0; i < sorted.length; i++) {
    const fair = remaining / (sorted.length - i);
    if (sorted[i]! >= fair) return fair;
    remaining -= sorted[i]!;
  }
  return Infinity;
}
