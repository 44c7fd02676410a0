// Latency statistics and the latency regression rule.
import test from 'ava';
import { parseRuleBook } from '../src/config/load.js';
import type { RequestComparison } from '../src/compare/compare-exchange.js';
import { judge } from '../src/score/judge.js';
import { DEFAULT_LATENCY_RULE, judgeLatency, mannWhitneyGreater, normalCdf, percentile } from '../src/score/latency.js';
import { TallyBuilder } from '../src/score/tally.js';
import type { EndpointStats } from '../src/score/types.js';
import { latencySection } from '../src/report/latency-section.js';
import { decide } from '../src/verdict/verdict.js';

/** Deterministic "random" latencies: a small LCG, so the tests do not depend on Math.random. */
function samples(count: number, center: number, spread: number, seed = 1): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.round(center + ((state / 2 ** 31) * 2 - 1) * spread);
  });
}

test('percentiles are nearest-rank: always an observed value', (t) => {
  const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
  t.is(percentile(sorted, 0.5), 10);
  t.is(percentile(sorted, 0.95), 19);
  t.is(percentile([7], 0.95), 7);
  t.is(percentile([], 0.5), 0);
});

test('Mann-Whitney U, one-sided: known values', (t) => {
  t.true(Math.abs(normalCdf(1.959964) - 0.975) < 1e-6);
  t.true(Math.abs(normalCdf(-1) - 0.158655) < 1e-6);
  // Complete separation, 10 against 10: U = 100, z = (100 - 50 - 0.5) / sqrt(175) = 3.742.
  const low = Array.from({ length: 10 }, (_, i) => i + 1);
  const p = mannWhitneyGreater(low.map((v) => v + 1000), low);
  t.true(Math.abs(p - (1 - normalCdf(49.5 / Math.sqrt(175)))) < 1e-9, String(p));
  // Same distribution: nowhere near significant; reversed: p close to 1.
  t.true(mannWhitneyGreater(samples(50, 100, 20, 3), samples(50, 100, 20, 4)) > 0.05);
  t.true(mannWhitneyGreater(samples(30, 50, 5), samples(30, 500, 5)) > 0.99);
  // All tied: no evidence either way.
  t.is(mannWhitneyGreater([5, 5, 5], [5, 5, 5]), 1);
});

test('a clearly slower candidate with enough samples is a regression; gated only when the config says', (t) => {
  const slow = { candidate: samples(40, 300, 50), baseline: samples(40, 100, 20, 7), recorded: [] };
  const reported = judgeLatency(slow, DEFAULT_LATENCY_RULE);
  t.is(reported.referenceKind, 'baseline');
  t.true(reported.regression);
  t.false(reported.gated);
  t.true(reported.p95Ratio! >= 1.5);
  t.true(reported.pValue! < 0.01);
  t.true(judgeLatency(slow, { ...DEFAULT_LATENCY_RULE, gate: true }).gated);
});

test('no regression without enough samples, below the ratio, below the minimum delta, or when only noise', (t) => {
  const rule = DEFAULT_LATENCY_RULE;
  t.false(judgeLatency({ candidate: samples(10, 300, 50), baseline: samples(10, 100, 20), recorded: [] }, rule).regression);
  t.false(judgeLatency({ candidate: samples(40, 130, 10), baseline: samples(40, 100, 10, 9), recorded: [] }, rule).regression);
  // Three times slower, but 2 ms against 6 ms: no one's problem.
  t.false(judgeLatency({ candidate: samples(40, 6, 1), baseline: samples(40, 2, 1, 5), recorded: [] }, rule).regression);
  // Three very slow requests among forty: the p95 ratio is high, but nothing systematic.
  const candidate = [...samples(37, 100, 20, 11), 900, 950, 990];
  const outliers = judgeLatency({ candidate, baseline: samples(40, 100, 20, 12), recorded: [] }, rule);
  t.true(outliers.p95Ratio! >= 1.5);
  t.false(outliers.regression);
});

test('without a baseline, the reference is the recorded production duration', (t) => {
  const stats = judgeLatency({ candidate: samples(30, 400, 40), baseline: [], recorded: samples(30, 100, 10, 3) }, DEFAULT_LATENCY_RULE);
  t.is(stats.referenceKind, 'recorded');
  t.true(stats.regression);
  const noReference = judgeLatency({ candidate: samples(30, 400, 40), baseline: [], recorded: [] }, DEFAULT_LATENCY_RULE);
  t.is(noReference.reference, undefined);
  t.false(noReference.regression);
});

function endpoint(name: string): EndpointStats {
  return { endpoint: name, requests: 40, compared: 40, differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0, places: [], noise: [], drifted: 0, drift: [] } as EndpointStats;
}


test('the tally feeds endpoints; a gated regression fails the verdict, a reported one does not, fail-on never never fails', (t) => {
  const tally = new TallyBuilder();
  const timed = (endpoint: string, id: string, latency: RequestComparison['latency']): RequestComparison =>
    ({ endpoint, id, method: 'GET', url: '/', requestHeaders: {}, outcome: 'compared', differences: [], selfVaried: [], drift: [], latency });
  const slowCandidate = samples(40, 300, 50);
  const slowBaseline = samples(40, 100, 20, 7);
  slowCandidate.forEach((ms, i) => tally.add(timed('GET /slow', `s${i}`, { candidateMs: ms, baselineMs: slowBaseline[i]!, recordedMs: 5 })));
  samples(40, 100, 20).forEach((ms, i) => tally.add(timed('GET /fine', `f${i}`, { candidateMs: ms, baselineMs: ms })));

  const reportOnly = judge(tally.value(), { latency: DEFAULT_LATENCY_RULE });
  const [slow, fine] = [reportOnly.endpoints.find((e) => e.endpoint === 'GET /slow')!, reportOnly.endpoints.find((e) => e.endpoint === 'GET /fine')!];
  t.is(slow.latency?.referenceKind, 'baseline');
  t.true(slow.latency?.regression);
  t.false(fine.latency?.regression);
  t.is(decide(reportOnly, 'breaking').verdict, 'pass');
  t.regex(latencySection(reportOnly.endpoints).join('\n'), /`GET \/slow`: p95 \d+ → \d+ ms \([\d.]+×\), p50 \d+ → \d+ ms, 40 vs 40 baseline samples \(reported, not gated\)/);
  t.is(judge(tally.value()).endpoints[0]!.latency, undefined, 'judged without a latency rule, nothing is said about latency');

  const gated = judge(tally.value(), { latency: { ...DEFAULT_LATENCY_RULE, gate: true } });
  const verdict = decide(gated, 'breaking');
  t.is(verdict.verdict, 'fail');
  t.regex(verdict.reason, /^p95 latency regressed on 1 endpoint: GET \/slow \(p95 \d+ → \d+ ms\)$/);
  t.is(decide(gated, 'never').verdict, 'pass');
  t.deepEqual(latencySection([endpoint('GET /none')]), []);
});

test('the rules file takes a latency block, validated', (t) => {
  t.deepEqual(parseRuleBook('latency: {gate: true, ratio: 2}', 'x.yml').latency, { ...DEFAULT_LATENCY_RULE, gate: true, ratio: 2 });
  t.deepEqual(parseRuleBook('', 'x.yml').latency, DEFAULT_LATENCY_RULE);
  t.throws(() => parseRuleBook('latency: {ratio: 0.5}', 'x.yml'), { message: /latency\.ratio: expected a number ≥ 1, got 0\.5/ });
  t.throws(() => parseRuleBook('latency: {minSamples: 2.5}', 'x.yml'), { message: /latency\.minSamples: expected a whole number/ });
  t.throws(() => parseRuleBook('latency: {gates: true}', 'x.yml'), { message: /latency\.gates: unknown setting; expected one of gate, minSamples, ratio, minDeltaMs/ });
});
