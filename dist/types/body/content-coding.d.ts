import type { BodyDigest } from './digest.js';
/**
 * Undoes the content codings of an HTTP body (RFC 9110 §8.4): gzip (and x-gzip), deflate, br,
 * and a list of them applied in turn (`gzip, br`: gzip first, so br is undone first). The one
 * content decoder of the gate: recorded bodies (GoReplay captures) and replayed answers both
 * go through it, so both sides of a comparison are decoded alike.
 *
 * Decoding stops at `cap` bytes of output, at every stage: a body of a few hundred KB can
 * inflate to gigabytes, and only what is kept is ever produced. Streams rather than the
 * one-shot functions because zlib's `maxOutputLength` throws away what it decoded, and a body
 * past the cap is still compared by its first `cap` bytes.
 */
export declare class ContentDecodingError extends Error {
}
/**
 * The decoded body, or once decoding reached the cap (or the end of a cut-off input) only the
 * digest of what it produced: a body past the cap is compared by that alone, and never joined.
 */
export type DecodedContent = {
    capped: false;
    bytes: Buffer;
} | {
    capped: true;
    digest: BodyDigest;
};
type Coding = 'gzip' | 'deflate' | 'br';
/** Real servers apply one coding, rarely two; each stage may cost up to `cap` bytes of work. */
export declare const MAX_STACKED_CODINGS = 4;
/**
 * The codings to undo, last applied first; `[]` when there are none (absent, `identity`), and
 * undefined when one is unknown (zstd, compress) or there are more than MAX_STACKED_CODINGS: the
 * body then stays as it came.
 */
export declare function codingsToUndo(header: string | undefined): Coding[] | undefined;
/**
 * Decodes `body` by the codings of `header` up to `cap` bytes. Undefined when there is nothing
 * this decoder can undo. `truncated`: `body` is only the start of the coded body (the rest was
 * over a cap), so running out of input is no error. Throws ContentDecodingError.
 */
export declare function decodeContent(body: Buffer, header: string | undefined, cap: number, truncated?: boolean): Promise<DecodedContent | undefined>;
export {};
