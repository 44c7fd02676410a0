// Selection by rank in two passes: exactly the sample the one-pass selection picked, at any budget.
import test from 'ava';
import fc from 'fast-check';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { SnapshotError } from '../../src/errors.js';
import { mapConcurrent } from '../../src/replay/concurrent.js';
import { allocate, waterLevel } from '../../src/select/allocate.js';
import { unitHash } from '../../src/select/hash.js';
import { screenExchange } from '../../src/select/screen.js';
import { chosenExchanges, planSelection, selectExchanges, type SelectionOptions } from '../../src/select/select.js';
import { emptySelectionCounts, type SelectedExchange } from '../../src/select/types.js';
import { readExchanges } from '../../src/snapshot/read.js';
import { resolveSnapshot } from '../../src/snapshot/source.js';
import { DecodeIssues, type Exchange } from '../../src/snapshot/types.js';

/**
 * The selection as it was before it went to two passes (select.ts at 10204e8), kept here as the
 * reference the new one must agree with: one pass holding the candidate exchanges themselves.
 * Only its final gather is a loop instead of `chosen.push(...)`, which overflowed the stack.
 */
async function referenceSelection(exchanges: AsyncIterable<Exchange>, options: SelectionOptions): Promise<SelectedExchange[]> {
  interface Candidate { rank: number; order: number; selected: SelectedExchange }
  const byRank = (candidates: Candidate[]) => candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const strata = new Map<string, { seen: number; kept: Candidate[]; worst: number }>();
  let kept = 0;
  let order = 0;
  const trim = () => {
    const cap = Math.floor(waterLevel([...strata.values()].map((s) => s.seen), options.maxRequests)) + 1;
    kept = 0;
    for (const stratum of strata.values()) {
      if (stratum.kept.length >= cap) {
        stratum.kept = byRank(stratum.kept).slice(0, cap);
        stratum.worst = stratum.kept[cap - 1]!.rank;
      }
      kept += stratum.kept.length;
    }
  };
  for await (const exchange of exchanges) {
    const screened = screenExchange(exchange, options);
    if ('skip' in screened) continue;
    let stratum = strata.get(screened.endpoint);
    if (!stratum) strata.set(screened.endpoint, (stratum = { seen: 0, kept: [], worst: Infinity }));
    stratum.seen++;
    const rank = unitHash(exchange.id, options.seed);
    if (rank >= stratum.worst) continue;
    stratum.kept.push({ rank, order: order++, selected: { exchange, endpoint: screened.endpoint } });
    if (++kept > 2 * options.maxRequests + strata.size) trim();
  }
  const shares = allocate(new Map([...strata].map(([name, s]) => [name, s.seen])), options.maxRequests);
  const chosen: Candidate[] = [];
  for (const [name, stratum] of strata) for (const candidate of byRank(stratum.kept).slice(0, shares.get(name))) chosen.push(candidate);
  chosen.sort((a, b) => a.order - b.order);
  return chosen.map((c) => c.selected);
}

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

const READS = new Set(['GET', 'HEAD']);

/** A generated snapshot: endpoints of very different sizes, some writes, repeated ids, unsendable paths. */
const snapshotArbitrary = fc.array(
  fc.record({
    endpoint: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 40 }) }),
    method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST'),
    // A small id space repeats ids: exact ties of rank, broken by snapshot order.
    id: fc.oneof({ weight: 9, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }) }),
    unsendable: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  }),
  { maxLength: 600 },
).map((rows) => rows.map((row, i): Exchange => ({
  id: `x-${row.id}`,
  request: { method: row.method, url: `/api/e${row.endpoint}/${i}${row.unsendable ? '?bad' : ''}`, headers: {}, body: null },
  place: { source: 'generated', position: `exchange ${i}` },
})));

test('the two-pass selection picks exactly what the one-pass selection picked (generated snapshots, budgets, seeds)', async (t) => {
  await fc.assert(
    fc.asyncProperty(snapshotArbitrary, fc.integer({ min: 0, max: 700 }), fc.integer(), async (exchanges, maxRequests, seed) => {
      const options: SelectionOptions = {
        methods: READS, maxRequests, seed,
        unsendable: { why: (e) => (e.request.url.endsWith('?bad') ? 'a bad path' : undefined), issues: new DecodeIssues() },
      };
      const counts = emptySelectionCounts();
      const ids = (selection: SelectedExchange[]) => selection.map((s) => `${s.exchange.place!.position} ${s.endpoint}`);
      const expected = ids(await referenceSelection(stream(exchanges), options));
      const actual = ids(await selectExchanges(() => stream(exchanges), options, counts));
      t.deepEqual(actual, expected);
      t.is(counts.selected, expected.length);
      t.is(counts.read, exchanges.length);
    }),
    { numRuns: 300, seed: 17 },
  );
});

/** A gzipped NDJSON snapshot of `count` GETs on one endpoint, streamed to a file, never held whole. */
async function gzSnapshot(count: number): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-rank-'));
  const file = path.join(work, 'orders.ndjson.gz');
  const batches = Readable.from((function* () {
    for (let start = 0; start < count; start += 5000) {
      let text = '';
      for (let i = start; i < Math.min(count, start + 5000); i++) text += `{"id":"r-${i}","request":{"method":"GET","url":"/api/orders/${i}","headers":{},"body":null}}\n`;
      yield text;
    }
  })());
  await pipeline(batches, createGzip({ level: 1 }), createWriteStream(file));
  return work;
}

test('a budget of 300,000 on one endpoint completes and selects exactly the 300,000 lowest seeded ranks', async (t) => {
  t.timeout(120_000);
  const count = 400_000;
  const budget = 300_000;
  const seed = 12345;
  const work = await gzSnapshot(count);
  t.teardown(() => rm(work, { recursive: true, force: true }));
  const source = await resolveSnapshot('orders.ndjson.gz', { s3: {}, workspace: work });
  const issues = new DecodeIssues();
  const counts = emptySelectionCounts();
  const options: SelectionOptions = { methods: READS, maxRequests: budget, seed };
  const plan = await planSelection(readExchanges(source, issues), options, counts);
  t.deepEqual(counts, { read: count, selected: budget, skipped: { method: 0, excluded: 0, budget: count - budget, unsendable: 0 }, endpoints: 1 });

  // What the seeded rank says: the ids of the `budget` lowest ranks.
  const ranks = new Float64Array(count);
  for (let i = 0; i < count; i++) ranks[i] = unitHash(`r-${i}`, seed);
  const cut = ranks.slice().sort()[budget - 1]!;
  let position = 0;
  let previous = -1;
  let inOrder = true;
  let allUnder = true;
  for await (const { exchange, endpoint } of chosenExchanges(readExchanges(source, new DecodeIssues(0)), plan)) {
    const index = Number(exchange.id.slice(2));
    if (index <= previous) inOrder = false;
    if (ranks[index]! > cut || endpoint !== 'GET /api/orders/{id}') allUnder = false;
    previous = index;
    position++;
  }
  t.is(position, budget);
  t.true(inOrder, 'snapshot order');
  t.true(allUnder, 'every chosen exchange is among the lowest ranks');
  t.is(issues.count, 0);
});

test('the second pass yields each chosen exchange as it is read: the replay takes the first before the snapshot is read through', async (t) => {
  const exchanges = Array.from({ length: 50 }, (_, i): Exchange => ({ id: `r-${i}`, request: { method: 'GET', url: `/a/${i}`, headers: {}, body: null } }));
  const options: SelectionOptions = { methods: READS, maxRequests: 50, seed: 1 };
  const plan = await planSelection(stream(exchanges), options, emptySelectionCounts());
  // The snapshot's second read stalls after its first exchange until some work has finished on it.
  let release!: () => void;
  const finishedOne = new Promise<void>((resolve) => (release = resolve));
  let readThrough = false;
  async function* stalling(): AsyncGenerator<Exchange> {
    yield exchanges[0]!;
    await finishedOne;
    yield* exchanges.slice(1);
    readThrough = true;
  }
  const order: string[] = [];
  const work = async (selected: SelectedExchange) => {
    order.push(`${selected.exchange.id}${readThrough ? ' after' : ' during'}`);
    release();
    return selected.exchange.id;
  };
  const done: string[] = [];
  for await (const id of mapConcurrent(chosenExchanges(stalling(), plan), 4, work)) done.push(id);
  t.is(order[0], 'r-0 during');
  t.is(done.length, 50);
});

test('a snapshot that yields other exchanges on its second read is an error, never another sample', async (t) => {
  const exchanges = Array.from({ length: 40 }, (_, i): Exchange => ({ id: `r-${i}`, request: { method: 'GET', url: `/a/${i}`, headers: {}, body: null } }));
  const options: SelectionOptions = { methods: READS, maxRequests: 10, seed: 3 };
  const drain = async (plan: Awaited<ReturnType<typeof planSelection>>, second: Exchange[]) => {
    for await (const _ of chosenExchanges(stream(second), plan));
  };
  const plan = await planSelection(stream(exchanges), options, emptySelectionCounts());
  const shorter = await t.throwsAsync(drain(plan, exchanges.slice(0, 20)));
  t.true(shorter instanceof SnapshotError);
  t.regex(shorter!.message, /changed between its two reads/);
  // Renamed ids rank elsewhere: more of them fall under the threshold, or fewer.
  const renamed = exchanges.map((e) => ({ ...e, id: `${e.id}-v2` }));
  await t.throwsAsync(drain(plan, [...renamed, ...renamed]), { instanceOf: SnapshotError });
});
