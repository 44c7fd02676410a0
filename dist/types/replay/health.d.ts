import { type RefusalCounters } from './refusals.js';
import type { Answer } from './types.js';
/** A TargetHealth as plain JSON: what a shard's partial carries so the merge judges all shards together. */
export interface HealthCounters {
    attempts: number;
    failures: number;
    serverErrors: number;
    /** Failures in a row at the end. */
    consecutive: number;
    firstError?: string;
    firstServerError?: string;
    endpoints: [string, {
        requests: number;
        failed: number;
    }][];
    refusals: RefusalCounters;
}
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
export declare class TargetHealth {
    attempts: number;
    /** Asks that got no answer. */
    failures: number;
    /** Answers 5xx where the recording was not. */
    serverErrors: number;
    private consecutive;
    firstError: string | undefined;
    private firstServerError;
    private readonly endpoints;
    private readonly refusals;
    /**
     * Counts one ask: its answer, the endpoint it belongs to and what production had answered.
     * `firstOfRequest`: refusals are counted per request, on its first answer, so the error line's
     * counts are requests, whether the run asked each once, twice or three times.
     */
    record(answer: Answer, endpoint?: string, recordedStatus?: number, firstOfRequest?: boolean): void;
    counters(): HealthCounters;
    /**
     * The health of several shards' asks taken together: counts add up; the first errors are the
     * first shard's that had one; failures in a row are the longest run of any shard (each ran
     * its own).
     */
    static merged(all: readonly HealthCounters[]): TargetHealth;
    /** Clear enough, mid-run, that the target cannot be judged: stop sending to it. */
    get tripped(): boolean;
    /** At the end of a run (or after `tripped`): the answers cannot be judged as the code's. */
    get cannotJudge(): boolean;
    get dead(): boolean;
    /** Gone away mid-run, or mostly not answering (see the class comment). */
    private get unanswering();
    /** Why the target cannot be judged, in one line that says what to fix; `name` is e.g. `target https://…`. */
    describe(name: string): string;
}
