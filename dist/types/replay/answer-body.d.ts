import { type BodyDigest } from '../body/digest.js';
/**
 * An answer's body as the comparison sees it: decoded, or past the cap only its digest (the
 * body then empty: nothing compares a capped body's bytes, and the answers in flight would
 * each hold the cap's worth of them).
 */
export interface AnswerBody {
    body: Buffer;
    bodyDigest?: BodyDigest;
}
/** Whether the body has content codings to undo (most answers have none: no promise hop for them). */
export declare function needsDecoding(kept: Buffer, contentEncoding: string | undefined): boolean;
/** A body with nothing to decode: `kept` is its first `cap` bytes of `wireBytes`. */
export declare function plainBody(kept: Buffer, wireBytes: number, cap: number): AnswerBody;
/**
 * Decodes with the gate's one content decoder, up to `cap` bytes. A body whose coded form was
 * itself cut at the cap decodes as far as its first `cap` bytes go. An undecodable body is kept
 * as it came: the comparison then shows the bytes that differ.
 */
export declare function decodedBody(kept: Buffer, wireBytes: number, contentEncoding: string, cap: number): Promise<AnswerBody>;
