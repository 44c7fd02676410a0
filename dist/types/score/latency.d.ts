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
export declare const DEFAULT_LATENCY_RULE: LatencyRule;
/** The one-sided test's level: the same bar as the noise test's. */
export declare const LATENCY_ALPHA = 0.01;
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
export declare function judgeLatency(samples: {
    candidate: ArrayLike<number>;
    baseline: ArrayLike<number>;
    recorded: ArrayLike<number>;
}, rule: LatencyRule): LatencyStats;
/** Nearest-rank percentile of sorted values: always a value that was observed. */
export declare function percentile(sorted: ArrayLike<number>, q: number): number;
/**
 * One-sided Mann-Whitney U test, H1: values of `x` tend to be larger than values of `y`. Normal
 * approximation with mid-ranks for ties, the tie-corrected variance and a continuity correction;
 * sound from about 10 samples a side, and the rule asks for more.
 */
export declare function mannWhitneyGreater(x: ArrayLike<number>, y: ArrayLike<number>): number;
/** Φ(z) through erf (Abramowitz & Stegun 7.1.26, error below 1.5e-7: ample next to α = 0.01). */
export declare function normalCdf(z: number): number;
/** Endpoints the verdict fails on for latency, as one line: `GET /a (p95 40 → 180 ms)`. */
export declare function describeSlowEndpoints(endpoints: readonly EndpointStats[]): string;
