import { type CredentialPolicy } from '../secrets/credential-policy.js';
import type { Exchange, HeaderMap, RecordedBody } from '../snapshot/types.js';
import type { OutgoingRequest } from './types.js';
/** The recorded headers a target may get; production credentials must never reach a preview. */
export declare function forwardedHeaders(recorded: HeaderMap, credentials: CredentialPolicy): HeaderMap;
/**
 * The path and query a target is asked for: below its origin, credential query parameters left
 * out, and characters past ASCII percent-encoded as UTF-8, as the client must have sent them
 * (a snapshot may hold `/café` decoded; on the wire HTTP/1.1 carries `/caf%C3%A9`).
 */
export declare function forwardedPath(url: string, credentials: CredentialPolicy): string;
/**
 * Rewrites a recorded request for the target: same method, path and body; the origin is the
 * target's whatever the recording says; credentials (headers and query parameters) and
 * hop-by-hop headers dropped; the configured headers (the `headers` input, then the route's
 * requestHeaders) added last so they win.
 */
export declare function outgoingRequest(exchange: Exchange, basePath: string, extraHeaders: HeaderMap, credentials?: CredentialPolicy): OutgoingRequest;
export declare function bodyBytes(body: RecordedBody): Buffer | undefined;
