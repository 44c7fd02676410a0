import { codingsToUndo, decodeContent } from '../body/content-coding.js';
import { type BodyDigest, digestOf } from '../body/digest.js';

/**
 * An answer's body as the comparison sees it: decoded, or past the cap only its digest (the
 * body then empty: nothing compares a capped body's bytes, and the answers in flight would
 * each hold the cap's worth of them).
 */
export interface AnswerBody {
  body: Buffer;
  bodyDigest?: BodyDigest;
}

const NONE = Buffer.alloc(0);

/** Whether the body has content codings to undo (most answers have none: no promise hop for them). */
export function needsDecoding(kept: Buffer, contentEncoding: string | undefined): boolean {
  return kept.length > 0 && contentEncoding !== undefined && (codingsToUndo(contentEncoding)?.length ?? 0) > 0;
}

/** A body with nothing to decode: `kept` is its first `cap` bytes of `wireBytes`. */
export function plainBody(kept: Buffer, wireBytes: number, cap: number): AnswerBody {
  return wireBytes > cap ? { body: NONE, bodyDigest: digestOf(kept, wireBytes, false, cap) } : { body: kept };
}

/**
 * Decodes with the gate's one content decoder, up to `cap` bytes. A body whose coded form was
 * itself cut at the cap decodes as far as its first `cap` bytes go. An undecodable body is kept
 * as it came: the comparison then shows the bytes that differ.
 */
export async function decodedBody(kept: Buffer, wireBytes: number, contentEncoding: string, cap: number): Promise<AnswerBody> {
  try {
    const content = await decodeContent(kept, contentEncoding, cap, wireBytes > kept.length);
    if (!content) return plainBody(kept, wireBytes, cap);
    return content.capped ? { body: NONE, bodyDigest: content.digest } : { body: content.bytes };
  } catch {
    return plainBody(kept, wireBytes, cap);
  }
}
