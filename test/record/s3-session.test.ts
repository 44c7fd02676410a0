// Sessions recorded into s3rver: the gate reads the newest complete one, never one still being
// written; S3 going down and coming back loses nothing silently and corrupts nothing.
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { startS3, type LocalS3 } from '../../stack/s3.js';
import { startSampleService } from '../../stack/sample-service.js';
import { freePort, serve } from '../helpers/local-server.js';
import { gateOn, readRecorded, sendTraffic, startProxy } from '../helpers/recording.js';

const bucket = 'traffic';

async function until(condition: () => boolean, what: string, tries = 1000): Promise<void> {
  for (let i = 0; i < tries && !condition(); i++) await delay(20);
  if (!condition()) throw new Error(`gave up waiting until ${what}`);
}

test.serial('the prefix resolves to the newest complete session: one still being written is passed over, a later plain object is not', async (t) => {
  const s3 = await startS3([bucket]);
  const service = await startSampleService('v1');
  t.teardown(() => Promise.all([s3.close(), service.close()]));
  const out = `s3://${bucket}/shop/`;
  const spill = await mkdtemp(path.join(os.tmpdir(), 'record-spill-'));
  const first = await startProxy(service.url, out, { s3Endpoint: s3.endpoint, spillDir: spill });
  await sendTraffic(first.url, [1, 2, 3].map((id) => ({ method: 'GET', path: `/api/orders/${id}` })));
  t.deepEqual(await first.shutdown(1000, 10_000), []);
  const a = await readRecorded(out, s3.endpoint);
  t.deepEqual(a.exchanges.map((e) => e.request.url).sort(), ['/api/orders/1', '/api/orders/2', '/api/orders/3']);
  t.is((await gateOn(out, service.url, s3.endpoint)).verdict, 'pass');

  await delay(1100); // s3rver's LastModified has one-second resolution
  // Every line its own chunk, so the second session has stored chunks while it is open.
  const second = await startProxy(service.url, out, { s3Endpoint: s3.endpoint, spillDir: spill, writer: { chunkBytes: 1 } });
  await sendTraffic(second.url, [7, 8].map((id) => ({ method: 'GET', path: `/api/products/${id}` })));
  await until(() => second.recorder.storage().stored >= 2 && second.recorder.storage().waiting === 0, 'two chunks are stored');
  const during = await readRecorded(out, s3.endpoint);
  t.is(during.name, a.name, 'the open session is not read');
  t.deepEqual(await second.shutdown(1000, 10_000), []);
  const b = await readRecorded(out, s3.endpoint);
  t.regex(b.name, /session-.*_\*\.ndjson\.gz \(2 chunks\)$/);
  t.deepEqual(b.exchanges.map((e) => e.request.url).sort(), ['/api/products/7', '/api/products/8']);

  await delay(1100);
  await s3.put(bucket, 'shop/by-hand.ndjson', `${JSON.stringify({ id: 'h', request: { method: 'GET', url: '/api/health' } })}\n`);
  t.is((await readRecorded(out, s3.endpoint)).name, `s3://${bucket}/shop/by-hand.ndjson`, 'objects without markers keep the newest-object rule');
  t.deepEqual(await readdir(spill), [], 'nothing left waiting on disk');
});

test.serial('S3 down: chunks wait on disk up to the spill bound, then samples are dropped and counted; back up: everything stored, nothing corrupt', async (t) => {
  const service = await serve(t, (_req, res) => res.end(JSON.stringify({ noise: randomBytes(200).toString('hex') })));
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const spill = await mkdtemp(path.join(os.tmpdir(), 'record-spill-'));
  const proxy = await startProxy(service.url, `s3://${bucket}/flaky/`, {
    s3Endpoint: endpoint, spillDir: spill, backoffMs: { first: 20, max: 100 }, writer: { chunkBytes: 4096, spillBytes: 16 * 1024 },
  });
  let s3: LocalS3 | undefined;
  t.teardown(async () => {
    await proxy.shutdown(100, 100).catch(() => undefined);
    await s3?.close();
  });
  const traffic = Array.from({ length: 150 }, (_, i) => ({ method: 'GET', path: `/api/items/${i}` }));
  const statuses = await sendTraffic(proxy.url, traffic);
  t.true(statuses.every((s) => s === 200), 'traffic is served while S3 is down');
  await until(() => proxy.recorder.counters.recorded + proxy.recorder.counters.droppedTotal === 150, 'every sample is written or dropped');
  const dropped = proxy.recorder.counters.dropped.get('spill-full') ?? 0;
  t.true(dropped > 0, 'the spill bound was reached');
  t.true(proxy.recorder.storage().waiting > 0);
  // The first failed store is logged once the SDK gives up on it, which may be after the traffic is done.
  await until(() => proxy.logs.some((line) => /storing .* failed .*retrying/.test(line)), 'a failed store is logged, to be retried');

  s3 = await startS3([bucket], port);
  await until(() => proxy.recorder.storage().waiting === 0, 'the waiting chunks are stored', 1000);
  t.true(proxy.logs.some((line) => /is storing again/.test(line)));
  await sendTraffic(proxy.url, traffic.slice(0, 10));
  t.deepEqual(await proxy.shutdown(1000, 10_000), []);

  const { exchanges, issues } = await readRecorded(`s3://${bucket}/flaky/`, endpoint);
  t.is(issues, 0);
  t.is(exchanges.length, proxy.recorder.counters.recorded);
  t.is(proxy.recorder.counters.recorded + proxy.recorder.counters.droppedTotal, 160);
  t.true(exchanges.every((e) => e.response?.status === 200 && JSON.parse(e.response.body as string).noise.length === 400));
  t.regex(proxy.recorder.progress(), new RegExp(`${exchanges.length} recorded, ${dropped} dropped \\(spill-full ${dropped}\\)`));
});
