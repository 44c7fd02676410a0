import type { Readable } from 'node:stream';
/**
 * The longest NDJSON line read, in bytes. A line holds one exchange: a request and a response
 * body each up to the 10 MiB body cap, base64-encoded (13.4 MiB each) or JSON-escaped, plus
 * headers, fit more than twice over. A longer line is no exchange the gate could compare whole,
 * and holding it (with JSON.parse's copy of it) is what would exhaust memory.
 */
export declare const MAX_LINE_BYTES: number;
/** A line of text, or one past the cap that was skipped without being held (`text` undefined). */
export type Line = {
    number: number;
    text: string;
    bytes?: undefined;
} | {
    number: number;
    text?: undefined;
    bytes: number;
};
/**
 * Splits a byte stream into numbered UTF-8 lines (LF or CRLF), yielded as the lines each chunk
 * ends, without holding more than a chunk and a line. Splits bytes rather than decoded text: a
 * newline byte never occurs inside a multi-byte UTF-8 character, each byte is searched once and
 * each line decoded once, so a long line costs linear time (appending to a string and searching
 * it again is quadratic), and a line past `maxBytes` is counted to its end and dropped as it
 * streams by. A batch per chunk rather than a line at a time: a step of an async generator costs
 * about as much as a skipped line's whole check, and the second read skips 99 lines in 100.
 */
export declare function lineBatchesOf(input: Readable, maxBytes?: number): AsyncGenerator<Line[]>;
