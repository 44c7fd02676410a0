// Peak memory of the bundled action (dist/index.js, run as the runner runs it) against hostile
// input: answers that inflate to 1 GiB, a GoReplay capture of such bodies, an NDJSON line of
// 1 GiB. The child reports its own peak RSS (test/helpers/peak-rss.ts). Without the caps each
// run holds at least one whole gibibyte.
import test, { type ExecutionContext } from 'ava';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { runAction } from '../../stack/run-action.js';
import { bomb, GIB, MIB } from '../helpers/bombs.js';
import { withTempDir } from '../helpers/decode.js';
import { gorFile, gorId, httpRequest, httpResponse } from '../helpers/goreplay.js';
import { serve } from '../helpers/local-server.js';
import { peakRssProbe } from '../helpers/peak-rss.js';

/**
 * Generous, and far below one uncapped bomb (1 GiB): the runner idles at about 140 MB; each
 * answer decoding holds up to 10 MiB, and the allocator arenas of libuv's threadpool keep the
 * 16 MiB windows brotli decoders allocated there (about 120 MB, whatever the number of bombs).
 */
const PEAK_RSS_BOUND = 512 * 1024 * 1024;

const ndjsonLine = (id: string, url: string, body = '{"ok":true}') =>
  JSON.stringify({ id, request: { method: 'GET', url, headers: {} }, response: { status: 200, headers: { 'content-type': 'application/json' }, body } });

interface Results {
  verdict: string;
  totals: { requests: number; differing: number };
  snapshot: { read: number; decodeErrors: number; decodeIssues: { position: string; message: string }[] };
}

/** Runs the action with the probe; the peak is checked first, so a run that died of memory says how far it got. */
async function gateWithProbe(t: ExecutionContext, targetUrl: string, files: Record<string, string | Buffer>, snapshot: string) {
  return withTempDir(async (dir) => {
    const probe = peakRssProbe(dir);
    const run = await runAction({
      inputs: { snapshot, 'target-url': targetUrl, 'github-token': '', 'rate-limit': '0', concurrency: '4', 'fail-on': 'changed' },
      env: probe.env,
      files,
    });
    const peak = await probe.read().catch(() => Number.NaN);
    t.log(`peak RSS ${Math.round(peak / MIB)} MiB`);
    t.true(peak < PEAK_RSS_BOUND, `peak RSS ${Math.round(peak / MIB)} MiB; exit code ${run.exitCode}\n${run.stdout}${run.stderr}`.slice(0, 2000));
    const report = run.outputs['report-path'];
    const results = report === undefined ? undefined : (JSON.parse(await readFile(report, 'utf8')) as Results);
    return { run, results };
  });
}

test('answers that inflate to 1 GiB (gzip, br) keep the runner under 512 MB, each compared by digest', async (t) => {
  const gzip = await bomb('gzip', GIB);
  const br = await bomb('br', GIB);
  const server = await serve(t, (req, res) => {
    const coding = req.url!.includes('/br/') ? 'br' : 'gzip';
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding });
    res.end(coding === 'br' ? br : gzip);
  });
  const lines = Array.from({ length: 8 }, (_, i) => ndjsonLine(`r-${i}`, `/api/${i % 2 ? 'br' : 'gz'}/${i}`));
  const { run, results } = await gateWithProbe(t, server.url, { 'traffic.ndjson': `${lines.join('\n')}\n` }, 'traffic.ndjson');
  t.is(run.outputs.verdict, 'fail', run.stdout + run.stderr);
  t.is(results?.totals.requests, 8);
  t.is(results?.totals.differing, 8);
  t.true(server.seen.length >= 16);
  t.regex(await readFile(run.outputs['html-report-path']!, 'utf8'), /past the 10 MiB body cap: compared by length and SHA-256 of the first 10 MiB/);
});

test('a GoReplay capture of 1 GiB response bodies keeps the runner under 512 MB; every exchange after them is replayed', async (t) => {
  const gzip = await bomb('gzip', GIB);
  const br = await bomb('br', GIB);
  const server = await serve(t, (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  const payloads = Array.from({ length: 10 }, (_, i) => {
    const body = i < 2 ? gzip : i < 4 ? br : Buffer.from('{"ok":true}');
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.length) };
    if (i < 4) headers['content-encoding'] = i < 2 ? 'gzip' : 'br';
    return [
      { type: 1 as const, id: gorId(i), message: httpRequest('GET', `/api/items/${i}`) },
      { type: 2 as const, id: gorId(i), message: httpResponse(200, headers, body) },
    ];
  }).flat();
  const { run, results } = await gateWithProbe(t, server.url, { 'requests.gor': gorFile(payloads) }, 'requests.gor');
  t.is(results?.snapshot.decodeErrors, 0, run.stdout);
  t.is(results?.snapshot.read, 10);
  t.is(results?.totals.requests, 10);
  t.is(results?.totals.differing, 4);
});

test('an NDJSON line of 1 GiB (1 MB of gzip) keeps the runner under 512 MB, is one decode issue, and the lines after it run', async (t) => {
  const server = await serve(t, (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  // gzip members decode one after the other: the line's padding is one 64 MiB member, repeated.
  const padding = gzipSync(Buffer.alloc(64 * MIB, 0x61), { level: 9 });
  const snapshot = Buffer.concat([
    gzipSync(`${ndjsonLine('r-1', '/api/a/1')}\n{"id":"huge","pad":"`),
    ...Array<Buffer>(16).fill(padding),
    gzipSync(`"}\n${ndjsonLine('r-3', '/api/a/3')}\n${ndjsonLine('r-4', '/api/a/4')}\n`),
  ]);
  t.true(snapshot.length < 2 * MIB);
  const { run, results } = await gateWithProbe(t, server.url, { 'traffic.ndjson.gz': snapshot }, 'traffic.ndjson.gz');
  t.is(results?.totals.requests, 3, run.stdout);
  t.is(results?.snapshot.decodeErrors, 1);
  t.deepEqual(results?.snapshot.decodeIssues.map((i) => [i.position, i.message]), [['line 2', `the line is ${GIB + 22} bytes, over the 64 MiB line cap; skipped`]]);
});
