/**
 * Peak memory of a whole gate run as the budget grows: one generated NDJSON.gz snapshot of
 * 1,000,000 exchanges on six endpoints, replayed with max-requests 10,000, 100,000 and 1,000,000
 * against a local service (bench/replay-throughput-server.ts, answering at once, in its own
 * process), rate-limit 0, concurrency 32. Each run is a fresh child process running runGate as
 * the action does; its peak RSS comes from test/helpers/peak-rss.ts. Flat memory means the 1M
 * run peaks within 1.2x of the 10k run and under 256 MB; the replay's time per exchange should
 * not grow with the budget either. A tenth of the recorded answers differ from the service's at
 * one place, so the tally sees differences too.
 *
 *   npm run -s build && npm run -s compile && npm run bench:budget
 *   (BUDGETS=10000,100000 for a shorter run; BENCH_DEBUG=1 adds the heap near the end of each)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { runGate } from '../src/gate.js';
import { fullCollection } from '../src/snapshot/memory-guard.js';
import { peakRssProbe } from '../test/helpers/peak-rss.js';
import { writeOrdersSnapshot } from './orders-snapshot.js';

const EXCHANGES = Number(process.env.EXCHANGES ?? 1_000_000);
const BUDGETS = (process.env.BUDGETS ?? '10000,100000,1000000').split(',').map(Number);
const TARGET_RATIO = 1.2;
const TARGET_MB = 256;
const CONCURRENCY = 32;

interface ChildReport {
  /** Heap and Buffers in use after a full collection, 90% of the way through the replay. */
  liveMb: number;
  read: number;
  selected: number;
  judged: number;
  verdict: string;
  differing: number;
  seconds: number;
  replaySeconds: number;
}

/** The child: one gate run, as the action runs it, then what it did and how long it took. */
async function child(workspace: string, targetUrl: string, budget: number): Promise<void> {
  const started = performance.now();
  let firstAnswer = 0;
  let liveMb = 0;
  const results = await runGate({
    snapshot: 'snapshot.ndjson.gz', targetUrl, failOn: 'never', maxRequests: budget, concurrency: CONCURRENCY, rateLimit: 0,
    timeoutMs: 30_000, methods: new Set(['GET', 'HEAD']), headers: {}, s3: {}, workspace, seed: 1,
  }, {
    progress: (p) => {
      if (p.done === 1) firstAnswer = performance.now();
      // BENCH_DEBUG: what the run holds near its end, after a full collection (which the measured
      // runs go without, so it cannot lower their peak).
      if (process.env.BENCH_DEBUG && p.done === Math.floor(p.total * 0.9)) {
        const heap = { rss: process.memoryUsage().rss / 2 ** 20, spaces: getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_size / 2 ** 20)]) };
        fullCollection()?.();
        const usage = process.memoryUsage();
        liveMb = (usage.heapUsed + usage.external) / 1024 / 1024;
        console.error(JSON.stringify({ ...heap, liveMb }));
      }
    },
  });
  const ended = performance.now();
  const report: ChildReport = {
    liveMb,
    read: results.snapshot.read, selected: results.snapshot.selected, judged: results.totals.requests, verdict: results.verdict,
    differing: results.totals.differing, seconds: (ended - started) / 1000, replaySeconds: (ended - firstAnswer) / 1000,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(args: string[], env: Record<string, string>): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { env: { ...process.env, ...env }, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`child failed: ${stderr || error.message}`));
      else {
        if (process.env.BENCH_DEBUG && stderr) process.stderr.write(stderr);
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ChildReport);
      }
    });
  });
}

async function startService(): Promise<{ url: string; process: ChildProcess }> {
  const server = spawn(process.execPath, [fileURLToPath(new URL('./replay-throughput-server.js', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim()));
    server.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
  return { url, process: server };
}

async function parent(): Promise<number> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-budget-'));
  const file = path.join(work, 'snapshot.ndjson.gz');
  const service = await startService();
  try {
    await writeOrdersSnapshot(EXCHANGES, file);
    console.log(`snapshot: ${EXCHANGES.toLocaleString('en')} exchanges, ${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB gzip; concurrency ${CONCURRENCY}, rate-limit 0`);
    const rows: Array<{ budget: number; peakMb: number; report: ChildReport }> = [];
    for (const budget of BUDGETS) {
      const probe = peakRssProbe(work);
      const report = await runChild([work, service.url, String(budget)], probe.env);
      const peakMb = (await probe.read()) / 1024 / 1024;
      if (report.read !== EXCHANGES || report.judged !== Math.min(budget, EXCHANGES)) throw new Error(`budget ${budget}: read ${report.read}, judged ${report.judged}`);
      rows.push({ budget, peakMb, report });
      const perExchange = (report.replaySeconds * 1e6) / report.judged;
      console.log(`budget ${budget.toLocaleString('en').padStart(9)}: peak RSS ${peakMb.toFixed(1)} MB${process.env.BENCH_DEBUG ? ` (live at 90%: ${report.liveMb.toFixed(1)} MB)` : ''}, ${report.judged} judged (${report.differing} differing), ${report.seconds.toFixed(1)} s in all, replay ${perExchange.toFixed(1)} µs per exchange (${(report.judged / report.replaySeconds).toFixed(0)}/s)`);
    }
    const small = rows[0]!;
    const large = rows[rows.length - 1]!;
    const ratio = large.peakMb / small.peakMb;
    const met = ratio <= TARGET_RATIO && large.peakMb < TARGET_MB;
    console.log(`peak RSS ${large.budget} / ${small.budget} = ${ratio.toFixed(3)} (target <= ${TARGET_RATIO}); largest ${large.peakMb.toFixed(1)} MB (target < ${TARGET_MB} MB): ${met ? 'met' : 'MISSED'}`);
    return met ? 0 : 1;
  } finally {
    service.process.stdin!.end();
    service.process.kill();
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
} else {
  process.exitCode = await parent();
}
