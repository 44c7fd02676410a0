import test from 'ava';
import { setTimeout as delay } from 'node:timers/promises';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { SnapshotError } from '../src/errors.js';
import { readExchanges } from '../src/snapshot/read.js';
import { resolveSnapshot } from '../src/snapshot/source.js';
import { DecodeIssues, type Exchange } from '../src/snapshot/types.js';
import { startS3, type LocalS3 } from '../stack/s3.js';

const bucket = 'snapshots';
let s3: LocalS3;

function ndjson(...ids: string[]): string {
  return ids.map((id) => JSON.stringify({ id, request: { method: 'GET', url: `/api/orders/${id}` }, response: { status: 200, body: '{}' } })).join('\n') + '\n';
}

async function resolve(reference: string) {
  return resolveSnapshot(reference, { s3: { endpoint: s3.endpoint, region: 'us-east-1' }, workspace: os.tmpdir() });
}

async function read(reference: string): Promise<{ name: string; ids: string[]; issues: DecodeIssues }> {
  const source = await resolve(reference);
  const issues = new DecodeIssues();
  const exchanges: Exchange[] = [];
  for await (const exchange of readExchanges(source, issues)) exchanges.push(exchange);
  return { name: source.name, ids: exchanges.map((e) => e.id), issues };
}

/** Whatever stage fails (listing, or the GET behind open()), the user sees one SnapshotError line. */
async function failure(reference: string): Promise<string> {
  try {
    await read(reference);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    if (error.message.includes('\n')) throw new Error(`message spans lines: ${error.message}`);
    return error.message;
  }
  throw new Error(`expected reading ${reference} to fail`);
}

async function withEnv(changes: Record<string, string>, body: () => Promise<void>): Promise<void> {
  const saved = Object.fromEntries(Object.keys(changes).map((name) => [name, process.env[name]]));
  Object.assign(process.env, changes);
  try {
    await body();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

test.before(async () => {
  s3 = await startS3([bucket]);
  await s3.put(bucket, 'plain/traffic.ndjson', ndjson('p-1', 'p-2'));
  await s3.put(bucket, 'zipped/traffic.ndjson.gz', gzipSync(ndjson('z-1', 'z-2', 'z-3')));
  await s3.put(bucket, 'zipped/no-suffix', gzipSync(ndjson('n-1')));
  // s3rver stores LastModified with one-second resolution, so the newer object is written more
  // than a second later. The newer one sorts first by name, so "newest" cannot pass as "last key".
  await s3.put(bucket, 'daily/b-older.ndjson', ndjson('old'));
  await delay(1100);
  await s3.put(bucket, 'daily/a-newer.ndjson', ndjson('new'));
  // A "folder" marker is never a snapshot, even when it is the newest key under the prefix.
  await delay(1100);
  await s3.put(bucket, 'daily/nested/', 'a folder marker');
});

test.after.always(async () => {
  await s3?.close();
});

test('an object is read by its key', async (t) => {
  const { name, ids, issues } = await read(`s3://${bucket}/plain/traffic.ndjson`);
  t.is(name, `s3://${bucket}/plain/traffic.ndjson`);
  t.deepEqual(ids, ['p-1', 'p-2']);
  t.is(issues.count, 0);
});

test('a gzip object is decompressed, with or without the .gz suffix', async (t) => {
  t.deepEqual((await read(`s3://${bucket}/zipped/traffic.ndjson.gz`)).ids, ['z-1', 'z-2', 'z-3']);
  t.deepEqual((await read(`s3://${bucket}/zipped/no-suffix`)).ids, ['n-1']);
});

test('a prefix resolves to its newest object', async (t) => {
  const { name, ids } = await read(`s3://${bucket}/daily/`);
  t.is(name, `s3://${bucket}/daily/a-newer.ndjson`);
  t.deepEqual(ids, ['new']);
  // A bare bucket is the empty prefix: its newest object.
  t.is((await resolve(`s3://${bucket}`)).name, `s3://${bucket}/daily/a-newer.ndjson`);
});

test('the source can be opened more than once', async (t) => {
  const source = await resolve(`s3://${bucket}/plain/traffic.ndjson`);
  for (let round = 0; round < 2; round++) {
    const ids: string[] = [];
    for await (const exchange of readExchanges(source, new DecodeIssues())) ids.push(exchange.id);
    t.deepEqual(ids, ['p-1', 'p-2']);
  }
});

test('an empty prefix is "no snapshot under ..."', async (t) => {
  const message = await failure(`s3://${bucket}/nothing-here/`);
  t.regex(message, /^no snapshot under s3:\/\/snapshots\/nothing-here\//);
});

test('a missing bucket names the bucket, for a key and for a prefix', async (t) => {
  for (const reference of ['s3://no-such-bucket/traffic.ndjson', 's3://no-such-bucket/daily/']) {
    const message = await failure(reference);
    t.regex(message, /bucket "no-such-bucket" does not exist/, reference);
  }
});

test('a missing key says so and suggests a prefix', async (t) => {
  const message = await failure(`s3://${bucket}/plain/missing.ndjson`);
  t.regex(message, /^snapshot s3:\/\/snapshots\/plain\/missing\.ndjson does not exist/);
  t.regex(message, /end the input with \//);
});

// s3rver does not verify SigV4 signatures, so a wrong secret cannot be exercised here; an
// unknown access key is what it rejects.
test.serial('an unknown access key is a clear "access denied" line', async (t) => {
  await withEnv({ AWS_ACCESS_KEY_ID: 'NOT-A-KEY' }, async () => {
    for (const reference of [`s3://${bucket}/plain/traffic.ndjson`, `s3://${bucket}/daily/`]) {
      const message = await failure(reference);
      t.regex(message, /^access to s3:\/\/snapshots\/\S+ was denied \(InvalidAccessKeyId\)/, reference);
    }
  });
  // The right credentials work again afterwards.
  t.deepEqual((await read(`s3://${bucket}/plain/traffic.ndjson`)).ids, ['p-1', 'p-2']);
});

test('an unreachable endpoint is one line naming the object', async (t) => {
  // Port 9 on loopback (discard) is closed on these machines: the connection is refused at once.
  const source = resolveSnapshot(`s3://${bucket}/daily/`, {
    s3: { endpoint: 'http://127.0.0.1:9', region: 'us-east-1' },
    workspace: os.tmpdir(),
  });
  const error = await t.throwsAsync(source, { instanceOf: SnapshotError });
  t.regex(error!.message, /s3:\/\/snapshots\/daily\//);
  t.false(error!.message.includes('\n'));
});
