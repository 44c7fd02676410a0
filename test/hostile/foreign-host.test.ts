// Never another host: a second local port stands in for a foreign host, and counts every TCP
// connection it is offered. Recorded absolute URLs pointing at it, a recorded Host naming it, the
// headers input naming it, redirects of every kind to it, and wait-for answers redirecting to it:
// through the whole gate, with and without a baseline, from NDJSON and from HAR, it sees none.
// (test/replay-origin.test.ts holds the same promise for the replay stage alone.)
import test from 'ava';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type GateOptions, runGate } from '../../src/gate.js';
import { type LocalServer, serve } from '../helpers/local-server.js';
import { writeSnapshot } from '../helpers/ndjson-snapshot.js';
import { type RawServer, rawServe } from '../helpers/raw-server.js';

const REDIRECTS = [301, 302, 303, 307, 308];

/** A deployment that redirects /redirect/N and, the first time, /healthz, to the foreign host. */
async function redirectingDeployment(t: Parameters<typeof serve>[0], foreign: RawServer): Promise<LocalServer> {
  let healthChecks = 0;
  return serve(t, (req, res) => {
    const url = req.url!;
    if (url.endsWith('/healthz') && healthChecks++ === 0) {
      res.writeHead(307, { location: `${foreign.url}/healthz` });
      res.end();
    } else if (url.includes('/redirect/')) {
      res.writeHead(Number(url.split('/').pop()), { location: `${foreign.url}/stolen${url}`, 'content-type': 'application/json' });
      res.end('{"ok":true}');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }
  });
}

function recorded(url: string, status: number, headers: Record<string, string> = {}) {
  return { url, status, headers };
}

function options(targetUrl: string, workspace: string, snapshot: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot, targetUrl, failOn: 'breaking', maxRequests: 1000, concurrency: 2, rateLimit: 0, timeoutMs: 15_000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace, seed: 1, waitFor: '/healthz', waitTimeoutMs: 20_000, ...extra,
  };
}

test('through the whole gate, the foreign host is never connected to', async (t) => {
  // Were it ever asked, it would answer, so a leak shows as a connection rather than a hang.
  const foreign = await rawServe(t, (socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\nforeign'));
  const foreignHost = `127.0.0.1:${foreign.port}`;
  const target = await redirectingDeployment(t, foreign);
  const baseline = await redirectingDeployment(t, foreign);
  const exchanges = [
    recorded(`${foreign.url}/steal?x=1`, 200),
    recorded(`//${foreignHost}/steal-protocol-relative`, 200),
    recorded('/with-recorded-host', 200, { host: foreignHost, 'x-forwarded-host': foreignHost }),
    ...REDIRECTS.map((status) => recorded(`/redirect/${status}`, status)),
  ];
  const lines = exchanges.map((e, i) => JSON.stringify({
    id: `r-${i}`, request: { method: 'GET', url: e.url, headers: e.headers, body: null },
    response: { status: e.status, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' },
  }));
  const work = await writeSnapshot([]);
  await writeFile(path.join(work, 'traffic.ndjson'), `${lines.join('\n')}\n`);
  await writeFile(path.join(work, 'session.har'), JSON.stringify({ log: { entries: exchanges.map((e) => ({
    request: { method: 'GET', url: e.url.startsWith('/') && !e.url.startsWith('//') ? `${foreign.url}${e.url}` : e.url.replace(/^\/\//, 'http://'), headers: [{ name: 'Host', value: foreignHost }] },
    response: { status: e.status, headers: [{ name: 'Content-Type', value: 'application/json' }], content: { text: '{"ok":true}' } },
  })) } }));

  const runs = [
    await runGate(options(target.url, work, 'traffic.ndjson')),
    await runGate(options(`${target.url}/base`, work, 'session.har', { baselineUrl: baseline.url })),
    await runGate(options(target.url, work, 'traffic.ndjson', { headers: { host: foreignHost } })),
  ];
  for (const results of runs) t.is(results.verdict, 'pass', results.reason);
  t.is(foreign.connections, 0);

  // Everything went to the deployments instead: redirects answered there, compared as answers.
  const paths = new Set(target.seen.map((r) => r.url));
  for (const expected of ['/steal?x=1', '/steal-protocol-relative', '/with-recorded-host', ...REDIRECTS.map((s) => `/redirect/${s}`)]) {
    t.true(paths.has(expected), expected);
  }
  t.true(paths.has('/base/steal?x=1'));
  t.true(target.seen.filter((r) => r.url === '/healthz').length >= 2, 'the redirecting health check was polled again, not followed');
  t.true(baseline.seen.some((r) => r.url === '/redirect/307'));
  // Redirects were compared as answers (status and location), equal to the recording.
  for (const results of runs) t.is(results.totals.differing, 0);
});
