/**
 * Where finished chunks go. Chunks are written to local disk first (the staging folder), then
 * stored: a chunk on disk survives a store that is down, up to the spill bound (writer.ts).
 */
export interface ChunkStore {
    /** For log lines: `s3://bucket/prefix/` or the folder. */
    name: string;
    /** Local folder for chunks being written and chunks waiting to be stored. */
    stagingDir: string;
    /** Stores the finished file under `key` (relative to the output) and removes the local file. */
    putFile(key: string, file: string): Promise<void>;
    /** Stores a small object (a session marker). */
    putText(key: string, text: string): Promise<void>;
    close(): void;
}
