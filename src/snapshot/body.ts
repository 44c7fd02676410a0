import { isUtf8 } from 'node:buffer';
import { base64Bytes, base64Problem, base64Start } from '../body/base64.js';
import { digestOf, MAX_BODY_BYTES, type BodyDigest } from '../body/digest.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import type { RecordedBody, RecordedResponse } from './types.js';

/** Bytes as a recorded body: UTF-8 text stays text, anything else becomes base64; none is null. */
export function recordedBody(bytes: Buffer): RecordedBody {
  if (bytes.length === 0) return null;
  return isUtf8(bytes) ? bytes.toString('utf8') : { base64: bytes.toString('base64') };
}

/** `{"base64": text}` as a recorded body, once the text is known to be base64 (`what` names it in the error). */
export function base64Body(text: string, what: string): RecordedBody {
  const problem = base64Problem(text);
  if (problem) throw new ExchangeFormatError(`${what} is ${problem}`);
  return { base64: text };
}

/**
 * A recorded response with a body past MAX_BODY_BYTES keeps only its digest, as an answer past
 * the cap does: the two are then compared by length and hash, and a snapshot of large bodies
 * does not hold them all while it is sampled.
 */
export function capResponseBody(response: RecordedResponse): RecordedResponse {
  const digest = digestOfLarge(response.body);
  if (digest) {
    response.body = null;
    response.bodyDigest = digest;
  }
  return response;
}

function digestOfLarge(body: RecordedBody): BodyDigest | undefined {
  if (body === null) return undefined;
  if (typeof body === 'string') {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: most bodies need no counting.
    if (body.length * 3 <= MAX_BODY_BYTES) return undefined;
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes <= MAX_BODY_BYTES) return undefined;
    // One code unit past the cap keeps a surrogate pair whole at its edge.
    return digestOf(Buffer.from(body.slice(0, MAX_BODY_BYTES + 1), 'utf8'), bytes);
  }
  const bytes = base64Bytes(body.base64);
  return bytes > MAX_BODY_BYTES ? digestOf(base64Start(body.base64, MAX_BODY_BYTES), bytes) : undefined;
}
