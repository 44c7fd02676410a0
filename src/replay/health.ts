import type { Answer } from './types.js';

/** Below this many answers, rates say too little to stop a run on. */
const MIN_ATTEMPTS_FOR_RATE = 20;
/** A failure rate above this, over the whole run so far, is not a deployment worth judging. */
const MAX_FAILURE_RATE = 0.5;
/** Failures in a row that say the target went away mid-run. */
const MAX_CONSECUTIVE = 10;
/** An endpoint "fails" when more than this share of its answers failed. */
const ENDPOINT_FAILING_RATE = 0.5;
/** Server errors make the target unhealthy only when this share of its endpoints fails... */
const FAILING_ENDPOINT_SHARE = 0.8;
/** ...and at least this many: one broken endpoint is a regression to report, however busy it is. */
const MIN_FAILING_ENDPOINTS = 2;

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
  private readonly endpoints = new Map<string, { asks: number; failed: number }>();

  /** Counts one ask: its answer, the endpoint it belongs to and what production had answered. */
  record(answer: Answer, endpoint = '', recordedStatus?: number): void {
    this.attempts++;
    let perEndpoint = this.endpoints.get(endpoint);
    if (!perEndpoint) this.endpoints.set(endpoint, (perEndpoint = { asks: 0, failed: 0 }));
    perEndpoint.asks++;
    if (answer.error !== undefined) {
      this.failures++;
      this.consecutive++;
      perEndpoint.failed++;
      this.firstError ??= answer.error;
      return;
    }
    this.consecutive = 0;
    const { status } = answer.response;
    if (status >= 500 && !(recordedStatus !== undefined && recordedStatus >= 500)) {
      this.serverErrors++;
      perEndpoint.failed++;
      this.firstServerError ??= `${status} on ${endpoint || 'a request'}`;
    }
  }

  get tripped(): boolean {
    if (this.consecutive >= MAX_CONSECUTIVE) return true;
    if (this.attempts < MIN_ATTEMPTS_FOR_RATE) return false;
    if (this.failures / this.attempts > MAX_FAILURE_RATE) return true;
    return this.brokenEverywhere;
  }

  get dead(): boolean {
    return this.attempts > 0 && this.failures === this.attempts;
  }

  /** More than half of the asks failed, across most endpoints (see the class comment). */
  private get brokenEverywhere(): boolean {
    if ((this.failures + this.serverErrors) / this.attempts <= MAX_FAILURE_RATE) return false;
    const failing = this.failingEndpoints();
    return failing >= MIN_FAILING_ENDPOINTS && failing >= FAILING_ENDPOINT_SHARE * this.endpoints.size;
  }

  private failingEndpoints(): number {
    let failing = 0;
    for (const e of this.endpoints.values()) if (e.failed / e.asks > ENDPOINT_FAILING_RATE) failing++;
    return failing;
  }

  describe(name: string): string {
    if (this.dead) return `${name} is unreachable: all ${this.attempts} requests failed (${this.firstError})`;
    const failed = this.failures + this.serverErrors;
    const parts: string[] = [];
    if (this.failures > 0) parts.push(`${this.failures} without an answer (first: ${this.firstError})`);
    if (this.serverErrors > 0) {
      parts.push(`${this.serverErrors} answered 5xx, failing ${this.failingEndpoints()} of ${this.endpoints.size} endpoints (first: ${this.firstServerError})`);
    }
    return `${name} unhealthy: ${failed} of ${this.attempts} requests failed: ${parts.join('; ')}`;
  }
}
