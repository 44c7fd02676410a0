/**
 * Runs `work` over `items` with at most `limit` in flight and yields results as they finish.
 * Once `stop()` says so, nothing new starts; what runs is drained. Once `signal` is aborted,
 * nothing new starts either, what had finished is still yielded, and what runs is left behind.
 *
 * `items` may be an async iterable (the selection's second pass reading the snapshot): an item
 * is pulled only when a slot is free, one pull at a time, so the reading goes at the replay's
 * pace and holds no more than the slots do. A failure of the iterable ends the run with it.
 *
 * A finished item starts the next one at once, not when the consumer asks for a result, so the
 * network stays busy while the consumer compares; at most `limit` results wait unconsumed, so
 * memory stays bounded whatever the consumer's pace. (Promise.race over the running set, the
 * obvious version, piles a reaction onto every pending promise at every turn.)
 */
export declare function mapConcurrent<T, R>(items: Iterable<T> | AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>, stop?: () => boolean, signal?: AbortSignal): AsyncGenerator<R>;
