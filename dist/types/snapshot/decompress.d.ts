import type { Readable } from 'node:stream';
/**
 * Gunzips the stream when it starts with the gzip magic bytes, whatever its name says:
 * snapshots are often uploaded without the .gz suffix, or with it but stored plain.
 */
export declare function decompressed(input: Readable): Promise<Readable>;
