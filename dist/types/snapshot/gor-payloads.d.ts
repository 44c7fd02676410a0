import type { Readable } from 'node:stream';
/**
 * GoReplay's file format: each payload is a header line `TYPE ID TIMESTAMP[ LATENCY]` (type 1
 * request, 2 response, 3 replayed response; timestamp in nanoseconds since the epoch; latency
 * in nanoseconds), then the raw HTTP message, then the separator line `🐵🙈🙉`.
 */
export declare const PAYLOAD_SEPARATOR: Buffer<ArrayBuffer>;
export interface GorPayload {
    kind: 'payload';
    /** 1-based among the payloads of the file. */
    index: number;
    /** Byte offset of the payload's header in the (decompressed) file. */
    offset: number;
    type: 1 | 2 | 3;
    id: string;
    /** Nanoseconds since the epoch, as written. */
    timestamp: string;
    latency?: string;
    message: Buffer;
}
export interface GorProblem {
    kind: 'problem';
    index: number;
    offset: number;
    message: string;
}
/** A payload larger than this is skipped: no real HTTP exchange is, and memory stays bounded. */
export declare const MAX_PAYLOAD_BYTES: number;
/**
 * Cuts the payloads out of the byte stream. Each byte is searched and copied a bounded number of
 * times (a payload's chunks are joined once, when its separator is found), so a long payload
 * costs linear time; one past MAX_PAYLOAD_BYTES is not held at all, only counted and skipped.
 */
export declare function gorPayloads(input: Readable): AsyncGenerator<GorPayload | GorProblem>;
