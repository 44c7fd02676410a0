import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps the memory of a long read flat. Decoding allocates quickly and keeps almost nothing,
 * but the Buffers and exchanges in flight between stream stages outlive a young-generation
 * collection or two and are promoted; V8 then lets that garbage (much of it counted as external
 * memory) grow for a long while before a full collection. A short snapshot ends before then and
 * a long one does not, so peak RSS grew with the snapshot's length (bench/snapshot-memory: 1M
 * exchanges peaked 1.47x as high as 100k). A full collection once the heap and Buffers have grown
 * by `headroom` since the last one bounds the peak whatever the length (1M: 1.03x of 100k);
 * with a live heap of a few MB it costs milliseconds, a few dozen times per million exchanges.
 */
export class MemoryGuard {
  private count = 0;
  private floor: number;

  constructor(
    private readonly headroomBytes = 16 * 1024 * 1024,
    /** Heap statistics cost about 2 µs: every 100 exchanges is cheap, and soon enough for large ones. */
    private readonly every = 100,
    private readonly collect: (() => void) | null = fullCollection(),
  ) {
    this.floor = garbageBound();
  }

  /** Called once per exchange read. */
  tick(): void {
    if (++this.count % this.every !== 0) return;
    const used = garbageBound();
    if (used < this.floor) this.floor = used;
    if (used - this.floor < this.headroomBytes) return;
    if (!this.collect) return;
    this.collect();
    // Measured after the collection, so memory that is really in use never triggers again and again.
    this.floor = garbageBound();
  }
}

/** The JavaScript heap in use plus Buffers' memory: what garbage grows and a collection shrinks (RSS need not). */
function garbageBound(): number {
  const stats = getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
}

let cached: (() => void) | null | undefined;

/** V8's full collection, made reachable at run time (the documented --expose-gc flag, set late); null where refused. */
export function fullCollection(): (() => void) | null {
  if (cached !== undefined) return cached;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    cached = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    cached = null;
  }
  return cached;
}
