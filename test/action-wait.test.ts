// The bundled action's wait-for and wait-timeout-ms inputs, as the runner passes them, against a
// real local service that is still starting (503 on its health check) or never starts.
import test from 'ava';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction } from '../stack/run-action.js';

const exchanges = Array.from({ length: 6 }, (_, i) => JSON.stringify({
  id: `r-${i}`,
  request: { method: 'GET', url: `/api/items/${i}`, headers: { accept: 'application/json' }, body: null },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: i }), durationMs: 3 },
}));

/** Answers /healthz with 503 for the first `starting` polls, then like a healthy service. */
async function service(t: { teardown(fn: () => unknown): void }, starting: number) {
  const seen: string[] = [];
  let polls = 0;
  const server = createServer((req, res) => {
    seen.push(req.url!);
    if (req.url === '/healthz') {
      res.writeHead(++polls <= starting ? 503 : 200);
      res.end();
      return;
    }
    const id = Number(req.url!.split('/').pop());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function gate(url: string, inputs: Record<string, string>) {
  return runAction({
    inputs: { snapshot: 'traffic.ndjson', 'target-url': url, 'github-token': '', 'rate-limit': '0', ...inputs },
    files: { 'traffic.ndjson': `${exchanges.join('\n')}\n` },
  });
}

test('the action waits for a deploy that is still starting, then replays', async (t) => {
  const target = await service(t, 2);
  const run = await gate(target.url, { 'wait-for': '/healthz' });
  t.is(run.outputs.verdict, 'pass', run.stdout);
  t.deepEqual(target.seen.slice(0, 3), ['/healthz', '/healthz', '/healthz']);
  t.false(target.seen.slice(3).includes('/healthz'));
  t.regex(run.stdout, /answered 200 on \/healthz after 3 tries/);
  t.regex(run.stdout, /Replayed 6\/6 requests \(100%/);
});

test('a deploy that never comes up: verdict error naming the last answer; the headers input shows only as a mask', async (t) => {
  const target = await service(t, Number.POSITIVE_INFINITY);
  const run = await gate(target.url, { 'wait-for': 'healthz', 'wait-timeout-ms': '700', headers: 'x-preview-token: s3cr3t-value' });
  t.is(run.outputs.verdict, 'error');
  t.is(run.exitCode, 1);
  t.regex(run.stdout, /::error::replay-gate error: cannot judge: target http:\/\/127\.0\.0\.1:\d+ did not answer 2xx on \/healthz within 0\.7 s: last answer 503/);
  t.true(target.seen.every((url) => url === '/healthz'));
  const withoutMask = run.stdout.replace(/::add-mask::s3cr3t-value/, '');
  t.false((withoutMask + run.stderr + run.summary).includes('s3cr3t-value'));
});
