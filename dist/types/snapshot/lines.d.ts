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
 * Splits a byte stream into numbered UTF-8 lines (LF or CRLF) without holding more than a line.
 * Splits bytes rather than decoded text: a newline byte never occurs inside a multi-byte UTF-8
 * character, each byte is searched once and each line decoded once, so a long line costs
 * linear time (appending to a string and searching it again is quadratic), and a line past
 * `maxBytes` is counted to its end and dropped as it streams by.
 */
export declare function linesOf(input: Readable, maxBytes?: number): AsyncGenerator<Line>;
