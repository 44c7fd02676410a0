/**
 * Splits a request budget across endpoints by water-filling: every endpoint gets the same share,
 * an endpoint with fewer requests than its share gives the rest back. A rare endpoint is thus
 * always replayed, and the busiest one cannot eat the whole budget.
 */
export declare function allocate(counts: ReadonlyMap<string, number>, budget: number): Map<string, number>;
/**
 * The water level: the per-endpoint share that spends the budget exactly (Infinity when every
 * request fits). It only falls as more requests arrive, so a sampler may drop, per endpoint,
 * everything beyond floor(level) + 1 of its best-ranked requests without ever losing one it needs.
 */
export declare function waterLevel(counts: Iterable<number>, budget: number): number;
