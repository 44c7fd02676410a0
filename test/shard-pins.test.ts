// What pins a shard's partial to what it read: the S3 objects with their ETags. A newer object
// arriving under the prefix (or an object overwritten) between two shards makes the merge an
// error naming the shards, never a verdict on two different snapshots. Against s3rver and a
// local service; the rate limit is the whole run's, shared by the shards.
import test from 'ava';
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { type GateOptions, tallyGate } from '../src/gate.js';
import { judgePartials } from '../src/partial.js';
import { startS3, type LocalS3 } from '../stack/s3.js';
import { itemsService, itemsSnapshot } from './helpers/items.js';

const bucket = 'snapshots';
let s3: LocalS3;

test.before(async () => {
  s3 = await startS3([bucket]);
});

test.after.always(async () => {
  await s3?.close();
});

function options(snapshot: string, targetUrl: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot, targetUrl, failOn: 'breaking', maxRequests: 1000, concurrency: 4, rateLimit: 0, timeoutMs: 15_000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: s3.endpoint, region: 'us-east-1' }, workspace: os.tmpdir(), ...extra,
  };
}

test('shards of one S3 snapshot pin its key and ETag and merge; a newer object under the prefix in one shard is an error naming it', async (t) => {
  const service = await itemsService(t);
  await s3.put(bucket, 'traffic/a.ndjson', itemsSnapshot(30));
  const one = await tallyGate({ ...options(`s3://${bucket}/traffic/`, service.url), shard: { index: 1, count: 2 } });
  const two = await tallyGate({ ...options(`s3://${bucket}/traffic/`, service.url), shard: { index: 2, count: 2 } });
  t.is(one.error, undefined);
  t.is(one.pins.snapshot.objects.length, 1);
  t.is(one.pins.snapshot.objects[0]!.key, `s3://${bucket}/traffic/a.ndjson`);
  t.regex(one.pins.snapshot.objects[0]!.etag, /^"[0-9a-f]{32}"$/);
  t.deepEqual(two.pins, one.pins);
  const merged = judgePartials([two, one]);
  t.is(merged.verdict, 'pass', merged.reason);
  t.is(merged.totals.requests, 30);

  // s3rver keeps LastModified to the second: the newer object is written more than one later.
  await delay(1100);
  await s3.put(bucket, 'traffic/b.ndjson', itemsSnapshot(31));
  const late = await tallyGate({ ...options(`s3://${bucket}/traffic/`, service.url), shard: { index: 2, count: 2 } });
  t.is(late.pins.snapshot.objects[0]!.key, `s3://${bucket}/traffic/b.ndjson`);
  const refused = judgePartials([one, late]);
  t.is(refused.verdict, 'error');
  t.regex(refused.reason, /^cannot judge: shard 2\/2 disagrees with shard 1\/2 on the snapshot \(a different object or ETag: did a newer one arrive under the prefix\?\)$/);
});

test('an object overwritten between two shards: the same key, another ETag, and the merge refuses', async (t) => {
  const service = await itemsService(t);
  await s3.put(bucket, 'fixed/traffic.ndjson', itemsSnapshot(20));
  const one = await tallyGate({ ...options(`s3://${bucket}/fixed/traffic.ndjson`, service.url), shard: { index: 1, count: 2 } });
  await s3.put(bucket, 'fixed/traffic.ndjson', itemsSnapshot(21));
  const two = await tallyGate({ ...options(`s3://${bucket}/fixed/traffic.ndjson`, service.url), shard: { index: 2, count: 2 } });
  t.is(one.pins.snapshot.objects[0]!.key, two.pins.snapshot.objects[0]!.key);
  t.not(one.pins.snapshot.objects[0]!.etag, two.pins.snapshot.objects[0]!.etag);
  t.regex(judgePartials([one, two]).reason, /^cannot judge: shard 2\/2 disagrees with shard 1\/2 on the snapshot/);
});
