import { messageOf } from '../errors.js';
import { retryAfterMs } from '../replay/retry-after.js';

/**
 * Why a GitHub call failed, as far as what to do next goes: `refused` is GitHub's answer and
 * asking again changes nothing (a permission, a missing resource, a bad request); the others
 * are passing conditions worth another try.
 */
export type FailureKind = 'refused' | 'server' | 'timeout' | 'network' | 'secondary-rate-limit' | 'rate-limit';

export interface ApiFailure {
  kind: FailureKind;
  status?: number;
  /** How long GitHub asked to wait before the next try: `retry-after`, or until `x-ratelimit-reset`. */
  waitMs?: number;
  /** When the token's rate limit resets (epoch ms), for a used-up primary limit. */
  resetAt?: number;
  message: string;
}

/**
 * What a failed call tells. Secondary rate limits come as 403 or 429, with a message saying so
 * or a `retry-after`; a used-up primary limit as 403 or 429 with `x-ratelimit-remaining: 0`
 * (GitHub's "Rate limits for the REST API"). Any other 403 is a refusal: the token may not.
 */
export function describeFailure(error: unknown, epochMs: number): ApiFailure {
  const err = error as { status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } };
  const status = typeof err.status === 'number' ? err.status : undefined;
  const message = messageOf(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const headers = err.response?.headers ?? {};
  const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
  // Octokit gives a request that got no answer at all (refused, reset, DNS) status 500 and no response.
  if (status === undefined || (status === 500 && !err.response)) return { kind: 'network', message };

  if (status === 403 || status === 429) {
    const bodyMessage = String((err.response?.data as { message?: unknown } | undefined)?.message ?? message);
    const retryAfter = retryAfterMs(header('retry-after'), epochMs);
    if (/secondary rate limit/i.test(bodyMessage) || retryAfter !== undefined) {
      return { kind: 'secondary-rate-limit', status, message, ...(retryAfter !== undefined ? { waitMs: retryAfter } : {}) };
    }
    const reset = Number(header('x-ratelimit-reset'));
    if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
      // A second more than the reset: GitHub's clock and ours are not the same clock.
      return { kind: 'rate-limit', status, message, resetAt: reset * 1000, waitMs: Math.max(0, reset * 1000 - epochMs) + 1000 };
    }
    if (status === 429) return { kind: 'secondary-rate-limit', status, message };
    return { kind: 'refused', status, message };
  }
  if (status >= 500) {
    const retryAfter = retryAfterMs(header('retry-after'), epochMs);
    return { kind: 'server', status, message, ...(retryAfter !== undefined ? { waitMs: retryAfter } : {}) };
  }
  return { kind: 'refused', status, message };
}

/**
 * A call given up on after trying again: what happened, in one line, and the last failure, so
 * the caller tells a rate limit from a permission without parsing the message.
 */
export class GitHubUnavailableError extends Error {
  override name = 'GitHubUnavailableError';
  readonly status?: number;

  constructor(
    message: string,
    readonly failure: ApiFailure,
    options?: { cause: unknown },
  ) {
    super(message, options);
    if (failure.status !== undefined) this.status = failure.status;
  }
}

/** The failure behind any error a GitHub call threw. */
export function failureOf(error: unknown, epochMs: number): ApiFailure {
  if (error instanceof GitHubUnavailableError) return { ...error.failure, message: error.message };
  return describeFailure(error, epochMs);
}
