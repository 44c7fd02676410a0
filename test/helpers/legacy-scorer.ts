// The scorer as it was before the tally (git show f0cad94:src/score/score.ts and variants.ts),
// kept as an oracle: below every bound, judge(tally) must say exactly what it said.
/* eslint-disable */
import { type RequestComparison, statKey } from '../../src/compare/compare-exchange.js';
import type { Difference, Severity } from '../../src/compare/types.js';
import { unitHash } from '../../src/select/hash.js';
import { isRegression, type PlaceCounts } from '../../src/score/noise-test.js';
import { rankByImpact } from '../../src/score/rank.js';
import type { DriftStats, EndpointStats, ExampleRequest, PlaceChange, PlaceStats, Scoreboard, Totals, VariantStats } from '../../src/score/types.js';


const MAX_EXAMPLES_PER_ENDPOINT = 50;
// Examples besides the worst one, per endpoint: enough for the reports to cover distinct causes.
const MAX_OTHER_EXAMPLES = 4;
// From/to pairs tallied per place: a place that changes to many types is one cause per pair,
// but a hostile body must not grow the tally.
const MAX_CHANGES_PER_PLACE = 8;
const RANK: Record<Severity, number> = { breaking: 0, changed: 1, info: 2 };

interface Place extends Omit<PlaceStats, 'regression' | 'changes'> {
  changes: Map<string, PlaceChange>;
  /** The counts of paired requests only: what the noise test weighs (see noise-test.ts). */
  tested: PlaceCounts;
  exampleRequest?: RequestComparison;
  /** The seeded rank of the request `example` came from; the lowest wins (see Scorer). */
  exampleRank: number;
}

interface EndpointTally {
  requests: number;
  compared: number;
  drifted: number;
  drift: Map<string, DriftStats & { exampleRank: number }>;
  places: Map<string, Place>;
  /**
   * The sets of places compared requests differed at, per query variant, each with how many
   * requests differed at exactly that set; decided on once all requests are in. Bounded by the
   * places, how they combine and the (bounded) variants, not by the requests: a million requests
   * differing at one place are one entry.
   */
  differedAt: Map<string, { keys: string[]; variant: VariantTally; requests: number }>;
  variants: VariantCounter;
  examples: number;
}

/**
 * Tallies request comparisons per endpoint and place as they stream in, then judges each place
 * with the noise test and each request by the places it differed at. Examples are the requests
 * of lowest seeded rank (a hash of their id), not the first to arrive: answers arrive in the
 * order the target happens to answer, and two runs of one snapshot must show the same examples.
 */
export class LegacyScorer {
  private readonly endpoints = new Map<string, EndpointTally>();

  constructor(private readonly seed = 0) {}

  add(comparison: RequestComparison): void {
    const tally = this.tallyFor(comparison.endpoint);
    const rank = unitHash(comparison.id, this.seed);
    tally.requests++;
    const variant = tally.variants.add(comparison.url);
    if (comparison.outcome !== 'compared') return;
    tally.compared++;
    const differedKeys = new Set<string>();
    const paired = comparison.paired ?? true;
    // Whether this request is kept as an example anywhere; only then are its values rendered.
    let kept = false;
    for (const difference of comparison.differences) {
      const key = statKey(difference);
      if (differedKeys.has(key)) continue;
      differedKeys.add(key);
      const place = this.placeFor(tally, key, difference);
      if (RANK[difference.severity] < RANK[place.severity]) place.severity = difference.severity;
      if (place.counts.differed === 0 || rank < place.exampleRank) {
        place.example = difference;
        place.kind = difference.kind;
        place.exampleRank = rank;
        kept = true;
        if (place.exampleRequest) place.exampleRequest = comparison;
        else if (tally.examples < MAX_EXAMPLES_PER_ENDPOINT) {
          place.exampleRequest = comparison;
          tally.examples++;
        }
      }
      const varied = comparison.selfVaried.includes(key);
      for (const counts of paired ? [place.counts, place.tested] : [place.counts]) {
        counts.differed++;
        if (!varied) counts.differedOnly++;
      }
      countChange(place, difference);
    }
    for (const key of comparison.selfVaried) {
      const place = tally.places.get(key) ?? this.placeFor(tally, key, undefined);
      for (const counts of paired ? [place.counts, place.tested] : [place.counts]) {
        counts.varied++;
        if (!differedKeys.has(key)) counts.variedOnly++;
      }
    }
    if (differedKeys.size > 0) {
      countDifferedAt(tally, differedKeys, variant);
      if (VariantCounter.offer(variant, rank, comparison)) kept = true;
    }
    if (comparison.drift.length > 0) tally.drifted++;
    for (const difference of comparison.drift) {
      const key = statKey(difference);
      const drift = tally.drift.get(key);
      if (drift) {
        drift.requests++;
        if (rank < drift.exampleRank) {
          drift.example = difference;
          drift.exampleRank = rank;
          kept = true;
        }
      } else if (tally.drift.size < MAX_EXAMPLES_PER_ENDPOINT) {
        tally.drift.set(key, { pattern: difference.pattern, kind: difference.kind, requests: 1, example: difference, exampleRank: rank });
        kept = true;
      }
    }
    if (kept) comparison.materialise?.();
  }

  finish(): Scoreboard {
    const endpoints = rankByImpact([...this.endpoints].map(([name, tally]) => judgeEndpoint(name, tally)));
    const totals: Totals = {
      endpoints: endpoints.length,
      endpointsDiffering: endpoints.filter((e) => e.differing > 0).length,
      endpointsBreaking: endpoints.filter((e) => e.breaking > 0).length,
      requests: sum(endpoints, 'requests'),
      compared: sum(endpoints, 'compared'),
      differing: sum(endpoints, 'differing'),
      breaking: sum(endpoints, 'breaking'),
      changed: sum(endpoints, 'changed'),
      info: sum(endpoints, 'info'),
      noiseCancelled: sum(endpoints, 'noiseCancelled'),
    };
    const score = totals.compared === 0 ? 0 : Math.round((1000 * (totals.compared - totals.differing)) / totals.compared) / 10;
    return { endpoints, totals, score };
  }

  private tallyFor(endpoint: string): EndpointTally {
    let tally = this.endpoints.get(endpoint);
    if (!tally) this.endpoints.set(endpoint, (tally = { requests: 0, compared: 0, drifted: 0, drift: new Map(), places: new Map(), differedAt: new Map(), variants: new VariantCounter(), examples: 0 }));
    return tally;
  }

  private placeFor(tally: EndpointTally, key: string, difference: Difference | undefined): Place {
    let place = tally.places.get(key);
    if (!place) {
      // A place seen varying before it ever differed gets its example from a later difference.
      // The sort follows the last space: a pattern may hold spaces itself (`$["a b"]`).
      const space = key.lastIndexOf(' ');
      const pattern = space === -1 ? key : key.slice(0, space);
      const sort = space === -1 ? 'value' : key.slice(space + 1);
      const example: Difference = difference ?? { kind: sort === 'presence' ? 'removed' : (sort as Difference['kind']), path: pattern, pattern, severity: 'info' };
      place = { pattern, kind: example.kind, severity: difference?.severity ?? 'info', counts: { differed: 0, varied: 0, differedOnly: 0, variedOnly: 0 }, tested: { differed: 0, varied: 0, differedOnly: 0, variedOnly: 0 }, example, exampleRank: Infinity, changes: new Map() };
      tally.places.set(key, place);
    } else if (difference && place.counts.differed === 0) place.severity = difference.severity;
    return place;
  }
}

function countDifferedAt(tally: EndpointTally, differedKeys: ReadonlySet<string>, variant: VariantTally): void {
  const keys = [...differedKeys].sort();
  // Variants are bounded and each one object: its params and whether it is `other` name it.
  const id = JSON.stringify([variant.other, variant.params, keys]);
  const entry = tally.differedAt.get(id);
  if (entry) entry.requests++;
  else tally.differedAt.set(id, { keys, variant, requests: 1 });
}

function judgeEndpoint(endpoint: string, tally: EndpointTally): EndpointStats {
  const judged = new Map<string, PlaceStats & Pick<Place, 'exampleRequest' | 'exampleRank'>>();
  for (const [key, place] of tally.places) {
    const { changes, tested, ...rest } = place;
    const stats: PlaceStats & Pick<Place, 'exampleRequest' | 'exampleRank'> = { ...rest, regression: isRegression(place.counts, tested) };
    if (changes.size > 0) stats.changes = [...changes.values()].sort((a, b) => b.requests - a.requests || changeOrder(a, b));
    judged.set(key, stats);
  }

  const stats: EndpointStats = {
    endpoint, requests: tally.requests, compared: tally.compared,
    differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0, places: [], noise: [],
    drifted: tally.drifted,
    drift: [...tally.drift.values()].map(({ exampleRank: _, ...drift }) => drift).sort((a, b) => b.requests - a.requests || (a.pattern < b.pattern ? -1 : 1)),
  };
  for (const { keys, variant, requests } of tally.differedAt.values()) {
    const real = keys.map((key) => judged.get(key)!).filter((place) => place.regression);
    if (real.length === 0) stats.noiseCancelled += requests;
    else if (real.some((p) => p.severity === 'breaking')) {
      stats.breaking += requests;
      variant.breaking += requests;
      variant.differing += requests;
    } else if (real.some((p) => p.severity === 'changed')) {
      stats.changed += requests;
      variant.differing += requests;
    } else stats.info += requests;
  }
  stats.differing = stats.breaking + stats.changed;

  const ranked = [...judged.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.counts.differed - a.counts.differed || (a.pattern < b.pattern ? -1 : 1),
  );
  const strip = ({ exampleRequest: _, exampleRank: __, ...place }: PlaceStats & Pick<Place, 'exampleRequest' | 'exampleRank'>): PlaceStats => place;
  stats.places = ranked.filter((p) => p.regression).map(strip);
  stats.noise = ranked.filter((p) => !p.regression && p.counts.varied > 0 && p.counts.differed > 0).map(strip);

  const worst = ranked.find((p) => p.regression && p.exampleRequest);
  if (worst?.exampleRequest) stats.example = exampleOf(worst.exampleRequest, judged);
  const others = otherExamples(ranked, stats.example, judged);
  if (others.length > 0) stats.otherExamples = others;
  const variants = tally.variants.finish().map((v) => variantStats(v, judged));
  if (variants.length > 0) stats.variants = variants;
  return stats;
}

/**
 * One example per real place whose change the examples so far do not show, worst places first:
 * the reports choose among them to show distinct causes.
 */
function otherExamples(ranked: readonly (PlaceStats & Pick<Place, 'exampleRequest'>)[], first: ExampleRequest | undefined, judged: Map<string, PlaceStats>): ExampleRequest[] {
  const shown = new Set(first?.differences.map(changeKey) ?? []);
  const ids = new Set(first ? [first.id] : []);
  const out: ExampleRequest[] = [];
  for (const place of ranked) {
    if (out.length >= MAX_OTHER_EXAMPLES) break;
    if (!place.regression || !place.exampleRequest || ids.has(place.exampleRequest.id)) continue;
    if (shown.has(changeKey(place.example))) continue;
    const example = exampleOf(place.exampleRequest, judged);
    if (example.differences.length === 0) continue;
    ids.add(example.id);
    for (const d of example.differences) shown.add(changeKey(d));
    out.push(example);
  }
  return out;
}

function variantStats(variant: VariantTally, judged: Map<string, PlaceStats>): VariantStats {
  const stats: VariantStats = { params: variant.params, requests: variant.requests, differing: variant.differing, breaking: variant.breaking };
  if (variant.other) stats.other = true;
  if (variant.differing > 0) {
    for (const { comparison } of variant.candidates) {
      const example = exampleOf(comparison, judged);
      if (example.differences.some((d) => d.severity !== 'info')) {
        stats.example = example;
        break;
      }
    }
  }
  return stats;
}

/** Tallies the from/to of a difference at its place (see PlaceStats.changes). */
function countChange(place: Place, difference: Difference): void {
  const key = changeKey(difference);
  const change = place.changes.get(key);
  if (change) {
    change.requests++;
    if (RANK[difference.severity] < RANK[change.severity]) change.severity = difference.severity;
    return;
  }
  if (place.changes.size >= MAX_CHANGES_PER_PLACE) return;
  const fresh: PlaceChange = { kind: difference.kind, severity: difference.severity, requests: 1 };
  if (difference.from !== undefined) fresh.from = difference.from;
  if (difference.to !== undefined) fresh.to = difference.to;
  place.changes.set(key, fresh);
}

/** The sort of change at a place with its from/to: what a cause is made of, besides the pattern. */
function changeKey(d: Pick<Difference, 'kind' | 'pattern' | 'from' | 'to'>): string {
  return `${d.pattern}\u0000${d.kind}\u0000${d.from ?? ''}\u0000${d.to ?? ''}`;
}

function changeOrder(a: PlaceChange, b: PlaceChange): number {
  const x = `${a.kind}\u0000${a.from ?? ''}\u0000${a.to ?? ''}`;
  const y = `${b.kind}\u0000${b.from ?? ''}\u0000${b.to ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function exampleOf(comparison: RequestComparison, judged: Map<string, PlaceStats>): ExampleRequest {
  const example: ExampleRequest = {
    id: comparison.id,
    method: comparison.method,
    url: comparison.url,
    requestHeaders: comparison.requestHeaders,
    differences: comparison.differences.filter((d) => judged.get(statKey(d))?.regression),
  };
  if (comparison.requestBody) example.requestBody = comparison.requestBody;
  if (comparison.excerpts) example.excerpts = comparison.excerpts;
  return example;
}

function sum(endpoints: EndpointStats[], field: keyof Totals & keyof EndpointStats): number {
  return endpoints.reduce((total, e) => total + (e[field] as number), 0);
}
/** Variants shown per endpoint; the rest are summed as one `other`. */
const MAX_VARIANTS = 20;
// Distinct variants counted per endpoint before new ones go straight to `other`: a crawler's
// random parameter names must not grow a tally without bound.
const MAX_TRACKED = 200;
// Requests kept per variant as example candidates: the first of them that really differed
// (once the noise test has judged its places) is shown.
const CANDIDATES = 3;
const MAX_NAMES = 20;
const MAX_NAME_CHARS = 100;
const OTHER = '\u0000other';

interface VariantTally {
  params: string[];
  other: boolean;
  requests: number;
  differing: number;
  breaking: number;
  /** The lowest seeded ranks among requests that differed at first sight, lowest first. */
  candidates: { rank: number; comparison: RequestComparison }[];
}

/**
 * The set of query-parameter names of a path and query, sorted and deduplicated: `?b=1&a=2&a=3`
 * is `a,b`. Values never matter, and names are bounded in count and length (they come from traffic).
 */
function queryNames(url: string): string[] {
  const q = url.indexOf('?');
  if (q === -1) return [];
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash === -1 ? undefined : hash);
  const names = new Set<string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    let name = eq === -1 ? part : part.slice(0, eq);
    try {
      name = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is a name as written.
    }
    names.add(name.slice(0, MAX_NAME_CHARS));
    if (names.size >= MAX_NAMES) break;
  }
  return [...names].sort();
}

/** Per endpoint: requests grouped by their query-parameter names, bounded. */
class VariantCounter {
  private readonly variants = new Map<string, VariantTally>();

  /** The variant a request belongs to (its tally), counting the request. */
  add(url: string): VariantTally {
    const params = queryNames(url);
    let key = params.join('&');
    let variant = this.variants.get(key);
    if (!variant && this.variants.size >= MAX_TRACKED) variant = this.variants.get((key = OTHER));
    if (!variant) {
      variant = { params: key === OTHER ? [] : params, other: key === OTHER, requests: 0, differing: 0, breaking: 0, candidates: [] };
      this.variants.set(key, variant);
    }
    variant.requests++;
    return variant;
  }

  /** Keeps the request as an example candidate if its rank is among the lowest; says whether it did. */
  static offer(variant: VariantTally, rank: number, comparison: RequestComparison): boolean {
    const { candidates } = variant;
    if (candidates.length >= CANDIDATES && rank >= candidates[candidates.length - 1]!.rank) return false;
    let at = candidates.findIndex((c) => rank < c.rank);
    if (at === -1) at = candidates.length;
    candidates.splice(at, 0, { rank, comparison });
    if (candidates.length > CANDIDATES) candidates.pop();
    return true;
  }

  /**
   * The variants, most requests first (then by names), at most MAX_VARIANTS: the rest summed
   * into one `other`. Empty when the endpoint had only one variant: nothing to tell apart.
   */
  finish(): VariantTally[] {
    if (this.variants.size <= 1) return [];
    const all = [...this.variants.values()].sort(
      (a, b) => Number(a.other) - Number(b.other) || b.requests - a.requests || compareNames(a.params, b.params),
    );
    const named = all.filter((v) => !v.other);
    if (named.length <= MAX_VARIANTS && named.length === all.length) return all;
    const kept = named.slice(0, MAX_VARIANTS);
    const rest = [...named.slice(MAX_VARIANTS), ...all.filter((v) => v.other)];
    if (rest.length === 0) return kept;
    const other: VariantTally = { params: [], other: true, requests: 0, differing: 0, breaking: 0, candidates: [] };
    for (const v of rest) {
      other.requests += v.requests;
      other.differing += v.differing;
      other.breaking += v.breaking;
      for (const c of v.candidates) VariantCounter.offer(other, c.rank, c.comparison);
    }
    return [...kept, other];
  }
}

function compareNames(a: readonly string[], b: readonly string[]): number {
  const x = a.join('&');
  const y = b.join('&');
  return x < y ? -1 : x > y ? 1 : 0;
}
