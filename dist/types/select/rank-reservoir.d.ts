/**
 * The ranks of one endpoint's exchanges that could still be chosen, as a growable Float64Array:
 * 8 bytes a candidate, nothing of the exchange itself. Trimmed to the water level's cap now and
 * then (select.ts); after a trim, a rank at or past the last one kept can never be chosen, so
 * most ranks of a large snapshot are refused at once instead of waiting for the next trim.
 */
export declare class RankReservoir {
    /** Replayable exchanges of the endpoint seen so far, kept or not. */
    seen: number;
    private ranks;
    private length;
    private worst;
    /** Made of several trimmed reservoirs: it may hold fewer ranks than a share asks for. */
    private partial;
    /**
     * One reservoir for endpoints found, once the snapshot was read, to be one (slugs): their
     * ranks up to the lowest `worst` among them, the bound below which each holds all of its ranks,
     * so a threshold never admits a rank some member already refused.
     */
    static merged(members: readonly RankReservoir[]): RankReservoir;
    get kept(): number;
    add(rank: number): void;
    private push;
    /** Keeps the `cap` lowest ranks once at least that many are held. */
    trim(cap: number): void;
    /**
     * The threshold that chooses the `share` best-ranked exchanges of the endpoint: every rank
     * below `rank`, and the first `atRank` exchanges (in snapshot order) of rank exactly `rank`.
     * Exact ties come only from repeated ids; snapshot order breaks them, as it always did.
     */
    threshold(share: number): Threshold;
    private sorted;
}
/** Which exchanges of an endpoint the second pass chooses (see RankReservoir.threshold). */
export interface Threshold {
    rank: number;
    atRank: number;
    /** How many it chooses in all. */
    share: number;
}
