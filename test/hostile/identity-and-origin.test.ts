// Lists of records matched by their id, and the deployments' own origins inside strings.
import test from 'ava';
import { compareOutcome } from '../../src/compare/compare-exchange.js';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { DifferenceCollector, diffJson } from '../../src/compare/json-diff.js';
import { OriginSet } from '../../src/compare/origins.js';
import { DEFAULT_RULES, type Difference } from '../../src/compare/types.js';
import type { ObservedResponse } from '../../src/replay/types.js';

const diff = (a: unknown, b: unknown, origins?: OriginSet) => {
  const out = new DifferenceCollector(DEFAULT_RULES, undefined, true, origins);
  diffJson(a, b, out);
  return out.differences;
};
const brief = (ds: Difference[]) => ds.map((d) => `${d.severity} ${d.kind} ${d.pattern}`);
const posts = (n: number, id: (i: number) => unknown = (i) => i) => Array.from({ length: n }, (_, i) => ({ id: id(i), title: `post ${i}`, views: i * 7 }));

test('an id that became a string is one type change per record, wherever the records stand', (t) => {
  const before = posts(30);
  // Same order: position and identity agree.
  t.deepEqual([...new Set(brief(diff(before, posts(30, String))))], ['breaking type $[*].id']);
  t.is(diff(before, posts(30, String)).length, 30);
  // Sorted as strings now ("10" before "2"): without identity every record would pair with another.
  const sorted = posts(30, String).sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
  t.deepEqual([...new Set(brief(diff(before, sorted)))], ['changed order $', 'breaking type $[*].id']);
  t.is(diff(before, sorted).filter((d) => d.kind === 'type').length, 30);
  t.true(diff(before, sorted).every((d) => d.kind !== 'value'));
});

test('a reorder of records is one order change; a record gone and another come are listed by id', (t) => {
  const before = posts(10);
  t.deepEqual(brief(diff(before, [...before].reverse())), ['changed order $']);
  const swapped = [...before.slice(1), { id: 99, title: 'new', views: 0 }];
  t.deepEqual(brief(diff(before, swapped)), ['changed removed $[*]', 'changed added $[*]']);
  // Lengths differ: the length difference stands for the records only one side has.
  t.deepEqual(brief(diff(before, [{ id: 99, title: 'new', views: 0 }, ...before.map((p) => ({ ...p, views: p.views + 1 }))])).slice(0, 2), ['changed length $', 'changed value $[*].views']);
});

test('identity is inferred only when it is safe: every record keyed, keys unique, most found on both sides', (t) => {
  // Repeated ids: no identity; position and content alignment as before.
  const repeated = [{ id: 1, v: 1 }, { id: 1, v: 2 }, { id: 2, v: 3 }];
  t.deepEqual(brief(diff(repeated, [repeated[1], repeated[0], repeated[2]])), ['changed order $']);
  // Ids minted afresh on every answer name no record: aligned by content, not reported as all new.
  const fresh = (seed: number) => Array.from({ length: 6 }, (_, i) => ({ id: `${seed}-${i}`, n: i }));
  t.deepEqual(brief(diff(fresh(1), fresh(2))), Array(6).fill('changed value $[*].id'));
  // One element without the key: no identity.
  const partial = [{ id: 1, v: 1 }, { v: 2 }, { id: 3, v: 3 }];
  t.deepEqual(brief(diff(partial, [partial[2], partial[1], partial[0]])), ['changed order $']);
  // Other keys are recognised: sku here.
  const skus = [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }, { sku: 'C', qty: 3 }];
  t.deepEqual(brief(diff(skus, [{ sku: 'C', qty: 3 }, { sku: 'A', qty: 1 }, { sku: 'B', qty: 5 }])), ['changed order $', 'changed value $[*].qty']);
});

test('lists past 400 records are matched by id too', (t) => {
  const before = posts(450);
  const after = [{ id: -1, title: 'pinned', views: 0 }, ...posts(450, String)];
  const ds = diff(before, after);
  t.deepEqual([...new Set(brief(ds))], ['changed length $', 'breaking type $[*].id']);
});

const TARGET = 'http://127.0.0.1:4001/preview';
const BASELINE = 'http://127.0.0.1:4002';
const json = (value: unknown, headers: Record<string, string> = {}): ObservedResponse => ({ status: 200, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(value)) });

test('the recording\'s, the baseline\'s and the target\'s origins are one inside strings and compared headers', (t) => {
  const origins = new OriginSet([TARGET, BASELINE]).forRequest({ method: 'GET', url: '/posts', headers: { host: 'api.example.com' }, body: null });
  const page = (base: string) => ({ self: `${base}/posts/1`, next: `${base}/posts?_page=2`, text: 'see https://elsewhere.example/x' });
  t.deepEqual(diff(page('https://api.example.com'), page(TARGET), origins), []);
  t.deepEqual(diff(page(BASELINE), page(TARGET), origins), []);
  // Another host, or a port that only starts like the target's, is a change.
  t.deepEqual(brief(diff(page('https://api.example.com'), page('https://api.example.org'), origins)), ['changed value $.self', 'changed value $.next']);
  t.deepEqual(brief(diff({ u: 'http://127.0.0.1:4002/x' }, { u: 'http://127.0.0.1:40021/x' }, origins)), ['changed value $.u']);
  // Without the origin set (no deployments known), nothing is taken as the same.
  t.is(diff(page('https://api.example.com'), page(TARGET)).length, 2);
  const link = (base: string) => `<${base}/posts?_page=2>; rel="next", <${base}/posts?_page=9>; rel="last"`;
  const rules = { ...DEFAULT_RULES, headers: ['link', 'location'] };
  const a = json([], { link: link('https://api.example.com'), location: 'https://api.example.com/posts/1' });
  const b = json([], { link: link(TARGET), location: `${TARGET}/posts/1` });
  t.deepEqual(compareResponses(a, b, rules, 'GET', undefined, true, origins).differences, []);
  t.deepEqual(compareResponses(a, b, rules, 'GET').differences.map((d) => d.path), ['header:link', 'header:location']);
});

test('an absolute recorded URL names the recording\'s origin; a Host header that is no host is not trusted', (t) => {
  const set = new OriginSet([TARGET]);
  const absolute = set.forRequest({ method: 'GET', url: '/x', origin: 'https://shop.example.com', headers: {}, body: null });
  t.true(absolute.same('https://shop.example.com/a', `${TARGET}/a`));
  t.false(absolute.same('http://shop.example.com/a', `${TARGET}/a`));
  const hostile = set.forRequest({ method: 'GET', url: '/x', headers: { host: 'evil/(.*)' }, body: null });
  t.is(hostile, set);
  t.is(hostile.normalise('evil/(.*)'), 'evil/(.*)');
});

test('through compareOutcome, own-origin self links in a body are no difference', (t) => {
  const recorded = json({ id: 1, self: 'https://api.example.com/posts/1' });
  const candidate = json({ id: 1, self: `${TARGET}/posts/1` });
  const outcome = {
    selected: { endpoint: 'GET /posts/{id}', exchange: { id: 'r', request: { method: 'GET', url: '/posts/1', headers: { host: 'api.example.com' }, body: null } } },
    recorded,
    candidate: [{ response: candidate }, { response: candidate }] as [{ response: ObservedResponse }, { response: ObservedResponse }],
  };
  const c = compareOutcome(outcome, { rules: DEFAULT_RULES, origins: new OriginSet([TARGET]) });
  t.deepEqual(c.differences, []);
});

test('lists of records without ids align across origins: one record inserted is one change, not every link', (t) => {
  const origins = new OriginSet([TARGET]).forRequest({ method: 'GET', url: '/feed', headers: { host: 'api.example.com' }, body: null });
  const feed = (base: string, n: number) => Array.from({ length: n }, (_, i) => ({ title: `t${i}`, href: `${base}/articles/${i}` }));
  for (const n of [5, 30, 450]) {
    const recorded = feed('https://api.example.com', n);
    const candidate = [{ title: 'new', href: `${TARGET}/articles/new` }, ...feed(TARGET, n)];
    t.deepEqual(brief(diff(recorded, candidate, origins)), ['changed length $'], `${n} records`);
    // Same length, one gone at the front and one come at the end: one removed, one added.
    const shifted = [...feed(TARGET, n).slice(1), { title: 'new', href: `${TARGET}/articles/new` }];
    t.deepEqual(brief(diff(recorded, shifted, origins)), ['changed removed $[*]', 'changed added $[*]'], `${n} records`);
  }
});

test('a rules file\'s unordered key matches by the key\'s text too: an id that became a string is a type change', (t) => {
  const rules = { ...DEFAULT_RULES, unordered: [{ pattern: { source: '$', test: (p: string) => p === '$' }, key: 'ref' }] };
  const out = new DifferenceCollector(rules, undefined, true);
  diffJson([{ ref: 1, n: 1 }, { ref: 2, n: 2 }], [{ ref: '2', n: 2 }, { ref: '1', n: 1 }], out);
  t.deepEqual(brief(out.differences), ['breaking type $[*].ref', 'breaking type $[*].ref']);
});
