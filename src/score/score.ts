import type { RequestComparison } from '../compare/compare-exchange.js';
import { judge } from './judge.js';
import { type Tally, TallyBuilder } from './tally.js';
import type { Scoreboard } from './types.js';

/**
 * Tallies request comparisons per endpoint and place as they stream in (tally.ts), then judges
 * each place with the noise test and each request by the places it differed at (judge.ts).
 * Examples are the requests of lowest seeded rank (a hash of their id), not the first to arrive:
 * answers arrive in the order the target happens to answer, and two runs of one snapshot (or the
 * shards of one) must show the same examples.
 */
export class Scorer {
  private readonly builder: TallyBuilder;

  constructor(seed = 0) {
    this.builder = new TallyBuilder(seed);
  }

  add(comparison: RequestComparison): void {
    this.builder.add(comparison);
  }

  /** The tally so far: plain JSON that merges with other shards' (mergeTallies). */
  tally(): Tally {
    return this.builder.value();
  }

  finish(): Scoreboard {
    return judge(this.builder.value());
  }
}
