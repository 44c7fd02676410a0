import { type LatencyRule } from './latency.js';
import { type Tally } from './tally.js';
import type { Scoreboard } from './types.js';
export interface JudgeOptions {
    /** Judge response times too (sets `latency` on endpoints with candidate samples). */
    latency?: LatencyRule;
}
/**
 * Judges a tally (tally.ts): each place with the noise test, then each request by the places it
 * differed at. Pure: the same tally gives the same scoreboard, whichever shards it was merged from.
 */
export declare function judge(tally: Tally, options?: JudgeOptions): Scoreboard;
