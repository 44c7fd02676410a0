import type { RequestComparison } from '../compare/compare-exchange.js';
/** Variants shown per endpoint; the rest are summed as one `other`. */
export declare const MAX_VARIANTS = 20;
export interface VariantTally {
    params: string[];
    other: boolean;
    requests: number;
    differing: number;
    breaking: number;
    /** The lowest seeded ranks among requests that differed at first sight, lowest first. */
    candidates: {
        rank: number;
        comparison: RequestComparison;
    }[];
}
/**
 * The set of query-parameter names of a path and query, sorted and deduplicated: `?b=1&a=2&a=3`
 * is `a,b`. Values never matter, and names are bounded in count and length (they come from traffic).
 */
export declare function queryNames(url: string): string[];
/** Per endpoint: requests grouped by their query-parameter names, bounded. */
export declare class VariantCounter {
    private readonly variants;
    /** The variant a request belongs to (its tally), counting the request. */
    add(url: string): VariantTally;
    /** Keeps the request as an example candidate if its rank is among the lowest; says whether it did. */
    static offer(variant: VariantTally, rank: number, comparison: RequestComparison): boolean;
    /**
     * The variants, most requests first (then by names), at most MAX_VARIANTS: the rest summed
     * into one `other`. Empty when the endpoint had only one variant: nothing to tell apart.
     */
    finish(): VariantTally[];
}
