import type { Exchange, HeaderMap, RecordedBody } from '../snapshot/types.js';
import type { OutgoingRequest } from './types.js';

// Connection-scoped headers (RFC 9110 §7.6.1) and those the client must compute itself.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect', 'http2-settings',
]);

// Production credentials must never reach a preview environment.
const CREDENTIALS = new Set(['cookie', 'authorization']);

/**
 * Rewrites a recorded request for the target: same method, path and body; the origin is the
 * target's whatever the recording says; credentials and hop-by-hop headers dropped; the
 * configured headers added last so they win.
 */
export function outgoingRequest(exchange: Exchange, basePath: string, extraHeaders: HeaderMap): OutgoingRequest {
  const headers: HeaderMap = {};
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    if (HOP_BY_HOP.has(name) || CREDENTIALS.has(name)) continue;
    headers[name] = value;
  }
  // The gate decodes bodies itself, so it asks for what production clients get.
  headers['accept-encoding'] = 'gzip, deflate, br';
  Object.assign(headers, extraHeaders);
  const request: OutgoingRequest = { method: exchange.request.method, path: basePath + originRelative(exchange.request.url), headers };
  const body = bodyBytes(exchange.request.body);
  if (body) request.body = body;
  return request;
}

export function bodyBytes(body: RecordedBody): Buffer | undefined {
  if (body === null) return undefined;
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.base64, 'base64');
}

/**
 * The path and query of a recorded URL. Decoders already reduce absolute URLs; this holds for any
 * caller, so an absolute-form request target (`http://elsewhere/x`), which a proxying target
 * might forward, can never be sent.
 */
export function originRelative(url: string): string {
  let path = url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    try {
      const parsed = new URL(url);
      path = parsed.pathname + parsed.search;
    } catch {
      // Not a URL after all: keep it as a path below the target.
    }
  }
  return path.startsWith('/') ? path : `/${path}`;
}
