import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { HeaderMap } from '../snapshot/types.js';
import { type AnswerBody, decodedBody, needsDecoding, plainBody } from './answer-body.js';
import { whyUnsendable } from './sendable.js';
import type { Answer, ObservedResponse, OutgoingRequest } from './types.js';

export interface DispatchLimits {
  timeoutMs: number;
  /** Bodies over this, decoded, keep their first bytes, and are compared by length and hash. */
  maxBodyBytes: number;
}

/**
 * Sends one request through undici's dispatcher and collects the answer, decoded. The
 * dispatcher's handler API rather than `request()`: no stream, promise chain or async iterator
 * per response, which is a fifth of the client's CPU per request at the rates the gate runs.
 * One plain timer per request (not an AbortSignal) is the deadline for the whole answer, 1xx
 * answers and body included: undici's headersTimeout starts again on every 1xx and its
 * bodyTimeout on every chunk, so neither bounds a server that keeps talking.
 * Never rejects, and always settles: a failure is an Answer with `error`, and says whether any
 * of the answer had arrived (a request half answered must not be sent again).
 */
export function dispatchOnce(dispatcher: Dispatcher, request: OutgoingRequest, limits: DispatchLimits): Promise<Answer> {
  // Handed to undici, such a request would take a pool connection out of service for good.
  const unsendable = whyUnsendable(request);
  if (unsendable) return Promise.resolve({ error: `not sent: ${unsendable}`, answered: false });
  const started = performance.now();
  return new Promise<Answer>((settle) => {
    let status = 0;
    let headers: HeaderMap = {};
    let body = new CappedBody(limits.maxBodyBytes);
    let answered = false;
    let running: Dispatcher.DispatchController | undefined;
    let settled = false;
    const resolve = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      settle(answer);
    };
    const fail = (error: unknown) => resolve({ error: describeTransportError(error, limits.timeoutMs), answered });
    // Also settles a request the dispatcher never started nor failed (a stalled pool queue).
    const deadline = setTimeout(() => {
      const error = new DeadlineError();
      running?.abort(error);
      fail(error);
    }, limits.timeoutMs);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        running = controller;
        // Queued past the deadline: the answer was already given up on.
        if (settled) controller.abort(new DeadlineError());
      },
      // The first byte of an answer (undici's parser began a message). Deprecated in undici's
      // types but still forwarded; onResponseStart below covers it should that ever stop.
      onResponseStarted() {
        answered = true;
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        answered = true;
        // Informational answers (1xx) come before the final one: only the last counts.
        status = statusCode;
        headers = headerMap(responseHeaders);
        body = new CappedBody(limits.maxBodyBytes);
      },
      onResponseData(controller, chunk) {
        if (controller.aborted) return;
        body.push(chunk);
      },
      onResponseEnd() {
        // The whole answer is in: decoding it is the gate's own work, not the target's delay.
        clearTimeout(deadline);
        const { kept, bytes } = body.result();
        const done = (decoded: AnswerBody) => resolve({ response: observed(status, headers, decoded, Math.round(performance.now() - started)) });
        // Most answers are not compressed: no promise hop for them.
        if (!needsDecoding(kept, headers['content-encoding'])) done(plainBody(kept, bytes, limits.maxBodyBytes));
        else decodedBody(kept, bytes, headers['content-encoding']!, limits.maxBodyBytes).then(done, fail);
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

function observed(status: number, headers: HeaderMap, decoded: AnswerBody, durationMs: number): ObservedResponse {
  const response: ObservedResponse = { status, headers, body: decoded.body, durationMs };
  if (decoded.bodyDigest) response.bodyDigest = decoded.bodyDigest;
  return response;
}

/** Keeps a body's first `cap` bytes (a digest hashes no more) and counts the rest. */
class CappedBody {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    if (this.bytes <= this.cap) this.chunks.push(chunk);
    this.bytes += chunk.length;
  }

  result(): { kept: Buffer; bytes: number } {
    // A copy even of one chunk: a view would keep the socket's whole read buffer alive.
    const whole = Buffer.concat(this.chunks);
    return { kept: this.bytes > this.cap ? whole.subarray(0, this.cap) : whole, bytes: this.bytes };
  }
}

/** Raised when the answer, 1xx answers and body included, is not complete by the request's deadline. */
class DeadlineError extends Error {
  override name = 'TimeoutError';
  constructor() {
    super('the answer was not complete at the deadline');
  }
}

function headerMap(raw: IncomingHttpHeaders): HeaderMap {
  const headers: HeaderMap = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
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
