/**
 * Time to a verdict, the whole gate (runGate: S3 read, decode, selection, replay, compare, score)
 * from a 100k-exchange NDJSON.gz snapshot in s3rver, budget 1,000, against a service taking
 * BENCH_SERVICE_MS (5) per answer in a process of its own (bench/replay-throughput-server.ts),
 * at rate-limit 50 and 0. Two figures per run:
 * - the time to verdict against its floor: requests sent ÷ rate-limit, or, unlimited,
 *   requests sent ÷ the service's capacity at that concurrency, taken two ways: nominal
 *   (concurrency ÷ service time) and measured (autocannon's requests per second on the same
 *   service and concurrency, same run: a timer of 5 ms fires after 5 ms or later, so no client
 *   reaches the nominal one); target ≤ 1.1× the floor;
 * - unlimited, exchanges judged per second against autocannon's requests per second on the same
 *   service and concurrency, measured in the same run; target ≥ 1.0×.
 *
 * And the parts, measured in the same run, since the floor leaves out reading the snapshot, which
 * the gate must do twice (select/select.ts): one read of the 100k exchanges on its own, from a
 * local copy of the same NDJSON.gz; the first pass as the gate ran it (its "Selected" line); and
 * the second pass with the replay overlapped on it, against the longer of that read and the floor;
 * and the same number of requests sent by the gate's client alone (bench/undici-alone.ts, a fresh
 * process, so undici starts cold as the gate's does): the best the replay phase can do with undici.
 *
 *   npm run -s compile && node build/bench/time-to-verdict.js      (BENCH_RATE_LIMITS=0 for the unlimited run alone)
 * Not run in CI; on a shared machine, run `uptime` beside it.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { Session } from 'node:inspector/promises';
import autocannon from 'autocannon';
import { runGate } from '../src/gate.js';
import { readExchanges } from '../src/snapshot/read.js';
import { resolveSnapshot } from '../src/snapshot/source.js';
import { DecodeIssues } from '../src/snapshot/types.js';
import { startS3 } from '../stack/s3.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const EXCHANGES = Number(process.env.BENCH_EXCHANGES ?? 100_000);
const BUDGET = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SERVICE_MS = Number(process.env.BENCH_SERVICE_MS ?? 5);
// BENCH_RATE_LIMITS=0 runs the unlimited case alone.
const RATE_LIMITS = (process.env.BENCH_RATE_LIMITS ?? '50,0').split(',').map(Number);
const KINDS = ['orders', 'products', 'users', 'carts', 'invoices', 'shipments', 'stock', 'reviews'];

async function startServer(serviceMs: number): Promise<{ url: string; stop(): void }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'replay-throughput-server.js');
  const child = spawn(process.execPath, [script, String(serviceMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url, stop: () => child.kill() };
}

/** The snapshot: every answer recorded as the bench server gives it, so nothing differs. */
async function snapshot(serverUrl: string): Promise<Buffer> {
  const body = await (await fetch(`${serverUrl}/orders/1`)).text();
  let text = '';
  for (let i = 0; i < EXCHANGES; i++) {
    text += `${JSON.stringify({
      id: `r-${i}`,
      request: { method: 'GET', url: `/api/${KINDS[i % KINDS.length]}/${1000 + i}`, headers: { accept: 'application/json' }, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body, durationMs: SERVICE_MS },
    })}\n`;
  }
  return gzipSync(text, { level: 1 });
}

// BENCH_PROFILE=FILE writes a V8 CPU profile of the unlimited run's replay phase (after selection) to FILE.
const PROFILE = process.env.BENCH_PROFILE;

async function gate(serverUrl: string, s3Endpoint: string, rateLimit: number): Promise<{ seconds: number; selecting: number; judged: number; sent: number; replayCpuMicros: number }> {
  const started = performance.now();
  // When selection ends (the gate's "Selected …" line): the rest is replay and judgement.
  let selectedAt = started;
  let cpuAtSelection = process.cpuUsage();
  const session = PROFILE && rateLimit === 0 ? new Session() : undefined;
  session?.connect();
  await session?.post('Profiler.enable');
  await session?.post('Profiler.setSamplingInterval', { interval: 50 });
  const log = (line: string) => {
    if (!line.startsWith('Selected ')) return;
    selectedAt = performance.now();
    cpuAtSelection = process.cpuUsage();
    void session?.post('Profiler.start');
  };
  const results = await runGate({
    snapshot: 's3://bench/traffic.ndjson.gz', targetUrl: serverUrl, failOn: 'never', maxRequests: BUDGET, concurrency: CONCURRENCY, rateLimit,
    timeoutMs: 10_000, methods: new Set(['GET']), headers: {}, s3: { endpoint: s3Endpoint, region: 'us-east-1' }, workspace: process.cwd(), seed: 1,
  }, { log, progress: () => {} });
  const seconds = (performance.now() - started) / 1000;
  // This process's CPU after selection: the gate's own (the service runs in a process of its own, s3rver is idle by then).
  const used = process.cpuUsage(cpuAtSelection);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(PROFILE!, JSON.stringify(profile));
    session.disconnect();
  }
  if (results.totals.compared !== BUDGET || results.totals.differing !== 0) throw new Error(`expected ${BUDGET} compared, none differing: ${results.reason}`);
  return { seconds, selecting: (selectedAt - started) / 1000, judged: results.totals.compared, sent: await sentSince(serverUrl), replayCpuMicros: used.user + used.system };
}

/** Seconds to read (gunzip, split, parse, check) every exchange of the snapshot from a local file: what each pass costs at least. */
async function readAlone(file: string): Promise<number> {
  const source = await resolveSnapshot(file, { workspace: path.dirname(file), s3: {} });
  const started = performance.now();
  let read = 0;
  for await (const _ of readExchanges(source, new DecodeIssues(0))) read++;
  if (read !== EXCHANGES) throw new Error(`read ${read} of ${EXCHANGES} exchanges`);
  return (performance.now() - started) / 1000;
}

/** Requests the server answered since it was last asked (its /__count path, itself not counted). */
async function sentSince(serverUrl: string): Promise<number> {
  return Number(await (await fetch(`${serverUrl}/__count`)).text());
}

/** Seconds the gate's client alone takes for `requests` GETs, in a fresh process (bench/undici-alone.ts). */
function undiciAlone(url: string, requests: number): Promise<number> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'undici-alone.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, url, String(requests), String(CONCURRENCY)], { timeout: 120_000 }, (error, stdout) => (error ? reject(error) : resolve(Number(stdout.trim()))));
  });
}

async function cannon(url: string): Promise<number> {
  const result = await autocannon({ url: `${url}/orders/1`, connections: CONCURRENCY, duration: 3, pipelining: 1, headers: { accept: 'application/json' } });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`autocannon saw ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result.requests.total / 3;
}

const server = await startServer(SERVICE_MS);
const s3 = await startS3(['bench']);
const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-ttv-'));
try {
  const gz = await snapshot(server.url);
  await s3.put('bench', 'traffic.ndjson.gz', gz);
  const local = path.join(folder, 'traffic.ndjson.gz');
  await writeFile(local, gz);
  await sentSince(server.url);
  console.log(`${EXCHANGES.toLocaleString('en')} exchanges in s3rver, budget ${BUDGET}, ${KINDS.length} endpoints, service ${SERVICE_MS} ms per answer, concurrency ${CONCURRENCY}`);
  for (const rateLimit of RATE_LIMITS) {
    const run = await gate(server.url, s3.endpoint, rateLimit);
    const capacity = CONCURRENCY / (SERVICE_MS / 1000);
    const floor = run.sent / (rateLimit > 0 ? Math.min(rateLimit, capacity) : capacity);
    const line = `  rate-limit ${rateLimit}: ${run.sent} requests for ${run.judged} exchanges (${(run.sent / run.judged).toFixed(2)} per exchange), verdict in ${run.seconds.toFixed(2)} s (reading and selecting ${run.selecting.toFixed(2)} s of it); floor ${floor.toFixed(2)} s: ${(run.seconds / floor).toFixed(2)}× (target ≤ 1.1×)`;
    if (rateLimit > 0) {
      console.log(line);
      continue;
    }
    const peer = await cannon(server.url);
    const client = await undiciAlone(server.url, run.sent);
    await sentSince(server.url);
    const read = await readAlone(local);
    const measuredFloor = run.sent / peer;
    const judgedPerSecond = run.judged / run.seconds;
    const replaying = run.seconds - run.selecting;
    const replayRate = run.sent / replaying;
    // What the unlimited run can reach at best: one read for the plan, then the second read and the replay fully overlapped.
    const best = read + Math.max(read, floor);
    console.log(`${line}\n  rate-limit 0: ${judgedPerSecond.toFixed(0)} exchanges judged per second, autocannon ${peer.toFixed(0)} requests per second: ${(judgedPerSecond / peer).toFixed(2)}× (target ≥ 1.0×; at most ${(1 / (run.sent / run.judged)).toFixed(2)}× at ${(run.sent / run.judged).toFixed(2)} requests per exchange even without reading); after selection, ${replayRate.toFixed(0)} requests per second: ${(replayRate / peer).toFixed(2)}× autocannon, the gate's CPU ${(run.replayCpuMicros / run.judged).toFixed(0)} µs per exchange judged (second read included)`);
    console.log(`  rate-limit 0, the floor measured (${run.sent} requests ÷ autocannon's ${peer.toFixed(0)}/s) ${measuredFloor.toFixed(2)} s: the whole ${(run.seconds / measuredFloor).toFixed(2)}×, the replay after selection ${(replaying / measuredFloor).toFixed(2)}×; the gate's client alone (undici, cold) sends them in ${client.toFixed(2)} s: ${(client / measuredFloor).toFixed(2)}× the floor, and the replay after selection takes ${(replaying / client).toFixed(2)}× that`);
    console.log(`  parts: one read of the ${EXCHANGES.toLocaleString('en')} exchanges alone ${read.toFixed(2)} s; first pass (download, spill, read, select) ${run.selecting.toFixed(2)} s: ${(run.selecting / read).toFixed(2)}× one read; second pass with the replay on it ${replaying.toFixed(2)} s against max(read, floor) ${Math.max(read, floor).toFixed(2)} s: ${(replaying / Math.max(read, floor)).toFixed(2)}×; the whole against read + max(read, floor) = ${best.toFixed(2)} s: ${(run.seconds / best).toFixed(2)}×`);
  }
} finally {
  server.stop();
  await s3.close();
  await rm(folder, { recursive: true, force: true });
}
