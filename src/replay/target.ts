import { Pool } from 'undici';
import { InputError } from '../errors.js';
import { carriesUserinfo, withoutUserinfo } from '../secrets/url-credentials.js';
import type { HeaderMap } from '../snapshot/types.js';
import { type Clock, systemClock } from './clock.js';
import { dispatchOnce } from './dispatch-once.js';
import { RateLimiter } from './rate-limiter.js';
import { MAX_RETRY_AFTER_MS, retryAfterMs } from './retry-after.js';
import type { Answer, ObservedResponse, OutgoingRequest } from './types.js';

export interface TargetOptions {
  concurrency: number;
  /** Requests per second; 0 for no limit. */
  rateLimit: number;
  timeoutMs: number;
  /** Bodies over this are compared by length and hash only. */
  maxBodyBytes: number;
  /** How often one request is tried again after the target said it is overloaded. */
  throttleRetries?: number;
  /** Waits go through it, so tests check Retry-After without sleeping. */
  clock?: Clock;
}

/** What a target did to the run besides answering: for progress lines and the results. */
export interface TargetCounters {
  /** Requests sent, retries included. */
  sent: number;
  /** Answers 429, or 503 with Retry-After, that made the gate wait and ask again. */
  throttled: number;
  /** Requests tried again after the connection failed before any answer. */
  connectionRetries: number;
}


const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// Connection failures. Retried only when not a byte of the answer had arrived (Answer.answered):
// a reset in the middle of a body means the target took the request and acted on it. A timeout is
// never retried either: the target may still be working on it.
const RETRYABLE = /ECONNREFUSED|ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/;
const CONNECTION_RETRY_DELAY_MS = 100;
const DEFAULT_THROTTLE_RETRIES = 3;

/**
 * One deployment under test. Every request goes to its origin through one keep-alive pool,
 * whatever the snapshot said; redirects are answers to compare, never followed.
 */
export class Target {
  readonly origin: string;
  readonly basePath: string;
  private readonly pool: Pool;
  readonly limiter: RateLimiter;
  private readonly clock: Clock;
  readonly counters: TargetCounters = { sent: 0, throttled: 0, connectionRetries: 0 };

  constructor(
    baseUrl: string,
    private readonly options: TargetOptions,
  ) {
    const url = parseBaseUrl(baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(this.origin, { connections: options.concurrency, keepAliveTimeout: 10_000 });
    this.clock = options.clock ?? systemClock;
    this.limiter = new RateLimiter(options.rateLimit, this.clock);
  }

  /**
   * Sends one request and returns its answer. A connection refused or reset before any byte of an
   * answer is tried once more, for idempotent methods only. An overloaded target (429; 503 with Retry-After,
   * for idempotent methods) pauses and slows the whole target's bucket, and the request is asked
   * again up to `throttleRetries` times; still refused after that, it is a failure to answer, not
   * an answer to compare: a preview's load limits are not the pull request's behaviour.
   */
  async send(request: OutgoingRequest): Promise<Answer> {
    const maxThrottleRetries = this.options.throttleRetries ?? DEFAULT_THROTTLE_RETRIES;
    let connectionRetries = 0;
    let throttleRetries = 0;
    for (;;) {
      const answer = await this.attempt(request);
      if (!answer.response) {
        if (connectionRetries > 0 || answer.answered !== false || !RETRYABLE.test(answer.error) || !IDEMPOTENT.has(request.method)) return answer;
        connectionRetries++;
        this.counters.connectionRetries++;
        await this.clock.sleep(CONNECTION_RETRY_DELAY_MS);
        continue;
      }
      const pause = this.throttlePause(answer.response, request.method, throttleRetries);
      if (pause === undefined) return answer;
      if (throttleRetries >= maxThrottleRetries) {
        const { status } = answer.response;
        return { error: `still ${status}${status === 429 ? ' Too Many Requests' : ' Service Unavailable'} after ${throttleRetries} retries honouring Retry-After` };
      }
      throttleRetries++;
      this.counters.throttled++;
      this.limiter.throttled(pause);
    }
  }

  /**
   * One GET of `path` (below the base path), outside the bucket: it asks whether the deployment
   * is up at all, before any replay starts.
   */
  async probe(path: string, headers: HeaderMap, timeoutMs: number): Promise<Answer> {
    return this.exchange({ method: 'GET', path: this.basePath + path, headers }, timeoutMs);
  }

  /**
   * Every answer the gate waits for has settled by the time it closes a target (dispatchOnce
   * always settles); what undici may still hold is a request given up at its deadline. A graceful
   * close would wait for that one as long as the server likes, so the pool is destroyed.
   */
  close(): Promise<void> {
    return this.pool.destroyed ? Promise.resolve() : this.pool.destroy();
  }

  /** Ends every request in flight at once, each as an answer with an error: the run is cancelled. */
  abort(): Promise<void> {
    return this.pool.destroy();
  }

  /** Milliseconds to wait before asking again when the answer says the target is overloaded. */
  private throttlePause(response: ObservedResponse, method: string, retries: number): number | undefined {
    const asked = retryAfterMs(response.headers['retry-after'], this.clock.epochMs());
    if (response.status === 429) return asked ?? Math.min(1000 * 2 ** retries, MAX_RETRY_AFTER_MS);
    // A 503 without Retry-After may be the code's real answer; with it, the server says "later".
    if (response.status === 503 && asked !== undefined && IDEMPOTENT.has(method)) return asked;
    return undefined;
  }

  private async attempt(request: OutgoingRequest): Promise<Answer> {
    await this.limiter.take();
    return this.exchange(request, this.options.timeoutMs);
  }

  private exchange(request: OutgoingRequest, timeoutMs: number): Promise<Answer> {
    this.counters.sent++;
    // The pool is bound to the target's origin: the path, a Host header or a Location can
    // change what the target is asked, never which host is asked.
    return dispatchOnce(this.pool, request, { timeoutMs, maxBodyBytes: this.options.maxBodyBytes });
  }
}

function parseBaseUrl(baseUrl: string): URL {
  // Never printed with its credentials, and never used with them: the origin would drop them
  // silently, and the headers input is where a preview's credentials go.
  const shown = withoutUserinfo(baseUrl);
  if (carriesUserinfo(baseUrl)) {
    throw new InputError(`"${shown}" must not carry credentials (user:password@); send them with input "headers" instead`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InputError(`"${shown}" is not a URL; give the base URL of the deployment, e.g. https://pr-42.preview.example.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`"${shown}" must be an http:// or https:// URL`);
  }
  // The query is left out of the message: it may be an access token.
  if (url.search || url.hash) throw new InputError(`"${url.origin}${url.pathname}" must not carry a query or fragment`);
  return url;
}

/** One line for the log when the target pushed back: how often, and what the gate did about it. */
export function describeThrottling(target: Target): string {
  const rate = target.limiter.currentRate;
  const now = Number.isFinite(rate) ? `; now at most ${Math.round(rate * 10) / 10} requests/s` : '';
  return `${target.origin} asked the gate to slow down ${target.counters.throttled} times (429, or 503 with Retry-After): paused as asked and halved the rate ${target.limiter.slowDowns} times${now}`;
}
