// The replay stage's judgements through the whole gate (runGate): an unhealthy target is an
// error, not a regression; a slower candidate is reported, and fails only when the rules ask.
import test from 'ava';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseRuleBook } from '../src/config/load.js';
import { type GateOptions, runGate } from '../src/gate.js';
import { serve } from './helpers/local-server.js';

async function snapshot(urls: string[]): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-gate-'));
  const lines = urls.map((url, i) => JSON.stringify({
    id: `r-${i}`,
    request: { method: 'GET', url, headers: {}, body: null },
    // Production answered the fast endpoint in 50 ms: a loaded test machine must not look slower.
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}', durationMs: url.includes('/fast/') ? 50 : 2 },
  }));
  await writeFile(path.join(work, 'traffic.ndjson'), `${lines.join('\n')}\n`);
  return work;
}

function options(targetUrl: string, workspace: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot: 'traffic.ndjson', targetUrl, failOn: 'breaking', maxRequests: 1000, concurrency: 4, rateLimit: 0, timeoutMs: 15_000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace, seed: 1, ...extra,
  };
}

test('a deployment answering 500 everywhere is verdict error "unhealthy", not a regression of every endpoint', async (t) => {
  const server = await serve(t, (_, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('database unavailable');
  });
  const work = await snapshot(Array.from({ length: 60 }, (_, i) => `/api/e${i % 4}/${i}`));
  const results = await runGate(options(server.url, work));
  t.is(results.verdict, 'error');
  t.regex(results.reason, /^cannot judge: target http:\/\/127\.0\.0\.1:\d+ unhealthy: (\d+) of \1 requests failed: \1 answered 5xx, failing 4 of 4 endpoints/);
  t.true(server.seen.length < 120, `sent ${server.seen.length} of 120`);
});

test('a 500 on one endpoint of four fails the gate on that endpoint', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(req.url!.startsWith('/api/e0/') ? 500 : 200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  const work = await snapshot(Array.from({ length: 60 }, (_, i) => `/api/e${i % 4}/${i}`));
  const results = await runGate(options(server.url, work));
  t.is(results.verdict, 'fail');
  t.deepEqual(results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint), ['GET /api/e0/{id}']);
});

test('a slower candidate is a latency regression: reported by default, failing with latency.gate', async (t) => {
  const server = await serve(t, (req, res) => {
    const slow = req.url!.startsWith('/api/slow/');
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }, slow ? 60 : 0);
  });
  const urls = Array.from({ length: 50 }, (_, i) => (i % 2 ? `/api/slow/${i}` : `/api/fast/${i}`));
  const work = await snapshot(urls);
  const reported = await runGate(options(server.url, work, { concurrency: 8 }));
  t.is(reported.verdict, 'pass', reported.reason);
  const slow = reported.endpoints.find((e) => e.endpoint === 'GET /api/slow/{id}')!;
  t.is(slow.latency?.referenceKind, 'recorded');
  t.true(slow.latency?.regression);
  t.false(slow.latency?.gated);
  t.true(slow.latency!.candidate.p50 >= 60);
  t.is(slow.latency!.reference!.p95, 2);
  t.false(reported.endpoints.find((e) => e.endpoint === 'GET /api/fast/{id}')!.latency?.regression);

  const gated = await runGate(options(server.url, work, { concurrency: 8, rules: parseRuleBook('latency: {gate: true}', 'x.yml') }));
  t.is(gated.verdict, 'fail');
  t.regex(gated.reason, /^p95 latency regressed on 1 endpoint: GET \/api\/slow\/\{id\} \(p95 2 → \d+ ms\)$/);
});

test('a target that throttles is waited for and slowed down; the log says so', async (t) => {
  let served = 0;
  const server = await serve(t, (_, res) => {
    if (++served === 3) {
      res.writeHead(429, { 'retry-after': '0' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  const work = await snapshot(Array.from({ length: 10 }, (_, i) => `/api/e/${i}`));
  const logs: string[] = [];
  const results = await runGate(options(server.url, work, { rateLimit: 100 }), { log: (l) => logs.push(l) });
  t.is(results.verdict, 'pass', results.reason);
  t.is(server.seen.length, 21);
  t.true(logs.some((l) => /asked the gate to slow down 1 times \(429, or 503 with Retry-After\): paused as asked and halved the rate 1 times; now at most 50 requests\/s/.test(l)), logs.join('\n'));
});
