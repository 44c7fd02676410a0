/**
 * The selection reads the snapshot twice (select/select.ts). For an S3 snapshot, is a second GET
 * or a spill to disk on the first read (snapshot/spill.ts) the cheaper second read? Puts one
 * NDJSON object (plain, as large snapshots often are, and gzip) into s3rver on loopback, then
 * reads it twice both ways, each way several times, and prints the time of both reads. Loopback
 * is the kindest case for a second GET: a real bucket is further away and bills the transfer.
 *
 *   npm run -s compile && node build/bench/spill-or-reread.js
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createS3Client } from '../src/snapshot/s3.js';
import { resolveSnapshot, type SnapshotSource } from '../src/snapshot/source.js';
import { spillRemoteParts } from '../src/snapshot/spill.js';
import { startS3 } from '../stack/s3.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const EXCHANGES = 200_000;
const ROUNDS = 3;

function line(i: number): string {
  return JSON.stringify({
    id: `r-${i}`,
    request: { method: 'GET', url: `/api/orders/${1000 + (i % 50_000)}?expand=items`, headers: { accept: 'application/json', 'user-agent': 'Mozilla/5.0' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: i, items: [{ sku: `SKU-${i % 13}`, qty: 1 + (i % 3) }], note: 'x'.repeat(300 + (i % 200)) }), durationMs: 5 },
  });
}

async function generate(file: string, gzip: boolean): Promise<void> {
  const batches = Readable.from((function* () {
    for (let start = 0; start < EXCHANGES; start += 1000) {
      let text = '';
      for (let i = start; i < start + 1000; i++) text += `${line(i)}\n`;
      yield text;
    }
  })());
  if (gzip) await pipeline(batches, createGzip({ level: 1 }), createWriteStream(file));
  else await pipeline(batches, createWriteStream(file));
}

/** Reads every part of `source` to its end, as the decoder would, and returns the bytes read. */
async function readThrough(source: SnapshotSource): Promise<number> {
  let bytes = 0;
  for (const part of source.parts) {
    await pipeline(await part.open(), new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), done()) }));
  }
  return bytes;
}

async function twice(reference: string, endpoint: string, spill: boolean): Promise<{ first: number; second: number }> {
  const resolved = await resolveSnapshot(reference, { s3: { endpoint, region: 'us-east-1' }, workspace: process.cwd() });
  const source = spill ? await spillRemoteParts(resolved) : { ...resolved, dispose: async () => {} };
  try {
    const start = performance.now();
    await readThrough(source);
    const middle = performance.now();
    await readThrough(source);
    return { first: middle - start, second: performance.now() - middle };
  } finally {
    await source.dispose();
  }
}

const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-spill-bench-'));
const s3 = await startS3(['bench']);
const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1' });
try {
  for (const gzip of [false, true]) {
    const file = path.join(work, gzip ? 'snapshot.ndjson.gz' : 'snapshot.ndjson');
    await generate(file, gzip);
    const size = (await stat(file)).size;
    const key = path.basename(file);
    await client.send(new PutObjectCommand({ Bucket: 'bench', Key: key, Body: createReadStream(file), ContentLength: size }));
    const best = { reread: Infinity, spill: Infinity, rereadFirst: Infinity, spillFirst: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      const reread = await twice(`s3://bench/${key}`, s3.endpoint, false);
      const spill = await twice(`s3://bench/${key}`, s3.endpoint, true);
      best.reread = Math.min(best.reread, reread.second);
      best.rereadFirst = Math.min(best.rereadFirst, reread.first);
      best.spill = Math.min(best.spill, spill.second);
      best.spillFirst = Math.min(best.spillFirst, spill.first);
    }
    console.log(`${key} (${(size / 1024 / 1024).toFixed(1)} MB, ${EXCHANGES.toLocaleString('en')} exchanges), best of ${ROUNDS}:`);
    console.log(`  second GET:  first read ${best.rereadFirst.toFixed(0)} ms, second read ${best.reread.toFixed(0)} ms, ${(best.rereadFirst + best.reread).toFixed(0)} ms both`);
    console.log(`  spill:       first read ${best.spillFirst.toFixed(0)} ms, second read ${best.spill.toFixed(0)} ms, ${(best.spillFirst + best.spill).toFixed(0)} ms both`);
    console.log(`  second read, spill / second GET = ${(best.spill / best.reread).toFixed(2)}`);
  }
} finally {
  client.destroy();
  await s3.close();
  await rm(work, { recursive: true, force: true });
}
