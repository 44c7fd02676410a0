import { TargetUnreachableError } from '../errors.js';
import type { HeaderMap } from '../snapshot/types.js';
import { type Clock, systemClock } from './clock.js';
import type { Target } from './target.js';

/** The first pause between polls; it doubles after each miss... */
const FIRST_DELAY_MS = 500;
/** ...up to this, so a deploy that lands is noticed within seconds even late in the wait. */
const MAX_DELAY_MS = 10_000;
/** One poll never waits longer than this for an answer; a hung health check is a miss... */
const MAX_PROBE_MS = 10_000;
/** ...nor less, even at the deadline: the last poll deserves a real chance to answer. */
const MIN_PROBE_MS = 1000;
/** While waiting, a line at most this often (and whenever the answer changes). */
const LOG_INTERVAL_MS = 30_000;

export interface WaitForOptions {
  /** A path on the target, below its base path, e.g. `/healthz`. */
  path: string;
  timeoutMs: number;
  /** The `headers` input: a preview may need its access token for the health check too. */
  headers: HeaderMap;
  clock?: Clock;
  log?: (line: string) => void;
}

/**
 * Polls `path` on the target until it answers 2xx, with exponential backoff (500 ms doubling to
 * 10 s), for up to `timeoutMs` (plus at most 1 s for the last poll's answer). Preview deploys lag
 * behind the workflow that starts the gate; replaying against a deployment still starting would
 * report its 502s as the PR's regressions. Throws TargetUnreachableError naming the last answer
 * or error when it never came up.
 */
export async function waitForTarget(target: Target, name: string, options: WaitForOptions): Promise<void> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const where = `${name} ${target.origin}${target.basePath}`;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  let delay = FIRST_DELAY_MS;
  let tries = 0;
  let last = '';
  let lastLogged = { at: Number.NEGATIVE_INFINITY, what: '' };
  for (;;) {
    const probeMs = Math.min(MAX_PROBE_MS, Math.max(MIN_PROBE_MS, deadline - clock.now()));
    const answer = await target.probe(options.path, options.headers, probeMs);
    tries++;
    if (answer.response && answer.response.status >= 200 && answer.response.status < 300) {
      if (tries > 1) log(`${where} answered ${answer.response.status} on ${options.path} after ${tries} tries (${seconds(clock.now() - started)})`);
      return;
    }
    last = answer.response ? `last answer ${answer.response.status}${credentialsHint(answer.response.status)}` : `last error: ${answer.error}`;
    const now = clock.now();
    if (now >= deadline) {
      throw new TargetUnreachableError(`${where} did not answer 2xx on ${options.path} within ${seconds(options.timeoutMs)}: ${last}`);
    }
    if (last !== lastLogged.what || now - lastLogged.at >= LOG_INTERVAL_MS) {
      lastLogged = { at: now, what: last };
      log(`Waiting for ${where} to answer 2xx on ${options.path} (${last}); up to ${seconds(deadline - now)} more`);
    }
    await clock.sleep(Math.min(delay, deadline - now));
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

/** A health check behind the same token check as the API: what to fix is the headers input, not the deploy. */
function credentialsHint(status: number): string {
  return status === 401 || status === 403 || status === 407 ? ': check the credentials in the headers input' : '';
}

/** `300 s`, `1.5 s`: the wait is configured in milliseconds but read in seconds. */
function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
