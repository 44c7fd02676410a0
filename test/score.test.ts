import test from 'ava';
import type { RequestComparison } from '../src/compare/compare-exchange.js';
import type { Difference, DifferenceKind, Severity } from '../src/compare/types.js';
import { ALPHA, isRegression, mcnemarOneSided } from '../src/score/noise-test.js';
import { Scorer } from '../src/score/score.js';
import { rankByImpact } from '../src/score/rank.js';
import type { EndpointStats } from '../src/score/types.js';

const SEVERITY: Partial<Record<DifferenceKind, Severity>> = { removed: 'breaking', type: 'breaking', status: 'breaking', added: 'info' };

function d(kind: DifferenceKind, path: string, severity: Severity = SEVERITY[kind] ?? 'changed'): Difference {
  return { kind, path, pattern: path.replace(/\[\d+\]/g, '[*]'), severity, expected: 'a', actual: 'b' };
}

let ids = 0;
function req(endpoint: string, differences: Difference[] = [], selfVaried: string[] = [], outcome: RequestComparison['outcome'] = 'compared'): RequestComparison {
  const id = `r-${++ids}`;
  const comparison: RequestComparison = {
    endpoint, id, method: 'GET', url: `/x/${id}`, requestHeaders: {}, outcome, differences, selfVaried, drift: [], latency: {},
  };
  if (differences.length > 0) comparison.excerpts = { expected: `expected ${id}`, actual: `actual ${id}` };
  return comparison;
}

function score(comparisons: RequestComparison[]) {
  const scorer = new Scorer();
  for (const comparison of comparisons) scorer.add(comparison);
  return scorer.finish();
}

function endpoint(board: ReturnType<typeof score>, name: string): EndpointStats {
  const found = board.endpoints.find((e) => e.endpoint === name);
  if (!found) throw new Error(`no endpoint ${name}`);
  return found;
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-12 * Math.max(1e-300, expected);

// --- the noise test ---------------------------------------------------------------------------

test('mcnemarOneSided is the exact binomial tail', (t) => {
  t.true(near(mcnemarOneSided(5, 0), 1 / 32));
  t.true(near(mcnemarOneSided(7, 1), 9 / 256));
  t.true(near(mcnemarOneSided(3, 3), 42 / 64));
  t.true(near(mcnemarOneSided(1, 0), 1 / 2));
  t.true(near(mcnemarOneSided(2, 2), 11 / 16));
  t.is(mcnemarOneSided(0, 0), 1);
  t.is(mcnemarOneSided(0, 9), 1);
  t.true(near(mcnemarOneSided(1000, 0), 2 ** -1000));
});

test('mcnemarOneSided stays exact for larger counts', (t) => {
  // P(X >= 60) for X ~ Binomial(100, 1/2), summed exactly with big integers.
  let choose = 1n;
  let tail = 0n;
  for (let k = 0; k <= 100; k++) {
    if (k > 0) choose = (choose * BigInt(100 - k + 1)) / BigInt(k);
    if (k >= 60) tail += choose;
  }
  const exact = Number((tail * 10n ** 18n) / 2n ** 100n) / 1e18;
  t.true(Math.abs(mcnemarOneSided(60, 40) - exact) < 1e-12);
});

test('isRegression: a deterministic place is real on one request, noise needs evidence', (t) => {
  t.false(isRegression({ differed: 0, varied: 5, differedOnly: 0, variedOnly: 5 }));
  t.true(isRegression({ differed: 1, varied: 0, differedOnly: 1, variedOnly: 0 }));
  // Varies on its own on every request: every difference is explained.
  t.false(isRegression({ differed: 40, varied: 40, differedOnly: 0, variedOnly: 0 }));
  // Varies on about half of 40 requests but differs against the reference on all 40.
  t.true(isRegression({ differed: 40, varied: 21, differedOnly: 19, variedOnly: 0 }));
  t.false(isRegression({ differed: 20, varied: 40, differedOnly: 0, variedOnly: 20 }));
  // On the edge: regression exactly when the one-sided test rejects at ALPHA.
  for (const [b, c] of [[7, 0], [7, 1], [6, 0], [10, 2], [9, 3]] as const) {
    t.is(isRegression({ differed: b + 5, varied: c + 5, differedOnly: b, variedOnly: c }), mcnemarOneSided(b, c) < ALPHA, `b=${b} c=${c}`);
  }
  t.true(isRegression({ differed: 12, varied: 5, differedOnly: 7, variedOnly: 0 }));
  t.false(isRegression({ differed: 13, varied: 6, differedOnly: 7, variedOnly: 1 }));
});

// --- the scorer -------------------------------------------------------------------------------

test('endpoint counts separate breaking, changed, info and noise', (t) => {
  const ts = d('value', '$.ts');
  const board = score([
    ...times(3, () => req('GET /a', [d('removed', '$.a'), ts], ['$.ts value'])),
    ...times(2, () => req('GET /a', [d('value', '$.b'), ts], ['$.ts value'])),
    req('GET /a', [d('added', '$.c'), ts], ['$.ts value']),
    ...times(2, () => req('GET /a', [ts], ['$.ts value'])),
    ...times(2, () => req('GET /a', [], [], 'no-reference')),
  ]);
  const a = endpoint(board, 'GET /a');
  t.like(a, { requests: 10, compared: 8, differing: 5, breaking: 3, changed: 2, info: 1, noiseCancelled: 2 });
  t.deepEqual(a.places.map((p) => `${p.severity} ${p.kind} ${p.pattern} ${p.counts.differed}`), [
    'breaking removed $.a 3',
    'changed value $.b 2',
    'info added $.c 1',
  ]);
  t.deepEqual(a.noise.map((p) => [p.pattern, p.kind, p.regression, p.counts]), [
    ['$.ts', 'value', false, { differed: 8, varied: 8, differedOnly: 0, variedOnly: 0 }],
  ]);
  t.deepEqual(board.totals, {
    endpoints: 1, endpointsDiffering: 1, endpointsBreaking: 1, requests: 10, compared: 8,
    differing: 5, breaking: 3, changed: 2, info: 1, noiseCancelled: 2,
  });
});

test('several elements differing at one place count once per request', (t) => {
  const board = score([req('GET /l', [d('value', '$.items[0].price'), d('value', '$.items[3].price')])]);
  t.deepEqual(endpoint(board, 'GET /l').places.map((p) => [p.pattern, p.counts.differed]), [['$.items[*].price', 1]]);
});

test('a type change hides no longer among a field that varies in value on its own', (t) => {
  const board = score([
    ...times(20, () => req('GET /h', [d('value', '$.x')], ['$.x value'])),
    ...times(20, () => req('GET /h', [d('type', '$.x')], ['$.x value'])),
  ]);
  const h = endpoint(board, 'GET /h');
  t.like(h, { compared: 40, breaking: 20, changed: 0, noiseCancelled: 20 });
  t.deepEqual(h.places.map((p) => `${p.kind} ${p.pattern}`), ['type $.x']);
  t.deepEqual(h.noise.map((p) => `${p.kind} ${p.pattern}`), ['value $.x']);
});

test('noise that varies on half the requests but differs on all of them is a regression', (t) => {
  const board = score([
    ...times(40, (i) => req('GET /half', [d('value', '$.n')], i % 2 === 0 ? ['$.n value'] : [])),
    ...times(40, () => req('GET /all', [d('value', '$.n')], ['$.n value'])),
  ]);
  t.like(endpoint(board, 'GET /half'), { changed: 40, noiseCancelled: 0 });
  t.like(endpoint(board, 'GET /all'), { changed: 0, noiseCancelled: 40 });
  t.is(endpoint(board, 'GET /half').places[0]!.regression, true);
});

test('a place first seen varying keeps its pattern and takes its kind from a later difference', (t) => {
  const board = score([
    req('GET /odd', [], ['$["a b"] value', '$.gone presence']),
    ...times(3, () => req('GET /odd', [d('value', '$["a b"]'), d('removed', '$.gone')], ['$["a b"] value', '$.gone presence'])),
  ]);
  const odd = endpoint(board, 'GET /odd');
  t.deepEqual(odd.noise.map((p) => [p.pattern, p.kind, p.severity]), [
    ['$.gone', 'removed', 'breaking'],
    ['$["a b"]', 'value', 'changed'],
  ]);
  t.is(odd.noiseCancelled, 3);
});

test('endpoints are ranked by breaking requests, then differing, then traffic', (t) => {
  const board = score([
    ...times(3, () => req('GET /changed', [d('value', '$.v')])),
    req('GET /breaking', [d('status', 'status')]),
    ...times(5, () => req('GET /zquiet')),
    ...times(5, () => req('GET /quiet')),
    ...times(9, () => req('GET /busy')),
    ...times(2, () => req('GET /two-breaking', [d('type', '$.t')])),
  ]);
  t.deepEqual(board.endpoints.map((e) => e.endpoint), ['GET /two-breaking', 'GET /breaking', 'GET /changed', 'GET /busy', 'GET /quiet', 'GET /zquiet']);
  t.like(board.totals, { endpoints: 6, endpointsDiffering: 3, endpointsBreaking: 2 });
});

test('score is the share of compared requests without a real change, to one decimal', (t) => {
  t.is(score([req('GET /s', [d('value', '$.v')]), req('GET /s'), req('GET /s')]).score, 66.7);
  t.is(score([req('GET /s', [d('added', '$.new')]), req('GET /s')]).score, 100);
  t.is(score([req('GET /s', [d('value', '$.ts')], ['$.ts value'])]).score, 100);
  t.is(score([req('GET /s', [], [], 'no-reference')]).score, 0);
  t.is(score([]).score, 0);
});

test('the example comes from the worst real place and shows only real differences', (t) => {
  const ts = d('value', '$.ts');
  const changed = req('GET /e', [d('value', '$.b'), ts], ['$.ts value']);
  const breaking = req('GET /e', [ts, d('removed', '$.a'), d('value', '$.b')], ['$.ts value']);
  const board = score([req('GET /e', [ts], ['$.ts value']), changed, breaking, req('GET /e', [d('removed', '$.a')])]);
  const example = endpoint(board, 'GET /e').example!;
  t.is(example.id, breaking.id);
  t.is(example.url, breaking.url);
  t.deepEqual(example.differences.map((x) => x.path), ['$.a', '$.b']);
  t.deepEqual(example.excerpts, breaking.excerpts);
});

test('an endpoint with only noise has no example', (t) => {
  const board = score(times(3, () => req('GET /n', [d('value', '$.ts')], ['$.ts value'])));
  t.is(endpoint(board, 'GET /n').example, undefined);
  t.deepEqual(endpoint(board, 'GET /n').places, []);
});

// --- determinism --------------------------------------------------------------------------------

test('examples are chosen by seeded rank, not by the order answers arrived in', (t) => {
  const comparisons = times(30, (i) => ({
    ...req('GET /a/{id}', [d('removed', '$.name'), d('value', `$.n`)]),
    id: `id-${i}`,
  })).concat(times(10, (i) => ({ ...req('GET /b/{id}', i % 2 ? [d('status', 'status', 'breaking')] : []), id: `b-${i}` })));
  const shown = (board: ReturnType<typeof score>) => board.endpoints.map((e) => [e.endpoint, e.example?.id, e.places.map((p) => p.example.path).join()]);
  const scoreWith = (list: RequestComparison[], seed: number) => {
    const scorer = new Scorer(seed);
    for (const comparison of list) scorer.add(comparison);
    return scorer.finish();
  };
  const forwards = shown(scoreWith(comparisons, 7));
  t.deepEqual(shown(scoreWith([...comparisons].reverse(), 7)), forwards);
  const shuffled = [...comparisons].sort((a, b) => (a.id.length * 31 + a.id.charCodeAt(a.id.length - 1)) % 7 - (b.id.length * 31 + b.id.charCodeAt(b.id.length - 1)) % 7);
  t.deepEqual(shown(scoreWith(shuffled, 7)), forwards);
  // Another seed may pick other examples: the rank is the seed's, not the ids' order.
  const seeds = new Set(times(8, (seed) => JSON.stringify(shown(scoreWith(comparisons, seed)))));
  t.true(seeds.size > 1);
});

test('the scoreboard is in the one order every report uses', (t) => {
  const board = score([
    req('GET /quiet'), req('GET /quiet'), req('GET /quiet'),
    req('GET /info', [d('added', '$.extra', 'info')]),
    req('GET /noisy', [d('value', '$.at')], ['$.at value']),
    req('GET /changed', [d('value', '$.n')]),
  ]);
  t.deepEqual(board.endpoints.map((e) => e.endpoint), rankByImpact(board.endpoints).map((e) => e.endpoint));
  t.deepEqual(board.endpoints.map((e) => e.endpoint), ['GET /changed', 'GET /info', 'GET /noisy', 'GET /quiet']);
});
