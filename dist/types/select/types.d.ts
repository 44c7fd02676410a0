import type { Exchange } from '../snapshot/types.js';
/** An exchange chosen for replay, with the endpoint it is scored under. */
export interface SelectedExchange {
    exchange: Exchange;
    endpoint: string;
    /**
     * Its place among its endpoint's chosen exchanges, in snapshot order (0 is the first): the same
     * in every shard of a run, so each shard pairs the same exchanges an unsharded run pairs.
     */
    position?: number;
}
/** Why exchanges were not replayed, each counted. */
export interface SkippedCounts {
    /** Outside the `methods` input or the rules file's `select.methods`. */
    method: number;
    /**
     * Left out by the rules file's `select.include`/`select.exclude` path globs. Optional so
     * results written before the filters existed still read.
     */
    excluded?: number;
    /** Over the max-requests budget after stratified sampling. */
    budget: number;
    /**
     * Recorded requests the HTTP client cannot send as they are (a control character in a header
     * value or the path, a header name that is no token, …). Optional so older results still read.
     */
    unsendable?: number;
}
export type SkipReason = keyof SkippedCounts;
export interface SelectionCounts {
    /** Exchanges decoded from the snapshot. */
    read: number;
    selected: number;
    skipped: SkippedCounts;
    /** Distinct endpoints seen among the replayable exchanges. */
    endpoints: number;
}
export declare function emptySelectionCounts(): SelectionCounts;
