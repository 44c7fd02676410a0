// Adaptive asking through the whole gate (runGate), counted in requests at real loopback
// services: an endpoint's first CALIBRATION_REQUESTS exchanges are paired, the rest asked once,
// a first answer that differs at a place not known to vary is confirmed, and an endpoint seen
// varying pairs one later exchange in PAIR_EVERY.
// Concurrency 1, so every exchange is asked knowing everything before it: exact counts.
import test from 'ava';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALIBRATION_REQUESTS, PAIR_EVERY } from '../../src/compare/adaptive-asking.js';
import type { RequestComparison } from '../../src/compare/compare-exchange.js';
import { type GateOptions, runGate } from '../../src/gate.js';
import { ALPHA, mcnemarOneSided } from '../../src/score/noise-test.js';
import { Scorer } from '../../src/score/score.js';
import { serve } from '../helpers/local-server.js';
import { type RecordedGet, writeSnapshot } from '../helpers/ndjson-snapshot.js';

const PER_ENDPOINT = 50;
const RARE = 5;
const bodyOf = (url: string) => JSON.stringify({ url, n: 0 });

// Two busy endpoints and a rare one (fewer requests than a calibration: all paired).
const gets: RecordedGet[] = [
  ...Array.from({ length: PER_ENDPOINT }, (_, i) => `/api/a/${i + 1}`),
  ...Array.from({ length: PER_ENDPOINT }, (_, i) => `/api/b/${i + 1}`),
  ...Array.from({ length: RARE }, (_, i) => `/api/rare/${i + 1}`),
].map((url) => ({ url, status: 200, body: bodyOf(url) }));
const exchanges = gets.length;

function options(targetUrl: string, workspace: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot: 'traffic.ndjson', targetUrl, failOn: 'changed', maxRequests: 1000, concurrency: 1, rateLimit: 0, timeoutMs: 5000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace, seed: 1, ...extra,
  };
}

const answer = (res: ServerResponse, body: string) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
};
const asRecorded = (req: IncomingMessage, res: ServerResponse) => answer(res, bodyOf(req.url!));
/** Exchanges paired among those of indices from..to-1 of an endpoint where something varies. */
const pairedAfter = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k).filter((i) => (i - CALIBRATION_REQUESTS) % PAIR_EVERY === 0).length;
/** What an endpoint of `count` exchanges costs when nothing varies or differs there. */
const stable = (count: number, pairAsks = 2) => Math.min(count, CALIBRATION_REQUESTS) * pairAsks + Math.max(count - CALIBRATION_REQUESTS, 0);

test('stable answers without a baseline: calibration pairs, then one ask per exchange', async (t) => {
  const service = await serve(t, asRecorded);
  const results = await runGate(options(service.url, await writeSnapshot(gets)));
  t.is(results.verdict, 'pass', results.reason);
  t.is(service.seen.length, 2 * stable(PER_ENDPOINT) + 2 * RARE);
  t.true(service.seen.length / exchanges < 1.5, `${service.seen.length / exchanges} asks per exchange`);
});

test('stable answers with a baseline: the baseline is asked twice while calibrating, then not at all', async (t) => {
  const candidate = await serve(t, asRecorded);
  const baseline = await serve(t, asRecorded);
  const results = await runGate(options(candidate.url, await writeSnapshot(gets), { baselineUrl: baseline.url }));
  t.is(results.verdict, 'pass', results.reason);
  t.is(candidate.seen.length, exchanges);
  t.is(baseline.seen.length, 2 * (2 * CALIBRATION_REQUESTS + RARE));
});

test('a place that varies on every answer: one exchange in PAIR_EVERY stays paired, and nothing is confirmed', async (t) => {
  let hits = 0;
  // n goes 0 1, 1 0, 0 1, …: the two answers of a pair always differ in n, and every other first
  // answer differs from the recording (n: 0), so a request's own pair explains every difference.
  const n = () => (hits % 2) ^ (Math.floor(hits++ / 2) % 2);
  const service = await serve(t, (req, res) => answer(res, req.url!.startsWith('/api/a/') ? JSON.stringify({ url: req.url, n: n() }) : bodyOf(req.url!)));
  const results = await runGate(options(service.url, await writeSnapshot(gets)));
  t.is(results.verdict, 'pass', results.reason);
  const noisy = results.endpoints.find((e) => e.endpoint === 'GET /api/a/{id}')!;
  t.deepEqual(noisy.noise.map((p) => p.pattern), ['$.n']);
  // a: the calibration pairs, then one pair in PAIR_EVERY and single asks; a difference at n,
  // known to vary, is not confirmed.
  const later = pairedAfter(CALIBRATION_REQUESTS, PER_ENDPOINT);
  const a = 2 * CALIBRATION_REQUESTS + 2 * later + (PER_ENDPOINT - CALIBRATION_REQUESTS - later);
  t.is(service.seen.length, a + stable(PER_ENDPOINT) + 2 * RARE);
  t.true(service.seen.length / exchanges < 1.6);
});

test('a flake outside the calibration is confirmed away, and one later exchange in PAIR_EVERY is paired', async (t) => {
  const FLAKY = 30;
  let flaked = false;
  const service = await serve(t, (req, res) => {
    if (req.url === `/api/a/${FLAKY}` && !flaked) {
      flaked = true;
      return answer(res, JSON.stringify({ url: req.url, n: 1 }));
    }
    asRecorded(req, res);
  });
  const results = await runGate(options(service.url, await writeSnapshot(gets)));
  t.is(results.verdict, 'pass', results.reason);
  t.is(results.totals.differing, 0);
  // a: 20 pairs, 9 single asks, the flake (index 29) and its confirmation, then one pair in
  // PAIR_EVERY among the rest; b and rare as stable.
  const later = pairedAfter(FLAKY, PER_ENDPOINT);
  const a = 2 * CALIBRATION_REQUESTS + (FLAKY - 1 - CALIBRATION_REQUESTS) + 2 + 2 * later + (PER_ENDPOINT - FLAKY - later);
  t.is(service.seen.length, a + stable(PER_ENDPOINT) + 2 * RARE);
});

test('a regression: every differing first answer is confirmed, and every request of it counts', async (t) => {
  // The candidate sends n as a string on endpoint b: a type change, breaking, on every request.
  const service = await serve(t, (req, res) => answer(res, req.url!.startsWith('/api/b/') ? JSON.stringify({ url: req.url, n: '0' }) : bodyOf(req.url!)));
  const results = await runGate(options(service.url, await writeSnapshot(gets)));
  t.is(results.verdict, 'fail');
  const b = results.endpoints.find((e) => e.endpoint === 'GET /api/b/{id}')!;
  t.is(b.breaking, PER_ENDPOINT);
  t.is(results.totals.differing, PER_ENDPOINT);
  // b: a pair and a confirmation per calibration request, an ask and a confirmation after.
  t.is(service.seen.length, stable(PER_ENDPOINT) + 3 * CALIBRATION_REQUESTS + 2 * (PER_ENDPOINT - CALIBRATION_REQUESTS) + 2 * RARE);
});

test('a regression with a baseline: the baseline is asked on every request of the endpoint that differs', async (t) => {
  const candidate = await serve(t, (req, res) => answer(res, req.url!.startsWith('/api/b/') ? JSON.stringify({ url: req.url, n: '0' }) : bodyOf(req.url!)));
  const baseline = await serve(t, asRecorded);
  const results = await runGate(options(candidate.url, await writeSnapshot(gets), { baselineUrl: baseline.url }));
  t.is(results.verdict, 'fail');
  t.is(results.totals.differing, PER_ENDPOINT);
  // Every request of b is confirmed (both sides once more); the others ask the candidate once.
  t.is(candidate.seen.length, exchanges + PER_ENDPOINT);
  // b: two baseline asks while calibrating, one after, and one per confirmation.
  const b = 2 * CALIBRATION_REQUESTS + (PER_ENDPOINT - CALIBRATION_REQUESTS) + PER_ENDPOINT;
  t.is(baseline.seen.length, 2 * CALIBRATION_REQUESTS + b + 2 * RARE);
});

// --- what the noise test weighs ----------------------------------------------------------------

const place = { kind: 'value', path: '$.n', pattern: '$.n', severity: 'changed', expected: '0', actual: '1' } as const;
function comparison(id: number, paired: boolean, differed: boolean, varied: boolean): RequestComparison {
  return {
    endpoint: 'GET /x/{id}', id: `r-${id}`, method: 'GET', url: `/x/${id}`, requestHeaders: {}, outcome: 'compared', paired,
    differences: differed ? [{ ...place }] : [], selfVaried: varied ? ['$.n value'] : [], drift: [], latency: {},
  };
}
function judge(comparisons: RequestComparison[]) {
  const scorer = new Scorer();
  for (const c of comparisons) scorer.add(c);
  return scorer.finish().endpoints[0]!;
}

test('a noisy place is tested on the paired requests alone: single asks that differ never tip it', (t) => {
  // Paired: 7 varied without differing, 3 differed without varying (noise). Then 200 single asks
  // that differed: chosen for nothing, but they carry no observation of variation.
  const paired = [...Array.from({ length: 7 }, (_, i) => comparison(i, true, false, true)), ...Array.from({ length: 3 }, (_, i) => comparison(10 + i, true, true, false))];
  const single = Array.from({ length: 200 }, (_, i) => comparison(100 + i, false, true, false));
  const stats = judge([...paired, ...single]);
  t.is(stats.differing, 0);
  t.is(stats.noiseCancelled, 203);
  t.is(stats.noise[0]!.counts.differed, 203);
});

test('a noisy place differing on 7 paired requests that did not vary is a regression, and its single asks count', (t) => {
  // It varied once, on a single ask's confirmation (not paired): no longer deterministic, c = 0.
  const paired = [comparison(0, false, false, true), ...Array.from({ length: 7 }, (_, i) => comparison(1 + i, true, true, false))];
  const single = Array.from({ length: 20 }, (_, i) => comparison(100 + i, false, true, false));
  const stats = judge([...paired, ...single]);
  t.true(mcnemarOneSided(7, 0) < ALPHA && mcnemarOneSided(6, 0) >= ALPHA);
  t.is(stats.changed, 27);
  // One fewer paired difference and it is noise, however many single asks differ.
  const fewer = judge([comparison(0, false, false, true), ...Array.from({ length: 6 }, (_, i) => comparison(1 + i, true, true, false)), ...single]);
  t.is(fewer.differing, 0);
});

test('a place that never varied is real on a single confirmed request', (t) => {
  const stats = judge([...Array.from({ length: 20 }, (_, i) => comparison(i, true, false, false)), comparison(99, false, true, false)]);
  t.is(stats.changed, 1);
});
