/**
 * Requests per exchange, counted at the services: the whole gate (runGate, adaptive asking)
 * against every exchange paired as before (replay() with alwaysPaired, the same selection), on a
 * snapshot whose answers are mostly stable, without and with a baseline. The time to a verdict
 * against a rate-limited preview is requests ÷ rate, so this ratio is that time's.
 *
 * The snapshot: BENCH_EXCHANGES (1,000) GETs over 8 endpoints, all selected (budget = size).
 * Six endpoints answer exactly as recorded, one has a counter that varies on every answer (a
 * noisy place: that endpoint stays paired), and one flakes on 1 % of answers.
 *
 *   npm run -s compile && npm run -s bench:asks
 * Targets (issue 15): ≤ 1.25 requests per exchange without a baseline, ≤ 1.6 with one.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { differsAtFirstLook } from '../src/compare/compare-exchange.js';
import { DEFAULT_RULES } from '../src/compare/types.js';
import { runGate } from '../src/gate.js';
import { alwaysPaired } from '../src/replay/asking-plan.js';
import { replay } from '../src/replay/replay.js';
import { Target } from '../src/replay/target.js';
import { endpointOf } from '../src/select/endpoint.js';
import type { SelectedExchange } from '../src/select/types.js';

const EXCHANGES = Number(process.env.BENCH_EXCHANGES ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ENDPOINTS = ['orders', 'products', 'users', 'carts', 'invoices', 'shipments', 'views', 'stock'];

/** A deterministic stand-in for randomness: the same run asks the same things. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** What production answered, and what the service answers now (`random` draws its noise). */
function bodyOf(url: string, random?: () => number): string {
  const [, , name, id] = url.split('/');
  const body: Record<string, unknown> = { id: Number(id), name: `${name} ${id}`, total: Number(id) * 3.5, lines: [{ sku: `SKU-${id}`, qty: 1 }] };
  if (name === 'views') body.views = random ? Math.floor(random() * 1000) : 500;
  if (name === 'stock') body.available = random && random() < 0.01 ? 0 : 7;
  return JSON.stringify(body);
}

interface CountingService {
  url: string;
  hits: () => number;
  close(): Promise<void>;
}

async function service(seed: number): Promise<CountingService> {
  const random = lcg(seed);
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(bodyOf(req.url!, random));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const urls = Array.from({ length: EXCHANGES }, (_, i) => `/api/${ENDPOINTS[i % ENDPOINTS.length]}/${i + 1}`);
const lines = urls.map((url, i) => JSON.stringify({
  id: `r-${i}`,
  request: { method: 'GET', url, headers: { accept: 'application/json' }, body: null },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: bodyOf(url), durationMs: 2 },
}));

async function adaptive(withBaseline: boolean): Promise<number> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-bench-asks-'));
  await writeFile(path.join(workspace, 'traffic.ndjson'), `${lines.join('\n')}\n`);
  const candidate = await service(1);
  const baseline = withBaseline ? await service(2) : undefined;
  try {
    const results = await runGate({
      snapshot: 'traffic.ndjson', targetUrl: candidate.url, failOn: 'never', maxRequests: EXCHANGES, concurrency: CONCURRENCY, rateLimit: 0,
      timeoutMs: 10_000, methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace, seed: 1,
      ...(baseline ? { baselineUrl: baseline.url } : {}),
    });
    if (results.totals.compared !== EXCHANGES) throw new Error(`the gate compared ${results.totals.compared} of ${EXCHANGES}: ${results.reason}`);
    if (results.totals.differing !== 0) throw new Error(`nothing should differ for real, yet ${results.totals.differing} requests did`);
    return (candidate.hits() + (baseline?.hits() ?? 0)) / EXCHANGES;
  } finally {
    await candidate.close();
    await baseline?.close();
  }
}

async function everyExchangePaired(withBaseline: boolean): Promise<number> {
  const candidate = await service(1);
  const baseline = withBaseline ? await service(2) : undefined;
  const targets = [new Target(candidate.url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 1 << 20 })];
  if (baseline) targets.push(new Target(baseline.url, { concurrency: CONCURRENCY, rateLimit: 0, timeoutMs: 10_000, maxBodyBytes: 1 << 20 }));
  const selection: SelectedExchange[] = lines.map((line) => {
    const exchange = JSON.parse(line);
    return { exchange, endpoint: endpointOf('GET', exchange.request.url) };
  });
  try {
    const context = { rules: DEFAULT_RULES };
    const outcomes = replay(selection, {
      candidate: targets[0]!, ...(targets[1] ? { baseline: targets[1] } : {}), concurrency: CONCURRENCY, extraHeaders: {},
      asking: alwaysPaired((outcome) => differsAtFirstLook(outcome, context)),
    });
    for await (const _ of outcomes);
    return (candidate.hits() + (baseline?.hits() ?? 0)) / EXCHANGES;
  } finally {
    await Promise.all(targets.map((t) => t.close()));
    await candidate.close();
    await baseline?.close();
  }
}

const rows: [string, number, number, number][] = [];
for (const withBaseline of [false, true]) {
  const before = await everyExchangePaired(withBaseline);
  const now = await adaptive(withBaseline);
  rows.push([withBaseline ? 'with a baseline' : 'without a baseline', before, now, withBaseline ? 1.6 : 1.25]);
}
console.log(`requests per exchange, ${EXCHANGES} exchanges over ${ENDPOINTS.length} endpoints (one noisy, one flaking on 1 % of answers), concurrency ${CONCURRENCY}:`);
for (const [name, before, now, target] of rows) {
  console.log(`  ${name.padEnd(20)} every exchange paired ${before.toFixed(3)}  adaptive ${now.toFixed(3)}  (${(now / before).toFixed(2)}×; target ≤ ${target}: ${now <= target ? 'met' : 'NOT met'})`);
}
