/**
 * When failures (5xx, no answer) or refusals (401/407/403) say the deployment, not the code, is
 * at fault: the one rule health.ts and refusals.ts share.
 */

/** Below this many requests, rates say too little to stop a run on. */
export const MIN_REQUESTS_FOR_RATE = 20;
/** A share above this, over the whole run so far, is not a deployment worth judging. */
export const MAX_FAILING_RATE = 0.5;
/** An endpoint "fails" when more than this share of its requests failed. */
const ENDPOINT_FAILING_RATE = 0.5;
/** The target is at fault only when this share of its endpoints fails... */
const FAILING_ENDPOINT_SHARE = 0.8;
/** ...and at least this many: one broken endpoint is a regression to report, however busy it is. */
const MIN_FAILING_ENDPOINTS = 2;

/** Requests per endpoint, and how many of them failed. */
export class EndpointTally {
  private readonly endpoints = new Map<string, { requests: number; failed: number }>();

  /** Counts one request of `endpoint`. */
  add(endpoint: string, failed: boolean): void {
    let counts = this.endpoints.get(endpoint);
    if (!counts) this.endpoints.set(endpoint, (counts = { requests: 0, failed: 0 }));
    counts.requests++;
    if (failed) counts.failed++;
  }

  get size(): number {
    return this.endpoints.size;
  }

  /** Plain counts, for a shard's partial; `from` adds them back (shards are judged together). */
  entries(): [string, { requests: number; failed: number }][] {
    return [...this.endpoints].map(([name, counts]) => [name, { ...counts }]);
  }

  addAll(entries: readonly [string, { requests: number; failed: number }][]): void {
    for (const [name, { requests, failed }] of entries) {
      let counts = this.endpoints.get(name);
      if (!counts) this.endpoints.set(name, (counts = { requests: 0, failed: 0 }));
      counts.requests += requests;
      counts.failed += failed;
    }
  }

  /** Endpoints where more than half of the requests failed. */
  failing(): number {
    let failing = 0;
    for (const e of this.endpoints.values()) if (e.failed / e.requests > ENDPOINT_FAILING_RATE) failing++;
    return failing;
  }

  /** More than half of `failed` of `total` requests, and failing on at least 80% of the endpoints seen and on at least two. */
  widespread(failed: number, total: number): boolean {
    if (failed / total <= MAX_FAILING_RATE) return false;
    const failing = this.failing();
    return failing >= MIN_FAILING_ENDPOINTS && failing >= FAILING_ENDPOINT_SHARE * this.endpoints.size;
  }
}
