import type { RecordedBody, RecordedResponse } from './types.js';
/** Bytes as a recorded body: UTF-8 text stays text, anything else becomes base64; none is null. */
export declare function recordedBody(bytes: Buffer): RecordedBody;
/** `{"base64": text}` as a recorded body, once the text is known to be base64 (`what` names it in the error). */
export declare function base64Body(text: string, what: string): RecordedBody;
/**
 * A recorded response with a body past MAX_BODY_BYTES keeps only its digest, as an answer past
 * the cap does: the two are then compared by length and hash, and a snapshot of large bodies
 * does not hold them all while it is sampled.
 */
export declare function capResponseBody(response: RecordedResponse): RecordedResponse;
