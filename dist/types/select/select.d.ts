import type { Exchange } from '../snapshot/types.js';
import { type Threshold } from './rank-reservoir.js';
import { type ScreenOptions } from './screen.js';
import type { SelectedExchange, SelectionCounts } from './types.js';
export interface SelectionOptions extends ScreenOptions {
    maxRequests: number;
    /** Same seed and snapshot, same sample. */
    seed: number;
}
/**
 * What the first pass decided: per endpoint, the rank threshold its exchanges must be under to
 * be replayed. A pure function of the snapshot, the seed, the budget and the rules, so a second
 * read of the same snapshot (or a shard's) chooses the same exchanges.
 */
export interface SelectionPlan {
    options: SelectionOptions;
    thresholds: ReadonlyMap<string, Threshold>;
    /** An endpoint as the screen names it, to the endpoint it was generalised into (slugs). */
    names: ReadonlyMap<string, string>;
    /** The highest threshold of any endpoint: a rank past it is refused before the screen runs. */
    highest: number;
    selected: number;
}
/**
 * Selection in two passes, so memory holds ranks, never exchanges, whatever the budget.
 *
 * The first pass (planSelection) reads the whole snapshot and keeps, per endpoint, its count and
 * the ranks (a seeded hash of the exchange id) that could still be chosen: 8 bytes each, at most
 * about twice the water level per endpoint. Then water-filling (allocate.ts) gives each endpoint
 * its share of the budget, and the share fixes the endpoint's rank threshold.
 *
 * The second pass (chosenExchanges) reads the snapshot again and yields, in snapshot order, each
 * exchange under its endpoint's threshold, as it is read: straight into the replay, which thus
 * starts while the snapshot is still being read. Each endpoint gets its `share` lowest-ranked
 * exchanges, ties (repeated ids) broken by snapshot order: the same set as one pass holding the
 * chosen exchanges would pick.
 */
export declare function planSelection(exchanges: AsyncIterable<Exchange>, options: SelectionOptions, counts: SelectionCounts): Promise<SelectionPlan>;
/**
 * The second pass: the exchanges `plan` chose, in snapshot order, as they are read. `exchanges`
 * must be the snapshot the plan was made from; one that yields other exchanges (changed between
 * the reads) ends in a SnapshotError rather than a silently different sample.
 */
export declare function chosenExchanges(exchanges: AsyncIterable<Exchange>, plan: SelectionPlan): AsyncGenerator<SelectedExchange>;
/**
 * For the second read (readExchanges' `wanted`): whether an exchange of this id can be chosen at
 * all. Its rank alone rules out nearly every exchange of a large snapshot, so their lines need
 * not be parsed; chosenExchanges still judges every exchange it is given.
 */
export declare function mayBeChosen(plan: SelectionPlan): (id: string) => boolean;
/**
 * Both passes, the chosen exchanges collected: for callers that want them all at once (tests,
 * small snapshots). `read` opens the snapshot afresh each time it is called.
 */
export declare function selectExchanges(read: () => AsyncIterable<Exchange>, options: SelectionOptions, counts: SelectionCounts): Promise<SelectedExchange[]>;
