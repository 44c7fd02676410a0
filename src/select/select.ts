import { SnapshotError } from '../errors.js';
import type { Exchange } from '../snapshot/types.js';
import { allocate, waterLevel } from './allocate.js';
import { unitHash } from './hash.js';
import { RankReservoir, type Threshold } from './rank-reservoir.js';
import { screenExchange, type ScreenOptions } from './screen.js';
import { SegmentCensus } from './segment-census.js';
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
export async function planSelection(exchanges: AsyncIterable<Exchange>, options: SelectionOptions, counts: SelectionCounts): Promise<SelectionPlan> {
  const strata = new Map<string, RankReservoir>();
  const routed = new Set<string>();
  const census = new SegmentCensus();
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
    if (screened.routed) routed.add(screened.endpoint);
    else census.count(screened.endpoint);
    let reservoir = strata.get(screened.endpoint);
    if (!reservoir) strata.set(screened.endpoint, (reservoir = new RankReservoir()));
    const before = reservoir.kept;
    reservoir.add(unitHash(exchange.id, options.seed));
    kept += reservoir.kept - before;
    if (kept > 2 * options.maxRequests + strata.size) trim();
  }

  // The endpoints are fixed only now: inferred ones that differ by a slug become one.
  const names = new Map<string, string>();
  const members = new Map<string, RankReservoir[]>();
  for (const [name, reservoir] of strata) {
    const final = routed.has(name) ? name : census.generalise(name);
    names.set(name, final);
    const list = members.get(final);
    if (list) list.push(reservoir);
    else members.set(final, [reservoir]);
  }
  const endpoints = new Map([...members].map(([name, list]) => [name, RankReservoir.merged(list)]));
  const shares = allocate(new Map([...endpoints].map(([name, reservoir]) => [name, reservoir.seen])), options.maxRequests);
  const thresholds = new Map<string, Threshold>();
  let selected = 0;
  let seen = 0;
  let highest = -Infinity;
  for (const [name, reservoir] of endpoints) {
    const threshold = reservoir.threshold(shares.get(name)!);
    thresholds.set(name, threshold);
    selected += threshold.share;
    seen += reservoir.seen;
    if (threshold.rank > highest) highest = threshold.rank;
  }
  counts.endpoints = endpoints.size;
  counts.selected = selected;
  counts.skipped.budget = seen - selected;
  return { options, thresholds, names, highest, selected };
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
    const endpoint = plan.names.get(screened.endpoint);
    const threshold = endpoint === undefined ? undefined : plan.thresholds.get(endpoint);
    if (!threshold || rank > threshold.rank) continue;
    let so = taken.get(endpoint!);
    if (!so) taken.set(endpoint!, (so = { chosen: 0, atRank: 0 }));
    if (rank === threshold.rank && so.atRank++ >= threshold.atRank) continue;
    if (++so.chosen > threshold.share) throw changedBetweenReads();
    chosen++;
    yield { exchange, endpoint: endpoint!, position: so.chosen - 1 };
  }
  if (chosen !== plan.selected) throw changedBetweenReads();
}

/**
 * For the second read (readExchanges' `wanted`): whether an exchange of this id can be chosen at
 * all. Its rank alone rules out nearly every exchange of a large snapshot, so their lines need
 * not be parsed; chosenExchanges still judges every exchange it is given.
 */
export function mayBeChosen(plan: SelectionPlan): (id: string) => boolean {
  const { seed } = plan.options;
  return (id) => unitHash(id, seed) <= plan.highest;
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
