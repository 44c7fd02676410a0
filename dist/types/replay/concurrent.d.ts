/**
 * Runs `work` over `items` with at most `limit` in flight and yields results as they finish.
 * Once `stop()` says so, nothing new starts; what runs is drained. Once `signal` is aborted,
 * nothing new starts either, what had finished is still yielded, and what runs is left behind.
 *
 * `items` may be an async iterable (the selection's second pass reading the snapshot): it is
 * pulled one item at a time, up to `limit` items ahead of the free slots, so the reading goes on
 * while every slot waits on the network and a slot that frees starts its next item at once.
 * (Pulling only for a free slot made each slot wait for the reading, which on the same thread
 * ran instead of the answers: bench/time-to-verdict.ts.) It holds at most `limit` items besides
 * the slots'. A synchronous iterable (an array) is read only for a free slot: nothing to overlap.
 * A failure of the iterable ends the run with it.
 *
 * A finished item starts the next one at once, not when the consumer asks for a result, so the
 * network stays busy while the consumer compares; at most `limit` results wait unconsumed, so
 * memory stays bounded whatever the consumer's pace. (Promise.race over the running set, the
 * obvious version, piles a reaction onto every pending promise at every turn.)
 */
export declare function mapConcurrent<T, R>(items: Iterable<T> | AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>, stop?: () => boolean, signal?: AbortSignal): AsyncGenerator<R>;
