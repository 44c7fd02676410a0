import type { HeaderMap } from '../snapshot/types.js';
import { type Clock } from './clock.js';
import { RateLimiter } from './rate-limiter.js';
import type { Answer, OutgoingRequest } from './types.js';
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
/**
 * One deployment under test. Every request goes to its origin through one keep-alive pool,
 * whatever the snapshot said; redirects are answers to compare, never followed.
 */
export declare class Target {
    private readonly options;
    readonly origin: string;
    readonly basePath: string;
    private readonly pool;
    readonly limiter: RateLimiter;
    private readonly clock;
    readonly counters: TargetCounters;
    constructor(baseUrl: string, options: TargetOptions);
    /**
     * Sends one request and returns its answer. A connection refused or reset before any byte of an
     * answer is tried once more, for idempotent methods only. An overloaded target (429; 503 with Retry-After,
     * for idempotent methods) pauses and slows the whole target's bucket, and the request is asked
     * again up to `throttleRetries` times; still refused after that, it is a failure to answer, not
     * an answer to compare: a preview's load limits are not the pull request's behaviour.
     */
    send(request: OutgoingRequest): Promise<Answer>;
    /**
     * One GET of `path` (below the base path), outside the bucket: it asks whether the deployment
     * is up at all, before any replay starts.
     */
    probe(path: string, headers: HeaderMap, timeoutMs: number): Promise<Answer>;
    /**
     * Every answer the gate waits for has settled by the time it closes a target (dispatchOnce
     * always settles); what undici may still hold is a request given up at its deadline. A graceful
     * close would wait for that one as long as the server likes, so the pool is destroyed.
     */
    close(): Promise<void>;
    /** Ends every request in flight at once, each as an answer with an error: the run is cancelled. */
    abort(): Promise<void>;
    /** Milliseconds to wait before asking again when the answer says the target is overloaded. */
    private throttlePause;
    private attempt;
    private exchange;
}
/** One line for the log when the target pushed back: how often, and what the gate did about it. */
export declare function describeThrottling(target: Target): string;
