import type { Difference, Severity } from '../compare/types.js';
import { judgeLatency, type LatencyRule } from './latency.js';
import { isRegression } from './noise-test.js';
import { rankByImpact } from './rank.js';
import { before, changeKey, type EndpointTally, type ExampleRecord, OTHER_VARIANT, placesWithRequests, samplesOf, type Tally, VARIANT_CANDIDATES, type VariantTallyEntry } from './tally.js';
import type { EndpointStats, ExampleRequest, PlaceChange, PlaceStats, Scoreboard, Totals, VariantStats } from './types.js';
import { MAX_VARIANTS } from './variants.js';

// Examples besides the worst one, per endpoint: enough for the reports to cover distinct causes.
const MAX_OTHER_EXAMPLES = 4;
const RANK: Record<Severity, number> = { breaking: 0, changed: 1, info: 2 };

type Judged = PlaceStats & { key: string; record?: ExampleRecord };

export interface JudgeOptions {
  /** Judge response times too (sets `latency` on endpoints with candidate samples). */
  latency?: LatencyRule;
}

/**
 * Judges a tally (tally.ts): each place with the noise test, then each request by the places it
 * differed at. Pure: the same tally gives the same scoreboard, whichever shards it was merged from.
 */
export function judge(tally: Tally, options: JudgeOptions = {}): Scoreboard {
  const endpoints = rankByImpact(tally.endpoints.map((endpoint) => judgeEndpoint(endpoint, options)));
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

function judgeEndpoint(tally: EndpointTally, options: JudgeOptions): EndpointStats {
  const records = new Map(tally.examples.map((r) => [r.id, r]));
  const withRequests = placesWithRequests(tally.places);
  const judged = new Map<string, Judged>();
  for (const place of tally.places) {
    // A place seen varying but never differing shows its key as its example.
    const space = place.key.lastIndexOf(' ');
    const sort = space === -1 ? 'value' : place.key.slice(space + 1);
    const example: Difference = place.example?.difference ?? { kind: sort === 'presence' ? 'removed' : (sort as Difference['kind']), path: place.pattern, pattern: place.pattern, severity: 'info' };
    const stats: Judged = {
      key: place.key, pattern: place.pattern, kind: example.kind, severity: place.example ? place.severity : 'info', counts: { ...place.counts }, example,
      regression: isRegression(place.counts, place.tested),
    };
    if (place.changes.length > 0) {
      stats.changes = place.changes.map(({ kind, severity, requests, from, to }) => {
        const change: PlaceChange = { kind, severity, requests };
        if (from !== undefined) change.from = from;
        if (to !== undefined) change.to = to;
        return change;
      }).sort((a, b) => b.requests - a.requests || changeOrder(a, b));
    }
    const record = place.example && withRequests.has(place.key) ? records.get(place.example.id) : undefined;
    if (record) stats.record = record;
    judged.set(place.key, stats);
  }

  const stats: EndpointStats = {
    endpoint: tally.endpoint, requests: tally.requests, compared: tally.compared,
    differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0, places: [], noise: [],
    drifted: tally.drifted,
    drift: [...tally.drift]
      .sort((a, b) => b.requests - a.requests || order(a.pattern, b.pattern) || order(a.key, b.key))
      .map((d) => ({ pattern: d.pattern, kind: d.example.difference.kind, requests: d.requests, example: d.example.difference })),
  };
  const byVariant = new Map<string, { differing: number; breaking: number }>();
  for (const { keys, variant, requests } of tally.differedAt) {
    let counts = byVariant.get(variant);
    if (!counts) byVariant.set(variant, (counts = { differing: 0, breaking: 0 }));
    const real = keys.map((key) => judged.get(key)!).filter((place) => place.regression);
    if (real.length === 0) stats.noiseCancelled += requests;
    else if (real.some((p) => p.severity === 'breaking')) {
      stats.breaking += requests;
      counts.breaking += requests;
      counts.differing += requests;
    } else if (real.some((p) => p.severity === 'changed')) {
      stats.changed += requests;
      counts.differing += requests;
    } else stats.info += requests;
  }
  stats.differing = stats.breaking + stats.changed;

  // The key last: two sorts of change at one pattern (a value and a type) must not come in the
  // order they happened to arrive in, which differs between runs and between shards.
  const ranked = [...judged.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.counts.differed - a.counts.differed || order(a.pattern, b.pattern) || order(a.key, b.key),
  );
  const strip = ({ record: _, key: __, ...place }: Judged): PlaceStats => place;
  stats.places = ranked.filter((p) => p.regression).map(strip);
  stats.noise = ranked.filter((p) => !p.regression && p.counts.varied > 0 && p.counts.differed > 0).map(strip);

  const worst = ranked.find((p) => p.regression && p.record);
  if (worst?.record) stats.example = exampleOf(worst.record, judged);
  const others = otherExamples(ranked, stats.example, judged);
  if (others.length > 0) stats.otherExamples = others;
  const variants = shownVariants(tally.variants, byVariant).map((v) => variantStats(v, records, judged));
  if (variants.length > 0) stats.variants = variants;
  if (options.latency && tally.latency.candidate.length > 0) {
    const { candidate, baseline, recorded } = tally.latency;
    stats.latency = judgeLatency({ candidate: samplesOf(candidate), baseline: samplesOf(baseline), recorded: samplesOf(recorded) }, options.latency);
  }
  return stats;
}

interface ShownVariant {
  key: string;
  params: string[];
  other: boolean;
  requests: number;
  differing: number;
  breaking: number;
  candidates: { rank: number; id: string }[];
}

/**
 * The variants, most requests first (then by names), at most MAX_VARIANTS: the rest summed
 * into one `other`. Empty when the endpoint had only one variant: nothing to tell apart.
 */
function shownVariants(variants: readonly VariantTallyEntry[], counts: Map<string, { differing: number; breaking: number }>): ShownVariant[] {
  if (variants.length <= 1) return [];
  const all: ShownVariant[] = variants
    .map((v) => ({ key: v.key, params: v.params, other: v.other, requests: v.requests, ...(counts.get(v.key) ?? { differing: 0, breaking: 0 }), candidates: v.candidates }))
    .sort((a, b) => Number(a.other) - Number(b.other) || b.requests - a.requests || compareNames(a.params, b.params) || order(a.key, b.key));
  const named = all.filter((v) => !v.other);
  if (named.length <= MAX_VARIANTS && named.length === all.length) return all;
  const kept = named.slice(0, MAX_VARIANTS);
  const rest = [...named.slice(MAX_VARIANTS), ...all.filter((v) => v.other)];
  if (rest.length === 0) return kept;
  const other: ShownVariant = { key: OTHER_VARIANT, params: [], other: true, requests: 0, differing: 0, breaking: 0, candidates: [] };
  for (const v of rest) {
    other.requests += v.requests;
    other.differing += v.differing;
    other.breaking += v.breaking;
    for (const c of v.candidates) other.candidates.push(c);
  }
  other.candidates = other.candidates.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).slice(0, VARIANT_CANDIDATES);
  return [...kept, other];
}

function variantStats(variant: ShownVariant, records: Map<string, ExampleRecord>, judged: Map<string, PlaceStats>): VariantStats {
  const stats: VariantStats = { params: variant.params, requests: variant.requests, differing: variant.differing, breaking: variant.breaking };
  if (variant.other) stats.other = true;
  if (variant.differing > 0) {
    for (const { id } of variant.candidates) {
      const record = records.get(id);
      if (!record) continue;
      const example = exampleOf(record, judged);
      if (example.differences.some((d) => d.severity !== 'info')) {
        stats.example = example;
        break;
      }
    }
  }
  return stats;
}

/**
 * One example per real place whose change the examples so far do not show, worst places first:
 * the reports choose among them to show distinct causes.
 */
function otherExamples(ranked: readonly Judged[], first: ExampleRequest | undefined, judged: Map<string, PlaceStats>): ExampleRequest[] {
  const shown = new Set(first?.differences.map(changeKey) ?? []);
  const ids = new Set(first ? [first.id] : []);
  const out: ExampleRequest[] = [];
  for (const place of ranked) {
    if (out.length >= MAX_OTHER_EXAMPLES) break;
    if (!place.regression || !place.record || ids.has(place.record.id)) continue;
    if (shown.has(changeKey(place.example))) continue;
    const example = exampleOf(place.record, judged);
    if (example.differences.length === 0) continue;
    ids.add(example.id);
    for (const d of example.differences) shown.add(changeKey(d));
    out.push(example);
  }
  return out;
}

function exampleOf(record: ExampleRecord, judged: Map<string, PlaceStats>): ExampleRequest {
  const example: ExampleRequest = {
    id: record.id,
    method: record.method,
    url: record.url,
    requestHeaders: record.requestHeaders,
    differences: record.differences.filter(({ key }) => judged.get(key)?.regression).map(({ difference }) => difference),
  };
  if (record.requestBody) example.requestBody = record.requestBody;
  if (record.excerpts) example.excerpts = record.excerpts;
  return example;
}

function changeOrder(a: PlaceChange, b: PlaceChange): number {
  const x = `${a.kind}\u0000${a.from ?? ''}\u0000${a.to ?? ''}`;
  const y = `${b.kind}\u0000${b.from ?? ''}\u0000${b.to ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function order(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareNames(a: readonly string[], b: readonly string[]): number {
  const x = a.join('&');
  const y = b.join('&');
  return x < y ? -1 : x > y ? 1 : 0;
}

function sum(endpoints: EndpointStats[], field: keyof Totals & keyof EndpointStats): number {
  return endpoints.reduce((total, e) => total + (e[field] as number), 0);
}
