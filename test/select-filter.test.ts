import test from 'ava';
import { parseRuleBook } from '../src/config/load.js';
import { ConfigError, InputError } from '../src/errors.js';
import { readInputs } from '../src/inputs.js';
import { compileGlob, compileSelectFilter } from '../src/select/filter.js';
import { seedOf, unitHash } from '../src/select/hash.js';
import { selectExchanges } from '../src/select/select.js';
import { emptySelectionCounts } from '../src/select/types.js';
import type { Exchange } from '../src/snapshot/types.js';

function exchange(id: string, url: string, method = 'GET'): Exchange {
  return { id, request: { method, url, headers: {}, body: null } };
}

async function* stream(exchanges: Exchange[]): AsyncGenerator<Exchange> {
  yield* exchanges;
}

test('globs: * stays in a segment, ** crosses segments (and matches none), ? is one character, braces, classes and extglobs', (t) => {
  const cases: [string, string[], string[]][] = [
    ['/api/orders/*', ['/api/orders/1', '/api/orders/abc'], ['/api/orders', '/api/orders/1/items']],
    ['/api/**', ['/api', '/api/', '/api/orders/1/items'], ['/apix', '/other/api']],
    ['/**/health', ['/health', '/api/health', '/a/b/c/health'], ['/healthz', '/api/health/deep']],
    ['/static/**/*.js', ['/static/app.js', '/static/a/b/app.js'], ['/static/app.css', '/static/app.js.map']],
    ['/v?/users', ['/v1/users', '/v2/users'], ['/v10/users', '/v/users']],
    ['/search.json', ['/search.json'], ['/searchXjson']],
    ['/.well-known/*', ['/.well-known/openid-configuration'], ['/well-known/x']],
    // Braces, classes and extglobs were literal text once: `/{posts,comments}/**` excluded nothing.
    ['/{posts,comments}/**', ['/posts', '/posts/1', '/comments/2/likes'], ['/users/1', '/{posts,comments}/1']],
    ['/api/v[0-9]/*', ['/api/v1/x', '/api/v2/y'], ['/api/vx/x', '/api/v10/x']],
    ['/files/+(a|b).txt', ['/files/a.txt', '/files/abba.txt'], ['/files/c.txt']],
    ['/a\\+b/\\(x\\)', ['/a+b/(x)'], ['/aab/x']],
    ['/**', ['/', '/anything/at/all'], []],
    ['/', ['/'], ['/x']],
  ];
  for (const [glob, yes, no] of cases) {
    const matches = compileGlob(glob);
    for (const path of yes) t.true(matches(path), `${glob} should match ${path}`);
    for (const path of no) t.false(matches(path), `${glob} should not match ${path}`);
  }
});

test('include, exclude and methods: the path is matched without its query, percent-decoded', (t) => {
  const filter = compileSelectFilter({ include: ['/api/**', '/café'], exclude: ['/api/admin/**', '/api/**/export'], methods: ['get', 'HEAD'] })!;
  t.is(filter('GET', '/api/orders/1?token=/api/admin'), 'keep');
  t.is(filter('GET', '/caf%C3%A9?x=1'), 'keep');
  t.is(filter('GET', '/about'), 'excluded', 'not included');
  t.is(filter('GET', '/api/admin/users'), 'excluded');
  t.is(filter('GET', '/api/reports/2026/export'), 'excluded');
  t.is(filter('OPTIONS', '/api/orders/1'), 'method');
  t.is(filter('HEAD', '/api/orders/1'), 'keep');
  t.is(compileSelectFilter({}), undefined, 'an empty block filters nothing');
  t.is(compileSelectFilter({ exclude: ['/x'] })!('GET', '/anything'), 'keep', 'without include, everything not excluded is kept');
});

test('what the filter leaves out is counted by reason, and never reaches the budget', async (t) => {
  const filter = compileSelectFilter({ exclude: ['/internal/**'], methods: ['GET'] });
  const exchanges = [
    exchange('a', '/api/a'), exchange('b', '/internal/metrics'), exchange('c', '/internal/x/y'),
    exchange('d', '/api/d', 'HEAD'), exchange('e', '/api/e', 'POST'), exchange('f', '/api/f'),
  ];
  const counts = emptySelectionCounts();
  const selected = await selectExchanges(() => stream(exchanges), { methods: new Set(['GET', 'HEAD']), maxRequests: 100, seed: 1, ...(filter ? { filter } : {}) }, counts);
  t.deepEqual(selected.map((s) => s.exchange.id), ['a', 'f']);
  // POST is outside the methods input, HEAD outside select.methods: both are "method".
  t.deepEqual(counts, { read: 6, selected: 2, skipped: { method: 2, excluded: 2, budget: 0, unsendable: 0 }, endpoints: 2 });
});

test('the rules file takes a select block and rejects a malformed one with its place', (t) => {
  const book = parseRuleBook('select:\n  include: ["/api/**"]\n  exclude: ["/api/admin/**"]\n  methods: [GET]\n', 'rules.yml');
  t.is(book.select!('GET', '/api/orders'), 'keep');
  t.is(book.select!('GET', '/api/admin/x'), 'excluded');
  t.is(parseRuleBook('', 'rules.yml').select, undefined);
  const bad: [string, RegExp][] = [
    ['select: {include: ["api/**"]}', /select\.include\[0\]: expected a path glob starting with \//],
    ['select: {methods: ["GE T"]}', /select\.methods\[0\]: expected an HTTP method/],
    ['select: {paths: ["/x"]}', /select\.paths: unknown setting; expected one of include, exclude, methods/],
    ['select: [/x]', /select: expected a mapping/],
  ];
  for (const [text, message] of bad) {
    const error = t.throws(() => parseRuleBook(text, 'rules.yml'), { instanceOf: ConfigError });
    t.regex(error!.message, message, text);
  }
});

test('the seed input: a whole number, or empty for one derived from the snapshot', (t) => {
  const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '', '/workspace');
  const base = { snapshot: 's3://b/k', 'target-url': 'https://preview.example' };
  t.is(inputs({ ...base, seed: '42' }).gate.seed, 42);
  t.is(inputs({ ...base, seed: '0' }).gate.seed, 0);
  t.false('seed' in inputs(base).gate);
  for (const bad of ['-1', 'abc', '1.5', String(2 ** 32)]) {
    const error = t.throws(() => inputs({ ...base, seed: bad }), { instanceOf: InputError });
    t.regex(error!.message, /^input "seed" must be a whole number from 0 to 4294967295/);
  }
});

test('the default seed is a hash of the snapshot name: stable for it, different for another', async (t) => {
  const name = 's3://traffic/shop/2026-11-24.ndjson.gz';
  t.is(seedOf(name), seedOf(name));
  t.true(Number.isInteger(seedOf(name)) && seedOf(name) >= 0 && seedOf(name) < 2 ** 32);
  t.is(seedOf(name), Math.floor(unitHash(name) * 2 ** 32));
  const exchanges = Array.from({ length: 500 }, (_, i) => exchange(`r-${i}`, `/api/orders/${i}`));
  const sample = async (seed: number) => (await selectExchanges(() => stream(exchanges), { methods: new Set(['GET']), maxRequests: 10, seed }, emptySelectionCounts())).map((s) => s.exchange.id);
  t.deepEqual(await sample(seedOf(name)), await sample(seedOf(name)));
  t.notDeepEqual(await sample(seedOf(name)), await sample(seedOf('s3://traffic/shop/2026-11-25.ndjson.gz')));
});
