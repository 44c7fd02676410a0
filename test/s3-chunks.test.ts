// Prefixes that hold several snapshots, or the chunks of one, against s3rver; and the same rule
// for a folder in the workspace.
import test from 'ava';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { runGate } from '../src/gate.js';
import { chunkGroupOf, chunkNameOf, naturalCompare } from '../src/snapshot/chunks.js';
import { resolveSnapshot } from '../src/snapshot/source.js';
import { startS3, type LocalS3 } from '../stack/s3.js';
import { startSampleService } from '../stack/sample-service.js';
import { decodeAll, withTempDir } from './helpers/decode.js';
import { gorFile, gorId, type GorPayloadSpec, httpRequest, httpResponse } from './helpers/goreplay.js';

const bucket = 'traffic';
let s3: LocalS3;

function ndjson(...ids: string[]): string {
  return ids.map((id) => JSON.stringify({ id, request: { method: 'GET', url: `/api/orders/${id}` }, response: { status: 200, body: '{}' } })).join('\n') + '\n';
}

/** Chunk n of a GoReplay recording: requests 10n..10n+9; the last response lands in the next chunk. */
function gorChunk(n: number): Buffer {
  const payloads: GorPayloadSpec[] = [];
  if (n > 0) payloads.push({ type: 2, id: gorId(10 * n - 1), latency: 1, message: httpResponse(200, { 'Content-Type': 'application/json' }, `{"id":${10 * n - 1}}`) });
  for (let i = 10 * n; i < 10 * n + 10; i++) {
    payloads.push({ type: 1, id: gorId(i), latency: 0, message: httpRequest('GET', `/api/products/${i}`, { Accept: 'application/json' }) });
    if (i !== 10 * n + 9) payloads.push({ type: 2, id: gorId(i), latency: 1, message: httpResponse(200, { 'Content-Type': 'application/json' }, `{"id":${i}}`) });
  }
  return gorFile(payloads);
}

const S3 = () => ({ s3: { endpoint: s3.endpoint, region: 'us-east-1' }, workspace: os.tmpdir() });

test.before(async () => {
  s3 = await startS3([bucket]);
  // An older, unrelated snapshot under the same prefix: not part of the newest recording.
  await s3.put(bucket, 'gor/old-capture.ndjson', ndjson('old'));
  await delay(1100); // s3rver's LastModified has one-second resolution
  // Chunks uploaded out of order, 0..11, so name order (1, 10, 11, 2) is not chunk order.
  for (const n of [3, 11, 0, 10, 1, 2, 4, 5, 6, 7, 8, 9]) await s3.put(bucket, `gor/requests_${n}.gor`, gorChunk(n));
  await s3.put(bucket, 'gz/requests.gor_0.gz', gzipSync(gorChunk(0)));
  await s3.put(bucket, 'gz/requests.gor_1.gz', gzipSync(gorChunk(1)));
  // Dated snapshots are separate snapshots: the newest is read, alone.
  await s3.put(bucket, 'daily/traffic_20261123.ndjson', ndjson('d23'));
  await s3.put(bucket, 'daily/2026-11-23.ndjson', ndjson('dash23'));
  await delay(1100);
  await s3.put(bucket, 'daily/traffic_20261124.ndjson', ndjson('d24'));
  // A recording in its own sub-folder: its chunks, not the sibling folder's.
  await s3.put(bucket, 'runs/a/part_0.ndjson', ndjson('a0'));
  await s3.put(bucket, 'runs/b/part_1.ndjson.gz', gzipSync(ndjson('b1'))); // other extensions: another group
  await delay(1100);
  await s3.put(bucket, 'runs/b/part_0.ndjson', ndjson('b0'));
  await s3.put(bucket, 'runs/b/part_1.ndjson', ndjson('b1-plain'));
});

test.after.always(async () => {
  await s3?.close();
});

test('chunk names: _<n> before the extensions, at most six digits', (t) => {
  t.deepEqual(chunkNameOf('shop/requests_12.gor'), { base: 'shop/requests', index: 12, extensions: '.gor' });
  t.deepEqual(chunkNameOf('requests.gor_3.gz'), { base: 'requests.gor', index: 3, extensions: '.gz' });
  t.deepEqual(chunkNameOf('a_1_2.ndjson.gz'), { base: 'a_1', index: 2, extensions: '.ndjson.gz' });
  t.deepEqual(chunkNameOf('part_7'), { base: 'part', index: 7, extensions: '' });
  for (const single of ['2026-11-24.ndjson', 'traffic_20261124.ndjson', 'requests-1.gor', 'shop/_1.gor', 'plain.gor']) {
    t.is(chunkNameOf(single), undefined, single);
  }
  t.deepEqual(chunkGroupOf('x/r_2.gor', ['x/r_10.gor', 'x/r_2.gor', 'x/r_1.gor', 'x/r_1.gor.gz', 'y/r_3.gor', 'x/q_1.gor']), ['x/r_1.gor', 'x/r_2.gor', 'x/r_10.gor']);
  t.true(naturalCompare('part_2', 'part_10') < 0);
});

test('a prefix whose newest object is a chunk reads every chunk of it, in chunk order, as one snapshot', async (t) => {
  const source = await resolveSnapshot(`s3://${bucket}/gor/`, S3());
  t.is(source.name, `s3://${bucket}/gor/requests_*.gor (12 chunks)`);
  t.deepEqual(source.parts.map((p) => p.name), Array.from({ length: 12 }, (_, n) => `s3://${bucket}/gor/requests_${n}.gor`));
  const { exchanges, issues } = await decodeAll(source);
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.request.url), Array.from({ length: 120 }, (_, i) => `/api/products/${i}`));
  // Each chunk's last request is answered in the next chunk; only the very last goes unanswered.
  t.deepEqual(exchanges.filter((e) => !e.response).map((e) => e.id), [gorId(119)]);
  t.is(exchanges[9]!.response!.body, '{"id":9}');
});

test('GoReplay gzip chunk names (requests.gor_<n>.gz) group too', async (t) => {
  const source = await resolveSnapshot(`s3://${bucket}/gz/`, S3());
  t.is(source.name, `s3://${bucket}/gz/requests.gor_*.gz (2 chunks)`);
  const { exchanges, issues } = await decodeAll(source);
  t.is(issues.count, 0);
  t.is(exchanges.length, 20);
});

test('dated snapshots are not chunks: the newest is read alone', async (t) => {
  const source = await resolveSnapshot(`s3://${bucket}/daily/`, S3());
  t.is(source.name, `s3://${bucket}/daily/traffic_20261124.ndjson`);
  t.deepEqual((await decodeAll(source)).exchanges.map((e) => e.id), ['d24']);
});

test('chunks are taken from the newest object\'s own folder, with its own extensions', async (t) => {
  const source = await resolveSnapshot(`s3://${bucket}/runs/`, S3());
  t.deepEqual(source.parts.map((p) => p.name), [`s3://${bucket}/runs/b/part_0.ndjson`, `s3://${bucket}/runs/b/part_1.ndjson`]);
  t.deepEqual((await decodeAll(source)).exchanges.map((e) => e.id), ['b0', 'b1-plain']);
});

test('a key names one object, even a chunk', async (t) => {
  const source = await resolveSnapshot(`s3://${bucket}/gor/requests_1.gor`, S3());
  t.is(source.parts.length, 1);
  t.is(source.name, `s3://${bucket}/gor/requests_1.gor`);
});

test('a workspace folder follows the same rule', async (t) => {
  await withTempDir(async (dir) => {
    const folder = path.join(dir, 'captures');
    await mkdir(folder);
    const old = new Date('2026-01-01T00:00:00Z');
    await writeFile(path.join(folder, 'older.ndjson'), ndjson('older'));
    await utimes(path.join(folder, 'older.ndjson'), old, old);
    for (const n of [0, 1, 2, 10]) await writeFile(path.join(folder, `requests_${n}.gor`), gorChunk(n));
    await writeFile(path.join(folder, '.hidden_9.gor'), 'not a chunk');
    const source = await resolveSnapshot('captures', { s3: {}, workspace: dir });
    t.is(source.name, 'captures/requests_*.gor (4 chunks)');
    t.deepEqual(source.parts.map((p) => p.name), ['captures/requests_0.gor', 'captures/requests_1.gor', 'captures/requests_2.gor', 'captures/requests_10.gor']);
    const { exchanges, issues } = await decodeAll(source);
    t.is(exchanges.length, 40);
    // Chunks 3..9 are missing, so chunk 2's last request and chunk 10's first response find no partner.
    t.deepEqual(exchanges.filter((e) => !e.response).map((e) => e.id), [gorId(29), gorId(109)]);
    t.is(issues.count, 1);
    t.regex(issues.kept[0]!.message, new RegExp(`a response \\(id ${gorId(99)}\\) without its request`));
    t.is(issues.kept[0]!.source, 'captures/requests_10.gor');
  });
});

test('the gate replays a chunked GoReplay prefix, with the same sample on every run', async (t) => {
  const service = await startSampleService('v1');
  t.teardown(() => service.close());
  const options = {
    snapshot: `s3://${bucket}/gor/`, targetUrl: service.url, failOn: 'breaking' as const, maxRequests: 15, concurrency: 4, rateLimit: 0,
    timeoutMs: 5000, methods: new Set(['GET']), headers: {}, ...S3(),
  };
  const logs: string[] = [];
  const first = await runGate(options, { log: (line) => logs.push(line) });
  t.is(first.snapshot.name, `s3://${bucket}/gor/requests_*.gor (12 chunks)`);
  t.is(first.snapshot.read, 120);
  t.is(first.snapshot.selected, 15);
  t.is(first.snapshot.skipped.budget, 105);
  t.regex(logs.join('\n'), /Reading snapshot s3:\/\/traffic\/gor\/requests_\*\.gor \(12 chunks\) \(sampling seed \d+\)/);
  const hits = service.hits.map((h) => h.url);
  service.hits.length = 0;
  await runGate(options);
  t.deepEqual(service.hits.map((h) => h.url).sort(), hits.sort(), 're-runs replay the same requests');
  t.is(first.verdict, 'pass', first.reason);
});
