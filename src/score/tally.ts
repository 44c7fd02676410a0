import { type RequestComparison, statKey } from '../compare/compare-exchange.js';
import type { ShownBody } from '../compare/redact.js';
import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import { unitHash } from '../select/hash.js';
import type { HeaderMap } from '../snapshot/types.js';
import type { PlaceCounts } from './noise-test.js';
import { queryNames } from './variants.js';

/**
 * The scorer's tally: plain JSON, versioned, and merged by addition, so shards of one run each
 * tally their part and one merge gives the tally of the whole (judge.ts then judges it).
 *
 * Every bound is a bottom-K by a hash of the key (place changes, drift entries, tracked variants,
 * places with an example request): a key among the K lowest of the union is among the K lowest of
 * every part it appears in, so it was never dropped anywhere and its counts are exact whatever
 * the partition. Examples are the requests of lowest seeded rank (unitHash of the id), ties broken
 * by id: the minimum of the union is the minimum of the parts' minima. Arrival order decides nothing.
 */
export const TALLY_VERSION = 1;

/** Places per endpoint whose example request is kept (the lowest key hashes among places that differed). */
export const MAX_EXAMPLES_PER_ENDPOINT = 50;
/** Drift entries per endpoint. */
export const MAX_DRIFT_PER_ENDPOINT = 50;
// From/to pairs tallied per place: a place that changes to many types is one cause per pair,
// but a hostile body must not grow the tally.
export const MAX_CHANGES_PER_PLACE = 8;
// Distinct variants counted per endpoint besides `other`: a crawler's random parameter names must
// not grow a tally without bound.
export const MAX_TRACKED_VARIANTS = 200;
// Requests kept per variant as example candidates: the first of them that really differed
// (once the noise test has judged its places) is shown.
export const VARIANT_CANDIDATES = 3;
/** The key of the variant that sums what is past the bound. */
export const OTHER_VARIANT = '\u0000other';
// Bounded sets rank their keys by this hash: any fixed function of the key keeps merging exact.
const KEY_SALT = 0x6b657973;

const RANK: Record<Severity, number> = { breaking: 0, changed: 1, info: 2 };

export interface Tally {
  kind: 'replay-gate-tally';
  version: typeof TALLY_VERSION;
  /** The sampling seed examples are ranked by: tallies of different seeds do not merge. */
  seed: number;
  /** Sorted by name. */
  endpoints: EndpointTally[];
}

export interface EndpointTally {
  endpoint: string;
  /** Requests replayed. */
  requests: number;
  /** Requests with a reference to compare against. */
  compared: number;
  /** Requests with drift. */
  drifted: number;
  /** Sorted by key. */
  places: PlaceTally[];
  /**
   * The sets of places compared requests differed at, per query variant, each with how many
   * requests differed at exactly that set (a counted set: a million requests differing at one
   * place are one entry); judged once the noise test has judged the places.
   */
  differedAt: DifferedAt[];
  /** Sorted by key; `other` (OTHER_VARIANT) holds what is past MAX_TRACKED_VARIANTS. */
  variants: VariantTallyEntry[];
  /** Bottom-K by key hash; sorted by key. */
  drift: DriftTally[];
  /** The requests examples refer to, each once, rendered; sorted by id. */
  examples: ExampleRecord[];
  /** Raw response times (the Mann-Whitney test needs them; bounded by the budget). */
  latency: LatencySamples;
}

/**
 * Response times per side as `[ms, requests]` pairs, by ms: every sample (the Mann-Whitney test
 * needs them all), counted by value. Live answers are timed to the millisecond, so a side holds at
 * most as many pairs as there are milliseconds up to the timeout, however many requests it had.
 */
export interface LatencySamples {
  candidate: [number, number][];
  baseline: [number, number][];
  recorded: [number, number][];
}

const SIDES = ['candidate', 'baseline', 'recorded'] as const;
type SampleCounts = Record<(typeof SIDES)[number], Map<number, number>>;

export interface PlaceTally {
  /** statKey: pattern and sort of change. */
  key: string;
  pattern: string;
  /** Worst severity of the differences seen there; `info` when it only varied. */
  severity: Severity;
  counts: PlaceCounts;
  /** The counts of paired requests only: what the noise test weighs (see noise-test.ts). */
  tested: PlaceCounts;
  /** The difference of the lowest-ranked request that differed there; absent when it only varied. */
  example?: { rank: number; id: string; difference: Difference };
  /** Bottom-K by hash of the change key; sorted by key. */
  changes: ChangeTally[];
}

export interface ChangeTally {
  key: string;
  kind: DifferenceKind;
  from?: string;
  to?: string;
  severity: Severity;
  requests: number;
}

export interface DifferedAt {
  variant: string;
  keys: string[];
  requests: number;
}

export interface VariantTallyEntry {
  key: string;
  params: string[];
  other: boolean;
  requests: number;
  /** Lowest (rank, id) first: requests that differed at first sight. */
  candidates: { rank: number; id: string }[];
}

export interface DriftTally {
  key: string;
  pattern: string;
  requests: number;
  example: { rank: number; id: string; difference: Difference };
}

/** A request as an example shows it, rendered; each difference with its statKey so judge can keep the real ones. */
export interface ExampleRecord {
  id: string;
  method: string;
  url: string;
  requestHeaders: HeaderMap;
  requestBody?: ShownBody;
  excerpts?: { expected: string; actual: string };
  differences: { key: string; difference: Difference }[];
}

// The working form: maps for lookups while adding and merging; the plain form is the Tally above.
interface EndpointState {
  requests: number;
  compared: number;
  drifted: number;
  places: Map<string, PlaceTally>;
  differedAt: Map<string, DifferedAt>;
  variants: Map<string, VariantTallyEntry>;
  drift: Map<string, DriftTally>;
  examples: Map<string, ExampleRecord>;
  latency: SampleCounts;
}

/**
 * Builds one Tally from comparisons as they stream in. Each comparison becomes the tally of that
 * one request, merged into the running one: adding is merging, so a merge of shards cannot
 * differ from one run that added everything.
 */
export class TallyBuilder {
  private readonly endpoints = new Map<string, EndpointState>();

  constructor(readonly seed = 0) {}

  add(comparison: RequestComparison): void {
    let state = this.endpoints.get(comparison.endpoint);
    if (!state) this.endpoints.set(comparison.endpoint, (state = emptyEndpoint()));
    if (isQuiet(comparison)) return addQuiet(state, comparison);
    const single = endpointOf(comparison, unitHash(comparison.id, this.seed));
    const kept = mergeEndpoint(state, single);
    // Only requests kept as examples somewhere get their values rendered: rendering (and masking)
    // every difference of every request costs more than finding them.
    if (!kept) return;
    comparison.materialise?.();
    const record = state.examples.get(comparison.id);
    if (record && record === single.examples.get(comparison.id) && comparison.excerpts) record.excerpts = comparison.excerpts;
  }

  value(): Tally {
    return plainTally(this.seed, this.endpoints);
  }
}

/** The tally of all the tallies' requests: exact, whatever the partition (see the file comment). */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  if (tallies.length === 0) throw new Error('no tally to merge');
  const seed = tallies[0]!.seed;
  const endpoints = new Map<string, EndpointState>();
  for (const tally of tallies) {
    if (tally.kind !== 'replay-gate-tally' || tally.version !== TALLY_VERSION) throw new Error(`not a version ${TALLY_VERSION} tally`);
    if (tally.seed !== seed) throw new Error(`tallies of different seeds (${seed} and ${tally.seed}) do not merge`);
    for (const endpoint of tally.endpoints) {
      let state = endpoints.get(endpoint.endpoint);
      if (!state) endpoints.set(endpoint.endpoint, (state = emptyEndpoint()));
      mergeEndpoint(state, stateOf(clone(endpoint)));
    }
  }
  return plainTally(seed, endpoints);
}

/** A fresh, empty tally. */
export function emptyTally(seed = 0): Tally {
  return { kind: 'replay-gate-tally', version: TALLY_VERSION, seed, endpoints: [] };
}

/** Whether a (rank, id) comes before another: the lower seeded rank, then the lower id. */
export function before(a: { rank: number; id: string }, b: { rank: number; id: string }): boolean {
  return a.rank < b.rank || (a.rank === b.rank && a.id < b.id);
}

const hashes = new Map<string, number>();
/** The hash bounded sets rank keys by (memoised: the same few keys are ranked again and again). */
export function keyHash(key: string): number {
  let hash = hashes.get(key);
  if (hash === undefined) {
    if (hashes.size >= 100_000) hashes.clear();
    hashes.set(key, (hash = unitHash(key, KEY_SALT)));
  }
  return hash;
}

/** The sort of change at a place with its from/to: what a cause is made of, besides the pattern. */
export function changeKey(d: Pick<Difference, 'kind' | 'pattern' | 'from' | 'to'>): string {
  return `${d.pattern}\u0000${d.kind}\u0000${d.from ?? ''}\u0000${d.to ?? ''}`;
}

function emptyEndpoint(): EndpointState {
  return {
    requests: 0, compared: 0, drifted: 0, places: new Map(), differedAt: new Map(), variants: new Map(), drift: new Map(), examples: new Map(),
    latency: { candidate: new Map(), baseline: new Map(), recorded: new Map() },
  };
}

function zeroCounts(): PlaceCounts {
  return { differed: 0, varied: 0, differedOnly: 0, variedOnly: 0 };
}

/**
 * Whether a comparison adds only counts (no place, drift entry, candidate or example): nothing
 * compared, or nothing differed, varied or drifted. Most requests of a run are such; adding them
 * directly spares building (and merging) a one-request tally of a dozen maps for each.
 */
function isQuiet(comparison: RequestComparison): boolean {
  return comparison.outcome !== 'compared' || (comparison.differences.length === 0 && comparison.selfVaried.length === 0 && comparison.drift.length === 0);
}

/** What mergeEndpoint(state, endpointOf(comparison)) does for a quiet comparison, step for step. */
function addQuiet(state: EndpointState, comparison: RequestComparison): void {
  state.requests++;
  if (comparison.outcome === 'compared') state.compared++;
  const { candidateMs, baselineMs, recordedMs } = comparison.latency;
  if (candidateMs !== undefined) state.latency.candidate.set(candidateMs, (state.latency.candidate.get(candidateMs) ?? 0) + 1);
  if (baselineMs !== undefined) state.latency.baseline.set(baselineMs, (state.latency.baseline.get(baselineMs) ?? 0) + 1);
  if (recordedMs !== undefined) state.latency.recorded.set(recordedMs, (state.latency.recorded.get(recordedMs) ?? 0) + 1);
  const params = queryNames(comparison.url);
  const variantKey = JSON.stringify(params);
  const variant = state.variants.get(variantKey);
  if (variant) {
    variant.requests++;
    return;
  }
  state.variants.set(variantKey, { key: variantKey, params, other: false, requests: 1, candidates: [] });
  // Only a new variant can pass the bound, or (folding some into `other`) lower the examples' bound.
  boundVariants(state);
  pruneExamples(state);
}

/** The tally of one request (its endpoint's part). */
function endpointOf(comparison: RequestComparison, rank: number): EndpointState {
  const state = emptyEndpoint();
  const { id } = comparison;
  state.requests = 1;
  const { candidateMs, baselineMs, recordedMs } = comparison.latency;
  if (candidateMs !== undefined) state.latency.candidate.set(candidateMs, 1);
  if (baselineMs !== undefined) state.latency.baseline.set(baselineMs, 1);
  if (recordedMs !== undefined) state.latency.recorded.set(recordedMs, 1);
  const params = queryNames(comparison.url);
  const variantKey = JSON.stringify(params);
  const variant: VariantTallyEntry = { key: variantKey, params, other: false, requests: 1, candidates: [] };
  state.variants.set(variantKey, variant);
  if (comparison.outcome !== 'compared') return state;
  state.compared = 1;
  const paired = comparison.paired ?? true;
  const differedKeys = new Set<string>();
  for (const difference of comparison.differences) {
    const key = statKey(difference);
    // One count per place and request: the first difference of a sort at a place speaks for it.
    if (differedKeys.has(key)) continue;
    differedKeys.add(key);
    const varied = comparison.selfVaried.includes(key);
    const counts = { differed: 1, varied: 0, differedOnly: varied ? 0 : 1, variedOnly: 0 };
    const change: ChangeTally = { key: changeKey(difference), kind: difference.kind, severity: difference.severity, requests: 1 };
    if (difference.from !== undefined) change.from = difference.from;
    if (difference.to !== undefined) change.to = difference.to;
    state.places.set(key, {
      key, pattern: difference.pattern, severity: difference.severity, counts, tested: paired ? { ...counts } : zeroCounts(),
      example: { rank, id, difference }, changes: [change],
    });
  }
  for (const key of comparison.selfVaried) {
    let place = state.places.get(key);
    if (!place) {
      // The sort follows the last space: a pattern may hold spaces itself (`$["a b"]`).
      const space = key.lastIndexOf(' ');
      place = { key, pattern: space === -1 ? key : key.slice(0, space), severity: 'info', counts: zeroCounts(), tested: zeroCounts(), changes: [] };
      state.places.set(key, place);
    }
    if (place.counts.varied > 0) continue; // listed twice: one request
    for (const counts of paired ? [place.counts, place.tested] : [place.counts]) {
      counts.varied = 1;
      if (!differedKeys.has(key)) counts.variedOnly = 1;
    }
  }
  if (differedKeys.size > 0) {
    const keys = [...differedKeys].sort();
    state.differedAt.set(JSON.stringify([variantKey, keys]), { variant: variantKey, keys, requests: 1 });
    variant.candidates.push({ rank, id });
    const record: ExampleRecord = {
      id, method: comparison.method, url: comparison.url, requestHeaders: comparison.requestHeaders,
      differences: comparison.differences.map((difference) => ({ key: statKey(difference), difference })),
    };
    if (comparison.requestBody) record.requestBody = comparison.requestBody;
    state.examples.set(id, record);
  }
  if (comparison.drift.length > 0) state.drifted = 1;
  for (const difference of comparison.drift) {
    const key = statKey(difference);
    const drift = state.drift.get(key);
    if (drift) drift.requests++;
    else state.drift.set(key, { key, pattern: difference.pattern, requests: 1, example: { rank, id, difference } });
  }
  return state;
}

/**
 * Adds `from` into `into`; says whether anything of `from` was kept as an example (a place's,
 * a drift entry's or a variant's), so a single request knows whether to render its values.
 */
function mergeEndpoint(into: EndpointState, from: EndpointState): boolean {
  let kept = false;
  into.requests += from.requests;
  into.compared += from.compared;
  into.drifted += from.drifted;
  for (const side of SIDES) {
    const counts = into.latency[side];
    for (const [ms, requests] of from.latency[side]) counts.set(ms, (counts.get(ms) ?? 0) + requests);
  }
  for (const [key, place] of from.places) {
    const mine = into.places.get(key);
    if (!mine) {
      into.places.set(key, place);
      if (place.example) kept = true;
      continue;
    }
    if (place.example) {
      if (!mine.example) {
        mine.severity = place.severity;
        mine.example = place.example;
        kept = true;
      } else {
        if (RANK[place.severity] < RANK[mine.severity]) mine.severity = place.severity;
        if (before(place.example, mine.example)) (mine.example = place.example), (kept = true);
      }
    }
    addCounts(mine.counts, place.counts);
    addCounts(mine.tested, place.tested);
    mine.changes = mergeChanges(mine.changes, place.changes);
  }
  for (const [id, entry] of from.differedAt) {
    const mine = into.differedAt.get(id);
    if (mine) mine.requests += entry.requests;
    else into.differedAt.set(id, entry);
  }
  for (const [key, variant] of from.variants) {
    const mine = into.variants.get(key);
    if (!mine) {
      into.variants.set(key, variant);
      if (variant.candidates.length > 0) kept = true;
      continue;
    }
    mine.requests += variant.requests;
    if (offerCandidates(mine, variant.candidates)) kept = true;
  }
  if (boundVariants(into)) kept = true;
  for (const [key, drift] of from.drift) {
    const mine = into.drift.get(key);
    if (!mine) {
      into.drift.set(key, drift);
      kept = true;
      continue;
    }
    mine.requests += drift.requests;
    if (before(drift.example, mine.example)) (mine.example = drift.example), (kept = true);
  }
  if (into.drift.size > MAX_DRIFT_PER_ENDPOINT) {
    const keep = lowestKeys(into.drift.keys(), MAX_DRIFT_PER_ENDPOINT);
    for (const key of into.drift.keys()) if (!keep.has(key)) into.drift.delete(key);
  }
  // Requests are kept when something of theirs was; the ones nothing refers to any longer are
  // dropped in bulk, once they are as many again as the bound (and before the tally is read).
  if (kept || from.examples.size > 1) for (const [id, record] of from.examples) if (!into.examples.has(id)) into.examples.set(id, record);
  pruneExamples(into);
  // `kept` says whether `from`'s values are shown: a drift entry of `from` kept, or its example.
  return kept && referencesAny(into, from);
}

function pruneExamples(state: EndpointState): void {
  if (state.examples.size > 2 * (MAX_EXAMPLES_PER_ENDPOINT + VARIANT_CANDIDATES * state.variants.size) + 16) keepReferencedExamples(state);
}

function addCounts(into: PlaceCounts, from: PlaceCounts): void {
  into.differed += from.differed;
  into.varied += from.varied;
  into.differedOnly += from.differedOnly;
  into.variedOnly += from.variedOnly;
}

function mergeChanges(a: ChangeTally[], b: ChangeTally[]): ChangeTally[] {
  if (b.length === 0) return a;
  if (b.length === 1 && a.length <= MAX_CHANGES_PER_PLACE) return withChange(a, b[0]!);
  const byKey = new Map(a.map((c) => [c.key, c]));
  for (const change of b) {
    const mine = byKey.get(change.key);
    if (!mine) byKey.set(change.key, { ...change });
    else {
      mine.requests += change.requests;
      if (RANK[change.severity] < RANK[mine.severity]) mine.severity = change.severity;
    }
  }
  if (byKey.size <= MAX_CHANGES_PER_PLACE) return [...byKey.values()];
  const keep = lowestKeys(byKey.keys(), MAX_CHANGES_PER_PLACE);
  return [...byKey.values()].filter((c) => keep.has(c.key));
}

/**
 * mergeChanges for one change (what adding a request brings), without a map per call: a place
 * holds at most MAX_CHANGES_PER_PLACE changes, so a scan finds it, and past the bound the one
 * change to drop is the highest (hash, key), as lowestKeys would rank it.
 */
function withChange(a: ChangeTally[], change: ChangeTally): ChangeTally[] {
  const mine = a.find((c) => c.key === change.key);
  if (mine) {
    mine.requests += change.requests;
    if (RANK[change.severity] < RANK[mine.severity]) mine.severity = change.severity;
    return a;
  }
  const all = [...a, { ...change }];
  if (all.length <= MAX_CHANGES_PER_PLACE) return all;
  let highest = 0;
  for (let i = 1; i < all.length; i++) if (rankedAfter(all[i]!.key, all[highest]!.key)) highest = i;
  all.splice(highest, 1);
  return all;
}

/** Whether key `a` ranks after key `b` in lowestKeys' order (hash, then key). */
function rankedAfter(a: string, b: string): boolean {
  const x = keyHash(a);
  const y = keyHash(b);
  return x > y || (x === y && a > b);
}

/** Keeps the lowest (rank, id) candidates of both, at most VARIANT_CANDIDATES; says whether one of `offered` stayed. */
function offerCandidates(variant: VariantTallyEntry, offered: readonly { rank: number; id: string }[]): boolean {
  if (offered.length === 0) return false;
  const all = [...variant.candidates, ...offered.filter((c) => !variant.candidates.some((m) => m.id === c.id))];
  all.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  variant.candidates = all.slice(0, VARIANT_CANDIDATES);
  return variant.candidates.some((c) => offered.includes(c));
}

/** Folds the named variants past the K lowest key hashes into `other`, with their differedAt entries. */
function boundVariants(state: EndpointState): boolean {
  if (state.variants.size - (state.variants.has(OTHER_VARIANT) ? 1 : 0) <= MAX_TRACKED_VARIANTS) return false;
  const named = [...state.variants.keys()].filter((key) => key !== OTHER_VARIANT);
  if (named.length <= MAX_TRACKED_VARIANTS) return false;
  const keep = lowestKeys(named, MAX_TRACKED_VARIANTS);
  let other = state.variants.get(OTHER_VARIANT);
  if (!other) state.variants.set(OTHER_VARIANT, (other = { key: OTHER_VARIANT, params: [], other: true, requests: 0, candidates: [] }));
  let kept = false;
  const folded = new Set<string>();
  for (const key of named) {
    if (keep.has(key)) continue;
    const variant = state.variants.get(key)!;
    state.variants.delete(key);
    folded.add(key);
    other.requests += variant.requests;
    if (offerCandidates(other, variant.candidates)) kept = true;
  }
  for (const [id, entry] of [...state.differedAt]) {
    if (!folded.has(entry.variant)) continue;
    state.differedAt.delete(id);
    const otherId = JSON.stringify([OTHER_VARIANT, entry.keys]);
    const mine = state.differedAt.get(otherId);
    if (mine) mine.requests += entry.requests;
    else state.differedAt.set(otherId, { variant: OTHER_VARIANT, keys: entry.keys, requests: entry.requests });
  }
  return kept;
}

/** The k keys of lowest hash (ties by key). */
function lowestKeys(keys: Iterable<string>, k: number): Set<string> {
  const ranked = [...keys].map((key) => ({ key, hash: keyHash(key) }));
  ranked.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Set(ranked.slice(0, k).map((r) => r.key));
}

/** The places whose example request is kept: the lowest key hashes among places that differed. */
export function placesWithRequests(places: Iterable<PlaceTally>): Set<string> {
  const differed: string[] = [];
  for (const place of places) if (place.example) differed.push(place.key);
  return differed.length <= MAX_EXAMPLES_PER_ENDPOINT ? new Set(differed) : lowestKeys(differed, MAX_EXAMPLES_PER_ENDPOINT);
}

/** Drops the example requests nothing refers to any longer. */
function keepReferencedExamples(state: EndpointState): void {
  const referenced = new Set<string>();
  const withRequests = placesWithRequests(state.places.values());
  for (const key of withRequests) referenced.add(state.places.get(key)!.example!.id);
  for (const variant of state.variants.values()) for (const c of variant.candidates) referenced.add(c.id);
  for (const id of state.examples.keys()) if (!referenced.has(id)) state.examples.delete(id);
}

/** Whether `into` still shows anything that came from `from` (an example difference, a drift example or a request). */
function referencesAny(into: EndpointState, from: EndpointState): boolean {
  for (const [key, place] of from.places) if (place.example && into.places.get(key)?.example === place.example) return true;
  for (const [key, drift] of from.drift) if (into.drift.get(key)?.example === drift.example) return true;
  for (const [id, record] of from.examples) if (into.examples.get(id) === record) return true;
  return false;
}

function stateOf(endpoint: EndpointTally): EndpointState {
  return {
    requests: endpoint.requests, compared: endpoint.compared, drifted: endpoint.drifted,
    places: new Map(endpoint.places.map((p) => [p.key, p])),
    differedAt: new Map(endpoint.differedAt.map((d) => [JSON.stringify([d.variant, d.keys]), d])),
    variants: new Map(endpoint.variants.map((v) => [v.key, v])),
    drift: new Map(endpoint.drift.map((d) => [d.key, d])),
    examples: new Map(endpoint.examples.map((e) => [e.id, e])),
    latency: { candidate: new Map(endpoint.latency.candidate), baseline: new Map(endpoint.latency.baseline), recorded: new Map(endpoint.latency.recorded) },
  };
}

function plainTally(seed: number, endpoints: Map<string, EndpointState>): Tally {
  for (const state of endpoints.values()) keepReferencedExamples(state);
  return {
    kind: 'replay-gate-tally', version: TALLY_VERSION, seed,
    endpoints: sortedBy([...endpoints], ([name]) => name).map(([endpoint, s]) => ({
      endpoint, requests: s.requests, compared: s.compared, drifted: s.drifted,
      places: sortedBy([...s.places.values()], (p) => p.key).map((p) => ({ ...p, changes: sortedBy(p.changes, (c) => c.key) })),
      differedAt: sortedBy([...s.differedAt], ([id]) => id).map(([, d]) => d),
      variants: sortedBy([...s.variants.values()], (v) => v.key),
      drift: sortedBy([...s.drift.values()], (d) => d.key),
      examples: sortedBy([...s.examples.values()], (e) => e.id),
      latency: { candidate: byValue(s.latency.candidate), baseline: byValue(s.latency.baseline), recorded: byValue(s.latency.recorded) },
    })),
  };
}

function byValue(counts: Map<number, number>): [number, number][] {
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/** The samples of one side, each value as many times as it was seen (what judgeLatency reads). */
export function samplesOf(pairs: readonly [number, number][]): Float64Array {
  let total = 0;
  for (const [, requests] of pairs) total += requests;
  const samples = new Float64Array(total);
  let at = 0;
  for (const [ms, requests] of pairs) samples.fill(ms, at, (at += requests));
  return samples;
}

function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  return items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

// Merging adopts the parts' objects; a copy keeps the tallies given untouched.
function clone<T>(value: T): T {
  return structuredClone(value);
}
