import type { EndpointStats } from './types.js';

/** The `latency:` block of the rules file, with its defaults. */
export interface LatencyRule {
  /** Fail the gate on a latency regression; otherwise regressions are only reported. */
  gate: boolean;
  /** Samples needed on each side before a regression can be called. */
  minSamples: number;
  /** Candidate p95 must be at least this many times the reference p95. */
  ratio: number;
  /** ...and slower by at least this many milliseconds: 1 ms → 3 ms is no one's problem. */
  minDeltaMs: number;
}

export const DEFAULT_LATENCY_RULE: LatencyRule = { gate: false, minSamples: 20, ratio: 1.5, minDeltaMs: 20 };

/** The one-sided test's level: the same bar as the noise test's. */
export const LATENCY_ALPHA = 0.01;

export interface LatencySide {
  samples: number;
  p50: number;
  p95: number;
}

/** Response times of one endpoint: the candidate against its reference. */
export interface LatencyStats {
  /** `baseline`: the baseline deployment's answers; `recorded`: production's recorded durationMs. */
  referenceKind: 'baseline' | 'recorded';
  candidate: LatencySide;
  reference?: LatencySide;
  /** Candidate p95 / reference p95. */
  p95Ratio?: number;
  /** One-sided Mann-Whitney U: how likely a candidate this much slower is if it is not slower at all. */
  pValue?: number;
  /** Clearly slower: see `isLatencyRegression`. */
  regression: boolean;
  /** A regression the config gates on (`latency.gate: true`): it fails the verdict. */
  gated: boolean;
}

/**
 * A latency regression needs all of: at least `minSamples` on each side; candidate p95 at least
 * `ratio` times the reference p95 and at least `minDeltaMs` slower (how much it matters); and a
 * one-sided Mann-Whitney U test at α = 0.01 saying candidate response times are stochastically
 * larger (that it is systematic, not a few unlucky requests). The test makes no assumption on the
 * shape of latency distributions, which are skewed and heavy-tailed. It does not see a slowdown
 * confined to the slowest few percent until there are enough samples to show it: the gate would
 * rather miss a tail-only slowdown than fail a PR on two slow requests.
 */
export function judgeLatency(
  samples: { candidate: ArrayLike<number>; baseline: ArrayLike<number>; recorded: ArrayLike<number> },
  rule: LatencyRule,
): LatencyStats {
  const referenceKind = samples.baseline.length > 0 ? 'baseline' : 'recorded';
  const referenceSamples = referenceKind === 'baseline' ? samples.baseline : samples.recorded;
  const candidate = summarise(samples.candidate);
  const stats: LatencyStats = { referenceKind, candidate, regression: false, gated: false };
  if (referenceSamples.length === 0) return stats;
  const reference = summarise(referenceSamples);
  stats.reference = reference;
  stats.p95Ratio = reference.p95 > 0 ? round(candidate.p95 / reference.p95, 2) : candidate.p95 > 0 ? Number.POSITIVE_INFINITY : 1;
  if (!Number.isFinite(stats.p95Ratio)) delete stats.p95Ratio; // JSON has no Infinity
  const pValue = mannWhitneyGreater(samples.candidate, referenceSamples);
  stats.pValue = round(pValue, 6);
  stats.regression =
    candidate.samples >= rule.minSamples &&
    reference.samples >= rule.minSamples &&
    candidate.p95 >= rule.ratio * reference.p95 &&
    candidate.p95 - reference.p95 >= rule.minDeltaMs &&
    pValue < LATENCY_ALPHA;
  stats.gated = stats.regression && rule.gate;
  return stats;
}

function summarise(values: ArrayLike<number>): LatencySide {
  const sorted = Float64Array.from(values).sort();
  return { samples: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Nearest-rank percentile of sorted values: always a value that was observed. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * One-sided Mann-Whitney U test, H1: values of `x` tend to be larger than values of `y`. Normal
 * approximation with mid-ranks for ties, the tie-corrected variance and a continuity correction;
 * sound from about 10 samples a side, and the rule asks for more.
 */
export function mannWhitneyGreater(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return 1;
  // Each side sorted on its own and walked together, tie group by tie group: the mid-ranks of a
  // pooled sort without pooling, in two typed arrays (8 bytes a sample, where pooled objects
  // took some 50 and a million samples a side peaked the run's memory at the very end).
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const n = n1 + n2;
  let rankSumX = 0;
  let tieTerm = 0;
  let before = 0;
  for (let i = 0, j = 0; i < n1 || j < n2; ) {
    const value = j >= n2 || (i < n1 && xs[i]! <= ys[j]!) ? xs[i]! : ys[j]!;
    let fromX = 0;
    while (i < n1 && xs[i] === value) (i++, fromX++);
    let fromY = 0;
    while (j < n2 && ys[j] === value) (j++, fromY++);
    const ties = fromX + fromY;
    const midRank = before + (ties + 1) / 2;
    tieTerm += ties ** 3 - ties;
    for (let k = 0; k < fromX; k++) rankSumX += midRank;
    before += ties;
  }
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (u - mean - 0.5) / Math.sqrt(variance);
  return 1 - normalCdf(z);
}

/** Φ(z) through erf (Abramowitz & Stegun 7.1.26, error below 1.5e-7: ample next to α = 0.01). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Endpoints the verdict fails on for latency, as one line: `GET /a (p95 40 → 180 ms)`. */
export function describeSlowEndpoints(endpoints: readonly EndpointStats[]): string {
  const slow = endpoints.filter((e) => e.latency?.regression);
  const shown = slow.slice(0, 3).map((e) => `${e.endpoint} (p95 ${e.latency!.reference!.p95} → ${e.latency!.candidate.p95} ms)`);
  return slow.length > 3 ? `${shown.join(', ')} and ${slow.length - 3} more` : shown.join(', ');
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
