import { SnapshotError } from '../errors.js';
import type { Exchange } from '../snapshot/types.js';
import { allocate, waterLevel } from './allocate.js';
import { unitHash } from './hash.js';
import { RankReservoir, type Threshold } from './rank-reservoir.js';
import { screenExchange, type ScreenOptions } from './screen.js';
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
export async function planSelection(exchanges: AsyncIterable<Exchange>, options: SelectionOptions, counts: SelectionCounts): Promise<SelectionPlan> {
  const strata = new Map<string, RankReservoir>();
  let kept = 0;
  // Kept ranks are trimmed to the water level's cap once they reach twice the budget: the cap
  // only falls as exchanges arrive, so no trim drops a rank the final shares need.
  const trim = () => {
    const cap = Math.floor(waterLevel(seenCounts(strata), options.maxRequests)) + 1;
    kept = 0;
    for (const reservoir of strata.values()) {
      reservoir.trim(cap);
      kept += reservoir.kept;
    }
  };

  for await (const exchange of exchanges) {
    counts.read++;
    const screened = screenExchange(exchange, options);
    if ('skip' in screened) {
      counts.skipped[screened.skip] = (counts.skipped[screened.skip] ?? 0) + 1;
      if (screened.why !== undefined) {
        const place = exchange.place ?? { source: 'the snapshot', position: `exchange ${exchange.id}` };
        options.unsendable!.issues.add({ ...place, message: screened.why });
      }
      continue;
    }
    let reservoir = strata.get(screened.endpoint);
    if (!reservoir) strata.set(screened.endpoint, (reservoir = new RankReservoir()));
    const before = reservoir.kept;
    reservoir.add(unitHash(exchange.id, options.seed));
    kept += reservoir.kept - before;
    if (kept > 2 * options.maxRequests + strata.size) trim();
  }

  const shares = allocate(new Map([...strata].map(([name, reservoir]) => [name, reservoir.seen])), options.maxRequests);
  const thresholds = new Map<string, Threshold>();
  let selected = 0;
  let seen = 0;
  let highest = -Infinity;
  for (const [name, reservoir] of strata) {
    const threshold = reservoir.threshold(shares.get(name)!);
    thresholds.set(name, threshold);
    selected += threshold.share;
    seen += reservoir.seen;
    if (threshold.rank > highest) highest = threshold.rank;
  }
  counts.endpoints = strata.size;
  counts.selected = selected;
  counts.skipped.budget = seen - selected;
  return { options, thresholds, highest, selected };
}

/**
 * The second pass: the exchanges `plan` chose, in snapshot order, as they are read. `exchanges`
 * must be the snapshot the plan was made from; one that yields other exchanges (changed between
 * the reads) ends in a SnapshotError rather than a silently different sample.
 */
export async function* chosenExchanges(exchanges: AsyncIterable<Exchange>, plan: SelectionPlan): AsyncGenerator<SelectedExchange> {
  const taken = new Map<string, { chosen: number; atRank: number }>();
  let chosen = 0;
  for await (const exchange of exchanges) {
    const rank = unitHash(exchange.id, plan.options.seed);
    if (rank > plan.highest) continue;
    const screened = screenExchange(exchange, plan.options);
    if ('skip' in screened) continue;
    const threshold = plan.thresholds.get(screened.endpoint);
    if (!threshold || rank > threshold.rank) continue;
    let so = taken.get(screened.endpoint);
    if (!so) taken.set(screened.endpoint, (so = { chosen: 0, atRank: 0 }));
    if (rank === threshold.rank && so.atRank++ >= threshold.atRank) continue;
    if (++so.chosen > threshold.share) throw changedBetweenReads();
    chosen++;
    yield { exchange, endpoint: screened.endpoint };
  }
  if (chosen !== plan.selected) throw changedBetweenReads();
}

function changedBetweenReads(): SnapshotError {
  return new SnapshotError('the snapshot changed between its two reads (the selection reads it twice); run again on a snapshot that is no longer being written');
}

function* seenCounts(strata: ReadonlyMap<string, RankReservoir>): Generator<number> {
  for (const reservoir of strata.values()) yield reservoir.seen;
}

/**
 * Both passes, the chosen exchanges collected: for callers that want them all at once (tests,
 * small snapshots). `read` opens the snapshot afresh each time it is called.
 */
export async function selectExchanges(read: () => AsyncIterable<Exchange>, options: SelectionOptions, counts: SelectionCounts): Promise<SelectedExchange[]> {
  const plan = await planSelection(read(), options, counts);
  const chosen: SelectedExchange[] = [];
  for await (const selected of chosenExchanges(read(), plan)) chosen.push(selected);
  return chosen;
}
