// JSON nested past MAX_JSON_DEPTH is compared by length and hash before anything recursive
// (the JSON comparison, array alignment, redaction, rendering, JSON.stringify) sees it.
import test from 'ava';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compareOutcome } from '../../src/compare/compare-exchange.js';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/compare/json-depth.js';
import { liftBody, TOO_DEEP } from '../../src/compare/lift.js';
import { Redactor } from '../../src/compare/redact.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import { runGate } from '../../src/gate.js';
import type { ObservedResponse, ReplayOutcome } from '../../src/replay/types.js';
import { serve } from '../helpers/local-server.js';

/** `{"a":{"a":…[leaf]…}}`, `levels` deep with the leaf object: a list of it at the bottom of nested objects. */
function nested(levels: number, leaf: object): string {
  return `${'{"a":'.repeat(levels - 2)}[${JSON.stringify(leaf)}]${'}'.repeat(levels - 2)}`;
}

const brackets = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

const json = (text: string): ObservedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });

function outcome(recorded: ObservedResponse, answer: ObservedResponse): ReplayOutcome {
  return {
    selected: { endpoint: 'GET /api/tree', exchange: { id: 'r-1', request: { method: 'GET', url: '/api/tree', headers: {}, body: null } } },
    recorded,
    candidate: [{ response: answer }, { response: answer }],
  };
}

test('nestsDeeperThan counts brackets outside strings only, escaped quotes included', (t) => {
  t.false(nestsDeeperThan(brackets(MAX_JSON_DEPTH)));
  t.true(nestsDeeperThan(brackets(MAX_JSON_DEPTH + 1)));
  t.false(nestsDeeperThan(nested(MAX_JSON_DEPTH, { a: 1 })));
  t.true(nestsDeeperThan(nested(MAX_JSON_DEPTH, { a: {} })));
  t.true(nestsDeeperThan('[[[1]]]', 2));
  t.false(nestsDeeperThan('[[1]]', 2));
  t.false(nestsDeeperThan(JSON.stringify(['[[[[[', '\\"[[[[', { k: '"}}}}{{{{' }]), 2));
  t.true(nestsDeeperThan(JSON.stringify(['\\', [['x']]]), 2));
});

test('a body nested 100,000 deep is compared by length and hash, with a note, and nothing overflows', (t) => {
  const a = json(`${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
  const b = json(`${'['.repeat(100_000)}2${']'.repeat(100_000)}`);
  t.like(liftBody(a), { kind: 'bytes', bytes: 200_001, note: TOO_DEEP });
  const { differences } = compareResponses(a, b, DEFAULT_RULES, 'GET');
  t.deepEqual(differences.map((d) => [d.kind, d.severity, d.path]), [['bytes', 'changed', 'body']]);
  t.regex(differences[0]!.actual!, /^200001 bytes, sha256 [0-9a-f]{12}… \(JSON nested deeper than 512 levels: compared by length and SHA-256\)$/);
  t.deepEqual(compareResponses(a, json(a.body.toString()), DEFAULT_RULES, 'GET').differences, []);
  // Against a shallow answer: still one body difference, not a walk into the deep side.
  t.deepEqual(compareResponses(a, json('{"ok":true}'), DEFAULT_RULES, 'GET').differences.map((d) => d.kind), ['bytes']);
});

test('the whole comparison of a request, redaction and excerpts included, takes deep bodies', (t) => {
  const redactor = new Redactor(['$..secret']);
  const deep = (leaf: number) => json(nested(100_000, { secret: leaf }));
  const c = compareOutcome(outcome(deep(1), deep(2)), { rules: DEFAULT_RULES, redactor });
  c.materialise?.();
  t.deepEqual(c.differences.map((d) => d.kind), ['bytes']);
  t.regex(c.excerpts!.expected, /^HTTP 200 application\/json\n\n\(\d+ bytes, sha256 [0-9a-f]{12}…; JSON nested deeper than 512 levels/);
});

test('a body at the depth limit is still compared by meaning, rendered, redacted and excerpted', (t) => {
  const redactor = new Redactor(['$..secret']);
  const atLimit = (leaf: object) => json(nested(MAX_JSON_DEPTH, leaf));
  const c = compareOutcome(outcome(atLimit({ id: 1, secret: 's1', n: 1 }), atLimit({ id: 1, secret: 's2', n: 2 })), { rules: DEFAULT_RULES, redactor });
  c.materialise?.();
  const deepPath = `$${'.a'.repeat(MAX_JSON_DEPTH - 2)}[0]`;
  t.deepEqual(c.differences.map((d) => [d.kind, d.path, d.expected, d.actual]), [
    ['value', `${deepPath}.secret`, '"[redacted]"', '"[redacted]"'],
    ['value', `${deepPath}.n`, '1', '2'],
  ]);
  t.false(c.excerpts!.expected.includes('s1'));
});

test('a run whose answers nest 100,000 deep judges them, instead of failing as an internal error', async (t) => {
  const deep = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
  const server = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url === '/api/same' ? deep : deep.replace('0', '1'));
  });
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-deep-'));
  const line = (id: string, url: string) => JSON.stringify({ id, request: { method: 'GET', url }, response: { status: 200, headers: { 'content-type': 'application/json' }, body: deep } });
  await writeFile(path.join(work, 'traffic.ndjson'), `${line('r-1', '/api/same')}\n${line('r-2', '/api/other')}\n`);
  const results = await runGate({
    snapshot: 'traffic.ndjson', targetUrl: server.url, failOn: 'changed', maxRequests: 10, concurrency: 2, rateLimit: 0, timeoutMs: 5000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace: work, seed: 1,
  });
  t.is(results.verdict, 'fail', results.reason);
  t.deepEqual(results.endpoints.map((e) => [e.endpoint, e.differing]).sort(), [['GET /api/other', 1], ['GET /api/same', 0]]);
});
