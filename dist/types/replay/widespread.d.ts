/**
 * When failures (5xx, no answer) or refusals (401/407/403) say the deployment, not the code, is
 * at fault: the one rule health.ts and refusals.ts share.
 */
/** Below this many requests, rates say too little to stop a run on. */
export declare const MIN_REQUESTS_FOR_RATE = 20;
/** A share above this, over the whole run so far, is not a deployment worth judging. */
export declare const MAX_FAILING_RATE = 0.5;
/** Requests per endpoint, and how many of them failed. */
export declare class EndpointTally {
    private readonly endpoints;
    /** Counts one request of `endpoint`. */
    add(endpoint: string, failed: boolean): void;
    get size(): number;
    /** Plain counts, for a shard's partial; `from` adds them back (shards are judged together). */
    entries(): [string, {
        requests: number;
        failed: number;
    }][];
    addAll(entries: readonly [string, {
        requests: number;
        failed: number;
    }][]): void;
    /** Endpoints where more than half of the requests failed. */
    failing(): number;
    /** More than half of `failed` of `total` requests, and failing on at least 80% of the endpoints seen and on at least two. */
    widespread(failed: number, total: number): boolean;
}
