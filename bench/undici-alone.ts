/**
 * For bench/time-to-verdict.ts, in a process of its own so undici starts cold, as the gate's
 * does: sends REQUESTS GETs through the engine's Target (its undici pool and dispatch, no replay,
 * no comparison) at CONCURRENCY, and prints the seconds it took. What the replay phase of the gate
 * can reach at best with its client, on the same service.
 *
 *   node build/bench/undici-alone.js URL REQUESTS CONCURRENCY
 */
import { Target } from '../src/replay/target.js';

const [url, requests, concurrency] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const target = new Target(url, { concurrency, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 10 * 1024 * 1024 });
const started = performance.now();
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next++ < requests) {
    const answer = await target.send({ method: 'GET', path: '/orders/1', headers: { accept: 'application/json' } });
    if ('error' in answer && answer.error) throw new Error(answer.error);
  }
}));
process.stdout.write(`${(performance.now() - started) / 1000}\n`);
await target.close();
