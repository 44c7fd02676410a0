/**
 * Requests per second of the replay engine — replay() asking the candidate twice per exchange,
 * every answer read, decoded and compared with the recording (compareOutcome), as the gate runs
 * it — against autocannon and wrk hitting the same local server at the same concurrency, in the
 * same run, interleaved rounds, median per contender. Prints the ratios: absolute numbers drift
 * with the machine, ratios much less.
 *
 * Two servers, one after the other:
 * - one that answers at once, so the clients' own cost per request sets the rate (the ratio the
 *   replay-engine issue targets); each in-process contender's CPU time per request is printed
 *   beside it, which is what that ratio comes down to;
 * - one that takes BENCH_SERVICE_MS (2) per answer, as a preview does while it queries its
 *   database, where the question is whether the engine keeps the server as busy as the peers do.
 *
 *   npm run -s compile && npm run -s bench:replay      (wrk: apt-get install -y wrk; skipped when absent)
 * Each engine round also prints its garbage collections and, run with --expose-gc as the npm
 * script does, the heap after a collection: flat from round to round when nothing is retained.
 *   BENCH_SECONDS=3 BENCH_ROUNDS=7 BENCH_CONCURRENCY=8 BENCH_SERVICE_MS=2 are the defaults.
 * Not run in CI: benchmarks are run by hand, and CI machines are too shared to time anything.
 */
import { spawn, execFile } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { compareOutcome, differsAtFirstLook } from '../src/compare/compare-exchange.js';
import { DEFAULT_RULES } from '../src/compare/types.js';
import { replay } from '../src/replay/replay.js';
import { Target } from '../src/replay/target.js';
import type { SelectedExchange } from '../src/select/types.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SERVICE_MS = Number(process.env.BENCH_SERVICE_MS ?? 2);
// More exchanges than any round replays: a round is cut at its deadline, never drained between
// batches, where fewer than CONCURRENCY requests would be in flight.
const EXCHANGES = 100_000;
// What the engine sends for the bench's recorded requests (outgoing.ts adds accept-encoding):
// the peers send the same, so the server does the same work for every contender.
const HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

/** One contender's round: requests per second, and this process's CPU time per request when it ran here. */
interface Measured {
  rate: number;
  cpuMicrosPerRequest?: number;
  /** The engine's rounds: whether it retains anything round to round, and what collecting costs it. */
  memory?: { heapAfterGcMb?: number; collections: number; gcMicrosPerRequest: number };
}

/** Garbage collections while `work` runs (count and µs), and the heap after it, collected when node runs with --expose-gc. */
async function watchingMemory(work: () => Promise<Measured>): Promise<Measured> {
  let collections = 0;
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      collections++;
      gcMs += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const result = await work();
  // GC entries are delivered on a later turn.
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const requests = result.rate * SECONDS;
  return { ...result, memory: { ...(gc ? { heapAfterGcMb: process.memoryUsage().heapUsed / 1024 / 1024 } : {}), collections, gcMicrosPerRequest: (gcMs * 1000) / requests } };
}

async function startServer(serviceMs: number): Promise<{ url: string; stop(): void }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'replay-throughput-server.js');
  const child = spawn(process.execPath, [script, String(serviceMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url, stop: () => child.kill() };
}

/** Runs `work`, which reports how many requests it made, and measures its rate and CPU cost. */
async function measured(work: () => Promise<number>): Promise<Measured> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const requests = await work();
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: requests / elapsed, cpuMicrosPerRequest: (used.user + used.system) / requests };
}

/** The engine for SECONDS: exchanges replayed and compared until the time is up. */
async function engine(url: string, seconds = SECONDS): Promise<Measured> {
  const recorded = await (await fetch(`${url}/orders/0`)).text();
  const context = { rules: DEFAULT_RULES };
  const selection: SelectedExchange[] = Array.from({ length: EXCHANGES }, (_, i) => ({
    endpoint: 'GET /orders/{id}',
    exchange: {
      id: `r-${i}`,
      request: { method: 'GET', url: `/orders/${i}`, headers: { accept: HEADERS.accept }, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: recorded, durationMs: 1 },
    },
  }));
  const target = new Target(url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
  try {
    return await measured(async () => {
      let compared = 0;
      const deadline = performance.now() + seconds * 1000;
      const outcomes = replay(selection, {
        candidate: target,
        concurrency: CONCURRENCY,
        extraHeaders: {},
        needsConfirmation: (outcome) => differsAtFirstLook(outcome, context),
      });
      for await (const outcome of outcomes) {
        const comparison = compareOutcome(outcome, context);
        if (comparison.differences.length > 0) throw new Error(`the bench server's answers should not differ: ${JSON.stringify(comparison.differences[0])}`);
        compared++;
        if (performance.now() >= deadline) break;
      }
      if (compared === EXCHANGES) throw new Error(`the engine ran out of exchanges before ${seconds} s: raise EXCHANGES`);
      return target.counters.sent;
    });
  } finally {
    await target.close();
  }
}

/**
 * The engine's HTTP client alone: the same undici pool and dispatch, no replay, no comparison.
 * Not a peer: it shows how much of the gap to the peers is the client library's own.
 */
async function undiciAlone(url: string, seconds = SECONDS): Promise<Measured> {
  const target = new Target(url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
  try {
    return await measured(async () => {
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) await target.send({ method: 'GET', path: '/orders/1', headers: HEADERS });
      }));
      return target.counters.sent;
    });
  } finally {
    await target.close();
  }
}

function cannon(url: string, seconds = SECONDS): Promise<Measured> {
  return measured(async () => {
    const result = await autocannon({ url: `${url}/orders/1`, connections: CONCURRENCY, duration: seconds, pipelining: 1, headers: HEADERS });
    if (result.errors > 0 || result.non2xx > 0) throw new Error(`autocannon saw ${result.errors} errors, ${result.non2xx} non-2xx`);
    return result.requests.total;
  });
}

/** wrk with one thread (one client core, like the others) for SECONDS; undefined when not installed. */
function wrk(url: string): Promise<Measured | undefined> {
  return new Promise((resolve, reject) => {
    const headers = Object.entries(HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t1', `-c${CONCURRENCY}`, `-d${SECONDS}s`, ...headers, `${url}/orders/1`];
    execFile('wrk', args, { timeout: (SECONDS + 30) * 1000 }, (error, stdout) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return resolve(undefined);
      if (error) return reject(error);
      const match = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
      if (!match) return reject(new Error(`no Requests/sec in wrk's output:\n${stdout}`));
      // wrk runs in a process of its own: its CPU time is not this process's to measure.
      resolve({ rate: Number(match[1]) });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

type Contender = 'engine' | 'undici' | 'autocannon' | 'wrk';

/** ROUNDS interleaved rounds of every contender against one server; prints each round and the medians. */
async function scenario(title: string, serviceMs: number): Promise<void> {
  const server = await startServer(serviceMs);
  try {
    console.log(`${title}: ${ROUNDS} rounds × ${SECONDS} s per contender, concurrency ${CONCURRENCY}, one server process on ${server.url}`);
    // One short unrecorded round first: the JIT warms up for whoever goes first, not just the rest.
    await engine(server.url, 1);
    await cannon(server.url, 1);
    // Ratios are taken within each round, then the median across rounds: on a shared machine the
    // absolute rate drifts by 2× between rounds, while contenders measured back to back see the same.
    const rounds: Partial<Record<Contender, Measured>>[] = [];
    let wrkMissing = false;
    for (let round = 1; round <= ROUNDS; round++) {
      const measuredRound: Partial<Record<Contender, Measured>> = {
        engine: await watchingMemory(() => engine(server.url)),
        undici: await undiciAlone(server.url),
        autocannon: await cannon(server.url),
      };
      const w = wrkMissing ? undefined : await wrk(server.url);
      if (w) measuredRound.wrk = w;
      else wrkMissing = true;
      rounds.push(measuredRound);
      const shown = (m: Measured | undefined) => (m ? `${m.rate.toFixed(0)}/s${m.cpuMicrosPerRequest === undefined ? '' : ` (${m.cpuMicrosPerRequest.toFixed(1)} µs CPU/request)`}` : '-');
      const versus = (m: Measured) => (measuredRound.engine!.rate / m.rate).toFixed(2);
      const memory = measuredRound.engine!.memory!;
      const heap = memory.heapAfterGcMb === undefined ? '' : `, heap ${memory.heapAfterGcMb.toFixed(0)} MB after GC`;
      console.log(`  round ${round}: engine ${shown(measuredRound.engine)} [${memory.collections} GCs, ${memory.gcMicrosPerRequest.toFixed(1)} µs GC/request${heap}], undici alone ${shown(measuredRound.undici)}, autocannon ${shown(measuredRound.autocannon)}, wrk ${shown(measuredRound.wrk)}; engine/autocannon ${versus(measuredRound.autocannon!)}×, engine/undici alone ${versus(measuredRound.undici!)}×, undici alone/autocannon ${(measuredRound.undici!.rate / measuredRound.autocannon!.rate).toFixed(2)}×`);
    }
    const rates = (who: Contender) => rounds.map((r) => r[who]?.rate).filter((rate) => rate !== undefined);
    const ratios = (who: Contender, of: Contender = 'engine') => rounds.filter((r) => r[who]).map((r) => r[of]!.rate / r[who]!.rate);
    const ratio = (who: Contender) => median(ratios(who));
    const listed = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');
    const cpu = (who: Contender) => median(rounds.map((r) => r[who]!.cpuMicrosPerRequest!)).toFixed(1);
    console.log(`  engine (replay + compare): median ${median(rates('engine')).toFixed(0)} requests/s, ${cpu('engine')} µs CPU/request`);
    console.log(`  engine / undici alone:     ${ratio('undici').toFixed(2)}×  (undici alone ${cpu('undici')} µs CPU/request; the gap is what replaying and comparing cost)`);
    console.log(`  engine / autocannon:       ${ratio('autocannon').toFixed(2)}×  (median ${median(rates('autocannon')).toFixed(0)} requests/s, ${cpu('autocannon')} µs CPU/request; target ≥ ${serviceMs > 0 ? '0.98' : '0.90'}×)`);
    console.log(`    per round:               ${listed(ratios('autocannon'))}  (the speed held from the first round to the last, or not)`);
    // The ceiling of the ratio above: the client the engine must use, with nothing of the engine's around it.
    console.log(`  undici alone / autocannon: ${median(ratios('autocannon', 'undici')).toFixed(2)}×  per round ${listed(ratios('autocannon', 'undici'))}`);
    if (wrkMissing) console.log('  engine / wrk:              skipped: wrk is not installed (apt-get install -y wrk)');
    else console.log(`  engine / wrk:              ${ratio('wrk').toFixed(2)}×  (median ${median(rates('wrk')).toFixed(0)} requests/s)`);
  } finally {
    server.stop();
  }
}

await scenario('server answering at once (the clients set the rate)', 0);
if (SERVICE_MS > 0) await scenario(`server taking ${SERVICE_MS} ms per answer (the server sets the rate, as a preview does)`, SERVICE_MS);
