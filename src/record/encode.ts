import { ContentDecodingError, decodeContent } from '../body/content-coding.js';
import { MAX_BODY_BYTES } from '../body/digest.js';
import { recordedBody } from '../snapshot/body.js';
import type { Exchange, HeaderMap, RecordedResponse } from '../snapshot/types.js';
import type { Capture } from './capture.js';

export type EncodeFailure = 'body-over-cap' | 'memory' | 'undecodable';

// Framing belongs to one connection, not to the exchange the gate compares.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

/**
 * A capture as a canonical exchange (README "Snapshot formats"): the response body decoded from
 * its content coding (as the gate decodes a replayed answer), a body past the cap kept as its
 * digest. Undefined with the reason when it cannot be recorded faithfully.
 */
export async function encodeCapture(capture: Capture, id: string): Promise<Exchange | EncodeFailure> {
  const { requestBody, responseBody } = capture;
  try {
    if (requestBody.starved || responseBody.starved) return 'memory';
    const requestBytes = requestBody.whole();
    if (!requestBytes) return 'body-over-cap';
    const response: RecordedResponse = { status: capture.status, headers: headerMap(capture.responseHeaders), body: null, durationMs: capture.durationMs };
    const wire = responseBody.whole();
    const coding = response.headers['content-encoding'];
    if (!wire) {
      const digest = responseBody.digest();
      // The digest is of the bytes as sent; it is the gate's only for a body sent as it is.
      if (!digest || (coding && coding.toLowerCase() !== 'identity')) return 'body-over-cap';
      response.bodyDigest = digest;
      delete response.headers['content-length'];
    } else if (capture.method === 'HEAD' || wire.length === 0) {
      response.body = null;
    } else {
      const content = coding ? await decodeContent(wire, coding, MAX_BODY_BYTES) : undefined;
      if (content) {
        delete response.headers['content-encoding'];
        delete response.headers['content-length'];
      }
      if (content?.capped) response.bodyDigest = content.digest;
      else response.body = recordedBody(content?.bytes ?? wire);
    }
    return {
      id,
      recordedAt: new Date(capture.startedAt).toISOString(),
      request: { method: capture.method, url: capture.url, headers: headerMap(capture.requestHeaders), body: recordedBody(requestBytes) },
      response,
    };
  } catch (error) {
    if (error instanceof ContentDecodingError) return 'undecodable';
    throw error;
  } finally {
    requestBody.free();
    responseBody.free();
  }
}

function headerMap(headers: Capture['responseHeaders']): HeaderMap {
  const map: HeaderMap = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower)) continue;
    map[lower] = Array.isArray(value) ? value.join(lower === 'cookie' ? '; ' : ', ') : String(value);
  }
  return map;
}
