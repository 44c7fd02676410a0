// Slug endpoints: a path place with many distinct, individually rare values is one parameter.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { summarize } from '../src/cli/inspect.js';
import { parseRouteTemplate } from '../src/select/endpoint.js';
import { MAX_SHARE, MIN_DISTINCT, SegmentCensus } from '../src/select/segment-census.js';
import { selectExchanges } from '../src/select/select.js';
import { emptySelectionCounts } from '../src/select/types.js';
import type { Exchange } from '../src/snapshot/types.js';

const exchange = (id: string, url: string): Exchange => ({ id, request: { method: 'GET', url, headers: {}, body: null } });
async function* stream(exchanges: Iterable<Exchange>): AsyncGenerator<Exchange> {
  yield* exchanges;
}
async function select(exchanges: Exchange[], maxRequests = 1000, routes: string[] = []) {
  const counts = emptySelectionCounts();
  const chosen = await selectExchanges(() => stream(exchanges), { methods: new Set(['GET']), maxRequests, seed: 1, routes: routes.map((r) => parseRouteTemplate(r)!) }, counts);
  return { counts, endpoints: [...new Set(chosen.map((s) => s.endpoint))].sort(), chosen };
}
const slugs = (n: number) => Array.from({ length: n }, (_, i) => `${['blue', 'red', 'green', 'tall'][i % 4]}-shoe-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);

test('many rare slugs under one prefix are one endpoint; the collection and its sub-resources stay', async (t) => {
  const names = slugs(40);
  const exchanges = [
    ...names.map((slug, i) => exchange(`p${i}`, `/products/${slug}`)),
    ...names.slice(0, 25).map((slug, i) => exchange(`r${i}`, `/products/${slug}/reviews?page=1`)),
    ...Array.from({ length: 30 }, (_, i) => exchange(`l${i}`, '/products')),
    exchange('o1', '/api/orders/17'),
  ];
  const { endpoints, counts } = await select(exchanges);
  t.deepEqual(endpoints, ['GET /api/orders/{id}', 'GET /products', 'GET /products/{slug}', 'GET /products/{slug}/reviews']);
  t.is(counts.endpoints, 4);
  t.is(counts.selected, exchanges.length);
});

test('a few words asked for often stay routes; one value over the share keeps the place literal', async (t) => {
  const words = ['orders', 'users', 'carts', 'invoices'];
  const few = Array.from({ length: 200 }, (_, i) => exchange(`w${i}`, `/api/${words[i % 4]}/list`));
  t.deepEqual((await select(few)).endpoints, words.map((w) => `GET /api/${w}/list`).sort());
  // MIN_DISTINCT - 1 distinct values: not enough to call the place a parameter.
  const under = slugs(MIN_DISTINCT - 1).map((slug, i) => exchange(`u${i}`, `/tags/${slug}`));
  t.is((await select(under)).endpoints.length, MIN_DISTINCT - 1);
  // Enough values, but one of them is asked for by more than MAX_SHARE of the requests: a route.
  const names = slugs(30);
  const popular = Math.ceil((MAX_SHARE * 100) / (1 - MAX_SHARE)) + 1; // over MAX_SHARE of the total
  const skewed = [...names.map((slug, i) => exchange(`s${i}`, `/pages/${slug}`)), ...Array.from({ length: popular }, (_, i) => exchange(`h${i}`, '/pages/home'))];
  t.true((await select(skewed)).endpoints.includes('GET /pages/home'));
  t.is((await select(skewed)).endpoints.length, 31);
});

test('a configured route overrides the census; the budget is shared by the merged endpoint', async (t) => {
  const names = slugs(60);
  const exchanges = names.flatMap((slug, i) => [exchange(`a${i}`, `/products/${slug}`), exchange(`b${i}`, `/products/${slug}`)]);
  const routed = await select(exchanges, 1000, ['GET /products/featured', 'GET /products/blue-shoe-aa']);
  t.true(routed.endpoints.includes('GET /products/blue-shoe-aa'));
  t.true(routed.endpoints.includes('GET /products/{slug}'));
  const budget = await select([...exchanges, ...Array.from({ length: 20 }, (_, i) => exchange(`o${i}`, `/orders/${i}`))], 40);
  t.deepEqual(budget.endpoints, ['GET /orders/{id}', 'GET /products/{slug}']);
  t.is(budget.counts.selected, 40);
  t.is(budget.chosen.filter((s) => s.endpoint === 'GET /products/{slug}').length, 20);
});

test('the census is bounded and reads the endpoint as inferred per URL', (t) => {
  const census = new SegmentCensus();
  for (let i = 0; i < 5000; i++) census.count(`GET /files/${i.toString(36)}x/meta`);
  t.is(census.generalise('GET /files/zz9x/meta'), 'GET /files/{slug}/meta');
  // Parameters already inferred and trailing slashes are left alone; the first segment never is one.
  t.is(census.generalise('GET /files/{id}/meta'), 'GET /files/{id}/meta');
  for (let i = 0; i < 50; i++) census.count(`GET /page-${i}x`);
  t.is(census.generalise('GET /page-3x'), 'GET /page-3x');
});

test('inspect lists slug endpoints as the gate names them', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'slugs-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const lines = [...slugs(30).map((slug) => `/products/${slug}`), '/products', '/products'].map((url, i) => JSON.stringify({ id: `e${i}`, request: { method: 'GET', url } }));
  await writeFile(path.join(dir, 'traffic.ndjson'), `${lines.join('\n')}\n`);
  const summary = await summarize('traffic.ndjson', { endpoint: '', region: '' }, dir);
  t.deepEqual(summary.endpoints, [{ endpoint: 'GET /products/{slug}', count: 30 }, { endpoint: 'GET /products', count: 2 }]);
});

test('slug endpoints merged after a small budget trimmed their members still choose within the budget, the same on a second read', async (t) => {
  // 40 slugs × 60 requests with a budget of 100: every member is trimmed while reading.
  const names = slugs(40);
  const exchanges = names.flatMap((slug, s) => Array.from({ length: 60 }, (_, i) => exchange(`s${s}-${i}`, `/products/${slug}`)));
  exchanges.push(...Array.from({ length: 50 }, (_, i) => exchange(`l${i}`, '/products')));
  const first = await select(exchanges, 100);
  t.deepEqual(first.endpoints, ['GET /products', 'GET /products/{slug}']);
  t.true(first.counts.selected <= 100 && first.counts.selected >= 90, `${first.counts.selected} selected`);
  t.is(first.chosen.length, first.counts.selected);
  const again = await select(exchanges, 100);
  t.deepEqual(again.chosen.map((c) => c.exchange.id), first.chosen.map((c) => c.exchange.id));
});
