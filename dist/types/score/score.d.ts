import { type RequestComparison } from '../compare/compare-exchange.js';
import type { Scoreboard } from './types.js';
/**
 * Tallies request comparisons per endpoint and place as they stream in, then judges each place
 * with the noise test and each request by the places it differed at. Examples are the requests
 * of lowest seeded rank (a hash of their id), not the first to arrive: answers arrive in the
 * order the target happens to answer, and two runs of one snapshot must show the same examples.
 */
export declare class Scorer {
    private readonly seed;
    private readonly endpoints;
    constructor(seed?: number);
    add(comparison: RequestComparison): void;
    finish(): Scoreboard;
    private tallyFor;
    private placeFor;
}
