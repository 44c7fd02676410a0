/**
 * Which reader a snapshot part needs. The content decides when it is unambiguous, the name
 * when it is not, and NDJSON, the canonical format, is the fallback:
 *
 * 1. the first line is a GoReplay payload header (`1|2|3 <id> <timestamp>[ <latency>]`) → gor;
 * 2. a JSON object whose first key is "log" (the only key HAR 1.2 has at the top) → har;
 * 3. the name, after any `.gz`, ends in `.har` → har (a broken HAR is best explained as one);
 * 4. any other JSON object (an NDJSON line never starts with "log") → ndjson;
 * 5. the name ends in `.gor`, or GoReplay's gzip chunk form `.gor_<n>` → gor;
 * 6. otherwise → ndjson.
 */
export type SnapshotFormat = 'ndjson' | 'har' | 'gor';
/** Enough decompressed bytes to see past a byte order mark, indentation and the first key. */
export declare const DETECT_BYTES = 4096;
export declare function detectFormat(name: string, head: Buffer): SnapshotFormat;
