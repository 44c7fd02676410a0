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
export async function* mapConcurrent<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  stop: () => boolean = () => false,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const streamed = Symbol.asyncIterator in items;
  const source: Iterator<T> | AsyncIterator<T> = streamed ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const finished: R[] = [];
  let head = 0;
  /** Pulled, not yet started: at most `limit` (streams only). */
  const ahead: T[] = [];
  let running = 0;
  let exhausted = false;
  let pulling = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const going = () => !failure && !signal?.aborted && !stop();
  const slotFree = () => going() && running + (finished.length - head) < limit;
  const mayPull = () => !exhausted && !pulling && going() && ahead.length < limit && (streamed || slotFree());
  const start = (item: T) => {
    running++;
    work(item).then(
      (value) => {
        running--;
        // What ends after a cancellation was cut short by it: not a result.
        if (!signal?.aborted) finished.push(value);
        fill();
        notify();
      },
      (error: unknown) => {
        running--;
        failure ??= { error };
        notify();
      },
    );
  };
  // Starts items while slots are free, then pulls: from an array at once and only for a free
  // slot, from a stream one awaited pull at a time, reading ahead.
  const fill = () => {
    for (;;) {
      while (ahead.length > 0 && slotFree()) start(ahead.shift()!);
      if (!mayPull()) return;
      let next: IteratorResult<T> | Promise<IteratorResult<T>>;
      try {
        next = source.next();
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (!(next instanceof Promise)) {
        if (next.done) exhausted = true;
        else ahead.push(next.value);
        continue;
      }
      pulling = true;
      next.then(
        (result) => {
          pulling = false;
          if (result.done) exhausted = true;
          // A pull that lands after a cancellation starts nothing.
          else if (!signal?.aborted && !failure) ahead.push(result.value);
          fill();
          notify();
        },
        (error: unknown) => {
          pulling = false;
          failure ??= { error };
          notify();
        },
      );
      return;
    }
  };
  // Wakes the wait below, which ends at once instead of draining; a no-op once the loop is over.
  signal?.addEventListener('abort', notify, { once: true });
  try {
    fill();
    for (;;) {
      if (head === finished.length) {
        if (failure || signal?.aborted) break;
        // fill() ran after every event: nothing running and no pull under way means nothing can start.
        if (running === 0 && !pulling) break;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const value = finished[head]!;
      finished[head++] = undefined as R; // let the consumer's copy be the only one
      if (head === finished.length) {
        finished.length = 0;
        head = 0;
      }
      fill();
      yield value;
    }
    if (failure && !signal?.aborted) throw failure.error;
  } finally {
    signal?.removeEventListener('abort', notify);
    // Closes the snapshot being read when the run ends early; a pull under way finishes first.
    if (!exhausted) {
      const closing = source.return?.();
      if (closing instanceof Promise) closing.catch(() => {});
    }
  }
}
