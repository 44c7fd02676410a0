// Sharding's proof on the scorer's side: however a run's comparisons are split into shards,
// each tallied on its own (in any order, through JSON), the merged tally is judged exactly as
// the tally of all of them; and below every bound, judge(tally) says what the scorer said before
// the tally existed (test/helpers/legacy-scorer.ts). Then each refusal of judgePartials.
import { deepStrictEqual } from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import type { RequestComparison } from '../src/compare/compare-exchange.js';
import type { Difference, DifferenceKind, Severity } from '../src/compare/types.js';
import { type GateResults } from '../src/gate.js';
import { emptyPartial, type GatePartial, judgePartials } from '../src/partial.js';
import { whyNotPartial } from '../src/partial-file.js';
import { TargetHealth } from '../src/replay/health.js';
import { judge } from '../src/score/judge.js';
import { DEFAULT_LATENCY_RULE } from '../src/score/latency.js';
import { mergeTallies, type Tally, TallyBuilder } from '../src/score/tally.js';
import { parseShard, shardOf } from '../src/shard.js';
import { cases } from './corpus/cases.js';
import { feedCase } from './corpus/judge.js';
import { sharedCauseCases } from './corpus/shared-causes.js';
import { LegacyScorer } from './helpers/legacy-scorer.js';

// The corpus's comparisons, every case under its own path (one or more endpoints each), rendered
// once so each can be fed to several tallies.
const corpus: RequestComparison[] = [];
const collect = { add: (c: RequestComparison) => (c.materialise?.(), corpus.push(c)) };
for (const [i, c] of cases.entries()) await feedCase(c, collect, `/case${i}`);
for (const [i, c] of sharedCauseCases.entries()) for (const endpoint of c.endpoints) await feedCase(endpoint, collect, `/shared${i}${endpoint.path}`);

const SEED = 1234;
const LATENCY = { latency: DEFAULT_LATENCY_RULE };

function tallyOf(comparisons: readonly RequestComparison[]): Tally {
  const builder = new TallyBuilder(SEED);
  for (const c of comparisons) builder.add(c);
  return builder.value();
}

/** `comparisons` split by `assignment` into k parts, each in its own shuffled order. */
function partsOf(comparisons: readonly RequestComparison[], k: number, assignment: number[], orders: number[][]): RequestComparison[][] {
  const parts: RequestComparison[][] = Array.from({ length: k }, () => []);
  comparisons.forEach((c, i) => parts[assignment[i]! % k]!.push(c));
  return parts.map((part, p) => shuffled(part, orders[p] ?? []));
}

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)]! * 1000 + i })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

function partialOf(tally: Tally, shard: { index: number; count: number }, selected: number): GatePartial {
  const partial = emptyPartial({ snapshot: 'traffic.ndjson', targetUrl: 'http://127.0.0.1:1/', failOn: 'breaking', seed: SEED }, shard);
  partial.pins.seed = SEED;
  partial.tally = tally;
  partial.judged = tally.endpoints.reduce((n, e) => n + e.requests, 0);
  partial.selection.counts = { read: selected, selected, skipped: { method: 0, excluded: 0, budget: 0, unsendable: 0 }, endpoints: 1 };
  partial.startedAt = partial.finishedAt = '2026-01-01T00:00:00.000Z';
  return partial;
}

const timeless = ({ startedAt: _, finishedAt: __, ...rest }: GateResults) => rest;

// node's deep equality, strict: ava's renders a diff of every value it compares, minutes on these.
const t = { deepEqual: (actual: unknown, expected: unknown, message?: string) => deepStrictEqual(actual, expected, message) };

/** The property: judged whole, or as k shards merged (in a shuffled order, through JSON), the same. */
function sameWhateverThePartition(comparisons: readonly RequestComparison[], k: number, assignment: number[], orders: number[][], mergeOrder: number[]) {
  const all = tallyOf(comparisons);
  const whole = judge(all, LATENCY);
  const parts = partsOf(comparisons, k, assignment, orders).map((part) => JSON.parse(JSON.stringify(tallyOf(part))) as Tally);
  const inMergeOrder = shuffled(parts.map((tally, i) => ({ tally, i })), mergeOrder);
  t.deepEqual(judge(mergeTallies(inMergeOrder.map((p) => p.tally)), LATENCY), whole, `k = ${k}`);
  t.deepEqual(judge(JSON.parse(JSON.stringify(all)) as Tally, LATENCY), whole, 'a tally read back from JSON judges the same');
  // And through judgePartials: verdict, reason, causes and suggested rules too.
  const unsharded = judgePartials([partialOf(all, { index: 1, count: 1 }, comparisons.length)]);
  const sharded = judgePartials(inMergeOrder.map(({ tally, i }) => partialOf(tally, { index: i + 1, count: k }, comparisons.length)));
  t.deepEqual(timeless(sharded), timeless(unsharded), `k = ${k}: the results`);
}

const partition = (n: number) => fc.record({
  k: fc.integer({ min: 1, max: 6 }),
  assignment: fc.array(fc.nat(5), { minLength: n, maxLength: n }),
  orders: fc.array(fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), { minLength: 6, maxLength: 6 }),
  mergeOrder: fc.array(fc.nat(100), { minLength: 6, maxLength: 6 }),
});

test('the labelled corpus: k = 1..6 random shards merged judge as one run', (a) => {
  a.true(corpus.length > 1000, `${corpus.length} comparisons`);
  fc.assert(fc.property(partition(corpus.length), ({ k, assignment, orders, mergeOrder }) => {
    sameWhateverThePartition(corpus, k, assignment, orders, mergeOrder);
  }), { numRuns: 12, endOnFailure: true });
  // Every k at least once, whatever the runs drew.
  for (let k = 1; k <= 6; k++) sameWhateverThePartition(corpus, k, corpus.map((_, i) => i * 7919), [[3, 1, 2], [2, 1], [5], [1, 9], [4, 4, 1], [8]], [5, 3, 1, 4, 2, 0]);
  a.pass();
});

// Generated comparisons, sized to go past every bound: places with example requests (50 per
// endpoint), drift entries (50), changes per place (8), tracked variants (200).
const SORTS: DifferenceKind[] = ['value', 'type', 'added', 'removed', 'status'];
const SEVERITIES: Severity[] = ['breaking', 'changed', 'info'];
const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

interface Shape { patterns: number; sorts: number; froms: number; drifts: number; names: number; endpoints: number }
const WIDE: Shape = { patterns: 70, sorts: 5, froms: 12, drifts: 70, names: 10, endpoints: 2 };
// Below every bound, and one sort per pattern: where the old scorer's order by arrival showed.
const NARROW: Shape = { patterns: 20, sorts: 1, froms: 2, drifts: 10, names: 4, endpoints: 3 };

function differenceArb(shape: Shape, patterns: number) {
  return fc.record({ p: fc.nat(patterns - 1), sort: fc.nat(shape.sorts - 1), severity: fc.constantFrom(...SEVERITIES), from: fc.nat(shape.froms - 1), to: fc.nat(3), value: fc.nat(5) })
    .map(({ p, sort, severity, from, to, value }): Difference => {
      const kind = SORTS[(p + sort) % SORTS.length]!;
      return { kind, path: `$.f${p}`, pattern: `$.f${p}`, severity, from: `t${from}`, to: `u${to}`, expected: `"${value}"`, actual: `"${value + 1}"` };
    });
}

function statKeyOf(d: Difference): string {
  return `${d.pattern} ${d.kind === 'added' || d.kind === 'removed' ? 'presence' : d.kind}`;
}

function comparisonsArb(shape: Shape, min: number, max: number) {
  const one = fc.record({
    endpoint: fc.nat(shape.endpoints - 1),
    params: fc.subarray(NAMES.slice(0, shape.names)),
    compared: fc.nat(9),
    differences: fc.array(differenceArb(shape, shape.patterns), { maxLength: 4 }),
    varied: fc.array(differenceArb(shape, shape.patterns), { maxLength: 2 }),
    paired: fc.boolean(),
    drift: fc.array(differenceArb({ ...shape, sorts: 1, froms: 1 }, shape.drifts).map((d) => ({ ...d, kind: 'value' as const })), { maxLength: 2 }),
    latency: fc.record({ candidateMs: fc.nat(400), baselineMs: fc.nat(400), recordedMs: fc.nat(400) }, { requiredKeys: [] }),
  });
  return fc.array(one, { minLength: min, maxLength: max, size: 'max' }).map((drawn) => drawn.map((d, i): RequestComparison => ({
    endpoint: `GET /e${d.endpoint}`,
    id: `r${i}`,
    method: 'GET',
    url: `/e${d.endpoint}${d.params.length ? `?${d.params.map((n) => `${n}=1`).join('&')}` : ''}`,
    requestHeaders: { accept: 'application/json' },
    outcome: d.compared === 0 ? 'no-reference' : 'compared',
    differences: d.differences,
    selfVaried: [...new Set(d.varied.map(statKeyOf))],
    paired: d.paired,
    drift: d.drift,
    latency: d.latency,
    ...(d.differences.length > 0 ? { excerpts: { expected: `{"id":${i}}`, actual: `{"id":"${i}"}` } } : {}),
  })));
}

test('generated comparisons past every bound: k = 1..6 random shards merged judge as one run', (a) => {
  fc.assert(fc.property(comparisonsArb(WIDE, 300, 700).chain((comparisons) => fc.tuple(fc.constant(comparisons), partition(comparisons.length))), ([comparisons, { k, assignment, orders, mergeOrder }]) => {
    sameWhateverThePartition(comparisons, k, assignment, orders, mergeOrder);
  }), { numRuns: 25, endOnFailure: true });
  a.pass();
});

test('the generated comparisons do go past the bounds', (t) => {
  const [comparisons] = fc.sample(comparisonsArb(WIDE, 650, 700), { numRuns: 1, seed: 7 });
  const tally = tallyOf(comparisons!);
  const endpoint = tally.endpoints[0]!;
  t.true(endpoint.places.filter((p) => p.example).length > 50, 'places with examples');
  t.is(endpoint.drift.length, 50, 'drift entries, bounded');
  t.true(endpoint.places.some((p) => p.changes.length === 8), 'changes per place, bounded');
  t.true(endpoint.variants.some((v) => v.other), 'variants past the bound, in other');
  t.is(endpoint.variants.filter((v) => !v.other).length, 200);
});

test('below every bound, judge(tally) says what the scorer said before the tally', (a) => {
  const compare = (comparisons: readonly RequestComparison[]) => {
    const legacy = new LegacyScorer(SEED);
    for (const c of comparisons) legacy.add(c);
    t.deepEqual(judge(tallyOf(comparisons)), legacy.finish());
  };
  compare(corpus);
  fc.assert(fc.property(comparisonsArb(NARROW, 0, 300), compare), { numRuns: 40, endOnFailure: true });
  a.pass();
});

test('shard membership: every id in exactly one shard, spread evenly, independent of the ranking hash', (t) => {
  const ids = Array.from({ length: 12_000 }, (_, i) => `exchange-${i}`);
  for (const count of [1, 2, 3, 4, 6]) {
    const sizes = new Array<number>(count + 1).fill(0);
    for (const id of ids) {
      const shard = shardOf(id, SEED, count);
      t.true(shard >= 1 && shard <= count);
      sizes[shard]!++;
    }
    for (let i = 1; i <= count; i++) t.true(Math.abs(sizes[i]! - ids.length / count) < 0.1 * (ids.length / count), `${count}: ${sizes.join(',')}`);
  }
  t.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  t.throws(() => parseShard('0/4'), { message: /shard 0 of 4 does not exist/ });
  t.throws(() => parseShard('5/4'), { message: /shard 5 of 4 does not exist/ });
  t.throws(() => parseShard('two'), { message: /is not i\/n/ });
});

// judgePartials' refusals, each naming the shards.
function threeShards(): GatePartial[] {
  const parts = partsOf(corpus.slice(0, 300), 3, corpus.map((_, i) => i), [[1], [1], [1]]);
  return parts.map((part, i) => partialOf(tallyOf(part), { index: i + 1, count: 3 }, 300));
}

function reasonOf(partials: GatePartial[]): string {
  const results = judgePartials(partials);
  if (results.verdict !== 'error') return `not refused: ${results.verdict}`;
  return results.reason;
}

test('judgePartials merges three whole shards', (t) => {
  const results = judgePartials(threeShards());
  t.not(results.verdict, 'error', results.reason);
  t.is(results.totals.requests, 300);
});

test('judgePartials refuses a missing shard, a shard given twice and shards split two ways', (t) => {
  const [a, b, c] = threeShards() as [GatePartial, GatePartial, GatePartial];
  t.is(reasonOf([a, c]), 'cannot judge: shard 2/3 is missing');
  t.is(reasonOf([a]), 'cannot judge: shard 2/3, 3/3 are missing');
  t.is(reasonOf([a, b, b, c]), 'cannot judge: shard 2/3 given more than once');
  t.is(reasonOf([a, b, { ...c, shard: { index: 3, count: 4 } }]), 'cannot judge: the shards were split different ways: 1/3, 2/3, 3/4');
  t.is(judgePartials([]).reason, 'cannot judge: no shard results to merge');
});

test('judgePartials refuses shards that disagree on their pins, naming them and what', (t) => {
  const [a, b, c] = threeShards() as [GatePartial, GatePartial, GatePartial];
  const newer = { ...c, pins: { ...c.pins, snapshot: { name: 's3://b/traffic/', objects: [{ key: 's3://b/traffic/2.ndjson', etag: '"new"' }] } } };
  t.regex(reasonOf([a, b, newer]), /^cannot judge: shard 3\/3 disagrees with shard 1\/3 on the snapshot \(a different object or ETag/);
  t.regex(reasonOf([a, { ...b, pins: { ...b.pins, seed: 7 } }, { ...c, pins: { ...c.pins, seed: 7 } }]), /^cannot judge: shard 2\/3, 3\/3 disagree with shard 1\/3 on the seed$/);
  t.regex(reasonOf([a, { ...b, pins: { ...b.pins, rulesHash: 'abc' } }, c]), /^cannot judge: shard 2\/3 disagrees with shard 1\/3 on the rules/);
  t.regex(reasonOf([{ ...a, pins: { ...a.pins, gateVersion: '0.0.1' } }, b, c]), /^cannot judge: shard 2\/3, 3\/3 disagree with shard 1\/3 on the gate version$/);
  const counts = { ...b.selection.counts, read: 301 };
  t.regex(reasonOf([a, { ...b, selection: { ...b.selection, counts } }, c]), /^cannot judge: shard 2\/3 disagrees with shard 1\/3 on what the snapshot held/);
  t.regex(judgePartials([a, b, c], { rules: { hash: 'other' } as never }).reason, /^cannot judge: the merge job's rules file differs/);
});

test('judgePartials refuses a shard that could not judge, with its reason; a cancelled shard makes the run cancelled', (t) => {
  const [a, b, c] = threeShards() as [GatePartial, GatePartial, GatePartial];
  t.is(reasonOf([a, { ...b, error: 'cannot judge: target http://127.0.0.1:1 is unreachable: all 3 requests failed (ECONNREFUSED)' }, c]),
    'shard 2/3 could not judge: target http://127.0.0.1:1 is unreachable: all 3 requests failed (ECONNREFUSED)');
  t.is(reasonOf([{ ...a, error: 'cannot judge: x' }, b, { ...c, error: 'cannot judge: y' }]), 'shard 1/3, 3/3 could not judge: x');
  const cut = { ...b, cancelled: true, judged: b.judged - 10 };
  const results = judgePartials([a, cut, c]);
  t.is(results.verdict, 'error');
  t.true(results.cancelled);
  t.regex(results.reason, /^cancelled after 290 of 300 requests/);
});

test('health is judged over all shards together: failures too few in each shard are too many in all', (t) => {
  const [a, b, c] = threeShards() as [GatePartial, GatePartial, GatePartial];
  // 10 asks a shard, 6 of them unanswered: under the 20 asks any rate needs, in each shard alone.
  const health = () => {
    const h = new TargetHealth();
    for (let i = 0; i < 10; i++) h.record(i < 6 ? { error: 'ECONNRESET' } : { response: { status: 200, headers: {}, body: Buffer.alloc(0) } }, `GET /e${i % 3}`, 200);
    return [{ side: 'target' as const, origin: 'http://127.0.0.1:1', counters: h.counters() }];
  };
  t.false(TargetHealth.merged([health()[0]!.counters]).cannotJudge);
  const [x, y, z] = [{ ...a, health: health() }, { ...b, health: health() }, { ...c, health: health() }];
  t.regex(reasonOf([x, y, z]), /^cannot judge: target http:\/\/127\.0\.0\.1:1 unhealthy: 18 of 30 requests failed: 18 without an answer \(first: ECONNRESET\)/);
});

test('a partial read back from JSON is one; foreign JSON says what it is not', (t) => {
  const [a] = threeShards() as [GatePartial];
  t.is(whyNotPartial(JSON.parse(JSON.stringify(a))), undefined);
  t.regex(whyNotPartial([])!, /not a JSON object/);
  t.regex(whyNotPartial({ kind: 'replay-gate-results' })!, /not a replay-gate partial/);
  t.regex(whyNotPartial({ ...a, version: 2 })!, /a version 2 partial; this replay-gate reads version 1/);
  t.regex(whyNotPartial({ ...a, shard: { index: 4, count: 3 } })!, /"shard" is not/);
  t.regex(whyNotPartial({ ...a, tally: { ...a.tally, endpoints: [{ endpoint: 'GET /' }] } })!, /malformed endpoint \(GET \/\): its counts/);
  // Every field judge reads is checked: a partial comes from an artifact.
  const endpoint = a.tally.endpoints.find((e) => e.places.length > 0 && e.examples.length > 0)!;
  const broken = (change: object) => ({ ...a, tally: { ...a.tally, endpoints: [{ ...endpoint, ...change }] } });
  t.regex(whyNotPartial(broken({ places: [{ ...endpoint.places[0], counts: { differed: -1 } }] }))!, /its places$/);
  t.regex(whyNotPartial(broken({ examples: [{ ...endpoint.examples[0], differences: [{ key: 'k' }] }] }))!, /its examples$/);
  t.regex(whyNotPartial(broken({ latency: { candidate: [['fast', 1]], baseline: [], recorded: [] } }))!, /its latency samples$/);
  t.regex(whyNotPartial(broken({ latency: { candidate: [[12, endpoint.requests + 1]], baseline: [], recorded: [] } }))!, /its latency samples$/, 'more samples than requests');
  t.regex(whyNotPartial({ ...a, health: [{ side: 'target', origin: 'x', counters: { attempts: 1 } }] })!, /"health" is malformed/);
  for (const e of a.tally.endpoints) t.is(whyNotPartial(broken(e)), undefined, e.endpoint);
});
