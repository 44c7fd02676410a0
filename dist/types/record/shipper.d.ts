import type { ChunkStore } from './store.js';
/**
 * Stores chunks and markers one at a time, in the order given, so a session's `.complete` marker
 * is stored only after every one of its chunks. A store that fails is retried with backoff
 * (1 s doubling to 30 s) for as long as the process runs; meanwhile finished chunks wait on disk,
 * and `waitingBytes` tells the writer how much (the spill bound).
 */
export declare class Shipper {
    private readonly store;
    private readonly log;
    private readonly backoffMs;
    private readonly jobs;
    private running;
    private stopping;
    waitingBytes: number;
    stored: number;
    failures: number;
    lastError: string;
    constructor(store: ChunkStore, log: (line: string) => void, backoffMs?: {
        first: number;
        max: number;
    });
    get waiting(): number;
    file(key: string, file: string): Promise<void>;
    text(key: string, text: string): void;
    private push;
    private run;
    /**
     * Waits until everything is stored, or the deadline passes; then stops retrying. Returns the
     * keys still not stored (their files stay in the staging folder).
     */
    flush(deadline: number): Promise<string[]>;
    /** Removes a staged file that will never be stored (dropped whole). */
    static discard(file: string): Promise<void>;
}
