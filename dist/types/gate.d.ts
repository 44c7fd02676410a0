import { type RuleBook } from './config/rule-book.js';
import { type ReplayProgress } from './replay/replay.js';
import { type SelectionCounts } from './select/types.js';
import type { Cause } from './score/causes.js';
import type { EndpointStats, Totals } from './score/types.js';
import { type GatePartial } from './partial.js';
import { type Shard } from './shard.js';
import type { S3Settings } from './snapshot/s3-settings.js';
import { type DecodeIssue, type HeaderMap } from './snapshot/types.js';
import type { FailOn, VerdictName } from './verdict/verdict.js';
import type { Review } from './review/types.js';
/** Everything the engine needs, whether it runs as the action, the CLI or a test. */
export interface GateOptions {
    snapshot: string;
    targetUrl: string;
    /** A known-good deployment; enables noise calibration on live answers and drift detection. */
    baselineUrl?: string;
    failOn: FailOn;
    maxRequests: number;
    concurrency: number;
    rateLimit: number;
    timeoutMs: number;
    methods: ReadonlySet<string>;
    /** Added to every replayed request; values are secrets and never reported. */
    headers: HeaderMap;
    /** A path polled on each target until it answers 2xx, before the replay starts. */
    waitFor?: string;
    /** How long to poll `waitFor`; 300 s when absent. */
    waitTimeoutMs?: number;
    s3: S3Settings;
    workspace: string;
    /** Sampling seed; absent, derived from the resolved snapshot name (select/hash.ts seedOf). */
    seed?: number;
    /** The compiled rules file; defaults when absent. */
    rules?: RuleBook;
    maxBodyBytes?: number;
}
export interface GateHooks {
    log?: (line: string) => void;
    /** Called as each exchange finishes (the CLI draws a bar); without it, a log line every few seconds. */
    progress?: (progress: ReplayProgress) => void;
    /**
     * Aborted when the run is cancelled: nothing more is sent, requests in flight are cut off, and
     * the results judge what had come back, with verdict `error` and `cancelled` set.
     */
    signal?: AbortSignal;
}
/** The full results: what reports render and what `report-path` holds. */
export interface GateResults {
    version: 1;
    verdict: VerdictName;
    reason: string;
    failOn: FailOn;
    target: string;
    /** What the candidate was compared with: the baseline (its URL without credentials), else the recording. */
    reference?: Reference;
    snapshot: {
        name: string;
        decodeErrors: number;
        /** The first decode issues, with their position. */
        decodeIssues: DecodeIssue[];
        /**
         * The first recorded requests that could not be sent as recorded (counted in
         * `skipped.unsendable`), with their position and why. Optional so older results still read.
         */
        unsendableIssues?: DecodeIssue[];
    } & SelectionCounts;
    score: number;
    totals: Totals;
    endpoints: EndpointStats[];
    /** What changed, across endpoints, worst first (see score/causes.ts): what the reports lead with. */
    causes?: Cause[];
    /** A hash of the run's causes (see review/fingerprint.ts); what an acceptance is bound to. */
    fingerprint?: string;
    /** Expected, accepted and new causes, stale expectations (see review/). */
    review?: Review;
    /** Noisy places as a rules-file snippet, ready to paste. */
    suggestedRules?: string;
    /** Set when the run was cancelled before it judged every selected request. */
    cancelled?: boolean;
    startedAt: string;
    finishedAt: string;
}
export type Reference = {
    kind: 'baseline';
    url: string;
} | {
    kind: 'recording';
};
/**
 * Runs the pipeline: snapshot → decode → select → replay → compare → score → verdict.
 * Anything that stops the gate from judging becomes verdict `error` with a one-line reason;
 * whatever was counted up to then stays in the results. An unsharded run is one shard of one:
 * its tally judged alone (partial.ts).
 */
export declare function runGate(options: GateOptions, hooks?: GateHooks): Promise<GateResults>;
/**
 * The run up to its tally: what a shard does (shard.ts). Every shard reads the whole snapshot and
 * selects exactly what an unsharded run selects, then replays the exchanges whose id hash falls in
 * its shard, each at its share of the rate limit. The partial is masked like results.
 */
export declare function tallyGate(options: GateOptions & {
    shard?: Shard;
}, hooks?: GateHooks): Promise<GatePartial>;
export declare const EMPTY_TOTALS: Totals;
/** Results of a gate that judged nothing (yet): verdict `error` with `reason`, every count zero. */
export declare function errorResults(options: Pick<GateOptions, 'snapshot' | 'targetUrl' | 'failOn' | 'baselineUrl'>, reason: string): GateResults;
export declare function describeIssue(issue: DecodeIssue): string;
