/**
 * Peak memory of reading a snapshot: NDJSON.gz snapshots of 100k and 1M exchanges are generated
 * (streamed, never held whole) into s3rver, then each is streamed through decode and selection
 * in a fresh child process, which reports its peak RSS. Bounded memory means the 1M run peaks
 * within 1.2x of the 100k run, and under 256 MB.
 *
 *   npm run -s compile && npm run bench:memory
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { planSelection } from '../src/select/select.js';
import { emptySelectionCounts } from '../src/select/types.js';
import { readExchanges } from '../src/snapshot/read.js';
import { createS3Client } from '../src/snapshot/s3.js';
import { resolveSnapshot } from '../src/snapshot/source.js';
import { DecodeIssues } from '../src/snapshot/types.js';
import { startS3 } from '../stack/s3.js';

// The AWS SDK warns on Node 20 about its future floor; the children inherit this.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SIZES = [100_000, 1_000_000];
const TARGET_RATIO = 1.2;
const TARGET_MB = 256;

interface ChildReport {
  read: number;
  selected: number;
  endpoints: number;
  decodeErrors: number;
  peakRssMb: number;
}

/** One recorded exchange of a shop API; the mix has busy and rare endpoints, and writes to skip. */
function line(i: number): string {
  const kind = i % 100;
  const id = 1000 + ((i * 7919) % 50_000);
  const [method, url, body] =
    kind < 45 ? ['GET', `/api/orders/${id}?expand=items`, { id, status: 'open', customer: { id: id % 97, name: `Customer ${id % 97}` }, items: [{ sku: `SKU-${id % 13}`, qty: 1 + (i % 3), price: 9.99 }], total: 42.5 + (id % 100), updatedAt: '2026-11-20T10:00:00.000Z' }]
      : kind < 75 ? ['GET', `/api/products/${id % 500}`, { id: id % 500, name: `kettle ${id % 500}`, price: 19.99, tags: ['kitchen', 'sale'], views: 1000 + (i % 50) }]
      : kind < 90 ? ['GET', `/api/products?page=${1 + (i % 20)}`, { items: [1, 2, 3, 4].map((p) => ({ id: p, name: `item ${p}` })), page: 1 + (i % 20) }]
      : kind < 97 ? ['GET', `/api/stock/${10_000 + (id % 90)}`, { sku: String(10_000 + (id % 90)), available: id % 20, warehouse: 'north' }]
      : kind < 99 ? ['POST', '/api/orders', { id, created: true }]
      : ['GET', '/api/health', { status: 'ok', checkedAt: '2026-11-20T10:00:00.000Z' }];
  return JSON.stringify({
    id: `r-${String(i).padStart(8, '0')}`,
    recordedAt: new Date(Date.UTC(2026, 10, 20, 10) + i * 37).toISOString(),
    request: { method, url: `https://shop.example.com${url}`, headers: { accept: 'application/json', 'user-agent': 'Mozilla/5.0' }, body: method === 'POST' ? '{"sku":"SKU-1"}' : null },
    response: { status: method === 'POST' ? 201 : 200, headers: { 'content-type': 'application/json', 'x-request-id': `req-${i}` }, body: JSON.stringify(body), durationMs: 5 + (i % 40) },
  });
}

/** Streams `count` lines through gzip into a file: the generator yields batches, never the whole snapshot. */
async function generate(count: number, file: string): Promise<void> {
  const batches = Readable.from((function* () {
    const batch = 1000;
    for (let start = 0; start < count; start += batch) {
      let text = '';
      for (let i = start; i < Math.min(count, start + batch); i++) text += `${line(i)}\n`;
      yield text;
    }
  })());
  await pipeline(batches, createGzip({ level: 1 }), createWriteStream(file));
}

/** The child: resolve, decode and select, as the gate does, then report the peak RSS. */
async function child(reference: string, endpoint: string): Promise<void> {
  const source = await resolveSnapshot(reference, { s3: { endpoint, region: 'us-east-1' }, workspace: process.cwd() });
  const issues = new DecodeIssues();
  const counts = emptySelectionCounts();
  await planSelection(readExchanges(source, issues), { methods: new Set(['GET', 'HEAD', 'OPTIONS']), maxRequests: 1000, seed: 0 }, counts);
  // maxRSS is in KiB on Linux: the high-water mark of the whole process, module loading included.
  const report: ChildReport = {
    read: counts.read, selected: counts.selected, endpoints: counts.endpoints, decodeErrors: issues.count,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(reference: string, endpoint: string, env: Record<string, string>): Promise<ChildReport> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [self, '--child', reference, endpoint], { env: { ...process.env, ...env }, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`child failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ChildReport);
    });
  });
}

async function parent(): Promise<number> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-bench-'));
  const s3 = await startS3(['bench']);
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1' });
  try {
    const reports: [number, ChildReport][] = [];
    for (const count of SIZES) {
      const file = path.join(work, `snapshot-${count}.ndjson.gz`);
      await generate(count, file);
      const size = (await stat(file)).size;
      const key = `snapshots/${count}.ndjson.gz`;
      await client.send(new PutObjectCommand({ Bucket: 'bench', Key: key, Body: createReadStream(file), ContentLength: size }));
      await rm(file);
      const report = await runChild(`s3://bench/${key}`, s3.endpoint, s3.credentials);
      if (report.read !== count || report.decodeErrors > 0) throw new Error(`read ${report.read} of ${count}: the snapshot did not decode whole`);
      reports.push([count, report]);
      console.log(`${count.toLocaleString('en')} exchanges (${(size / 1024 / 1024).toFixed(1)} MB gzip): peak RSS ${report.peakRssMb.toFixed(1)} MB, ${report.read} read, ${report.selected} selected across ${report.endpoints} endpoints`);
    }
    const [small, large] = reports.map(([, r]) => r.peakRssMb) as [number, number];
    const ratio = large / small;
    const met = ratio <= TARGET_RATIO && large < TARGET_MB;
    console.log(`peak RSS 1M / 100k = ${ratio.toFixed(3)} (target <= ${TARGET_RATIO}); 1M peak ${large.toFixed(1)} MB (target < ${TARGET_MB} MB): ${met ? 'met' : 'MISSED'}`);
    return met ? 0 : 1;
  } finally {
    client.destroy();
    await s3.close();
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!);
} else {
  process.exitCode = await parent();
}
