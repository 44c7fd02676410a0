import test from 'ava';
import { compareOutcome, statKey } from '../src/compare/compare-exchange.js';
import { compareResponses } from '../src/compare/compare-responses.js';
import { DifferenceCollector, diffJson } from '../src/compare/json-diff.js';
import { liftBody } from '../src/compare/lift.js';
import { compilePathPattern } from '../src/compare/path-pattern.js';
import { type CompareRules, DEFAULT_RULES, type Difference, type Severity } from '../src/compare/types.js';
import type { Answer, ObservedResponse, ReplayOutcome } from '../src/replay/types.js';

interface RuleSpec {
  ignore?: string[];
  headers?: string[];
  unordered?: { path: string; key?: string }[];
  tolerance?: Record<string, { absolute?: number; relative?: number }>;
  severity?: Record<string, Severity>;
}

function rules(spec: RuleSpec): CompareRules {
  return {
    ignore: (spec.ignore ?? []).map(compilePathPattern),
    headers: spec.headers ?? [],
    unordered: (spec.unordered ?? []).map(({ path, key }) => (key ? { pattern: compilePathPattern(path), key } : { pattern: compilePathPattern(path) })),
    tolerance: Object.entries(spec.tolerance ?? {}).map(([path, t]) => ({ pattern: compilePathPattern(path), ...t })),
    severity: Object.entries(spec.severity ?? {}).map(([path, severity]) => ({ pattern: compilePathPattern(path), severity })),
  };
}

function diff(expected: unknown, actual: unknown, compareRules: CompareRules = DEFAULT_RULES): DifferenceCollector {
  const out = new DifferenceCollector(compareRules);
  diffJson(expected, actual, out);
  return out;
}

const brief = (ds: Difference[]) => ds.map((d) => `${d.severity} ${d.kind} ${d.path}`);

function json(value: unknown, status = 200, type = 'application/json'): ObservedResponse {
  return { status, headers: { 'content-type': type }, body: Buffer.from(JSON.stringify(value)) };
}
function text(body: string | Buffer, type?: string, status = 200): ObservedResponse {
  return { status, headers: type ? { 'content-type': type } : {}, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

// --- diffJson ---------------------------------------------------------------------------------

test('equal documents have no difference', (t) => {
  const doc = { a: { b: [1, 'x', null, true, { c: 2 }] } };
  t.deepEqual(diff(doc, structuredClone(doc)).differences, []);
});

test('a removed field is breaking `removed` at its path, an added one is info', (t) => {
  const removed = diff({ a: { b: 1, c: 2 } }, { a: { c: 2 } }).differences;
  t.deepEqual(removed, [{ kind: 'removed', path: '$.a.b', pattern: '$.a.b', severity: 'breaking', expected: '1' }]);
  const added = diff({ a: {} }, { a: { z: 'new' } }).differences;
  t.deepEqual(added, [{ kind: 'added', path: '$.a.z', pattern: '$.a.z', severity: 'info', actual: '"new"' }]);
});

test('a type change is breaking; null to a value and back is a changed value', (t) => {
  const [type] = diff({ n: '42' }, { n: 42 }).differences;
  t.like(type, { kind: 'type', path: '$.n', severity: 'breaking', expected: 'string "42"', actual: 'number 42' });
  t.deepEqual(brief(diff({ n: null }, { n: 3 }).differences), ['changed value $.n']);
  t.deepEqual(brief(diff({ n: { x: 1 } }, { n: null }).differences), ['changed value $.n']);
  t.deepEqual(brief(diff({ n: [1] }, { n: { 0: 1 } }).differences), ['breaking type $.n']);
});

test('a changed value is `changed` with both sides rendered', (t) => {
  t.deepEqual(diff({ s: 'open', b: true }, { s: 'closed', b: false }).differences, [
    { kind: 'value', path: '$.s', pattern: '$.s', severity: 'changed', expected: '"open"', actual: '"closed"' },
    { kind: 'value', path: '$.b', pattern: '$.b', severity: 'changed', expected: 'true', actual: 'false' },
  ]);
});

test('array elements have concrete paths and generalised patterns', (t) => {
  const items = [{ price: 1 }, { price: 2 }, { price: 3, tags: ['a', 'b'] }];
  const changed = structuredClone(items);
  changed[2]!.price = 4;
  changed[2]!.tags![1] = 'c';
  const ds = diff({ items }, { items: changed }).differences;
  t.deepEqual(ds.map((d) => [d.path, d.pattern]), [
    ['$.items[2].price', '$.items[*].price'],
    ['$.items[2].tags[1]', '$.items[*].tags[*]'],
  ]);
});

test('a length change is reported once and one inserted element does not shift every later one', (t) => {
  const items = [1, 2, 3, 4, 5].map((id) => ({ id, name: `n${id}` }));
  const inserted = diff({ items }, { items: [{ id: 0, name: 'new' }, ...items] }).differences;
  t.deepEqual(inserted, [{ kind: 'length', path: '$.items', pattern: '$.items', severity: 'changed', expected: '5 elements', actual: '6 elements' }]);

  const alsoChanged = [{ id: 0, name: 'new' }, ...items.slice(0, 3), { id: 4, name: 'renamed' }, items[4]!];
  t.deepEqual(brief(diff({ items }, { items: alsoChanged }).differences), ['changed length $.items', 'changed value $.items[3].name']);
  t.deepEqual(brief(diff({ items }, { items: items.slice(1) }).differences), ['changed length $.items']);
});

test('one element gone and another come, in a list of the same length, are two differences, not a shifted list', (t) => {
  const items = [1, 2, 3, 4, 5].map((id) => ({ id, name: `n${id}` }));
  const shifted = [...items.slice(1), { id: 6, name: 'n6' }];
  const ds = diff({ items }, { items: shifted }).differences;
  t.deepEqual(ds, [
    { kind: 'removed', path: '$.items[0]', pattern: '$.items[*]', severity: 'changed', expected: '{"id":1,"name":"n1"}' },
    { kind: 'added', path: '$.items[4]', pattern: '$.items[*]', severity: 'changed', actual: '{"id":6,"name":"n6"}' },
  ]);
  // Elements that also changed in place are still compared as pairs between the aligned ones.
  const alsoRenamed = [items[1]!, { id: 3, name: 'renamed' }, items[3]!, items[4]!, { id: 6, name: 'n6' }];
  t.deepEqual(brief(diff({ items }, { items: alsoRenamed }).differences), ['changed value $.items[2].name', 'changed removed $.items[0]', 'changed added $.items[4]']);
  // One element changed in place stays one difference at its place.
  const oneChanged = items.map((item) => (item.id === 3 ? { id: 3, name: 'renamed' } : item));
  t.deepEqual(brief(diff({ items }, { items: oneChanged }).differences), ['changed value $.items[2].name']);
  // A severity rule on the elements applies to them like to any place.
  const strict = rules({ severity: { '$.items[*]': 'breaking' } });
  t.deepEqual(brief(diff({ items }, { items: shifted }, strict).differences), ['breaking removed $.items[0]', 'breaking added $.items[4]']);
  // Longer lists align by the elements' texts rather than element by element: the same result,
  // volatile values included.
  const long = Array.from({ length: 30 }, (_, id) => ({ id, at: `2026-11-2${id % 10}T10:00:00Z` }));
  const longShifted = [...long.slice(0, 10), ...long.slice(11).map((item) => ({ ...item, at: '2026-12-01T08:00:00Z' })), { id: 99, at: '2026-12-01T08:00:00Z' }];
  t.deepEqual(brief(diff({ long }, { long: longShifted }).differences), ['changed removed $.long[10]', 'changed added $.long[29]']);
});

test('the same elements in another order are one `order` difference', (t) => {
  const ds = diff({ list: [1, 2, 3, { a: 1 }] }, { list: [{ a: 1 }, 3, 2, 1] }).differences;
  t.deepEqual(brief(ds), ['changed order $.list']);
});

test('volatile values that moved are not differences, a change of kind is', (t) => {
  const before = { at: '2026-11-20T10:00:00.123Z', date: 'Fri, 20 Nov 2026 10:00:00 GMT', id: '6f1c2a9e-1b2c-4d3e-8f90-0a1b2c3d4e5f' };
  const after = { at: '2026-11-21T08:30:12.999+01:00', date: 'Sat, 21 Nov 2026 08:30:12 GMT', id: 'A0B1C2D3-E4F5-4A6B-9C8D-112233445566' };
  t.deepEqual(diff(before, after).differences, []);
  t.deepEqual(diff({ list: [before, { k: 1 }] }, { list: [after, { k: 1 }] }).differences, []);
  t.deepEqual(brief(diff({ at: before.at }, { at: 1763632800 }).differences), ['breaking type $.at']);
  t.deepEqual(brief(diff({ at: before.at }, { at: 'yesterday' }).differences), ['changed value $.at']);
  t.deepEqual(brief(diff({ at: before.at }, { at: before.id }).differences), ['changed value $.at']);
});

test('keys that are not identifiers are rendered in brackets', (t) => {
  const ds = diff({ 'a b': 1, 'x.y': { 'é': 1 } }, { 'a b': 2, 'x.y': {} }).differences;
  t.deepEqual(ds.map((d) => d.path), ['$["a b"]', '$["x.y"]["é"]']);
  t.deepEqual(diff({ 'a b': 1 }, { 'a b': 2 }, rules({ ignore: ['$["a b"]'] })).differences, []);
});

test('at most 200 differences are kept, then `truncated` is set', (t) => {
  const a = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, i]));
  const b = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, -i - 1]));
  const out = diff(a, b);
  t.is(out.differences.length, 200);
  t.true(out.truncated);
  t.false(diff({ a: 1 }, { a: 2 }).truncated);
});

// --- rules ------------------------------------------------------------------------------------

test('ignore rules drop a field, a subtree and every element place', (t) => {
  const r = rules({ ignore: ['$.meta', '$.items[*].seen'] });
  const ds = diff(
    { meta: { at: 1 }, items: [{ seen: 1, n: 1 }, { seen: 2, n: 2 }] },
    { meta: 'gone', items: [{ seen: 5, n: 1 }, { n: 3 }] },
    r,
  ).differences;
  t.deepEqual(brief(ds), ['changed value $.items[1].n']);
});

test('tolerance: absolute and relative', (t) => {
  const r = rules({ tolerance: { '$.total': { absolute: 0.01 }, '$.items[*].share': { relative: 0.01 } } });
  t.deepEqual(diff({ total: 10 }, { total: 10.005 }, r).differences, []);
  t.deepEqual(brief(diff({ total: 10 }, { total: 10.02 }, r).differences), ['changed value $.total']);
  t.deepEqual(diff({ items: [{ share: 100 }] }, { items: [{ share: 100.9 }] }, r).differences, []);
  t.deepEqual(brief(diff({ items: [{ share: 100 }] }, { items: [{ share: 102 }] }, r).differences), ['changed value $.items[0].share']);
  t.deepEqual(brief(diff({ other: 10 }, { other: 10.005 }, r).differences), ['changed value $.other']);
});

test('unordered arrays compare as multisets', (t) => {
  const r = rules({ unordered: [{ path: '$.tags' }] });
  t.deepEqual(diff({ tags: ['a', 'b', 'b'] }, { tags: ['b', 'a', 'b'] }, r).differences, []);
  t.deepEqual(brief(diff({ tags: ['a', 'b'] }, { tags: ['a', 'c'] }, r).differences), ['changed value $.tags']);
  t.deepEqual(brief(diff({ tags: ['a', 'b'] }, { tags: ['a'] }, r).differences), ['changed length $.tags']);
});

test('unordered arrays keyed by a field match elements by key', (t) => {
  const r = rules({ unordered: [{ path: '$.items', key: 'sku' }] });
  const items = [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }, { sku: 'C', qty: 3 }];
  t.deepEqual(diff({ items }, { items: [items[2], items[0], items[1]] }, r).differences, []);
  const ds = diff({ items }, { items: [{ sku: 'C', qty: 3 }, { sku: 'B', qty: 9 }, { sku: 'D', qty: 1 }] }, r).differences;
  t.deepEqual(brief(ds), ['changed length $.items', 'changed value $.items[1].qty', 'changed length $.items']);
  t.regex(ds[0]!.actual!, /sku="A" missing/);
  t.regex(ds[2]!.actual!, /sku="D" added/);
});

test('severity rules override the default severity', (t) => {
  const r = rules({ severity: { '$.debug': 'info', '$..legacy': 'info', '$.price': 'breaking' } });
  const ds = diff({ debug: 1, a: { legacy: 's' }, price: 1 }, { a: { legacy: 2 }, price: 2 }, r).differences;
  t.deepEqual(brief(ds), ['info removed $.debug', 'info type $.a.legacy', 'breaking value $.price']);
});

// --- compilePathPattern -----------------------------------------------------------------------

test('compilePathPattern matches generalised paths', (t) => {
  const cases: [string, string[], string[]][] = [
    ['$.a.b', ['$.a.b'], ['$.a', '$.a.bc', '$.a.b.c', '$.x.a.b']],
    ['$.items[*].x', ['$.items[*].x'], ['$.items.x', '$.items[*].xy']],
    ['$.items[0].x', ['$.items[*].x'], ['$.items[*].y']],
    ['$..name', ['$.name', '$.a.name', '$.a[*].b[*].name', '$["odd key"].name'], ['$.names', '$.a.name.first']],
    ['$.*.id', ['$.a.id', '$.b.id'], ['$.id', '$.a.b.id']],
    ['$["a b"].c', ['$["a b"].c'], ['$.a.c']],
    ['header:X-Foo', ['header:x-foo'], ['header:x-foo-bar', '$.x-foo']],
    ['  $.padded  ', ['$.padded'], []],
  ];
  for (const [source, matching, other] of cases) {
    const pattern = compilePathPattern(source);
    t.is(pattern.source, source);
    for (const path of matching) t.true(pattern.test(path), `${source} should match ${path}`);
    for (const path of other) t.false(pattern.test(path), `${source} should not match ${path}`);
  }
});

test('compilePathPattern rejects bad patterns with a clear message', (t) => {
  t.throws(() => compilePathPattern('items.a'), { message: /"items\.a" must start with \$/ });
  t.throws(() => compilePathPattern('$.'), { message: /a "\." must be followed by a field name/ });
  t.throws(() => compilePathPattern('$.a['), { message: /"\[" is never closed/ });
  t.throws(() => compilePathPattern('$.a[x]'), { message: /use \[\*\], \[0\] or \["key"\]/ });
  t.throws(() => compilePathPattern('$a'), { message: /unexpected "a" at position 1/ });
});

// --- liftBody ---------------------------------------------------------------------------------

test('liftBody lifts by content type and sniffs when it is missing', (t) => {
  t.deepEqual(liftBody(json({ a: 1 }, 200, 'application/json; charset=utf-8')), { kind: 'json', value: { a: 1 } });
  t.deepEqual(liftBody(json([1], 200, 'application/problem+json')), { kind: 'json', value: [1] });
  t.deepEqual(liftBody(text('{"a":', 'application/json')), { kind: 'invalid-json', text: '{"a":' });
  t.deepEqual(liftBody(text('<p>hi</p>', 'text/html')), { kind: 'text', text: '<p>hi</p>' });
  t.deepEqual(liftBody(text('  [1, 2]')), { kind: 'json', value: [1, 2] });
  t.deepEqual(liftBody(text('{not json')), { kind: 'text', text: '{not json' });
  t.deepEqual(liftBody(text('plain')), { kind: 'text', text: 'plain' });
  t.deepEqual(liftBody(text('', 'application/json')), { kind: 'empty' });
});

test('liftBody reduces binary and capped bodies to length and sha256', (t) => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]);
  const sha = 'd2a3f6fd3b1e0a3c5b3e07d3a9e5cfa4e4cf8e2ad05a8a7f7b8a3b2d5d1c0e9f';
  const lifted = liftBody(text(png, 'image/png'));
  t.like(lifted, { kind: 'bytes', bytes: 7 });
  t.regex((lifted as { sha256: string }).sha256, /^[0-9a-f]{64}$/);
  t.deepEqual(liftBody(text(png)), lifted);
  t.deepEqual(liftBody(text(png, 'application/json')), lifted);
  t.like(liftBody(text('readable', 'application/octet-stream')), { kind: 'bytes', bytes: 8 });
  const capped: ObservedResponse = { ...json({ a: 1 }), bodyDigest: { bytes: 99_000_000, sha256: sha } };
  t.deepEqual(liftBody(capped), { kind: 'bytes', bytes: 99_000_000, sha256: sha, note: 'past the 10 MiB body cap: compared by length and SHA-256 of the first 10 MiB' });
});

// --- compareResponses -------------------------------------------------------------------------

test('a status class change is breaking and the bodies are not compared', (t) => {
  const { differences } = compareResponses(json({ a: 1 }), text('<h1>oops</h1>', 'text/html', 500), DEFAULT_RULES, 'GET');
  t.deepEqual(differences, [{ kind: 'status', path: 'status', pattern: 'status', severity: 'breaking', expected: '200', actual: '500', from: '200', to: '500' }]);
});

test('a status change within its class is changed and the bodies are still compared', (t) => {
  const { differences } = compareResponses(json({ a: 1 }), json({ a: 2 }, 201), DEFAULT_RULES, 'GET');
  t.deepEqual(brief(differences), ['changed status status', 'changed value $.a']);
});

test('a content-type change is breaking; JSON that became HTML is a breaking `format`', (t) => {
  const xml = compareResponses(text('<a/>', 'application/xml'), text('<a/>', 'text/xml'), DEFAULT_RULES, 'GET');
  t.deepEqual(brief(xml.differences), ['breaking content-type header:content-type']);
  const html = compareResponses(json({ a: 1 }), text('<html>login</html>', 'text/html'), DEFAULT_RULES, 'GET');
  t.deepEqual(brief(html.differences), ['breaking content-type header:content-type', 'breaking format body']);
  t.like(html.differences[1], { expected: 'JSON', actual: 'text' });
  const emptied = compareResponses(json({ a: 1 }), text('', 'application/json'), DEFAULT_RULES, 'GET');
  t.deepEqual(brief(emptied.differences), ['breaking format body']);
});

test('text bodies are compared by lines', (t) => {
  const { differences } = compareResponses(text('a\nb\nc\n', 'text/plain'), text('a\nx\nc\nd\n', 'text/plain'), DEFAULT_RULES, 'GET');
  t.deepEqual(differences, [
    { kind: 'text', path: 'body', pattern: 'body', severity: 'changed', expected: '1 line(s) removed', actual: '2 line(s) added' },
  ]);
  t.deepEqual(compareResponses(text('same', 'text/plain'), text('same', 'text/plain'), DEFAULT_RULES, 'GET').differences, []);
});

test('binary bodies are compared by hash', (t) => {
  const same = compareResponses(text(Buffer.from([0xff, 1]), 'image/png'), text(Buffer.from([0xff, 1]), 'image/png'), DEFAULT_RULES, 'GET');
  t.deepEqual(same.differences, []);
  const other = compareResponses(text(Buffer.from([0xff, 1]), 'image/png'), text(Buffer.from([0xff, 2, 3]), 'image/png'), DEFAULT_RULES, 'GET');
  t.like(other.differences, [{ kind: 'bytes', severity: 'changed', expected: '2 bytes', actual: '3 bytes, other content' }]);
});

test('HEAD responses are compared without bodies; compared headers come from the rules', (t) => {
  const a = { ...json({ a: 1 }), headers: { 'content-type': 'application/json', etag: '"1"', 'cache-control': 'no-store', date: 'x' } };
  const b = { ...json({ a: 2 }), headers: { 'content-type': 'application/json', etag: '"2"', date: 'y' } };
  t.deepEqual(compareResponses(a, b, DEFAULT_RULES, 'HEAD').differences, []);
  const { differences } = compareResponses(a, b, rules({ headers: ['etag', 'cache-control'] }), 'HEAD');
  t.deepEqual(differences.map((d) => [d.kind, d.path, d.severity, d.expected, d.actual]), [
    ['header', 'header:etag', 'changed', '"1"', '"2"'],
    // A compared header that disappears is breaking; one that appears is a change.
    ['removed', 'header:cache-control', 'breaking', 'no-store', '(absent)'],
  ]);
  t.deepEqual(compareResponses(b, a, rules({ headers: ['cache-control'] }), 'HEAD').differences.map((d) => [d.kind, d.severity, statKey(d)]), [
    ['added', 'changed', 'header:cache-control presence'],
  ]);
  const ignored = compareResponses(a, b, rules({ headers: ['etag'], ignore: ['header:ETag'] }), 'HEAD');
  t.deepEqual(ignored.differences, []);
});

// --- compareOutcome ---------------------------------------------------------------------------

const context = { rules: DEFAULT_RULES };

function outcome(recorded: ObservedResponse | undefined, first: Answer, second: Answer = first): ReplayOutcome {
  const result: ReplayOutcome = {
    selected: {
      endpoint: 'GET /api/orders/{id}',
      exchange: { id: 'r-1', request: { method: 'GET', url: '/api/orders/7', headers: { accept: 'application/json' }, body: null } },
    },
    candidate: [first, second],
  };
  if (recorded) result.recorded = recorded;
  return result;
}

test('statKey joins the pattern with the sort of change; added and removed are one sort', (t) => {
  const d = (kind: Difference['kind']): Difference => ({ kind, path: '$.a[3].b', pattern: '$.a[*].b', severity: 'changed' });
  t.is(statKey(d('value')), '$.a[*].b value');
  t.is(statKey(d('added')), '$.a[*].b presence');
  t.is(statKey(d('removed')), '$.a[*].b presence');
});

test('compareOutcome compares the recording with the first answer and the two answers with each other', (t) => {
  const c = compareOutcome(
    outcome(json({ id: 7, total: 5, n: 1 }), { response: json({ id: 7, total: 6, n: 1 }) }, { response: json({ id: 7, total: 6, n: 2, x: 1 }) }),
    context,
  );
  t.is(c.excerpts, undefined, 'excerpts are made only for a request kept as an example');
  c.materialise!();
  t.like(c, { endpoint: 'GET /api/orders/{id}', id: 'r-1', method: 'GET', url: '/api/orders/7', outcome: 'compared' });
  t.deepEqual(c.requestHeaders, { accept: 'application/json' });
  t.deepEqual(brief(c.differences), ['changed value $.total']);
  t.deepEqual(c.selfVaried.sort(), ['$.n value', '$.x presence']);
  t.regex(c.excerpts!.expected, /^HTTP 200 application\/json\n\n\{\n {2}"id": 7/);
  t.regex(c.excerpts!.actual, /"total": 6/);
});

test('compareOutcome keeps no excerpts when nothing differs', (t) => {
  const c = compareOutcome(outcome(json({ a: 1 }), { response: json({ a: 1 }) }), context);
  t.deepEqual(c.differences, []);
  t.deepEqual(c.selfVaried, []);
  t.is(c.excerpts, undefined);
});

test('a candidate transport error is a breaking `no-response`', (t) => {
  const c = compareOutcome(outcome(json({ a: 1 }, 404), { error: 'ECONNREFUSED' }, { response: json({ a: 1 }) }), context);
  t.deepEqual(c.differences, [
    { kind: 'no-response', path: 'response', pattern: 'response', severity: 'breaking', expected: '404', actual: 'ECONNREFUSED' },
  ]);
  t.deepEqual(c.selfVaried, []);
});

test('without a recorded response the outcome is `no-reference` but self-variation still counts', (t) => {
  const c = compareOutcome(outcome(undefined, { response: json({ a: 1 }) }, { response: json({ a: 2 }) }), context);
  t.is(c.outcome, 'no-reference');
  t.deepEqual(c.differences, []);
  t.deepEqual(c.selfVaried, ['$.a value']);
  t.is(c.excerpts, undefined);
});

test('excerpts are trimmed to a bound', (t) => {
  const big = text(`${'line of text\n'.repeat(2000)}`, 'text/plain');
  const c = compareOutcome(outcome(big, { response: text('short', 'text/plain') }), context);
  c.materialise!();
  t.true(c.excerpts!.expected.length < 4100);
  t.true(c.excerpts!.expected.endsWith('… (trimmed)'));
  t.is(c.excerpts!.actual, 'HTTP 200 text/plain\n\nshort');
});

test('quoted keys in rule paths match the paths the comparison builds, whatever they hold', (t) => {
  for (const key of ['a b', 'say "hi"', 'line\u2028break', 'x]y', 'plain']) {
    const out = new DifferenceCollector(DEFAULT_RULES);
    diffJson({ [key]: 1 }, { [key]: 2 }, out);
    const path = out.differences[0]!.path;
    t.true(compilePathPattern(`$[${JSON.stringify(key)}]`).test(path), `${JSON.stringify(key)} → ${path}`);
  }
  t.true(compilePathPattern("$['a b'].c").test('$["a b"].c'));
  t.throws(() => compilePathPattern('$["unterminated'), { message: /must end with "\]/ });
});

test('wildcards and descent also cross keys written in brackets', (t) => {
  t.true(compilePathPattern('$.*.id').test('$["a b"].id'));
  t.true(compilePathPattern('$.*.id').test('$.plain.id'));
  t.false(compilePathPattern('$.*.id').test('$.a.b.id'));
  t.true(compilePathPattern('$..id').test('$["x]y"].items[*].id'));
  t.true(compilePathPattern('$..id').test('$.id'));
});

test('lists of any length are aligned: one element inserted before 400 or 10,000 is one change, not a wall of them', (t) => {
  for (const length of [401, 10_000]) {
    const before = Array.from({ length }, (_, i) => ({ id: i, name: `item ${i}` }));
    const after = [{ id: -1, name: 'new' }, ...before];
    t.deepEqual(brief(diff({ items: before }, { items: after }).differences), ['changed length $.items'], `${length} elements`);
    // One element replaced in the middle of a list of one length: that element, nothing around it.
    const replaced = before.map((item, i) => (i === 200 ? { id: 200, name: 'renamed' } : item));
    t.deepEqual(brief(diff({ items: before }, { items: replaced }).differences), ['changed value $.items[200].name'], `${length} elements`);
    // One removed and another added far apart: each once.
    const shifted = [...before.slice(0, 10), ...before.slice(11), { id: length, name: 'last' }];
    t.deepEqual(brief(diff({ items: before }, { items: shifted }).differences).sort(), ['changed added $.items[' + (length - 1) + ']', 'changed removed $.items[10]'], `${length} elements`);
  }
});

test('long lists with nothing in common are paired by position, within a bounded effort', (t) => {
  const a = Array.from({ length: 5000 }, (_, i) => ({ id: i }));
  const b = Array.from({ length: 5001 }, (_, i) => ({ id: `x${i}` }));
  const found = diff({ items: a }, { items: b }).differences;
  t.is(found[0]!.kind, 'length');
  t.true(found.slice(1).every((d) => d.kind === 'type' && d.pattern === '$.items[*].id'));
});
