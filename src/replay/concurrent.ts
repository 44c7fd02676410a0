/**
 * Runs `work` over `items` with at most `limit` in flight and yields results as they finish.
 * `work` must not reject. Once `stop()` says so, nothing new starts; what runs is drained.
 */
export async function* mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  stop: () => boolean = () => false,
): AsyncGenerator<R> {
  const running = new Map<number, Promise<{ slot: number; value: R }>>();
  let next = 0;
  const start = (slot: number) => {
    const item = items[next++]!;
    running.set(slot, work(item).then((value) => ({ slot, value })));
  };
  for (let slot = 0; slot < limit && next < items.length; slot++) start(slot);
  while (running.size > 0) {
    const { slot, value } = await Promise.race(running.values());
    running.delete(slot);
    if (next < items.length && !stop()) start(slot);
    yield value;
  }
}
