import type { CredentialPolicy } from '../secrets/credential-policy.js';
import type { SelectedExchange } from '../select/types.js';
import type { Exchange, HeaderMap, RecordedResponse } from '../snapshot/types.js';
import { type AskingPlan } from './asking-plan.js';
import { TargetHealth } from './health.js';
import type { Target } from './target.js';
import type { ObservedResponse, OutgoingRequest, ReplayOutcome } from './types.js';
/** What decides the request sent for a recorded one, besides the target's base path. */
export interface RequestRules {
    /** The `headers` input: added to every request. */
    extraHeaders: HeaderMap;
    /** A route's own requestHeaders, added after extraHeaders to that route's requests only. */
    routeHeaders?: (endpoint: string) => HeaderMap;
    /** Which recorded headers and query parameters are credentials, never sent; the defaults when absent. */
    credentials?: CredentialPolicy;
}
/**
 * Builds the request a target is sent for a recorded exchange of an endpoint. One builder, used
 * by the replay and by the selection's check that a request can be sent at all, so the check
 * judges exactly what would go out.
 */
export declare function requestBuilder(rules: RequestRules): (exchange: Exchange, endpoint: string, basePath: string) => OutgoingRequest;
export interface ReplayPlan extends RequestRules {
    candidate: Target;
    /** A known-good deployment: it separates noise and drift from regressions (asked as `asking` says). */
    baseline?: Target;
    /** Exchanges in flight; each sends to one target at a time, so no target sees more. */
    concurrency: number;
    /** Which asks each exchange gets (see AskingPlan); without one, every exchange is paired. */
    asking?: AskingPlan;
    /** Without `asking`: says whether the first answers differ; then each side is asked once more before anything counts. */
    needsConfirmation?: (outcome: ReplayOutcome) => boolean;
    /** Called as each exchange finishes; `failures` counts asks without an answer or with an unhealthy 5xx. */
    onProgress?: (progress: ReplayProgress) => void;
    /** Once aborted (the run is cancelled), nothing more is sent and the replay ends with what finished. */
    signal?: AbortSignal;
    /** How many exchanges the selection yields, for progress; an array's length when absent. */
    total?: number;
    /**
     * A shard's replay: at the end, only a target that tripped mid-run throws; otherwise the caller
     * judges the health counters (`onHealth`), over all shards together, since rates over one
     * shard's share say less than over the run's.
     */
    deferHealth?: boolean;
    /** Given each side's health as the replay starts, to read its counters once it ends. */
    onHealth?: (side: 'target' | 'baseline', health: TargetHealth) => void;
}
/** Where a replay stands: what progress lines and bars show. */
export interface ReplayProgress {
    done: number;
    total: number;
    /** Asks without an answer, and 5xx answers where production had none (see TargetHealth). */
    failures: number;
    /** Answers that told the gate to slow down (429, 503 with Retry-After). */
    throttled: number;
}
/**
 * Sends every selected exchange to the candidate (and the baseline) and yields what came back,
 * as it comes. The selection may be a stream (the selection's second pass): it is read as slots
 * free up, so the replay starts with the first chosen exchange. Throws TargetUnreachableError when a target is down, fails too often to judge, or
 * refuses the gate's credentials nearly everywhere (see TargetHealth).
 */
export declare function replay(selection: Iterable<SelectedExchange> | AsyncIterable<SelectedExchange>, plan: ReplayPlan): AsyncGenerator<ReplayOutcome>;
export declare function observedFromRecording(recorded: RecordedResponse): ObservedResponse;
