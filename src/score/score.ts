import { type RequestComparison, statKey } from '../compare/compare-exchange.js';
import type { Difference, Severity } from '../compare/types.js';
import { unitHash } from '../select/hash.js';
import { isRegression, type PlaceCounts } from './noise-test.js';
import { rankByImpact } from './rank.js';
import type { DriftStats, EndpointStats, ExampleRequest, PlaceChange, PlaceStats, Scoreboard, Totals, VariantStats } from './types.js';
import { VariantCounter, type VariantTally } from './variants.js';

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
export class Scorer {
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
