/**
 * Runs `work` over `items` with at most `limit` in flight and yields results as they finish.
 * Once `stop()` says so, nothing new starts; what runs is drained. Once `signal` is aborted,
 * nothing new starts either, what had finished is still yielded, and what runs is left behind.
 *
 * A finished item starts the next one at once, not when the consumer asks for a result, so the
 * network stays busy while the consumer compares; at most `limit` results wait unconsumed, so
 * memory stays bounded whatever the consumer's pace. (Promise.race over the running set, the
 * obvious version, piles a reaction onto every pending promise at every turn.)
 */
export async function* mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  stop: () => boolean = () => false,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const finished: R[] = [];
  let head = 0;
  let next = 0;
  let running = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const mayStart = () => next < items.length && !failure && !signal?.aborted && !stop() && running + (finished.length - head) < limit;
  const start = () => {
    const item = items[next++]!;
    running++;
    work(item).then(
      (value) => {
        running--;
        // What ends after a cancellation was cut short by it: not a result.
        if (!signal?.aborted) finished.push(value);
        if (mayStart()) start();
        notify();
      },
      (error: unknown) => {
        running--;
        failure ??= { error };
        notify();
      },
    );
  };
  // Wakes the wait below, which ends at once instead of draining; a no-op once the loop is over.
  signal?.addEventListener('abort', notify, { once: true });
  while (mayStart()) start();
  while (running > 0 || head < finished.length) {
    if (head === finished.length) {
      if (failure || signal?.aborted) break;
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const value = finished[head]!;
    finished[head++] = undefined as R; // let the consumer's copy be the only one
    if (head === finished.length) {
      finished.length = 0;
      head = 0;
    }
    while (mayStart()) start();
    yield value;
  }
  if (failure && !signal?.aborted) throw failure.error;
}
