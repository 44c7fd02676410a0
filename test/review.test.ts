// The review stage as pure functions: fingerprints, `expect:` entries, acceptance by label and
// the comment's hidden metadata.
import test from 'ava';
import fc from 'fast-check';
import { parseRuleBook } from '../src/config/load.js';
import type { GateResults } from '../src/gate.js';
import { reviewAcceptance, type LabelEvent } from '../src/review/acceptance.js';
import { reviewExpectations } from '../src/review/expectations.js';
import { fingerprintOf, unitKey, unitsOf } from '../src/review/fingerprint.js';
import { decodeMetadata, encodeMetadata, metadataOf } from '../src/review/metadata.js';
import { causesOf } from '../src/score/causes.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { checkTitle } from '../src/report/check-title.js';
import { endpointStats, fixture, OPTIONS, place } from './report-fixture.js';

const LABEL = 'replay-gate: accept';
const NOW = '2026-12-01T20:00:00.000Z';
const SHA = 'abc1234'.padEnd(40, '0');

function fingerprintOfResults(results: GateResults): string {
  return fingerprintOf(unitsOf(causesOf(results.endpoints)).map((u) => u.key));
}

test('the fingerprint does not depend on counts or on which requests were sampled', (t) => {
  const a = fixture();
  const b = fixture();
  // Other counts, another example, endpoints in another order: the same causes.
  b.endpoints = [...b.endpoints].reverse().map((e) => ({
    ...e, requests: e.requests * 3, compared: e.compared * 3, breaking: e.breaking * 2,
    places: e.places.map((p) => ({ ...p, counts: { ...p.counts, differed: p.counts.differed * 7 }, example: { ...p.example, path: p.example.path.replace('[0]', '[5]'), expected: '"other"' } })),
  }));
  t.is(fingerprintOfResults(a), fingerprintOfResults(b));
});

test('the fingerprint changes with another sort or type at the same place, and with one more endpoint', (t) => {
  const base = fixture();
  const before = fingerprintOfResults(base);
  const otherSort = fixture();
  otherSort.endpoints[0]!.places[0] = place('$.items[*].sku', 'type', 'breaking', 4);
  const typed = (to: string) => {
    const r = fixture();
    r.endpoints[0]!.places[0] = { ...place('$.items[*].sku', 'type', 'breaking', 4), changes: [{ kind: 'type', from: 'string', to, severity: 'breaking', requests: 4 }] };
    return fingerprintOfResults(r);
  };
  const moreEndpoints = fixture();
  moreEndpoints.endpoints.push(endpointStats('GET /api/carts/{id}', { requests: 2, compared: 2, breaking: 2, differing: 2, places: [place('$.items[*].sku', 'removed', 'breaking', 2)] }));
  t.not(fingerprintOfResults(otherSort), before);
  t.not(typed('number'), typed('boolean'));
  t.not(fingerprintOfResults(moreEndpoints), before);
  t.regex(before, /^[0-9a-f]{16}$/);
});

test('unit keys are a function of the identity alone, and fields never run into each other', (t) => {
  fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (endpoint, pattern, from, to) => {
    const a = unitKey({ endpoint, pattern, kind: 'type', from, to });
    t.is(a, unitKey({ endpoint, pattern, kind: 'type', from, to }));
    // Moving text from one field to the next gives another identity.
    if (pattern.length > 0) t.not(a, unitKey({ endpoint: endpoint + pattern[0], pattern: pattern.slice(1), kind: 'type', from, to }));
  }), { numRuns: 200 });
});

function reviewed(rules: string, results = fixture()): GateResults {
  const book = parseRuleBook(rules, '.github/replay-gate.yml');
  return { ...results, ...reviewExpectations(results, book.expect) };
}

test('an expect: entry marks its cause expected, with its reason, and the gate passes', (t) => {
  const results = reviewed('expect:\n  - endpoint: "GET /api/orders/{orderId}"\n    place: "$.items[0].sku"\n    change: removed\n    reason: SKUs moved to /api/skus\n');
  t.is(results.verdict, 'pass', results.reason);
  t.regex(results.reason, /1 cause expected by the rules file/);
  const unit = results.review!.units.find((u) => u.pattern === '$.items[*].sku')!;
  t.is(unit.state, 'expected');
  t.is(unit.reason, 'SKUs moved to /api/skus');
  t.deepEqual(results.review!.stale, []);
  t.regex(results.causes![0]!.key!, /^[0-9a-f]{16}$/);
  t.is(results.fingerprint, results.review!.fingerprint);
  const markdown = renderMarkdown(results, OPTIONS);
  t.regex(markdown, /removed `\$\.items\[\*\]\.sku`.* — expected: SKUs moved to \/api\/skus/);
  t.regex(markdown, /Fingerprint of these changes: `[0-9a-f]{16}`/);
});

test('an expectation that matches nothing is stale, placed on its line; the verdict stands', (t) => {
  const results = reviewed('ignore: []\nexpect:\n  - endpoint: "GET /api/orders/{id}"\n    place: "$.items[*].sku"\n    change: type\n  - {endpoint: "* /api/orders/{id}", change: removed, reason: gone on purpose}\n');
  t.is(results.verdict, 'pass', 'the second entry (any method, any place) covers the removal');
  t.deepEqual(results.review!.stale.map((s) => [s.index, s.line]), [[0, 3]]);
  t.regex(renderMarkdown(results, OPTIONS), /### Stale expectations\n\n- `expect\[0\]` \\\(`GET \/api\/orders\/\{id\}` type `\$\.items\[\*\]\.sku`\\\) in `\.github\/replay-gate\.yml:3` matches no change/);
  const wrongEndpoint = reviewed('expect: [{endpoint: "GET /api/users/{id}", place: "$.items[*].sku", change: removed}]');
  t.is(wrongEndpoint.verdict, 'fail');
  t.is(wrongEndpoint.review!.stale.length, 1);
});

test('an error is never turned into a pass by expectations', (t) => {
  const results = reviewed('expect: [{endpoint: "GET /api/orders/{id}", change: removed}]', { ...fixture(), verdict: 'error', reason: 'cannot judge: target down' });
  t.is(results.verdict, 'error');
});

const labeled = (sender: string, labels = [LABEL]): LabelEvent => ({ action: 'labeled', label: LABEL, sender, labels });
const pushed = (labels = [LABEL]): LabelEvent => ({ action: 'synchronize', labels });

function accept(results: GateResults, event: LabelEvent, extra: Partial<Parameters<typeof reviewAcceptance>[0]> = {}): GateResults {
  return { ...results, ...reviewAcceptance({ results, acceptLabel: LABEL, event, headSha: SHA, now: NOW, ...extra }) };
}

test('a writer adding the label accepts every cause; a later run with one more cause fails naming only it', (t) => {
  const first = accept(reviewed(''), labeled('alice'), { permission: { allowed: true, level: 'write' } });
  t.is(first.verdict, 'pass', first.reason);
  t.regex(first.reason, /^accepted by @alice: 3 causes reviewed at abc1234/);
  t.is(checkTitle(first), 'accepted by @\u200balice: 3 causes reviewed at abc1234');
  const acceptance = first.review!.acceptance!;
  t.is(acceptance.by, 'alice');
  t.is(acceptance.fingerprint, first.fingerprint!);
  t.regex(renderMarkdown(first, OPTIONS), /accepted by @\u200balice on 2026-12-01 20:00 UTC/);

  const later = fixture();
  later.endpoints.push(endpointStats('GET /api/stock/{id}', { requests: 4, compared: 4, differing: 4, breaking: 4, places: [{ ...place('status', 'status', 'breaking', 4), changes: [{ kind: 'status', from: '200', to: '500', severity: 'breaking', requests: 4 }] }] }));
  later.verdict = 'fail';
  const second = accept(reviewed('', later), pushed(), { previous: acceptance });
  t.is(second.verdict, 'fail');
  t.is(second.reason, '1 new cause since the acceptance by @alice: status 200 → 500 on GET /api/stock/{id}');
  t.deepEqual(second.review!.units.filter((u) => u.state === 'new').map((u) => u.endpoint), ['GET /api/stock/{id}']);
  t.is(second.review!.units.filter((u) => u.state === 'accepted').length, 3);
  t.regex(renderMarkdown(second, OPTIONS), /### New since the acceptance\n\n- status `200 → 500` on `GET \/api\/stock\/\{id\}`\n/);

  const fewer = fixture();
  fewer.endpoints[0]!.places = [fewer.endpoints[0]!.places[0]!];
  const third = accept(reviewed('', fewer), pushed(), { previous: acceptance });
  t.is(third.verdict, 'pass');
  t.deepEqual(third.review!.gone!.map((u) => u.pattern), ['$.total']);

  const removed = accept(reviewed(''), { action: 'unlabeled', label: LABEL, sender: 'alice', labels: [] }, { previous: acceptance });
  t.is(removed.verdict, 'fail');
  t.deepEqual(removed.review!.note, { kind: 'withdrawn', by: 'alice' });
});

test('a reader adding the label accepts nothing and is told why; so is anyone when the run errored', (t) => {
  const denied = accept(reviewed(''), labeled('mallory'), { permission: { allowed: false, level: 'read' } });
  t.is(denied.verdict, 'fail');
  t.is(denied.review!.acceptance, undefined);
  t.regex(renderMarkdown(denied, OPTIONS), /@\u200bmallory added the acceptance label, but accepting needs write, maintain or admin permission on the repository; they have read: nothing was accepted\./);
  const errored = accept(reviewed('', { ...fixture(), verdict: 'error', reason: 'cannot judge: down' }), labeled('alice'), { permission: { allowed: true, level: 'admin' } });
  t.is(errored.verdict, 'error');
  t.is(errored.review!.note!.kind, 'nothing-to-accept');
  const unknown = accept(reviewed(''), labeled('alice'), { permission: { failed: 'GitHub answered 502' } });
  t.is(unknown.verdict, 'fail');
});

test('the metadata reads back only as it was written, and nothing in it can close the HTML comment', (t) => {
  const results = accept(reviewed(''), labeled('alice'), { permission: { allowed: true, level: 'admin' } });
  const hostile = structuredClone(results);
  hostile.review!.acceptance!.units[0]!.endpoint = 'GET /a--><script>x</script><!--';
  const text = encodeMetadata(metadataOf(hostile.review)!);
  t.false(text.slice(4, -4).includes('--'));
  t.false(text.slice(4, -4).includes('>'));
  t.deepEqual(decodeMetadata(`<!-- replay-gate:replay-gate -->\nreport\n${text}\n`), metadataOf(hostile.review));
  for (const broken of [
    text.replace('"v":1', '"v":2'),
    text.replace(/"by":"alice"/, '"by":""'),
    text.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"xyz"'),
    text.slice(0, -10),
    '<!-- replay-gate-metadata {"v":1,"fingerprint":"0123456789abcdef","acceptance":{"keys":"all"}} -->',
  ]) t.is(decodeMetadata(broken), undefined, broken.slice(0, 80));
});
