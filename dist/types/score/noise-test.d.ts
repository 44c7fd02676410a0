/**
 * Is a place a regression or noise? Each request compared gives a pair of observations for the
 * place: did it differ against the reference (r), did it vary between two answers of the same
 * side (s)? Only discordant requests carry evidence: b = r and not s, c = s and not r.
 *
 * - A place that never varied on its own side (s = 0 on every request) is deterministic: any
 *   difference there is real, even on a single request, since no noise exists to explain it.
 * - A place seen to vary is noise unless it differs against the reference clearly more often
 *   than it varies on its own: McNemar's exact test, one-sided, on the discordant pairs
 *   (under "noise", b ~ Binomial(b + c, 1/2)), rejecting at ALPHA. The exact binomial tail keeps
 *   it valid for the small counts a preview run gives, where a percentage threshold is not.
 */
export declare const ALPHA = 0.01;
export interface PlaceCounts {
    /** Requests where the place differed against the reference. */
    differed: number;
    /** Requests where the place varied between two answers of one side. */
    varied: number;
    /** Requests where it differed against the reference but did not vary on its own. */
    differedOnly: number;
    /** Requests where it varied on its own but did not differ against the reference. */
    variedOnly: number;
}
/**
 * `counts` are every request's; `tested` those of the paired requests alone (by default the
 * same), where both observations were made whatever the answers were. A request asked once
 * tells only whether the place differed, and is chosen for a confirmation ask by that, so it
 * may say a place varies (then it is no longer deterministic) but never weighs in the test.
 */
export declare function isRegression(counts: PlaceCounts, tested?: PlaceCounts): boolean;
/** P(X >= b) for X ~ Binomial(b + c, 1/2), computed in log space so large counts stay exact enough. */
export declare function mcnemarOneSided(b: number, c: number): number;
