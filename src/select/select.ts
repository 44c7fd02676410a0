import type { DecodeIssues, Exchange } from '../snapshot/types.js';
import { allocate, waterLevel } from './allocate.js';
import { configuredEndpoint, inferredEndpoint, type RouteTemplate } from './endpoint.js';
import type { SelectFilter } from './filter.js';
import { unitHash } from './hash.js';
import { SegmentCensus } from './segment-census.js';
import type { SelectedExchange, SelectionCounts } from './types.js';

export interface SelectionOptions {
  /** Upper-case methods that may be replayed; the rest are skipped and counted. */
  methods: ReadonlySet<string>;
  maxRequests: number;
  /** Same seed and snapshot, same sample. */
  seed: number;
  routes?: readonly RouteTemplate[];
  /** The rules file's `select:` block; absent, every replayable method and path is kept. */
  filter?: SelectFilter;
  /**
   * Why an exchange cannot be sent as recorded, or undefined when it can (replay/sendable.ts on
   * the request as the replay will build it). Such an exchange is skipped before it takes any of
   * the budget, and recorded in `issues` with its place in the snapshot.
   */
  unsendable?: { why: (exchange: Exchange, endpoint: string) => string | undefined; issues: DecodeIssues };
}

interface Candidate {
  rank: number;
  order: number;
  selected: SelectedExchange;
}

/**
 * Picks at most `maxRequests` exchanges, stratified by endpoint and ranked by a seeded hash of
 * the exchange id, in one pass. Memory holds O(maxRequests + endpoints) exchanges whatever the
 * snapshot size. The result keeps snapshot order.
 */
export async function selectExchanges(
  exchanges: AsyncIterable<Exchange>,
  options: SelectionOptions,
  counts: SelectionCounts,
): Promise<SelectedExchange[]> {
  // `worst`: once a stratum was trimmed to the cap, the rank of its last kept candidate. The cap
  // only falls, so a later candidate ranked after it can never be chosen and is dropped at once:
  // most exchanges of a large snapshot then die young instead of waiting for the next trim.
  const strata = new Map<string, Stratum>();
  const census = new SegmentCensus();
  let kept = 0;
  let order = 0;
  const trim = () => {
    const cap = Math.floor(waterLevel([...strata.values()].map((s) => s.seen), options.maxRequests)) + 1;
    kept = 0;
    for (const stratum of strata.values()) {
      if (stratum.kept.length >= cap) {
        stratum.kept = byRank(stratum.kept).slice(0, cap);
        stratum.worst = stratum.kept[cap - 1]!.rank;
      }
      kept += stratum.kept.length;
    }
  };

  for await (const exchange of exchanges) {
    counts.read++;
    if (!options.methods.has(exchange.request.method)) {
      counts.skipped.method++;
      continue;
    }
    const decision = options.filter?.(exchange.request.method, exchange.request.url) ?? 'keep';
    if (decision !== 'keep') {
      counts.skipped[decision] = (counts.skipped[decision] ?? 0) + 1;
      continue;
    }
    const routed = configuredEndpoint(exchange.request.method, exchange.request.url, options.routes ?? []);
    const endpoint = routed ?? inferredEndpoint(exchange.request.method, exchange.request.url);
    if (routed === undefined) census.count(endpoint);
    const unsendable = options.unsendable?.why(exchange, endpoint);
    if (unsendable !== undefined) {
      counts.skipped.unsendable = (counts.skipped.unsendable ?? 0) + 1;
      const place = exchange.place ?? { source: 'the snapshot', position: `exchange ${exchange.id}` };
      options.unsendable!.issues.add({ ...place, message: unsendable });
      continue;
    }
    let stratum = strata.get(endpoint);
    if (!stratum) strata.set(endpoint, (stratum = { seen: 0, kept: [], worst: Infinity, routed: routed !== undefined }));
    stratum.seen++;
    const rank = unitHash(exchange.id, options.seed);
    // An equal rank comes later in snapshot order, so it too ranks after the last kept one.
    if (rank >= stratum.worst) continue;
    stratum.kept.push({ rank, order: order++, selected: { exchange, endpoint } });
    if (++kept > 2 * options.maxRequests + strata.size) trim();
  }

  const endpoints = generalised(strata, census);
  const shares = allocate(new Map([...endpoints].map(([name, s]) => [name, s.seen])), options.maxRequests);
  const chosen: Candidate[] = [];
  for (const [name, stratum] of endpoints) chosen.push(...byRank(stratum.kept).slice(0, shares.get(name)));
  chosen.sort((a, b) => a.order - b.order);
  counts.endpoints = endpoints.size;
  counts.selected = chosen.length;
  counts.skipped.budget = [...endpoints.values()].reduce((sum, s) => sum + s.seen, 0) - chosen.length;
  return chosen.map((c) => c.selected);
}

interface Stratum {
  seen: number;
  kept: Candidate[];
  worst: number;
  /** Named by a configured route: kept as named. */
  routed: boolean;
}

/**
 * The strata under their final endpoints, once the whole snapshot was counted: inferred
 * endpoints that differ only by a slug merge into one (`GET /products/{slug}`). Each merged
 * stratum holds what its members kept. A member is trimmed while reading only past the water
 * level of the unmerged strata, and a merged one has at least MIN_DISTINCT members, so together
 * they keep at least the merged stratum's share in practice; what it picks is its best-ranked
 * candidates with at most the water level's worth from any one slug (coverage over slugs).
 */
function generalised(strata: Map<string, Stratum>, census: SegmentCensus): Map<string, { seen: number; kept: Candidate[] }> {
  const merged = new Map<string, { seen: number; kept: Candidate[] }>();
  for (const [name, stratum] of strata) {
    const endpoint = stratum.routed ? name : census.generalise(name);
    let into = merged.get(endpoint);
    if (!into) merged.set(endpoint, (into = { seen: 0, kept: [] }));
    into.seen += stratum.seen;
    for (const candidate of stratum.kept) {
      candidate.selected.endpoint = endpoint;
      into.kept.push(candidate);
    }
  }
  return merged;
}

function byRank(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);
}
