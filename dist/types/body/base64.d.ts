/**
 * Strict base64 (RFC 4648 §4, the standard alphabet) for bodies in snapshots. Node's
 * Buffer.from(text, 'base64') skips any character it does not know and stops at the first `=`,
 * so junk would pass as a body nobody recorded; a recorded body must be what was recorded.
 * Padding may be left out (some encoders do); whitespace, other alphabets and stray `=` may not.
 */
export declare function base64Problem(text: string): string | undefined;
/** Bytes that valid base64 `text` decodes to, without decoding it. */
export declare function base64Bytes(text: string): number;
/** The first `bytes` bytes of valid base64 `text`, decoding no more than they need. */
export declare function base64Start(text: string, bytes: number): Buffer;
