import type { BodyDigest } from '../body/digest.js';
/** A body as recorded: UTF-8 text, base64 for binary, or nothing. */
export type RecordedBody = string | {
    base64: string;
} | null;
export type HeaderMap = Record<string, string>;
export interface RecordedRequest {
    method: string;
    /** Origin-relative path and query; an absolute URL has already been reduced to this. */
    url: string;
    /**
     * `scheme://host[:port]` when the recording gave an absolute URL: the deployment's own origin,
     * which its answers may name (Link, Location, `self` URLs) and the comparison takes as the target's.
     */
    origin?: string;
    headers: HeaderMap;
    body: RecordedBody;
}
export interface RecordedResponse {
    status: number;
    headers: HeaderMap;
    /** Null too when the body was past the body cap: then `bodyDigest` stands for it. */
    body: RecordedBody;
    /** A body past MAX_BODY_BYTES, decoded: compared by its length and hash (src/body/digest.ts). */
    bodyDigest?: BodyDigest;
    durationMs?: number;
}
/** One request/response pair as production served it. */
export interface Exchange {
    id: string;
    recordedAt?: string;
    request: RecordedRequest;
    /** Absent when the recording holds only the request. */
    response?: RecordedResponse;
    /** Where the snapshot holds it, for a report that must point at it (e.g. a request that cannot be sent). */
    place?: SnapshotPlace;
}
/** A place in the snapshot: its part, and where in the part ("line 12", "entry 4 (line 120)"). */
export interface SnapshotPlace {
    source: string;
    position: string;
}
/** A part of the snapshot that could not be decoded; counted and reported, never fatal alone. */
export interface DecodeIssue {
    source: string;
    /** Where in the source, e.g. "line 12". */
    position: string;
    message: string;
}
/** Collects decode issues without holding an unbounded list in memory. */
export declare class DecodeIssues {
    private readonly keep;
    readonly kept: DecodeIssue[];
    count: number;
    constructor(keep?: number);
    add(issue: DecodeIssue): void;
}
