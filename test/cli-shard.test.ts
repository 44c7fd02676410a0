// `replay-gate run --shard i/3 --out d_i` three times, then `replay-gate merge d_1 d_2 d_3`,
// against a real local service: the same results.json as one `replay-gate run`, apart from timings.
//
// Why the comparison is fair: the service answers deterministically (no timestamp, id or counter
// varies between two answers), so no place ever varies on its own side. Adaptive asking learns
// per run (each shard decides for itself which requests it asks twice), but with nothing varying
// that changes only the paired counts the noise test would weigh, and the noise test is only
// asked for places that varied: every difference is real whichever requests were paired, and
// every count the results show is the same. What still differs between runs is timing: startedAt,
// finishedAt and the latency figures, which are left out of the comparison.
import test from 'ava';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { merge } from '../src/cli/merge.js';
import { run } from '../src/cli/run.js';
import type { GateResults } from '../src/gate.js';
import type { GatePartial } from '../src/partial.js';
import { serve } from './helpers/local-server.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

// Four endpoints: one breaking on a third of its items (a field removed), one changed on some
// (a value), one with query variants and an added field (info), one unchanged.
function recorded(id: number) {
  return { id, name: `item ${id}`, price: id * 3 };
}

function snapshot(): string {
  const lines: string[] = [];
  const add = (id: string, url: string, body: unknown) => lines.push(JSON.stringify({
    id, request: { method: 'GET', url, headers: { accept: 'application/json' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), durationMs: 2 },
  }));
  for (let i = 0; i < 90; i++) add(`item-${i}`, `/api/items/${i}`, recorded(i));
  for (let i = 0; i < 60; i++) add(`user-${i}`, `/api/users/${i}`, { id: i, plan: 'basic' });
  for (let i = 0; i < 60; i++) add(`list-${i}`, `/api/list${['', '?page=2', '?page=3&limit=5', '?sort=name'][i % 4]}${i % 4 === 0 ? `?n=${i}` : `&n=${i}`}`, { items: [1, 2, 3] });
  for (let i = 0; i < 30; i++) add(`health-${i}`, `/api/health?n=${i}`, { status: 'ok' });
  return `${lines.join('\n')}\n`;
}

function candidate(url: URL): unknown {
  const items = /^\/api\/items\/(\d+)$/.exec(url.pathname);
  if (items) {
    const id = Number(items[1]);
    const body: Record<string, unknown> = recorded(id);
    if (id % 3 === 0) delete body.name;
    return body;
  }
  const users = /^\/api\/users\/(\d+)$/.exec(url.pathname);
  if (users) return { id: Number(users[1]), plan: Number(users[1]) % 4 === 0 ? 'pro' : 'basic' };
  if (url.pathname === '/api/list') return { items: [1, 2, 3], ...(url.searchParams.has('sort') ? { sorted: true } : {}) };
  return { status: 'ok' };
}

async function setUp(t: { teardown(fn: () => unknown): void }) {
  const service = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(candidate(new URL(req.url!, 'http://x'))));
  });
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-shard-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), snapshot());
  const cli = async (command: typeof run, args: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await command.run(args, { cwd, stdout, stderr, env: {} });
    return { code, stdout: stdout.text, stderr: stderr.text };
  };
  const runArgs = ['--snapshot', 'traffic.ndjson', '--target-url', service.url, '--rate-limit', '0', '--max-requests', '1000'];
  return { service, cwd, cli, runArgs };
}

async function resultsIn(dir: string): Promise<GateResults> {
  return JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as GateResults;
}

/** results.json without what timing decides. */
function timeless(results: GateResults) {
  const { startedAt: _, finishedAt: __, ...rest } = results;
  return { ...rest, endpoints: rest.endpoints.map(({ latency: ___, ...endpoint }) => endpoint) };
}

test('three shards merged write the same results.json as one run, apart from timings', async (t) => {
  const { cwd, cli, runArgs, service } = await setUp(t);
  const whole = await cli(run, [...runArgs, '--out', 'whole']);
  t.is(whole.code, 1, whole.stderr);
  const unsharded = await resultsIn(path.join(cwd, 'whole'));
  t.is(unsharded.verdict, 'fail');
  t.is(unsharded.totals.requests, 240);
  t.true(unsharded.totals.breaking > 0 && unsharded.totals.changed > 0 && unsharded.totals.info > 0, JSON.stringify(unsharded.totals));
  t.true(unsharded.endpoints.some((e) => e.variants && e.variants.length > 1), 'variants are compared too');

  const askedWhole = service.seen.length;
  const asked: Set<string>[] = [];
  for (const i of [1, 2, 3]) {
    const before = service.seen.length;
    const shard = await cli(run, [...runArgs, '--shard', `${i}/3`, '--out', `d${i}`]);
    asked.push(new Set(service.seen.slice(before).map((hit) => hit.url)));
    t.is(shard.code, 0, shard.stderr);
    t.regex(shard.stderr, new RegExp(`replay-gate shard ${i}/3 judged \\d+ of 240 selected requests; partial in d${i}/partial\\.json`));
    t.is(shard.stdout, '', 'a shard prints no verdict: it has none');
  }
  // Each shard replayed its share, and the three shares are the whole selection.
  const partials = await Promise.all([1, 2, 3].map(async (i) => JSON.parse(await readFile(path.join(cwd, `d${i}`, 'partial.json'), 'utf8')) as GatePartial));
  t.is(partials.reduce((n, p) => n + p.judged, 0), 240);
  t.true(partials.every((p) => p.judged > 40 && p.judged < 120), partials.map((p) => p.judged).join(', '));
  t.true(partials.every((p) => p.pins.snapshot.objects[0]?.etag.length === 64), 'a file is pinned by its SHA-256');
  // Every URL of the snapshot is distinct: the shards asked for disjoint shares of all 240.
  t.is(asked.reduce((n, urls) => n + urls.size, 0), 240);
  t.is(new Set(asked.flatMap((urls) => [...urls])).size, 240, 'no request was replayed by two shards');
  // Calibration pairs the first 20 exchanges of each endpoint's whole selection, in whichever
  // shard each falls: the shards together ask exactly what one run asks (nothing here varies, so
  // nothing learnt along the way can change an ask), not 20 pairs per endpoint each.
  t.is(service.seen.length - askedWhole, askedWhole, 'the shards together asked the service as often as one run');

  const merged = await cli(merge, ['d1', 'd2', 'd3', '--out', 'merged']);
  t.is(merged.code, 1, merged.stderr);
  t.regex(merged.stdout, /^replay-gate fail: /);
  t.regex(merged.stdout, /Reports: merged\/results\.json, merged\/report\.html, merged\/report\.md/);
  t.deepEqual(timeless(await resultsIn(path.join(cwd, 'merged'))), timeless(unsharded));
  t.is(merged.stdout.split('\n')[0], whole.stdout.split('\n')[0], 'the same verdict line');
  // A partial file given directly reads as its folder does.
  const direct = await cli(merge, ['d1/partial.json', 'd2', 'd3', '--out', 'direct', '--json']);
  t.is(direct.code, 1);
  t.deepEqual(timeless(JSON.parse(direct.stdout) as GateResults), timeless(unsharded));
});

test('merge: a missing shard is verdict error naming it (exit 2); a missing folder or foreign JSON is one line (exit 2)', async (t) => {
  const { cwd, cli, runArgs } = await setUp(t);
  for (const i of [1, 3]) t.is((await cli(run, [...runArgs, '--shard', `${i}/3`, '--out', `d${i}`])).code, 0);
  const missing = await cli(merge, ['d1', 'd3', '--out', 'm']);
  t.is(missing.code, 2);
  t.regex(missing.stdout, /^replay-gate error: cannot judge: shard 2\/3 is missing/);
  t.is((await resultsIn(path.join(cwd, 'm'))).verdict, 'error');

  const nowhere = await cli(merge, ['d1', 'd2', 'd3']);
  t.is(nowhere.code, 2);
  t.regex(nowhere.stderr, /^replay-gate merge: .*d2: no such file or folder\n$/);
  await writeFile(path.join(cwd, 'results.json'), JSON.stringify({ version: 1, verdict: 'pass' }));
  const foreign = await cli(merge, ['d1', 'results.json']);
  t.is(foreign.code, 2);
  t.regex(foreign.stderr, /^replay-gate merge: .*results\.json: not a replay-gate partial \(no "kind": "replay-gate-partial"\)\n$/);
  await writeFile(path.join(cwd, 'broken.json'), '{"kind": "replay-gate-partial", ');
  const broken = await cli(merge, ['broken.json']);
  t.is(broken.code, 2);
  t.regex(broken.stderr, /^replay-gate merge: .*broken\.json: not JSON \(/);
  const none = await cli(merge, []);
  t.is(none.code, 2);
  t.regex(none.stderr, /^replay-gate merge: give the shards' folders/);
});

test('run --shard: a shard that does not exist is a one-line mistake in the flags (exit 2)', async (t) => {
  const { cli, runArgs } = await setUp(t);
  const wrong = await cli(run, [...runArgs, '--shard', '4/3']);
  t.is(wrong.code, 2);
  t.regex(wrong.stderr, /^replay-gate run: --shard: shard 4 of 3 does not exist; shards count from 1 to 3\n$/);
});

test('a shard that cannot reach its target writes a partial saying so; the merge names it', async (t) => {
  const { cwd, cli, runArgs, service } = await setUp(t);
  for (const i of [1, 2]) t.is((await cli(run, [...runArgs, '--shard', `${i}/2`, '--out', `d${i}`])).code, 0);
  await service.close();
  const down = await cli(run, [...runArgs, '--shard', '2/2', '--out', 'd2']);
  t.is(down.code, 0, 'the shard ran; its partial says it could not judge');
  t.regex(down.stderr, /replay-gate shard 2\/2 could not judge: target http:\/\/127\.0\.0\.1:\d+ is unreachable/);
  const merged = await cli(merge, ['d1', 'd2', '--out', 'm']);
  t.is(merged.code, 2);
  t.regex(merged.stdout, /^replay-gate error: shard 2\/2 could not judge: target http:\/\/127\.0\.0\.1:\d+ is unreachable/);
  t.is((await resultsIn(path.join(cwd, 'm'))).verdict, 'error');
});

test('a partial holds no credential, even where the preview echoed one back', async (t) => {
  const service = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 1, name: 'item 1', price: 3, echoed: req.headers['x-preview-token'] }));
  });
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-shard-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), snapshot().split('\n').slice(0, 20).join('\n'));
  const stderr = new Capture();
  const code = await run.run(
    ['--snapshot', 'traffic.ndjson', '--target-url', service.url, '--rate-limit', '0', '--shard', '1/2', '--out', 'd', '--header', 'x-preview-token: s3cr3t-value'],
    { cwd, stdout: new Capture(), stderr, env: {} },
  );
  t.is(code, 0, stderr.text);
  const text = await readFile(path.join(cwd, 'd', 'partial.json'), 'utf8');
  t.true(service.seen.length > 0 && service.seen.every((hit) => hit.headers['x-preview-token'] === 's3cr3t-value'));
  t.regex(text, /\*\*\*/, 'the echoed value is there, masked');
  t.false(text.includes('s3cr3t-value'));
});
