/**
 * Appends `items` to `into`, one at a time. `into.push(...items)` puts every item on the stack
 * as an argument and throws RangeError past about 100,000 of them; this has no such limit
 * (test/hostile/no-unbounded-spread.test.ts keeps spreads out of calls).
 */
export declare function appendAll<T>(into: T[], items: Iterable<T>): T[];
