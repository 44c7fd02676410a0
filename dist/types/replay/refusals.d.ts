/**
 * Whether an answer refuses the caller rather than answering for the code. The gate never forwards
 * production credentials, so a preview knows who calls only from the headers input: a 401 (or a
 * proxy's 407) says those credentials were not accepted, unless production said the same (recorded
 * anonymous traffic); a 403 says this identity may not, but only where production, with its
 * own caller, was allowed (2xx): a recorded 403 answered 403, or a 403 where production answered
 * 404, is behaviour to compare, not a refusal.
 */
export declare function isRefusal(status: number, recordedStatus: number | undefined): boolean;
export interface RefusalCounters {
    requests: number;
    refused: number;
    statuses: number[];
    endpoints: [string, {
        requests: number;
        failed: number;
    }][];
}
/**
 * Counts, per request (its first answer from one side), how often a target refused the gate's
 * credentials, and tells a wall of refusals (the headers input is missing, expired or wrong: the
 * gate cannot judge) from an endpoint that lost its permission (a regression to report).
 *
 * A wall is either
 * - complete: every request counted was refused, on every endpoint, however few (a small preview
 *   run of 6 requests on 3 endpoints, or one endpoint's 5: nothing answered for the code, and
 *   credentials are by far the likelier cause than a PR that locked out every route); or
 * - widespread, over at least 20 requests (where rates start to mean something, as for 5xx):
 *   more than half refused, on at least 80% of the endpoints seen and on at least two. One
 *   endpoint refusing among healthy ones stays a regression on that endpoint, however busy it is.
 * Requests production itself refused (401/407) are left out: the same answer says nothing about
 * the gate's credentials, and an endpoint of only those is not one "seen".
 */
export declare class RefusalTally {
    requests: number;
    refused: number;
    private readonly statuses;
    /** The same rule as for 5xx (widespread.ts), over refused requests. */
    private readonly endpoints;
    record(status: number, endpoint: string, recordedStatus: number | undefined): void;
    counters(): RefusalCounters;
    /** Adds another tally's counters (a shard's). */
    addAll(counters: RefusalCounters): void;
    /** Clear enough to stop the run: no point asking a preview hundreds of times for a 401. */
    get stopsRun(): boolean;
    /** At the end of a run: the gate could not judge (see the class comment). */
    get walled(): boolean;
    private get complete();
    /** `target https://… refused 90 of 90 requests with 401 on 3 of 3 endpoints: check …` */
    describe(name: string): string;
}
