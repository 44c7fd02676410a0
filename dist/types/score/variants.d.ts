/** Variants shown per endpoint; the rest are summed as one `other`. */
export declare const MAX_VARIANTS = 20;
/**
 * The set of query-parameter names of a path and query, sorted and deduplicated: `?b=1&a=2&a=3`
 * is `a,b`. Values never matter, and names are bounded in count and length (they come from traffic).
 */
export declare function queryNames(url: string): string[];
