import type { RecordedRequest, RecordedResponse } from './types.js';
/**
 * Raw HTTP/1.x messages as a capture tool saw them on the wire (GoReplay writes them so).
 * Bodies are stored as the application sent them: chunked transfer coding is undone and the
 * content codings decoded (src/body/content-coding.ts, as the replay stage decodes answers)
 * before the comparison sees a body; the headers that described the wire form go with it.
 * Decoding stops at MAX_BODY_BYTES: a response past it keeps only its digest, a request keeps
 * its coded body and headers, and is replayed as the client sent it.
 */
export declare function parseHttpRequest(bytes: Buffer): Promise<RecordedRequest>;
export declare function parseHttpResponse(bytes: Buffer): Promise<RecordedResponse>;
