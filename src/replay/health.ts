import { type RefusalCounters, RefusalTally } from './refusals.js';
import type { Answer } from './types.js';
import { EndpointTally, MAX_FAILING_RATE, MIN_REQUESTS_FOR_RATE } from './widespread.js';

/** A TargetHealth as plain JSON: what a shard's partial carries so the merge judges all shards together. */
export interface HealthCounters {
  attempts: number;
  failures: number;
  serverErrors: number;
  /** Failures in a row at the end. */
  consecutive: number;
  firstError?: string;
  firstServerError?: string;
  endpoints: [string, { requests: number; failed: number }][];
  refusals: RefusalCounters;
}

/** Failures in a row that say the target went away mid-run. */
const MAX_CONSECUTIVE = 10;

/**
 * Tells a target that cannot be judged from one whose code regressed, so the gate stops
 * hammering a preview that is down and never calls a broken deployment a verdict on the code.
 *
 * Two kinds of failure are counted:
 * - no answer (connection refused or reset, timeout, still throttled after retries): the target
 *   is unhealthy after MAX_CONSECUTIVE in a row, or when more than half of at least 20 asks got
 *   no answer;
 * - a 5xx answer where production had not answered 5xx. A 500 on one endpoint is a real
 *   regression and is reported as one; the target is unhealthy only when, over at least 20 asks,
 *   more than half failed (5xx or no answer) AND more than half of the answers failed on at
 *   least 80% of the endpoints seen, and on at least two of them. That is a deployment that
 *   is broken everywhere (a missing database, a crash loop behind a proxy), not a change in code.
 *
 * Apart from failures, answers that refuse the gate's credentials (401, 407, and 403 where
 * production answered 2xx) are tallied per request by RefusalTally: a wall of them means the
 * headers input is missing, expired or wrong, which the gate cannot judge either.
 */
export class TargetHealth {
  attempts = 0;
  /** Asks that got no answer. */
  failures = 0;
  /** Answers 5xx where the recording was not. */
  serverErrors = 0;
  private consecutive = 0;
  firstError: string | undefined;
  private firstServerError: string | undefined;
  private readonly endpoints = new EndpointTally();
  private readonly refusals = new RefusalTally();

  /**
   * Counts one ask: its answer, the endpoint it belongs to and what production had answered.
   * `firstOfRequest`: refusals are counted per request, on its first answer, so the error line's
   * counts are requests, whether the run asked each once, twice or three times.
   */
  record(answer: Answer, endpoint = '', recordedStatus?: number, firstOfRequest = true): void {
    this.attempts++;
    if (answer.error !== undefined) {
      this.failures++;
      this.consecutive++;
      this.endpoints.add(endpoint, true);
      this.firstError ??= answer.error;
      return;
    }
    this.consecutive = 0;
    const { status } = answer.response;
    if (firstOfRequest) this.refusals.record(status, endpoint, recordedStatus);
    const serverError = status >= 500 && !(recordedStatus !== undefined && recordedStatus >= 500);
    this.endpoints.add(endpoint, serverError);
    if (serverError) {
      this.serverErrors++;
      this.firstServerError ??= `${status} on ${endpoint || 'a request'}`;
    }
  }

  counters(): HealthCounters {
    const counters: HealthCounters = {
      attempts: this.attempts, failures: this.failures, serverErrors: this.serverErrors, consecutive: this.consecutive,
      endpoints: this.endpoints.entries(), refusals: this.refusals.counters(),
    };
    if (this.firstError !== undefined) counters.firstError = this.firstError;
    if (this.firstServerError !== undefined) counters.firstServerError = this.firstServerError;
    return counters;
  }

  /**
   * The health of several shards' asks taken together: counts add up; the first errors are the
   * first shard's that had one; failures in a row are the longest run of any shard (each ran
   * its own).
   */
  static merged(all: readonly HealthCounters[]): TargetHealth {
    const health = new TargetHealth();
    for (const c of all) {
      health.attempts += c.attempts;
      health.failures += c.failures;
      health.serverErrors += c.serverErrors;
      health.consecutive = Math.max(health.consecutive, c.consecutive);
      health.firstError ??= c.firstError;
      health.firstServerError ??= c.firstServerError;
      health.endpoints.addAll(c.endpoints);
      health.refusals.addAll(c.refusals);
    }
    return health;
  }

  /** Clear enough, mid-run, that the target cannot be judged: stop sending to it. */
  get tripped(): boolean {
    return this.unanswering || this.refusals.stopsRun || (this.attempts >= MIN_REQUESTS_FOR_RATE && this.endpoints.widespread(this.failures + this.serverErrors, this.attempts));
  }

  /** At the end of a run (or after `tripped`): the answers cannot be judged as the code's. */
  get cannotJudge(): boolean {
    return this.tripped || this.dead || this.refusals.walled;
  }

  get dead(): boolean {
    return this.attempts > 0 && this.failures === this.attempts;
  }

  /** Gone away mid-run, or mostly not answering (see the class comment). */
  private get unanswering(): boolean {
    if (this.consecutive >= MAX_CONSECUTIVE) return true;
    return this.attempts >= MIN_REQUESTS_FOR_RATE && this.failures / this.attempts > MAX_FAILING_RATE;
  }

  /** Why the target cannot be judged, in one line that says what to fix; `name` is e.g. `target https://…`. */
  describe(name: string): string {
    if (this.dead) return `${name} is unreachable: all ${this.attempts} requests failed (${this.firstError})`;
    // Credentials first: a preview that answers 401 is up, and what to fix is the headers input.
    if (!this.unanswering && this.refusals.walled) return this.refusals.describe(name);
    const failed = this.failures + this.serverErrors;
    const parts: string[] = [];
    if (this.failures > 0) parts.push(`${this.failures} without an answer (first: ${this.firstError})`);
    if (this.serverErrors > 0) {
      parts.push(`${this.serverErrors} answered 5xx, failing ${this.endpoints.failing()} of ${this.endpoints.size} endpoints (first: ${this.firstServerError})`);
    }
    return `${name} unhealthy: ${failed} of ${this.attempts} requests failed: ${parts.join('; ')}`;
  }
}
