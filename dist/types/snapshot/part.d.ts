import type { DecodeIssues } from './types.js';
/** What a format reader knows about the part it reads, and tells back about where it is. */
export interface PartContext {
    /** The part's name (file path or s3:// URL), for decode issues. */
    name: string;
    issues: DecodeIssues;
    /**
     * Where the reader last got to, e.g. "after line 12": if the byte stream breaks (a truncated
     * gzip, a dropped connection), the issue says how far the part was read.
     */
    position: string;
    /** Prefixed to ids a reader has to make up, so they stay unique across the parts of a snapshot. */
    idPrefix: string;
}
/** Records one undecodable item of the part; the reader goes on with the next. */
export declare function reportIssue(context: PartContext, position: string, message: string): void;
