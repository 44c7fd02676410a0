import { Readable } from 'node:stream';
export interface Peeked {
    /** At least `bytes` bytes from the start, fewer only when the stream is shorter. */
    head: Buffer;
    /** The whole stream again, head included. */
    stream: Readable;
}
/**
 * Reads the first bytes of a stream without losing them, so a decision (gzip or not, which
 * format) can be taken from the content before the stream is handed on whole.
 */
export declare function peek(input: Readable, bytes: number): Promise<Peeked>;
