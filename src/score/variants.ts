import type { RequestComparison } from '../compare/compare-exchange.js';

/** Variants shown per endpoint; the rest are summed as one `other`. */
export const MAX_VARIANTS = 20;
// Distinct variants counted per endpoint before new ones go straight to `other`: a crawler's
// random parameter names must not grow a tally without bound.
const MAX_TRACKED = 200;
// Requests kept per variant as example candidates: the first of them that really differed
// (once the noise test has judged its places) is shown.
const CANDIDATES = 3;
const MAX_NAMES = 20;
const MAX_NAME_CHARS = 100;
const OTHER = '\u0000other';

export interface VariantTally {
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
export function queryNames(url: string): string[] {
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
export class VariantCounter {
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
