// Waiting for a preview deploy before replaying: a real server that comes up late, or never.
import test from 'ava';
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TargetUnreachableError } from '../src/errors.js';
import { runGate, type GateOptions } from '../src/gate.js';
import { readInputs } from '../src/inputs.js';
import { Target } from '../src/replay/target.js';
import { waitForTarget } from '../src/replay/wait-for.js';
import { FakeClock } from './helpers/fake-clock.js';
import { freePort, serve, type LocalServer } from './helpers/local-server.js';

const options = { concurrency: 2, rateLimit: 0, timeoutMs: 2000, maxBodyBytes: 1 << 20 };

function client(t: { teardown(fn: () => unknown): void }, url: string) {
  const target = new Target(url, options);
  t.teardown(() => target.close());
  return target;
}

test('a server that comes up late: polled with doubling pauses until it listens and answers 2xx', async (t) => {
  const port = await freePort();
  const clock = new FakeClock();
  let server: LocalServer | undefined;
  clock.onSleep = async (index) => {
    if (index === 2) server = await serve(t, (_, res) => res.end('ok'), port);
  };
  const lines: string[] = [];
  await waitForTarget(client(t, `http://127.0.0.1:${port}`), 'target', { path: '/healthz', timeoutMs: 300_000, headers: {}, clock, log: (l) => lines.push(l) });
  t.deepEqual(clock.sleeps, [500, 1000, 2000]);
  t.deepEqual(server?.seen.map((r) => r.url), ['/healthz']);
  t.regex(lines[0]!, /^Waiting for target http:\/\/127\.0\.0\.1:\d+ to answer 2xx on \/healthz \(last error: .*ECONNREFUSED/);
  t.regex(lines.at(-1)!, /answered 200 on \/healthz after 4 tries \(3\.5 s\)$/);
});

test('a deploy that answers 503 while starting is waited for, below the base path and with the headers input', async (t) => {
  let calls = 0;
  const server = await serve(t, (_, res) => {
    res.writeHead(++calls <= 3 ? 503 : 204);
    res.end();
  });
  const clock = new FakeClock();
  await waitForTarget(client(t, `${server.url}/preview/`), 'target', { path: '/healthz', timeoutMs: 60_000, headers: { 'x-preview-token': 't0k3n' }, clock });
  t.is(server.seen.length, 4);
  t.true(server.seen.every((r) => r.url === '/preview/healthz' && r.headers['x-preview-token'] === 't0k3n'));
});

test('the backoff is bounded at 10 s, and a deploy that never comes up is one clear error with the last answer', async (t) => {
  const server = await serve(t, (_, res) => {
    res.writeHead(503);
    res.end();
  });
  const clock = new FakeClock();
  const error = await t.throwsAsync(
    waitForTarget(client(t, server.url), 'target', { path: '/healthz', timeoutMs: 60_000, headers: {}, clock }),
  );
  t.true(error instanceof TargetUnreachableError);
  t.is(error!.message, `target ${server.url} did not answer 2xx on /healthz within 60 s: last answer 503`);
  t.deepEqual(clock.sleeps.slice(0, 6), [500, 1000, 2000, 4000, 8000, 10_000]);
  t.true(clock.sleeps.every((ms) => ms <= 10_000));
  t.is(clock.sleeps.reduce((a, b) => a + b, 0), 60_000); // never sleeps past the deadline
  t.is(server.seen.length, clock.sleeps.length + 1); // one last try at the deadline
});

test('a target nobody listens on names the connection error', async (t) => {
  const port = await freePort();
  const clock = new FakeClock();
  const error = await t.throwsAsync(
    waitForTarget(client(t, `http://127.0.0.1:${port}`), 'target', { path: '/healthz', timeoutMs: 1500, headers: {}, clock }),
  );
  t.regex(error!.message, /^target http:\/\/127\.0\.0\.1:\d+ did not answer 2xx on \/healthz within 1\.5 s: last error: .*ECONNREFUSED/);
});

test('wait-for is a path on the target: a URL is refused as input', (t) => {
  const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '', '/tmp');
  const base = { snapshot: 's.ndjson', 'target-url': 'http://127.0.0.1:1' };
  t.is(read({ ...base, 'wait-for': 'healthz' }).gate.waitFor, '/healthz');
  t.is(read({ ...base, 'wait-for': '/ready?deep=1' }).gate.waitFor, '/ready?deep=1');
  t.is(read(base).gate.waitFor, undefined);
  t.is(read(base).gate.waitTimeoutMs, 300_000);
  t.is(read({ ...base, 'wait-timeout-ms': '1000' }).gate.waitTimeoutMs, 1000);
  t.throws(() => read({ ...base, 'wait-for': 'https://elsewhere.example/healthz' }), { message: /input "wait-for" must be a path on the target/ });
  t.throws(() => read({ ...base, 'wait-for': '//elsewhere.example/healthz' }), { message: /input "wait-for" must be a path on the target/ });
});

test('the gate waits before replaying; a deploy that never comes up is verdict error, and the headers input is never logged', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(req.url === '/healthz' ? 502 : 200);
    res.end('{}');
  });
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-wait-'));
  const line = JSON.stringify({ id: 'r1', request: { method: 'GET', url: '/a', headers: {}, body: null }, response: { status: 200, headers: {}, body: '{}' } });
  await writeFile(path.join(work, 'traffic.ndjson'), `${line}\n`);
  const gateOptions: GateOptions = {
    snapshot: 'traffic.ndjson', targetUrl: server.url, failOn: 'breaking', maxRequests: 10, concurrency: 2, rateLimit: 0,
    timeoutMs: 1000, methods: new Set(['GET']), headers: { 'x-preview-token': 's3cr3t-value' }, s3: { endpoint: '', region: '' },
    workspace: work, seed: 0, waitFor: '/healthz', waitTimeoutMs: 300,
  };
  const logs: string[] = [];
  const results = await runGate(gateOptions, { log: (l) => logs.push(l) });
  t.is(results.verdict, 'error');
  t.is(results.reason, `cannot judge: target ${server.url} did not answer 2xx on /healthz within 0.3 s: last answer 502`);
  t.true(server.seen.every((r) => r.url === '/healthz'), 'nothing replayed before the deploy answered');
  t.true(server.seen.every((r) => r.headers['x-preview-token'] === 's3cr3t-value'));
  t.false((logs.join('\n') + JSON.stringify(results)).includes('s3cr3t-value'));
});
