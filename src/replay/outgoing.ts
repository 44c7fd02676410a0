import { type CredentialPolicy, DEFAULT_CREDENTIAL_POLICY } from '../secrets/credential-policy.js';
import { reduceUrl } from '../snapshot/origin-relative.js';
import type { Exchange, HeaderMap, RecordedBody } from '../snapshot/types.js';
import type { OutgoingRequest } from './types.js';

// Connection-scoped headers (RFC 9110 §7.6.1) and those the client must compute itself.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect', 'http2-settings',
]);

/** Whether a recorded header may be sent to a target: not connection-scoped, not a credential. */
function isForwarded(name: string, credentials: CredentialPolicy): boolean {
  return !HOP_BY_HOP.has(name) && !credentials.isCredentialHeader(name);
}

/** The recorded headers a target may get; production credentials must never reach a preview. */
export function forwardedHeaders(recorded: HeaderMap, credentials: CredentialPolicy): HeaderMap {
  const headers: HeaderMap = {};
  for (const name in recorded) if (isForwarded(name, credentials)) headers[name] = recorded[name]!;
  return headers;
}

/**
 * The path and query a target is asked for: below its origin, credential query parameters left
 * out, and characters past ASCII percent-encoded as UTF-8, as the client must have sent them
 * (a snapshot may hold `/café` decoded; on the wire HTTP/1.1 carries `/caf%C3%A9`).
 */
export function forwardedPath(url: string, credentials: CredentialPolicy): string {
  // Decoders already reduced the URL; read again the one way, so no caller can send an
  // absolute-form target (`http://elsewhere/x`) a proxying target might forward. What is no HTTP
  // URL stays as it is, not starting with `/`: the replay refuses to send it (sendable.ts).
  return encodeNonAscii(credentials.forwardableUrl(reduceUrl(url)?.path ?? url));
}

function encodeNonAscii(path: string): string {
  // A lone surrogate cannot be encoded: left as it is, the request is then counted unsendable.
  return path.replace(/[^\x00-\x7f]+/gu, (run) => {
    try {
      return encodeURI(run);
    } catch {
      return run;
    }
  });
}

/**
 * Rewrites a recorded request for the target: same method, path and body; the origin is the
 * target's whatever the recording says; credentials (headers and query parameters) and
 * hop-by-hop headers dropped; the configured headers (the `headers` input, then the route's
 * requestHeaders) added last so they win.
 */
export function outgoingRequest(exchange: Exchange, basePath: string, extraHeaders: HeaderMap, credentials: CredentialPolicy = DEFAULT_CREDENTIAL_POLICY): OutgoingRequest {
  const headers = forwardedHeaders(exchange.request.headers, credentials);
  // The gate decodes bodies itself, so it asks for what production clients get.
  headers['accept-encoding'] = 'gzip, deflate, br';
  Object.assign(headers, extraHeaders);
  const request: OutgoingRequest = { method: exchange.request.method, path: basePath + forwardedPath(exchange.request.url, credentials), headers };
  const body = bodyBytes(exchange.request.body);
  if (body) request.body = body;
  return request;
}

export function bodyBytes(body: RecordedBody): Buffer | undefined {
  if (body === null) return undefined;
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.base64, 'base64');
}
