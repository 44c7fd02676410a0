/**
 * Which objects under a prefix (or files in a folder) make up the snapshot:
 *
 * - the newest object (by last-modified time; on a tie, the one last in name order) is the snapshot;
 * - unless its name carries a chunk index: `<base>_<n><extensions>`, n at most 6 digits, the
 *   way GoReplay names the chunks of one recording (`requests_0.gor`, `requests_1.gor`, and for
 *   gzip output `requests.gor_0.gz`). Then every object in the same folder with the same base
 *   and extensions is a chunk of that one snapshot, read in chunk-number order.
 *
 * The separator must be `_` and the number short, so dated names such as `2026-11-24.ndjson`
 * or `traffic_20261124.ndjson` are single snapshots, and the newest of them is the one read.
 */
export interface StoredObject {
    /** The full key or path. */
    key: string;
    /** Milliseconds since the epoch. */
    modified: number;
}
export interface ChunkName {
    /** Everything before `_<n>`, folder included: chunks of one snapshot share it. */
    base: string;
    index: number;
    extensions: string;
}
export declare function chunkNameOf(key: string): ChunkName | undefined;
export declare function newestOf(objects: Iterable<StoredObject>): StoredObject | undefined;
/** The keys that belong to the newest object's chunk group, in chunk order; the key alone when it is no chunk. */
export declare function chunkGroupOf(newest: string, keys: Iterable<string>): string[];
/** Name order with numbers compared as numbers: `part_2` before `part_10`. */
export declare function naturalCompare(a: string, b: string): number;
/** A short name for a chunk group: `s3://b/shop/requests_*.gor (3 chunks)`. */
export declare function groupName(prefix: string, keys: string[]): string;
