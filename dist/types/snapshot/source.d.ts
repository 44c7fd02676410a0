import type { Readable } from 'node:stream';
import type { S3Settings } from './s3-settings.js';
/** One object or file of a snapshot. */
export interface SnapshotPart {
    /** The s3:// URL or file path, for messages and decode issues. */
    name: string;
    open(): Promise<Readable>;
    /** Fetched over the network (S3): read twice, it is spilled to disk on the first read (spill.ts). */
    remote?: boolean;
    /**
     * What pins the bytes read, for shards that must all read the same snapshot: an S3 object's
     * ETag as its first read saw it, a file's SHA-256 (never its mtime: shards run on other machines).
     */
    pin?: () => Promise<string>;
}
/** Where the snapshot bytes come from: one object or file, or the chunks of one recording, in order. */
export interface SnapshotSource {
    /** For reports, and the default sampling seed: the object, or the chunk group. */
    name: string;
    parts: SnapshotPart[];
}
export interface SourceOptions {
    s3: S3Settings;
    /** Relative file paths are taken from here (GITHUB_WORKSPACE in Actions). */
    workspace: string;
}
/**
 * `s3://bucket/key` is that object; `s3://bucket/prefix/` and a folder in the workspace are their
 * newest object, or that object's chunk group (chunks.ts), never a session still being recorded
 * (sessions.ts); any other path is that file.
 */
export declare function resolveSnapshot(reference: string, options: SourceOptions): Promise<SnapshotSource>;
