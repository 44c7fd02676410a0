// How the replay treats a preview that is small or unwell: rate limits, Retry-After, retries, and
// the circuit breaker, against real servers on loopback. Waits run on a FakeClock: the tests
// check how long the engine chose to wait, never how long it took.
import test from 'ava';
import { TargetUnreachableError } from '../src/errors.js';
import { RateLimiter } from '../src/replay/rate-limiter.js';
import { replay } from '../src/replay/replay.js';
import { MAX_RETRY_AFTER_MS, retryAfterMs } from '../src/replay/retry-after.js';
import { Target, type TargetOptions } from '../src/replay/target.js';
import type { ReplayOutcome } from '../src/replay/types.js';
import type { SelectedExchange } from '../src/select/types.js';
import { FakeClock } from './helpers/fake-clock.js';
import { serve } from './helpers/local-server.js';

const base: TargetOptions = { concurrency: 4, rateLimit: 0, timeoutMs: 15_000, maxBodyBytes: 1 << 20 };

function target(t: { teardown(fn: () => unknown): void }, url: string, options: Partial<TargetOptions> = {}) {
  const client = new Target(url, { ...base, ...options });
  t.teardown(() => client.close());
  return client;
}

function exchange(url: string, endpoint: string, recordedStatus = 200, id = url): SelectedExchange {
  return {
    endpoint,
    exchange: { id, request: { method: 'GET', url, headers: {}, body: null }, response: { status: recordedStatus, headers: {}, body: 'ok' } },
  };
}

async function drain(outcomes: AsyncGenerator<ReplayOutcome>): Promise<ReplayOutcome[]> {
  const all: ReplayOutcome[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

test('Retry-After is read as seconds or an HTTP date, and capped', (t) => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  t.is(retryAfterMs('2', now), 2000);
  t.is(retryAfterMs(' 0 ', now), 0);
  t.is(retryAfterMs('Tue, 24 Nov 2026 10:00:05 GMT', now), 5000);
  t.is(retryAfterMs('Tue, 24 Nov 2026 09:00:00 GMT', now), 0); // already past
  t.is(retryAfterMs('86400', now), MAX_RETRY_AFTER_MS);
  t.is(retryAfterMs('soon', now), undefined);
  t.is(retryAfterMs(undefined, now), undefined);
});

test('one token bucket per target: concurrent requests share it, at the configured rate', async (t) => {
  const clock = new FakeClock();
  const server = await serve(t, (_, res) => res.end('ok'));
  // 30 requests at once queue in a pool of 4 connections: a generous timeout, so a busy test
  // machine cannot turn the wait in that queue into a failure.
  const client = target(t, server.url, { rateLimit: 10, clock, timeoutMs: 30_000 });
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => client.send({ method: 'GET', path: `/r/${i}`, headers: {} })));
  t.true(answers.every((a) => a.response?.status === 200));
  t.is(server.seen.length, 30);
  // A burst of one second's worth (10), then 20 more at 10 per second: two seconds of virtual time.
  t.true(clock.time >= 1900 && clock.time <= 2100, `virtual time ${clock.time}`);
});

test('the bucket halves its rate when throttled, once per second at most, and grows back after quiet', async (t) => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(10, clock);
  limiter.throttled(0);
  t.is(limiter.currentRate, 5);
  limiter.throttled(0); // the same overload seen by another in-flight request
  t.is(limiter.currentRate, 5);
  clock.time += 1000;
  limiter.throttled(0);
  t.is(limiter.currentRate, 2.5);
  t.is(limiter.slowDowns, 2);
  clock.time += 5000;
  await limiter.take();
  t.is(limiter.currentRate, 3.125);
  let steps = 0;
  for (; steps < 20 && limiter.currentRate < 10; steps++) {
    clock.time += 5000;
    await limiter.take();
  }
  t.is(limiter.currentRate, 10); // never past the configured rate
  t.is(steps, 6); // 3.1 → 3.9 → 4.9 → 6.1 → 7.6 → 9.5 → 10
});

test('429 with Retry-After: the request waits as asked, is sent again, and the answer is the retry', async (t) => {
  const clock = new FakeClock();
  let calls = 0;
  const server = await serve(t, (_, res) => {
    if (++calls === 1) {
      res.writeHead(429, { 'retry-after': '2' });
      res.end('slow down');
    } else res.end('ok');
  });
  const client = target(t, server.url, { rateLimit: 10, clock });
  const answer = await client.send({ method: 'GET', path: '/x', headers: {} });
  t.is(answer.response?.status, 200);
  t.is(server.seen.length, 2);
  t.deepEqual(clock.sleeps, [2000]);
  t.is(client.counters.throttled, 1);
  t.is(client.limiter.currentRate, 5);
});

test('Retry-After as an HTTP date, and capped at 60 s however long the target asks', async (t) => {
  const clock = new FakeClock();
  let calls = 0;
  const server = await serve(t, (_, res) => {
    calls++;
    if (calls === 1) res.writeHead(429, { 'retry-after': new Date(clock.epochMs() + 5000).toUTCString() });
    else if (calls === 2) res.writeHead(503, { 'retry-after': '3600' });
    res.end();
  });
  const client = target(t, server.url, { clock });
  const answer = await client.send({ method: 'GET', path: '/x', headers: {} });
  t.is(answer.response?.status, 200);
  t.deepEqual(clock.sleeps, [5000, 60_000]);
});

test('503 is retried only with Retry-After and only for idempotent methods; otherwise it is the answer', async (t) => {
  const clock = new FakeClock();
  const server = await serve(t, (req, res) => {
    if (req.url === '/with') res.writeHead(503, { 'retry-after': '1' });
    else res.writeHead(503);
    res.end();
  });
  const client = target(t, server.url, { clock, throttleRetries: 1 });
  const plain = await client.send({ method: 'GET', path: '/without', headers: {} });
  t.is(plain.response?.status, 503);
  const post = await client.send({ method: 'POST', path: '/with', headers: {} });
  t.is(post.response?.status, 503);
  t.is(server.seen.length, 2);
  const get = await client.send({ method: 'GET', path: '/with', headers: {} });
  t.is(get.error, 'still 503 Service Unavailable after 1 retries honouring Retry-After');
  t.is(server.seen.length, 4);
});

test('a target that keeps answering 429 is asked a bounded number of times, with growing pauses', async (t) => {
  const clock = new FakeClock();
  const server = await serve(t, (_, res) => {
    res.writeHead(429);
    res.end();
  });
  const client = target(t, server.url, { clock });
  const answer = await client.send({ method: 'GET', path: '/x', headers: {} });
  t.is(answer.error, 'still 429 Too Many Requests after 3 retries honouring Retry-After');
  t.is(server.seen.length, 4);
  t.deepEqual(clock.sleeps, [1000, 2000, 4000]); // no Retry-After: doubling from 1 s
});

test('after a 429, no new request starts before Retry-After has passed: only those in flight arrive', async (t) => {
  const clock = new FakeClock();
  let throttled = false;
  const arrivals: number[] = [];
  const server = await serve(t, (_, res) => {
    arrivals.push(clock.now());
    if (!throttled) {
      throttled = true;
      res.writeHead(429, { 'retry-after': '3' });
      res.end();
      return;
    }
    setTimeout(() => res.end('ok'), 5); // a moment, so the other in-flight requests are truly in flight
  });
  const client = target(t, server.url, { clock });
  const selection = Array.from({ length: 10 }, (_, i) => exchange(`/item/${i}`, 'GET /item/{id}'));
  const outcomes = await drain(replay(selection, { candidate: client, concurrency: 4, extraHeaders: {} }));
  t.is(outcomes.length, 10);
  t.true(outcomes.every((o) => o.candidate.every((a) => a.response?.status === 200)));
  t.is(server.seen.length, 21); // two asks each, and the one that was throttled
  const early = arrivals.filter((at) => at < 3000).length;
  t.true(early <= 4, `${early} requests arrived during the pause; at most the 4 in flight may`);
});

test('a connection reset is not retried for POST, and a timeout is never retried', async (t) => {
  const server = await serve(t, (req, res) => {
    if (req.url === '/reset') req.socket.destroy();
    // '/hang' never answers
    else if (req.url !== '/hang') res.end('ok');
  });
  const client = target(t, server.url, { timeoutMs: 200 });
  const post = await client.send({ method: 'POST', path: '/reset', headers: {}, body: Buffer.from('{}') });
  t.truthy(post.error);
  t.is(server.seen.length, 1);
  const hang = await client.send({ method: 'GET', path: '/hang', headers: {} });
  t.is(hang.error, 'no answer within 200 ms');
  t.is(server.seen.length, 2);
  t.is(client.counters.connectionRetries, 0);
});

test('a deployment answering 500 on every endpoint is unhealthy: error, and the run stops early', async (t) => {
  const server = await serve(t, (_, res) => {
    res.writeHead(500);
    res.end('boom');
  });
  const client = target(t, server.url);
  const selection = Array.from({ length: 200 }, (_, i) => exchange(`/e${i % 5}/${i}`, `GET /e${i % 5}/{id}`));
  const error = await t.throwsAsync(drain(replay(selection, { candidate: client, concurrency: 4, extraHeaders: {} })));
  t.true(error instanceof TargetUnreachableError);
  t.regex(error!.message, /^target http:\/\/127\.0\.0\.1:\d+ unhealthy: (\d+) of \1 requests failed: \1 answered 5xx, failing 5 of 5 endpoints \(first: 500 on GET \/e0\/\{id\}\)$/);
  t.true(server.seen.length < 100, `sent ${server.seen.length}`);
});

test('500 on one endpoint is a regression to report, even when it carries most of the traffic', async (t) => {
  const server = await serve(t, (req, res) => {
    if (req.url!.startsWith('/busy/')) res.writeHead(500);
    res.end('{}');
  });
  const client = target(t, server.url);
  // 70% of the traffic on the failing endpoint: more than half of all answers are 500s.
  const selection = Array.from({ length: 100 }, (_, i) =>
    i % 10 < 7 ? exchange(`/busy/${i}`, 'GET /busy/{id}') : exchange(`/calm${i % 3}/${i}`, `GET /calm${i % 3}/{id}`));
  const outcomes = await drain(replay(selection, { candidate: client, concurrency: 4, extraHeaders: {} }));
  t.is(outcomes.length, 100);
  t.is(outcomes.filter((o) => o.candidate[0]!.response?.status === 500).length, 70);
});

test('a short burst of 500s across endpoints does not stop the run; 5xx that production also answered never count', async (t) => {
  let served = 0;
  const server = await serve(t, (req, res) => {
    served++;
    if ((served > 20 && served <= 30) || req.url!.startsWith('/always-500/')) res.writeHead(500);
    res.end('{}');
  });
  const client = target(t, server.url);
  const selection = Array.from({ length: 100 }, (_, i) =>
    i % 4 === 3 ? exchange(`/always-500/${i}`, 'GET /always-500/{id}', 500) : exchange(`/e${i % 3}/${i}`, `GET /e${i % 3}/{id}`));
  const outcomes = await drain(replay(selection, { candidate: client, concurrency: 4, extraHeaders: {} }));
  t.is(outcomes.length, 100);
});

test('progress reports failures and throttled answers as the run goes', async (t) => {
  const clock = new FakeClock();
  let calls = 0;
  const server = await serve(t, (req, res) => {
    calls++;
    if (calls === 1) res.writeHead(429, { 'retry-after': '1' });
    else if (req.url === '/broken/1') res.writeHead(502);
    res.end('{}');
  });
  const client = target(t, server.url, { clock });
  const selection = [exchange('/ok/0', 'GET /ok/{id}'), exchange('/broken/1', 'GET /broken/{id}'), exchange('/ok/2', 'GET /ok/{id}')];
  const seen: { done: number; total: number; failures: number; throttled: number }[] = [];
  await drain(replay(selection, { candidate: client, concurrency: 1, extraHeaders: {}, onProgress: (p) => seen.push({ ...p }) }));
  t.deepEqual(seen.map((p) => p.done), [1, 2, 3]);
  t.deepEqual(seen.at(-1), { done: 3, total: 3, failures: 2, throttled: 1 }); // /broken/1 asked twice
});
