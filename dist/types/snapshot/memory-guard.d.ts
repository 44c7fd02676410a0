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
export declare class MemoryGuard {
    private readonly headroomBytes;
    /** Heap statistics cost about 2 µs: every 100 exchanges is cheap, and soon enough for large ones. */
    private readonly every;
    private readonly collect;
    private count;
    private floor;
    constructor(headroomBytes?: number, 
    /** Heap statistics cost about 2 µs: every 100 exchanges is cheap, and soon enough for large ones. */
    every?: number, collect?: (() => void) | null);
    /** Called once per exchange read. */
    tick(): void;
}
/** V8's full collection, made reachable at run time (the documented --expose-gc flag, set late); null where refused. */
export declare function fullCollection(): (() => void) | null;
