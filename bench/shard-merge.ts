/**
 * Sharding on loopback: a generated NDJSON.gz snapshot of 100,000 exchanges on six endpoints,
 * replayed whole (max-requests = every exchange) against a local service
 * (bench/replay-throughput-server.ts, in its own process) once unsharded (runGate, as the action
 * runs it) and as 4 shards (tallyGate with shard i/4), one after another and all at once in this
 * process, then merged (judgePartials). The merged results must equal the unsharded ones apart from
 * timings; the bench prints the merged run's time against the unsharded one, measured in the same
 * run.
 *
 * Then the two limits a matrix lifts or keeps, on a smaller budget: a slow preview (the service
 * answers after SERVICE_MS; one runner cannot pass concurrency / latency, each shard has its own
 * concurrency) and a rate limit (shared by the shards: no faster sharded).
 *
 * Then the merge step on its own, as the merge job runs it: a fresh child process reads the 4
 * partial files, judges them and exits, at two snapshot sizes (every exchange replayed, so the
 * partials hold the most each size can give): its time and peak RSS (test/helpers/peak-rss.ts).
 * And the read of a 1,000,000-exchange snapshot by one shard with a small budget: every shard
 * pays it, whatever n, so it is the floor of a sharded run's time.
 *
 *   npm run -s build && npm run -s compile && npm run bench:shard
 *   (EXCHANGES=20000 MERGE_SIZES=5000,20000 READ_SIZE=100000 for a shorter run)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { type GateOptions, runGate, tallyGate } from '../src/gate.js';
import { judgePartials } from '../src/partial.js';
import { peakRssProbe } from '../test/helpers/peak-rss.js';
import { writeOrdersSnapshot } from './orders-snapshot.js';

const EXCHANGES = Number(process.env.EXCHANGES ?? 100_000);
const MERGE_SIZES = (process.env.MERGE_SIZES ?? '25000,100000').split(',').map(Number);
const READ_SIZE = Number(process.env.READ_SIZE ?? 1_000_000);
const SHARDS = 4;
const CONCURRENCY = 8;
const SERVICE_MS = 20;
const SLOW_BUDGET = 4000;
const RATE_LIMIT = 400;
const RATE_BUDGET = 4000;

function options(workspace: string, snapshot: string, targetUrl: string, budget: number, rateLimit = 0): GateOptions {
  return {
    snapshot, targetUrl, failOn: 'never', maxRequests: budget, concurrency: CONCURRENCY, rateLimit,
    timeoutMs: 30_000, methods: new Set(['GET', 'HEAD']), headers: {}, s3: {}, workspace, seed: 1,
  };
}

/** Results apart from what a clock measured. */
function withoutTimings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([key]) => !['startedAt', 'finishedAt', 'latency'].includes(key) && !/Ms$/.test(key))
    .map(([key, inner]) => [key, withoutTimings(inner)]));
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const shardsOf = (count: number) => Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));

interface Comparison {
  unsharded: number;
  /** The shards one after another: their sum, and the slowest alone (a matrix's time, a runner each). */
  sequential: number;
  slowestShard: number;
  concurrent: number;
  mergeMs: number;
  requests: number;
}

/** One unsharded run, then the shards one after another and all at once; the merges must agree with it. */
async function compare(base: GateOptions, keep?: string): Promise<Comparison> {
  let started = performance.now();
  const whole = await runGate(base);
  const unsharded = seconds(started);

  started = performance.now();
  const partials = [];
  let slowestShard = 0;
  for (const shard of shardsOf(SHARDS)) {
    const shardStarted = performance.now();
    partials.push(await tallyGate({ ...base, shard }));
    slowestShard = Math.max(slowestShard, seconds(shardStarted));
  }
  const mergeStarted = performance.now();
  const sequentialResults = judgePartials(partials, { failOn: base.failOn });
  const mergeMs = performance.now() - mergeStarted;
  const sequential = seconds(started);

  started = performance.now();
  const together = await Promise.all(shardsOf(SHARDS).map((shard) => tallyGate({ ...base, shard })));
  const concurrentResults = judgePartials(together, { failOn: base.failOn });
  const concurrent = seconds(started);

  for (const [how, merged] of [['one after another', sequentialResults], ['at once', concurrentResults]] as const) {
    if (!isDeepStrictEqual(withoutTimings(merged), withoutTimings(whole))) throw new Error(`the shards merged (${how}) differ from the unsharded run`);
  }
  if (whole.verdict === 'error') throw new Error(`the unsharded run could not judge: ${whole.reason}`);
  if (keep) {
    await mkdir(keep, { recursive: true });
    for (const [i, partial] of partials.entries()) await writeFile(path.join(keep, `partial-${i + 1}.json`), JSON.stringify(partial));
  }
  return { unsharded, sequential, slowestShard, concurrent, mergeMs, requests: whole.totals.requests };
}

/** The child: the merge step as the merge job runs it, from the partial files to the results. */
async function mergeChild(dir: string): Promise<void> {
  const started = performance.now();
  const files = (await readdir(dir)).filter((f) => f.startsWith('partial-')).sort();
  const partials = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))));
  const results = judgePartials(partials, { failOn: 'never' });
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, requests: results.totals.requests, verdict: results.verdict })}\n`);
}

function runMergeChild(dir: string, env: Record<string, string>): Promise<{ ms: number; requests: number; verdict: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fileURLToPath(import.meta.url), '--merge', dir], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`merge child failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!));
    });
  });
}

async function startService(serviceMs = 0): Promise<{ url: string; process: ChildProcess }> {
  const server = spawn(process.execPath, [fileURLToPath(new URL('./replay-throughput-server.js', import.meta.url)), String(serviceMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim()));
    server.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
  return { url, process: server };
}

function stop(service: { process: ChildProcess }): void {
  service.process.stdin!.end();
  service.process.kill();
}

function report(what: string, c: Comparison): void {
  const perMinute = (requests: number, s: number) => Math.round((requests / s) * 60).toLocaleString('en');
  const row = (label: string, s: number, note: string) => console.log(`  ${label.padEnd(34)} ${s.toFixed(2).padStart(7)} s  ${note}`);
  console.log(`${what}: ${c.requests.toLocaleString('en')} requests`);
  row('unsharded', c.unsharded, `(${perMinute(c.requests, c.unsharded)} requests/min)`);
  row(`${SHARDS} shards one after another, slowest`, c.slowestShard,
    `= ${(c.slowestShard / c.unsharded).toFixed(2)}x unsharded: a matrix's time, each shard on its own runner (${perMinute(c.requests / SHARDS, c.slowestShard)} requests/min per shard)`);
  row(`${SHARDS} shards one after another, sum`, c.sequential, `= ${(c.sequential / c.unsharded).toFixed(2)}x unsharded: the runner time ${SHARDS} runners bill`);
  row(`${SHARDS} shards at once, one process`, c.concurrent, `= ${(c.concurrent / c.unsharded).toFixed(2)}x unsharded: sharing one event loop; merge ${c.mergeMs.toFixed(0)} ms`);
}

async function parent(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-shard-bench-'));
  const fast = await startService();
  const slow = await startService(SERVICE_MS);
  try {
    const sizes = [...new Set([EXCHANGES, ...MERGE_SIZES])].sort((a, b) => a - b);
    for (const size of sizes) await writeOrdersSnapshot(size, path.join(work, `snapshot-${size}.ndjson.gz`));
    console.log(`loopback, ${os.cpus().length} cores; concurrency ${CONCURRENCY} per run (per shard), ${SHARDS} shards in this one process`);

    const main = await compare(options(work, `snapshot-${EXCHANGES}.ndjson.gz`, fast.url, EXCHANGES), path.join(work, `partials-${EXCHANGES}`));
    report(`${EXCHANGES.toLocaleString('en')} exchanges, all replayed, rate-limit 0, service answering at once`, main);
    report(`preview answering after ${SERVICE_MS} ms (one runner: at most ${CONCURRENCY}/${SERVICE_MS} ms = ${(CONCURRENCY / SERVICE_MS * 60_000).toLocaleString('en')}/min)`,
      await compare(options(work, `snapshot-${EXCHANGES}.ndjson.gz`, slow.url, SLOW_BUDGET)));
    report(`rate-limit ${RATE_LIMIT}/s for the run (${RATE_LIMIT / SHARDS}/s per shard)`,
      await compare(options(work, `snapshot-${EXCHANGES}.ndjson.gz`, fast.url, RATE_BUDGET, RATE_LIMIT)));

    console.log('merge step alone (a fresh process: read the partials, judge), every exchange replayed:');
    const merges = [];
    for (const size of MERGE_SIZES) {
      const dir = path.join(work, `partials-${size}`);
      if (size !== EXCHANGES) await compare(options(work, `snapshot-${size}.ndjson.gz`, fast.url, size), dir);
      const bytes = (await Promise.all((await readdir(dir)).map(async (f) => (await stat(path.join(dir, f))).size))).reduce((a, b) => a + b, 0);
      const probe = peakRssProbe(dir);
      const merged = await runMergeChild(dir, probe.env);
      const peakMb = (await probe.read()) / 2 ** 20;
      merges.push({ size, peakMb, ms: merged.ms });
      console.log(`  ${size.toLocaleString('en').padStart(9)} exchanges: partials ${(bytes / 2 ** 20).toFixed(2)} MB in all, merge ${merged.ms.toFixed(0)} ms, peak RSS ${peakMb.toFixed(1)} MB (${merged.requests} requests judged)`);
    }
    const [small, large] = [merges[0]!, merges[merges.length - 1]!];
    console.log(`  ${large.size / small.size}x the exchanges: ${(large.peakMb / small.peakMb).toFixed(2)}x the merge's peak RSS, ${(large.ms / small.ms).toFixed(2)}x its time`);

    const big = path.join(work, `snapshot-${READ_SIZE}.ndjson.gz`);
    await writeOrdersSnapshot(READ_SIZE, big);
    let started = performance.now();
    await tallyGate({ ...options(work, path.basename(big), fast.url, 1000), shard: { index: 1, count: SHARDS } });
    const shardSeconds = seconds(started);
    started = performance.now();
    await runGate(options(work, path.basename(big), fast.url, 1000));
    console.log('every merge equalled its unsharded run apart from timings');
    console.log(`read of a ${READ_SIZE.toLocaleString('en')}-exchange snapshot (${((await stat(big)).size / 2 ** 20).toFixed(1)} MB gzip), budget 1,000: shard 1/${SHARDS} ${shardSeconds.toFixed(1)} s, unsharded ${seconds(started).toFixed(1)} s (every shard reads the whole snapshot)`);
  } finally {
    stop(fast);
    stop(slow);
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--merge') await mergeChild(process.argv[3]!);
else await parent();
