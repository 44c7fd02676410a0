// The replay stage against real HTTP servers on loopback.
import test from 'ava';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TargetUnreachableError } from '../src/errors.js';
import { replay } from '../src/replay/replay.js';
import { Target, type TargetOptions } from '../src/replay/target.js';
import type { SelectedExchange } from '../src/select/types.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(t: { teardown(fn: () => unknown): void }, handler: Handler) {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const options: TargetOptions = { concurrency: 4, rateLimit: 0, timeoutMs: 2000, maxBodyBytes: 1024 };

function selected(url: string, method = 'GET', headers: Record<string, string> = {}, id = url): SelectedExchange {
  return {
    endpoint: `${method} ${url}`,
    exchange: { id, request: { method, url, headers, body: null }, response: { status: 200, headers: {}, body: 'recorded' } },
  };
}

test('redirects are answers to compare, never followed to another host', async (t) => {
  const foreign = await serve(t, (_, res) => res.end('foreign'));
  const target = await serve(t, (_, res) => {
    res.writeHead(302, { location: `${foreign.url}/stolen` });
    res.end();
  });
  const client = new Target(target.url, options);
  t.teardown(() => client.close());
  const answer = await client.send({ method: 'GET', path: '/login', headers: {} });
  t.is(answer.response?.status, 302);
  t.is(foreign.seen.length, 0);
});

test('whatever the recorded URL or Host says, requests go to the target origin and base path', async (t) => {
  const target = await serve(t, (_, res) => res.end('ok'));
  const client = new Target(`${target.url}/preview/`, options);
  t.teardown(() => client.close());
  const outcomes = [];
  const selection = [selected('/a?x=1', 'GET', { host: 'evil.example.com', cookie: 'c=1', authorization: 'Bearer prod' }), selected('//evil.example.com/b')];
  for await (const outcome of replay(selection, { candidate: client, concurrency: 2, extraHeaders: { 'x-token': 't' } })) outcomes.push(outcome);
  t.is(outcomes.length, 2);
  const urls = target.seen.map((req) => req.url).sort();
  // A protocol-relative URL names a host: only its path is asked for, below the target.
  t.deepEqual(urls, ['/preview/b', '/preview/b', '/preview/a?x=1', '/preview/a?x=1'].sort());
  for (const req of target.seen) {
    t.is(req.headers.host, new URL(target.url).host);
    t.is(req.headers.cookie, undefined);
    t.is(req.headers.authorization, undefined);
    t.is(req.headers['x-token'], 't');
  }
});

test('gzip and brotli bodies are decoded before comparison; bodies over the cap get a digest', async (t) => {
  const target = await serve(t, (req, res) => {
    if (req.url === '/gz') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"a":1}'));
    } else if (req.url === '/br') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
      res.end(brotliCompressSync('{"b":2}'));
    } else {
      res.end('x'.repeat(5000));
    }
  });
  const client = new Target(target.url, options);
  t.teardown(() => client.close());
  t.is((await client.send({ method: 'GET', path: '/gz', headers: {} })).response?.body.toString(), '{"a":1}');
  t.is((await client.send({ method: 'GET', path: '/br', headers: {} })).response?.body.toString(), '{"b":2}');
  const big = (await client.send({ method: 'GET', path: '/big', headers: {} })).response!;
  t.is(big.bodyDigest?.bytes, 5000);
  t.is(big.body.length, 0);
  t.regex(big.bodyDigest!.sha256, /^[0-9a-f]{64}$/);
});

test('a request that gets no answer in time is reported, not hung on', async (t) => {
  const target = await serve(t, () => {});
  const client = new Target(target.url, { ...options, timeoutMs: 200 });
  t.teardown(() => client.close());
  const answer = await client.send({ method: 'GET', path: '/slow', headers: {} });
  t.is(answer.error, 'no answer within 200 ms');
});

test('in-flight requests never exceed the concurrency', async (t) => {
  let inFlight = 0;
  let peak = 0;
  const target = await serve(t, (_, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      res.end('ok');
    }, 5);
  });
  const client = new Target(target.url, { ...options, concurrency: 3 });
  t.teardown(() => client.close());
  const selection = Array.from({ length: 30 }, (_, i) => selected(`/item/${i}`));
  let count = 0;
  for await (const _ of replay(selection, { candidate: client, concurrency: 3, extraHeaders: {} })) count++;
  t.is(count, 30);
  t.is(target.seen.length, 60); // each exchange asks the candidate twice
  t.true(peak <= 3, `peak ${peak}`);
});

test('a connection reset is retried once for idempotent methods', async (t) => {
  let calls = 0;
  const target = await serve(t, (req, res) => {
    calls++;
    if (calls === 1) req.socket.destroy();
    else res.end('ok');
  });
  const client = new Target(target.url, options);
  t.teardown(() => client.close());
  const answer = await client.send({ method: 'GET', path: '/flaky', headers: {} });
  t.is(answer.response?.status, 200);
  t.is(calls, 2);
});

test('a target that keeps failing trips the breaker: TargetUnreachableError, and replay stops early', async (t) => {
  const target = await serve(t, (req) => req.socket.destroy());
  const client = new Target(target.url, options);
  t.teardown(() => client.close());
  const selection = Array.from({ length: 200 }, (_, i) => selected(`/item/${i}`));
  const error = await t.throwsAsync(async () => {
    for await (const _ of replay(selection, { candidate: client, concurrency: 4, extraHeaders: {} }));
  });
  t.true(error instanceof TargetUnreachableError);
  t.regex(error!.message, /is unreachable: all \d+ requests failed/);
  t.true(target.seen.length < 100, `sent ${target.seen.length}`);
});

test('a bad target URL is a clear input error', (t) => {
  t.throws(() => new Target('not a url', options), { message: /"not a url" is not a URL/ });
  t.throws(() => new Target('http://x/?q=1', options), { message: /must not carry a query/ });
});
