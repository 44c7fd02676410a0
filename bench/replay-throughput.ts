/**
 * Requests per second of the replay engine — replay() asking the candidate twice per exchange,
 * every answer read, decoded and compared with the recording (compareOutcome), as the gate runs
 * it — against autocannon and wrk hitting the same local server at the same concurrency, in the
 * same run, interleaved rounds, median per contender. Prints the ratios: absolute numbers drift
 * with the machine, ratios much less.
 *
 *   npm run -s compile && npm run -s bench:replay      (wrk: apt-get install -y wrk; skipped when absent)
 *   BENCH_SECONDS=3 BENCH_ROUNDS=7 BENCH_CONCURRENCY=8 are the defaults.
 * Not run in CI: benchmarks are run by hand, and CI machines are too shared to time anything.
 */
import { spawn, execFile } from 'node:child_process';
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
const BATCH = 2000;
// What the engine sends for the bench's recorded requests (outgoing.ts adds accept-encoding):
// the peers send the same, so the server does the same work for every contender.
const HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

async function startServer(): Promise<{ url: string; stop(): void }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'replay-throughput-server.js');
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url, stop: () => child.kill() };
}

/** The engine for SECONDS: batches of exchanges replayed and compared, until the time is up. */
async function engine(url: string, seconds = SECONDS): Promise<number> {
  const recorded = await (await fetch(`${url}/orders/0`)).text();
  const context = { rules: DEFAULT_RULES };
  const selection: SelectedExchange[] = Array.from({ length: BATCH }, (_, i) => ({
    endpoint: 'GET /orders/{id}',
    exchange: {
      id: `r-${i}`,
      request: { method: 'GET', url: `/orders/${i}`, headers: { accept: HEADERS.accept }, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: recorded, durationMs: 1 },
    },
  }));
  const target = new Target(url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
  let compared = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
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
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  await target.close();
  if (compared === 0) throw new Error('the engine replayed nothing');
  return target.counters.sent / elapsed;
}

/**
 * The engine's HTTP client alone: the same undici pool and dispatch, no replay, no comparison.
 * Not a peer: it shows how much of the gap to the peers is the client library's own.
 */
async function undiciAlone(url: string, seconds = SECONDS): Promise<number> {
  const target = new Target(url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < deadline) await target.send({ method: 'GET', path: '/orders/1', headers: HEADERS });
  }));
  const elapsed = (performance.now() - started) / 1000;
  await target.close();
  return target.counters.sent / elapsed;
}

async function cannon(url: string, seconds = SECONDS): Promise<number> {
  const result = await autocannon({ url: `${url}/orders/1`, connections: CONCURRENCY, duration: seconds, pipelining: 1, headers: HEADERS });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`autocannon saw ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result.requests.total / result.duration;
}

/** wrk with one thread (one client core, like the others) for SECONDS; undefined when not installed. */
function wrk(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const headers = Object.entries(HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t1', `-c${CONCURRENCY}`, `-d${SECONDS}s`, ...headers, `${url}/orders/1`];
    execFile('wrk', args, { timeout: (SECONDS + 30) * 1000 }, (error, stdout) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return resolve(undefined);
      if (error) return reject(error);
      const match = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
      if (!match) return reject(new Error(`no Requests/sec in wrk's output:\n${stdout}`));
      resolve(Number(match[1]));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const server = await startServer();
try {
  console.log(`replay-throughput: ${ROUNDS} rounds × ${SECONDS} s per contender, concurrency ${CONCURRENCY}, one server process on ${server.url}`);
  // One short unrecorded round first: the JIT warms up for whoever goes first, not just the rest.
  await engine(server.url, 1);
  await cannon(server.url, 1);
  // Ratios are taken within each round, then the median across rounds: on a shared machine the
  // absolute rate drifts by 2× between rounds, while contenders measured back to back see the same.
  const ratios: Record<'undici' | 'autocannon' | 'wrk', number[]> = { undici: [], autocannon: [], wrk: [] };
  const rates: Record<'engine' | 'undici' | 'autocannon' | 'wrk', number[]> = { engine: [], undici: [], autocannon: [], wrk: [] };
  let wrkMissing = false;
  for (let round = 1; round <= ROUNDS; round++) {
    const e = await engine(server.url);
    const u = await undiciAlone(server.url);
    const a = await cannon(server.url);
    const w = wrkMissing ? undefined : await wrk(server.url);
    if (w === undefined) wrkMissing = true;
    rates.engine.push(e);
    rates.undici.push(u);
    rates.autocannon.push(a);
    ratios.undici.push(e / u);
    ratios.autocannon.push(e / a);
    if (w !== undefined) {
      rates.wrk.push(w);
      ratios.wrk.push(e / w);
    }
    const shown = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0));
    console.log(`  round ${round}: engine ${shown(e)}/s, undici alone ${shown(u)}/s, autocannon ${shown(a)}/s, wrk ${shown(w)}/s`);
  }
  console.log(`engine (replay + compare): median ${median(rates.engine).toFixed(0)} requests/s`);
  console.log(`engine / undici alone:     ${median(ratios.undici).toFixed(2)}×  (the cost of replaying and comparing over the bare client)`);
  console.log(`engine / autocannon:       ${median(ratios.autocannon).toFixed(2)}×  (median ${median(rates.autocannon).toFixed(0)} requests/s; target ≥ 1.00×)`);
  if (wrkMissing) console.log('engine / wrk:              skipped: wrk is not installed (apt-get install -y wrk)');
  else console.log(`engine / wrk:              ${median(ratios.wrk).toFixed(2)}×  (median ${median(rates.wrk).toFixed(0)} requests/s)`);
} finally {
  server.stop();
}
