import { createHash, type Hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import type { Dispatcher } from 'undici';
import type { HeaderMap } from '../snapshot/types.js';
import type { Answer, ObservedResponse, OutgoingRequest } from './types.js';

const decoders: Record<string, (input: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

export interface DispatchLimits {
  timeoutMs: number;
  /** Bodies over this keep their first bytes, and are compared by length and hash. */
  maxBodyBytes: number;
}

/**
 * Sends one request through undici's dispatcher and collects the answer, decoded. The
 * dispatcher's handler API rather than `request()`: no stream, promise chain or async iterator
 * per response, which is a fifth of the client's CPU per request at the rates the gate runs.
 * Likewise no AbortSignal (a timer per request): undici's headersTimeout and bodyTimeout bound
 * the wait for headers and each pause in the body, and the body as a whole is cut at the deadline.
 * Never rejects: a failure is an Answer with `error`.
 */
export function dispatchOnce(dispatcher: Dispatcher, request: OutgoingRequest, limits: DispatchLimits): Promise<Answer> {
  const started = performance.now();
  const deadline = started + limits.timeoutMs;
  return new Promise<Answer>((resolve) => {
    let status = 0;
    let headers: HeaderMap = {};
    let body = new CappedBody(limits.maxBodyBytes);
    const fail = (error: unknown) => resolve({ error: describeTransportError(error, limits.timeoutMs) });
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders) {
        // Informational answers (1xx) come before the final one: only the last counts.
        status = statusCode;
        headers = headerMap(responseHeaders);
        body = new CappedBody(limits.maxBodyBytes);
      },
      onResponseData(controller, chunk) {
        if (controller.aborted) return;
        if (performance.now() > deadline) controller.abort(new BodyDeadlineError('the body was still arriving at the deadline'));
        else body.push(chunk);
      },
      onResponseEnd() {
        const observed = collected(status, headers, body);
        // Most answers are not compressed: no promise hop for them.
        if (observed.bodyDigest || !needsDecoding(headers['content-encoding'], observed.body)) {
          observed.durationMs = Math.round(performance.now() - started);
          resolve({ response: observed });
          return;
        }
        decode(observed.body, headers['content-encoding']!).then((decoded) => {
          observed.body = decoded;
          observed.durationMs = Math.round(performance.now() - started);
          resolve({ response: observed });
        }, fail);
      },
      onResponseError(_controller, error) {
        fail(error);
      },
    };
    try {
      dispatcher.dispatch(
        {
          method: request.method as Dispatcher.HttpMethod,
          path: request.path,
          headers: request.headers,
          body: request.body ?? null,
          headersTimeout: limits.timeoutMs,
          bodyTimeout: limits.timeoutMs,
        },
        handler,
      );
    } catch (error) {
      fail(error);
    }
  });
}

function collected(status: number, headers: HeaderMap, body: CappedBody): ObservedResponse {
  const raw = body.result();
  const observed: ObservedResponse = { status, headers, body: raw.body };
  if (raw.digest) observed.bodyDigest = raw.digest;
  return observed;
}

/** Keeps a body up to `cap` bytes; past it, only hashes the rest (length and SHA-256 of the whole). */
class CappedBody {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private hash: Hash | undefined;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.hash) {
      this.hash.update(chunk);
      return;
    }
    this.chunks.push(chunk);
    if (this.bytes > this.cap) {
      this.hash = createHash('sha256');
      for (const kept of this.chunks) this.hash.update(kept);
    }
  }

  result(): { body: Buffer; digest?: { bytes: number; sha256: string } } {
    // A copy even of one chunk: a view would keep the socket's whole read buffer alive.
    const whole = Buffer.concat(this.chunks);
    if (!this.hash) return { body: whole };
    return { body: whole.subarray(0, this.cap), digest: { bytes: this.bytes, sha256: this.hash.digest('hex') } };
  }
}

/** Raised when a body still trickles in past the request's deadline. */
class BodyDeadlineError extends Error {
  override name = 'TimeoutError';
}

function headerMap(raw: IncomingHttpHeaders): HeaderMap {
  const headers: HeaderMap = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function needsDecoding(encoding: string | undefined, body: Buffer): boolean {
  const name = encoding?.trim().toLowerCase();
  return body.length > 0 && name !== undefined && Object.hasOwn(decoders, name);
}

/** An undecodable body is kept as it came: the comparison then shows the bytes that differ. */
async function decode(body: Buffer, encoding: string): Promise<Buffer> {
  try {
    return await decoders[encoding.trim().toLowerCase()]!(body);
  } catch {
    return body;
  }
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.code === 'UND_ERR_HEADERS_TIMEOUT' || err.code === 'UND_ERR_BODY_TIMEOUT') {
    return `no answer within ${timeoutMs} ms`;
  }
  const code = err.code ?? err.cause?.code;
  const message = (err.cause?.message ?? err.message ?? String(error)).split('\n')[0];
  return code && !message?.includes(code) ? `${code}: ${message}` : (message ?? 'request failed');
}
