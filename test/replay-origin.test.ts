// The request never leaves the target's origin, whatever the snapshot's URL, a Host header, the
// headers input or a redirect says. Another local port stands in for a foreign host; it must
// receive nothing.
import test from 'ava';
import { deflateSync } from 'node:zlib';
import { outgoingRequest } from '../src/replay/outgoing.js';
import { originRelative, reduceUrl } from '../src/snapshot/origin-relative.js';
import { replay } from '../src/replay/replay.js';
import { Target } from '../src/replay/target.js';
import type { ReplayOutcome } from '../src/replay/types.js';
import type { SelectedExchange } from '../src/select/types.js';
import { serve } from './helpers/local-server.js';

const options = { concurrency: 2, rateLimit: 0, timeoutMs: 2000, maxBodyBytes: 1 << 20 };

function exchange(url: string, headers: Record<string, string> = {}): SelectedExchange {
  return {
    endpoint: `GET ${url}`,
    exchange: { id: url, request: { method: 'GET', url, headers, body: null }, response: { status: 200, headers: {}, body: 'ok' } },
  };
}

async function replayAll(target: Target, selection: SelectedExchange[], extraHeaders: Record<string, string> = {}) {
  const outcomes: ReplayOutcome[] = [];
  for await (const outcome of replay(selection, { candidate: target, concurrency: 2, extraHeaders })) outcomes.push(outcome);
  return outcomes;
}

test('redirects of every kind to a foreign host are compared as answers; the foreign host gets nothing', async (t) => {
  const foreign = await serve(t, (_, res) => res.end('foreign'));
  const server = await serve(t, (req, res) => {
    const status = Number(req.url!.slice(1));
    res.writeHead(status, { location: `${foreign.url}/stolen${req.url}` });
    res.end();
  });
  const target = new Target(server.url, options);
  t.teardown(() => target.close());
  const statuses = [301, 302, 303, 307, 308];
  const outcomes = await replayAll(target, statuses.map((s) => exchange(`/${s}`)));
  for (const outcome of outcomes) {
    const answer = outcome.candidate[0]!.response!;
    t.is(String(answer.status), outcome.selected.exchange.request.url.slice(1));
    t.is(answer.headers.location, `${foreign.url}/stolen/${answer.status}`);
  }
  t.is(server.seen.length, statuses.length * 2);
  t.is(foreign.seen.length, 0);
});

test('an absolute URL and a Host header in the snapshot, or a host in the headers input, never reach the foreign host', async (t) => {
  const foreign = await serve(t, (_, res) => res.end('foreign'));
  const server = await serve(t, (_, res) => res.end('ok'));
  const target = new Target(`${server.url}/base`, options);
  t.teardown(() => target.close());
  const foreignHost = new URL(foreign.url).host;
  await replayAll(target, [
    exchange(`${foreign.url}/steal?x=1`, { host: foreignHost }),
    exchange(`//${foreignHost}/steal2`),
    exchange(`http://${foreignHost}`),
  ]);
  await replayAll(target, [exchange('/with-header-host')], { host: foreignHost });
  t.is(foreign.seen.length, 0);
  t.deepEqual(
    [...new Set(server.seen.map((r) => r.url))].sort(),
    ['/base/', '/base/steal2', '/base/steal?x=1', '/base/with-header-host'].sort(),
  );
  // A recorded Host is dropped; a host the user configured is sent as a header, to the target.
  t.true(server.seen.filter((r) => r.url !== '/base/with-header-host').every((r) => r.headers.host === new URL(server.url).host));
});

test('a recorded URL becomes a path below the target, whatever form it had', (t) => {
  t.is(originRelative('/a?b=1'), '/a?b=1');
  t.is(originRelative('https://prod.example.com/a/b?c=d#frag'), '/a/b?c=d');
  t.is(originRelative('HTTP://prod.example.com'), '/');
  // Protocol-relative: a host, as a browser reads it; only its path is kept, never the host.
  t.is(originRelative('//prod.example.com/x'), '/x');
  t.deepEqual(reduceUrl('https://prod.example.com:8443/a?b'), { path: '/a?b', origin: 'https://prod.example.com:8443' });
  t.deepEqual(reduceUrl('//prod.example.com/x?y'), { path: '/x?y' });
  t.deepEqual(reduceUrl('/p#top'), { path: '/p' });
  // No HTTP URL with a path on a server: decoders reject it, the replay never sends it.
  for (const url of ['a/b', 'p', 'mailto:x@example.com', 'javascript:alert(1)', 'ftp://h/p', 'http://[bad']) {
    t.is(reduceUrl(url), undefined, url);
    t.throws(() => originRelative(url), { message: /"request\.url" (must start with \/ or http\(s\):\/\/|is not a valid URL)/ }, url);
  }
  const request = outgoingRequest(exchange('https://prod.example.com/x?y=1', { host: 'prod.example.com', 'content-length': '3', cookie: 'c' }).exchange, '/pr-7', {});
  t.is(request.path, '/pr-7/x?y=1');
  t.deepEqual(Object.keys(request.headers).sort(), ['accept-encoding']);
});

test('deflate bodies are decoded; an unknown content-encoding is kept as it came', async (t) => {
  const server = await serve(t, (req, res) => {
    if (req.url === '/deflate') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'deflate' });
      res.end(deflateSync('{"d":3}'));
    } else {
      res.writeHead(200, { 'content-encoding': 'zstd-ish' });
      res.end('raw');
    }
  });
  const target = new Target(server.url, options);
  t.teardown(() => target.close());
  t.is((await target.send({ method: 'GET', path: '/deflate', headers: {} })).response?.body.toString(), '{"d":3}');
  t.is((await target.send({ method: 'GET', path: '/other', headers: {} })).response?.body.toString(), 'raw');
});
