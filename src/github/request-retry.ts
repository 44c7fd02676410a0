import { type Clock, systemClock } from '../replay/clock.js';
import { type ApiFailure, describeFailure, GitHubUnavailableError } from './api-failure.js';
import type { GitHubClient } from './types.js';

export interface RetryPolicy {
  /** Tries per call, the first one included. */
  tries: number;
  /** A call never waits past this from its first try: a limit that resets later fails the call at once. */
  budgetMs: number;
  /** Each try is abandoned after this. */
  timeoutMs: number;
  /** Waits between tries go through it, so tests check them without sleeping. */
  clock?: Clock;
  /** One line per try made again, saying why. */
  log?: (line: string) => void;
  /**
   * The runner's last warning (its SIGTERM, 2.5 s before it kills the process): from then on no
   * call waits, a try in flight is abandoned and made once more at once, and nothing is tried
   * past HURRY_WINDOW_MS.
   */
  hurry?: AbortSignal;
}

export const GITHUB_RETRY: Pick<RetryPolicy, 'tries' | 'budgetMs' | 'timeoutMs'> = { tries: 4, budgetMs: 60_000, timeoutMs: 30_000 };

const HURRY_WINDOW_MS = 2000;
// 1, 2, 4 s after an error or a timeout. GitHub asks for at least a minute after a secondary
// limit without retry-after, more than one call may wait; 10 s then 20 s is the most that fits.
const BACKOFF_MS: Partial<Record<ApiFailure['kind'], number>> = { 'secondary-rate-limit': 10_000 };
const DEFAULT_BACKOFF_MS = 1000;

class AttemptTimeout extends Error {
  override name = 'TimeoutError';
}

/**
 * Makes every request of `client` (each page of a paginated one included) survive GitHub's
 * passing failures: 5xx answers, timeouts, dropped connections and rate limits are tried again,
 * honouring `retry-after` and `x-ratelimit-reset`, at most `tries` times and never past
 * `budgetMs`; refusals (a permission, a 404, a 422) are passed on at once. A POST that timed out
 * is not sent again: GitHub may have done it, and a second check run or comment would be worse.
 * What is given up on throws GitHubUnavailableError with one line saying what happened.
 */
export function retryRequests(client: GitHubClient, policy: RetryPolicy): void {
  const clock = policy.clock ?? systemClock;
  const log = policy.log ?? (() => {});
  let hurriedAt: number | undefined;
  const hurried = new Promise<void>((resolve) => {
    if (!policy.hurry) return;
    const mark = () => {
      hurriedAt = clock.now();
      resolve();
    };
    if (policy.hurry.aborted) mark();
    else policy.hurry.addEventListener('abort', mark, { once: true });
  });
  const hurryLeft = () => (hurriedAt === undefined ? Number.POSITIVE_INFINITY : HURRY_WINDOW_MS - (clock.now() - hurriedAt));

  client.hook.wrap('request', async (request, options) => {
    const route = `${options.method} ${options.url}`;
    const started = clock.now();
    for (let tries = 1; ; tries++) {
      const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, policy.budgetMs - (clock.now() - started), hurryLeft()));
      const attempt = new AbortController();
      const timer = setTimeout(() => attempt.abort(new AttemptTimeout()), timeoutMs);
      const abandon = () => attempt.abort(new Error('abandoned: the run is being cancelled'));
      policy.hurry?.addEventListener('abort', abandon, { once: true });
      let failure: ApiFailure;
      try {
        // In place: the hooks inside this one were bound to this very object and read it, not the argument.
        options.request = { ...options.request, signal: attempt.signal };
        return await request(options);
      } catch (error) {
        const timedOut = attempt.signal.reason instanceof AttemptTimeout;
        failure = timedOut ? { kind: 'timeout', message: `no answer within ${seconds(timeoutMs)}` } : describeFailure(error, clock.epochMs());
        if (failure.kind === 'refused') throw error;
        const giveUp = (why: string) => new GitHubUnavailableError(why, failure, { cause: error });
        const waited = clock.now() - started;
        if (timedOut && options.method === 'POST') throw giveUp(`${summary(failure)} (not sent again: GitHub may have done it)`);
        if (hurriedAt !== undefined) {
          // No waiting once the runner is about to kill the process; a rate limit will not lift in time.
          if (hurryLeft() <= 0 || failure.kind === 'rate-limit' || failure.kind === 'secondary-rate-limit' || tries >= policy.tries) {
            throw giveUp(`${summary(failure)} (the run is being cancelled: no time to try again)`);
          }
          continue;
        }
        if (tries >= policy.tries) throw giveUp(`${summary(failure)} (${tries} tries over ${seconds(waited)})`);
        const waitMs = failure.waitMs ?? (BACKOFF_MS[failure.kind] ?? DEFAULT_BACKOFF_MS) * 2 ** (tries - 1);
        if (waited + waitMs > policy.budgetMs) {
          throw giveUp(`${summary(failure)}; waiting ${seconds(waitMs)} more would pass the ${seconds(policy.budgetMs)} one call may wait`);
        }
        log(`GitHub: ${route}: ${summary(failure)}; trying again in ${seconds(waitMs)} (try ${tries + 1} of ${policy.tries})`);
        await Promise.race([clock.sleep(waitMs), hurried]);
      } finally {
        clearTimeout(timer);
        policy.hurry?.removeEventListener('abort', abandon);
      }
    }
  });
}

function summary(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'timeout':
    case 'network':
      return `could not reach GitHub: ${failure.message}`;
    case 'secondary-rate-limit':
      return `rate-limited by GitHub (${failure.status}): ${failure.message}`;
    case 'rate-limit':
      return `the token's API rate limit is used up (${failure.status}) until ${new Date(failure.resetAt ?? 0).toISOString()}`;
    default:
      return `GitHub answered ${failure.status}: ${failure.message}`;
  }
}

function seconds(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 100) / 10} s`;
}
