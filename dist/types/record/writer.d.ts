import type { WriterSettings } from './config.js';
import type { Shipper } from './shipper.js';
/**
 * Writes NDJSON lines into gzip chunks named `session-<start>-<random>_<n>.ndjson.gz`, the chunk
 * naming the gate reads as one snapshot (src/snapshot/chunks.ts); rotates chunks by size and age
 * and sessions by age. A session's `.recording` marker goes to the store before its first chunk,
 * and its `.complete` marker after its last (src/snapshot/sessions.ts). Calls are serialised: one
 * line, rotation or close at a time.
 */
export declare class SessionWriter {
    private readonly settings;
    private readonly stagingDir;
    private readonly shipper;
    private readonly now;
    private session;
    private chunk;
    private tail;
    bytes: number;
    constructor(settings: WriterSettings, stagingDir: string, shipper: Shipper, now?: () => number);
    /** Whether another line of `bytes` still fits in the spill bound: finished chunks waiting plus the open one. */
    hasRoom(bytes: number): boolean;
    write(line: string): Promise<void>;
    /** Rotates what is too old; called every second or so. */
    tick(): Promise<void>;
    /** Finishes the open chunk and the session: after this every written line is in a stored-or-queued chunk. */
    close(): Promise<void>;
    private serial;
    private writeLine;
    private flush;
    private openChunk;
    private endChunk;
    private endSession;
}
