import test from 'ava';
import { allocate, waterLevel } from '../src/select/allocate.js';
import { endpointOf, parameterOf, parseRouteTemplate, type RouteTemplate } from '../src/select/endpoint.js';
import { unitHash } from '../src/select/hash.js';
import { selectExchanges, type SelectionOptions } from '../src/select/select.js';
import { emptySelectionCounts, type SelectedExchange } from '../src/select/types.js';
import type { Exchange } from '../src/snapshot/types.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function exchange(id: string, url: string, method = 'GET'): Exchange {
  return { id, request: { method, url, headers: {}, body: null } };
}

async function* stream(exchanges: Iterable<Exchange>): AsyncGenerator<Exchange> {
  yield* exchanges;
}

async function select(exchanges: Exchange[], options: Partial<SelectionOptions> = {}) {
  const counts = emptySelectionCounts();
  const selected = await selectExchanges(() => stream(exchanges), { methods: READS, maxRequests: 10, seed: 1, ...options }, counts);
  return { selected, counts, ids: selected.map((s) => s.exchange.id) };
}

/** A small deterministic PRNG (mulberry32), so "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

test('allocate keeps small endpoints whole and splits the rest evenly', (t) => {
  const counts = new Map([['a', 1], ['b', 3], ['c', 100], ['d', 100]]);
  t.deepEqual(Object.fromEntries(allocate(counts, 20)), { a: 1, b: 3, c: 8, d: 8 });
  const odd = allocate(counts, 21);
  t.is(sum(odd.values()), 21);
  t.deepEqual([odd.get('a'), odd.get('b')], [1, 3]);
  t.deepEqual([odd.get('c'), odd.get('d')].sort(), [8, 9]);
});

test('allocate gives everything when the budget covers it, nothing for a zero budget', (t) => {
  const counts = new Map([['a', 2], ['b', 5]]);
  t.deepEqual(Object.fromEntries(allocate(counts, 100)), { a: 2, b: 5 });
  t.deepEqual(Object.fromEntries(allocate(counts, 0)), { a: 0, b: 0 });
  t.deepEqual(allocate(new Map(), 10), new Map());
});

test('allocate does not depend on the order endpoints were seen in', (t) => {
  const entries: Array<[string, number]> = [['x', 7], ['y', 7], ['z', 7], ['w', 2]];
  const forward = allocate(new Map(entries), 17);
  const backward = allocate(new Map([...entries].reverse()), 17);
  t.deepEqual(Object.fromEntries([...forward].sort()), Object.fromEntries([...backward].sort()));
});

test('allocate is max-min fair and spends exactly the budget (random cases)', (t) => {
  const random = prng(42);
  for (let round = 0; round < 300; round++) {
    const counts = new Map<string, number>();
    const endpoints = 1 + Math.floor(random() * 8);
    for (let i = 0; i < endpoints; i++) counts.set(`e${i}`, Math.floor(random() * (random() < 0.3 ? 5 : 200)));
    const budget = Math.floor(random() * 400);
    const shares = allocate(counts, budget);
    t.is(sum(shares.values()), Math.min(budget, sum(counts.values())));
    const level = waterLevel(counts.values(), budget);
    for (const [name, count] of counts) {
      const share = shares.get(name)!;
      t.true(share >= 0 && share <= count);
      // An endpoint that is not fully kept gets the water level, rounded down or up.
      if (share < count) t.true(share >= Math.floor(level) && share <= Math.ceil(level), `${name} ${share} vs ${level}`);
    }
  }
});

test('waterLevel is the fair share that spends the budget, Infinity when all fits', (t) => {
  t.is(waterLevel([1, 3, 100, 100], 20), 8);
  t.is(waterLevel([100, 100, 100], 10), 10 / 3);
  t.is(waterLevel([5, 5], 10), 5);
  t.is(waterLevel([1, 2], 10), Infinity);
  t.is(waterLevel([], 10), Infinity);
  t.is(waterLevel([4, 4], 0), 0);
  // It only falls as more requests arrive, which is what lets the sampler drop early.
  t.true(waterLevel([1, 3, 100, 101], 20) <= waterLevel([1, 3, 100, 100], 20));
  t.true(waterLevel([1, 3, 100, 100, 1], 20) <= waterLevel([1, 3, 100, 100], 20));
});

test('methods outside the allowed set are skipped and counted', async (t) => {
  const exchanges = [
    exchange('g', '/a'),
    exchange('p', '/a', 'POST'),
    exchange('d', '/a', 'DELETE'),
    exchange('h', '/a', 'HEAD'),
  ];
  const { ids, counts, selected } = await select(exchanges);
  t.deepEqual(ids, ['g', 'h']);
  t.deepEqual(counts, { read: 4, selected: 2, skipped: { method: 2, excluded: 0, budget: 0, unsendable: 0 }, endpoints: 2 });
  t.deepEqual(selected.map((s) => s.endpoint), ['GET /a', 'HEAD /a']);
});

test('requests beyond the budget are counted under skipped.budget', async (t) => {
  const exchanges = Array.from({ length: 25 }, (_, i) => exchange(`r-${i}`, `/api/orders/${i}`));
  exchanges.push(exchange('post', '/api/orders', 'POST'));
  const { counts, selected } = await select(exchanges, { maxRequests: 10 });
  t.is(selected.length, 10);
  t.deepEqual(counts, { read: 26, selected: 10, skipped: { method: 1, excluded: 0, budget: 15, unsendable: 0 }, endpoints: 1 });
});

test('a rare endpoint among 10,000 requests of another is still selected', async (t) => {
  const exchanges = Array.from({ length: 10_000 }, (_, i) => exchange(`o-${i}`, `/api/orders/${i}`));
  exchanges.splice(6_123, 0, exchange('health', '/api/health'));
  const { selected, counts } = await select(exchanges, { maxRequests: 10 });
  t.is(selected.length, 10);
  t.true(selected.some((s) => s.endpoint === 'GET /api/health'));
  t.is(selected.filter((s) => s.endpoint === 'GET /api/orders/{id}').length, 9);
  t.is(counts.endpoints, 2);
  t.is(counts.skipped.budget, 10_001 - 10);
});

test('the same seed picks the same sample, another seed another one, in snapshot order', async (t) => {
  const exchanges = Array.from({ length: 1_000 }, (_, i) => exchange(`r-${i}`, i % 2 ? `/a/${i}` : `/b/${i}`));
  const first = await select(exchanges, { maxRequests: 20, seed: 7 });
  const again = await select(exchanges, { maxRequests: 20, seed: 7 });
  const other = await select(exchanges, { maxRequests: 20, seed: 8 });
  t.deepEqual(first.ids, again.ids);
  t.notDeepEqual(first.ids, other.ids);
  const position = (ids: string[]) => ids.map((id) => Number(id.slice(2)));
  for (const ids of [first.ids, other.ids]) t.deepEqual(position(ids), [...position(ids)].sort((a, b) => a - b));
});

/** The exact answer, holding everything: per endpoint, its allocate share of lowest-ranked ids. */
function reference(exchanges: Exchange[], budget: number, seed: number): string[] {
  const groups = new Map<string, Array<{ order: number; rank: number; id: string }>>();
  exchanges.forEach((e, order) => {
    const endpoint = endpointOf(e.request.method, e.request.url);
    if (!groups.has(endpoint)) groups.set(endpoint, []);
    groups.get(endpoint)!.push({ order, rank: unitHash(e.id, seed), id: e.id });
  });
  const shares = allocate(new Map([...groups].map(([name, group]) => [name, group.length])), budget);
  const chosen = [...groups].flatMap(([name, group]) =>
    [...group].sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, shares.get(name)),
  );
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.id);
}

test('the streaming sampler, which drops as it goes, equals the exact answer', async (t) => {
  const paths = ['/api/health', '/api/users/{n}', '/api/orders/{n}', '/api/items/{n}', '/api/search'];
  const weights = [1, 30, 400, 6000, 13569]; // 20,000 in all, one endpoint with a single request
  const random = prng(2026);
  const exchanges: Exchange[] = [];
  paths.forEach((template, p) => {
    for (let i = 0; i < weights[p]!; i++) exchanges.push(exchange(`${p}-${i}`, template.replace('{n}', String(i))));
  });
  // Shuffle so every endpoint keeps arriving while the sampler trims.
  for (let i = exchanges.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [exchanges[i], exchanges[j]] = [exchanges[j]!, exchanges[i]!];
  }
  t.is(exchanges.length, 20_000);
  for (const seed of [0, 1, 99]) {
    const { ids, counts } = await select(exchanges, { maxRequests: 50, seed });
    t.deepEqual(ids, reference(exchanges, 50, seed), `seed ${seed}`);
    t.is(counts.endpoints, 5);
    t.is(counts.selected, 50);
  }
  // Endpoints arriving in bursts (all of one, then the next) stress the trimming differently.
  const sorted = [...exchanges].sort((a, b) => (a.id < b.id ? -1 : 1));
  t.deepEqual((await select(sorted, { maxRequests: 50, seed: 3 })).ids, reference(sorted, 50, 3));
  t.deepEqual((await select(sorted, { maxRequests: 7, seed: 3 })).ids, reference(sorted, 7, 3));
});

test('configured route templates name the endpoint', async (t) => {
  const routes = [parseRouteTemplate('GET /api/users/{name}')!];
  const { selected } = await select([exchange('a', '/api/users/alice'), exchange('b', '/api/users/bob')], { routes });
  t.deepEqual(
    selected.map((s: SelectedExchange) => s.endpoint),
    ['GET /api/users/{name}', 'GET /api/users/{name}'],
  );
});

test('parameterOf recognises ids and leaves words literal', (t) => {
  const cases: Array<[string, string | undefined]> = [
    ['981', '{id}'],
    ['-5', '{id}'],
    ['550e8400-e29b-41d4-a716-446655440000', '{uuid}'],
    ['550E8400-E29B-41D4-A716-446655440000', '{uuid}'],
    ['9f86d081884c7d659a2feaa0c55ad015', '{hash}'],
    ['3a7bd3e2360a', '{hash}'],
    ['ord_8Hq2kLm9XzQ4rT7w', '{id}'],
    ['cus_NffrFeUfNV2Hib0x', '{id}'],
    ['SKU-1', '{id}'],
    ['ORD-2024-0001', '{id}'],
    ['item_42', '{id}'],
    ['2026-11-24', '{date}'],
    ['oauth2', undefined],
    ['x86_64', undefined],
    ['h264', undefined],
    ['2026', '{id}'],
    ['orders', undefined],
    ['v2', undefined],
    ['api', undefined],
    ['deadbeefcafebabe', undefined], // hex letters only: a word, not a hash
    ['internationalization', undefined],
    ['user-preferences', undefined],
    ['some__weird__name2024x', undefined],
  ];
  for (const [segment, expected] of cases) t.is(parameterOf(segment), expected, segment);
});

test('endpointOf infers templates and ignores the query string', (t) => {
  t.is(endpointOf('GET', '/api/orders/981?expand=items'), 'GET /api/orders/{id}');
  t.is(endpointOf('GET', '/api/v2/orders/981/items'), 'GET /api/v2/orders/{id}/items');
  t.is(endpointOf('DELETE', '/api/users/550e8400-e29b-41d4-a716-446655440000'), 'DELETE /api/users/{uuid}');
  t.is(endpointOf('GET', '/blobs/9f86d081884c7d659a2feaa0c55ad015#x'), 'GET /blobs/{hash}');
  t.is(endpointOf('GET', '/api/orders/ord_8Hq2kLm9XzQ4rT7w/refunds'), 'GET /api/orders/{id}/refunds');
  t.is(endpointOf('GET', '/api/products/SKU-1/stock'), 'GET /api/products/{id}/stock');
  t.is(endpointOf('GET', '/api/reports/2026-11-24'), 'GET /api/reports/{date}');
  t.is(endpointOf('GET', '/api/orders?page=2'), 'GET /api/orders');
  t.is(endpointOf('GET', '/'), 'GET /');
  t.is(endpointOf('GET', '/?q=1'), 'GET /');
  t.is(endpointOf('GET', '/api/orders/'), 'GET /api/orders/');
  t.is(endpointOf('GET', '/files/%E2%82%AC'), 'GET /files/%E2%82%AC');
  t.is(endpointOf('GET', '/files/%zz'), 'GET /files/%zz');
});

test('configured RouteTemplates win over inference', (t) => {
  const routes = [
    parseRouteTemplate('GET /api/orders/{orderId}'),
    parseRouteTemplate('get /api/users/{name}/avatar'),
    parseRouteTemplate('* /static/*'),
  ].filter((r): r is RouteTemplate => r !== undefined);
  t.is(routes.length, 3);
  t.deepEqual(routes[1], { method: 'GET', segments: ['', 'api', 'users', '{name}', 'avatar'], name: 'GET /api/users/{name}/avatar' });
  t.is(endpointOf('GET', '/api/orders/981', routes), 'GET /api/orders/{orderId}');
  t.is(endpointOf('GET', '/api/orders/latest', routes), 'GET /api/orders/{orderId}');
  t.is(endpointOf('GET', '/api/users/alice/avatar?size=64', routes), 'GET /api/users/{name}/avatar');
  t.is(endpointOf('HEAD', '/static/app.js', routes), '* /static/*');
  // Another method or a different number of segments falls back to inference.
  t.is(endpointOf('DELETE', '/api/orders/981', routes), 'DELETE /api/orders/{id}');
  t.is(endpointOf('GET', '/api/orders/981/items', routes), 'GET /api/orders/{id}/items');
  // The first matching template wins.
  const ordered = [parseRouteTemplate('GET /a/{x}')!, parseRouteTemplate('GET /a/{y}')!];
  t.is(endpointOf('GET', '/a/1', ordered), 'GET /a/{x}');
});

test('parseRouteTemplate rejects what is not "METHOD /path"', (t) => {
  for (const bad of ['', '/api/orders', 'GET api/orders', 'GET /a b', 'G3T /a']) t.is(parseRouteTemplate(bad), undefined, bad);
  t.is(parseRouteTemplate('  POST   /api/orders  ')!.name, 'POST /api/orders');
});

test('unitHash is deterministic, in [0, 1), seeded and evenly spread', (t) => {
  t.is(unitHash('r-1'), unitHash('r-1'));
  t.is(unitHash('r-1', 5), unitHash('r-1', 5));
  t.not(unitHash('r-1', 5), unitHash('r-1', 6));
  t.not(unitHash('r-1'), unitHash('r-2'));
  const buckets = new Array<number>(10).fill(0);
  let total = 0;
  const n = 20_000;
  for (let i = 0; i < n; i++) {
    const value = unitHash(`r-${i}`, 3);
    t.true(value >= 0 && value < 1);
    buckets[Math.floor(value * 10)]!++;
    total += value;
  }
  for (const count of buckets) t.true(count > 1_800 && count < 2_200, `bucket ${count}`);
  t.true(Math.abs(total / n - 0.5) < 0.01);
  t.true(unitHash('') >= 0 && unitHash('') < 1);
});
