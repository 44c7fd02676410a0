import test from 'ava';
import type { EndpointStats, Scoreboard, Totals } from '../src/score/types.js';
import { decide, plural } from '../src/verdict/verdict.js';

type Counts = Pick<EndpointStats, 'requests' | 'compared' | 'breaking' | 'changed'> & Partial<Pick<EndpointStats, 'info' | 'noiseCancelled'>>;

function stats(endpoint: string, counts: Counts): EndpointStats {
  const { info = 0, noiseCancelled = 0 } = counts;
  return { endpoint, ...counts, info, noiseCancelled, differing: counts.breaking + counts.changed, places: [], noise: [], drifted: 0, drift: [] };
}

/** A scoreboard whose totals add up from its endpoints, as the scorer's do. */
function board(endpoints: EndpointStats[]): Scoreboard {
  const sum = (field: keyof EndpointStats) => endpoints.reduce((total, e) => total + (e[field] as number), 0);
  const totals: Totals = {
    endpoints: endpoints.length,
    endpointsDiffering: endpoints.filter((e) => e.differing > 0).length,
    endpointsBreaking: endpoints.filter((e) => e.breaking > 0).length,
    requests: sum('requests'), compared: sum('compared'), differing: sum('differing'), breaking: sum('breaking'),
    changed: sum('changed'), info: sum('info'), noiseCancelled: sum('noiseCancelled'),
  };
  return { endpoints, totals, score: 0 };
}

const mixed = board([
  stats('GET /api/orders/{id}', { requests: 10, compared: 10, breaking: 4, changed: 1 }),
  stats('GET /api/users', { requests: 8, compared: 8, breaking: 0, changed: 3, noiseCancelled: 2 }),
  stats('GET /health', { requests: 5, compared: 5, breaking: 0, changed: 0 }),
]);

test('fail-on breaking fails on a breaking request and names the endpoint', (t) => {
  t.deepEqual(decide(mixed, 'breaking'), {
    verdict: 'fail',
    reason: '4 of 23 requests changed in breaking ways, on 1 endpoint: GET /api/orders/{id}',
  });
});

test('fail-on breaking passes when the changes are not breaking', (t) => {
  const changedOnly = board([stats('GET /api/users', { requests: 8, compared: 8, breaking: 0, changed: 3, noiseCancelled: 2 })]);
  t.deepEqual(decide(changedOnly, 'breaking'), {
    verdict: 'pass',
    reason: '3 of 8 requests changed (0 breaking), below fail-on: breaking; 2 requests differed only in noise',
  });
});

test('fail-on changed fails on any real change and names every changed endpoint', (t) => {
  t.deepEqual(decide(mixed, 'changed'), {
    verdict: 'fail',
    reason: '8 of 23 requests changed, on 2 endpoints: GET /api/orders/{id}, GET /api/users',
  });
});

test('fail-on never passes whatever changed, and says so', (t) => {
  const verdict = decide(mixed, 'never');
  t.is(verdict.verdict, 'pass');
  t.is(verdict.reason, '8 of 23 requests changed (4 breaking), below fail-on: never; 2 requests differed only in noise');
});

test('a clean run passes with its size in the reason', (t) => {
  const clean = board([stats('GET /a', { requests: 3, compared: 3, breaking: 0, changed: 0, info: 1 }), stats('GET /b', { requests: 1, compared: 1, breaking: 0, changed: 0, noiseCancelled: 1 })]);
  for (const failOn of ['breaking', 'changed', 'never'] as const) {
    t.deepEqual(decide(clean, failOn), { verdict: 'pass', reason: 'no regression on 4 requests across 2 endpoints; 1 request differed only in noise' });
  }
  t.is(decide(board([stats('GET /a', { requests: 1, compared: 1, breaking: 0, changed: 0 })]), 'breaking').reason, 'no regression on 1 request across 1 endpoint');
});

test('nothing replayed is an error, never a pass', (t) => {
  for (const failOn of ['breaking', 'changed', 'never'] as const) {
    const verdict = decide(board([]), failOn);
    t.is(verdict.verdict, 'error');
    t.regex(verdict.reason, /^cannot judge: no request was replayed/);
  }
});

test('nothing compared is an error, even with breaking counts elsewhere', (t) => {
  const noReference = board([stats('GET /a', { requests: 4, compared: 0, breaking: 0, changed: 0 })]);
  for (const failOn of ['breaking', 'changed', 'never'] as const) {
    const verdict = decide(noReference, failOn);
    t.is(verdict.verdict, 'error');
    t.regex(verdict.reason, /^cannot judge: no replayed request had a recorded response/);
  }
});

test('past three offending endpoints the reason says how many more', (t) => {
  const many = board(['/a', '/b', '/c', '/d', '/e'].map((path) => stats(`GET ${path}`, { requests: 2, compared: 2, breaking: 1, changed: 0 })));
  t.deepEqual(decide(many, 'breaking'), {
    verdict: 'fail',
    reason: '5 of 10 requests changed in breaking ways, on 5 endpoints: GET /a, GET /b, GET /c and 2 more',
  });
  const three = board(many.endpoints.slice(0, 3));
  t.regex(decide(three, 'breaking').reason, /on 3 endpoints: GET \/a, GET \/b, GET \/c$/);
  const four = board(many.endpoints.slice(0, 4));
  t.regex(decide(four, 'changed').reason, /GET \/a, GET \/b, GET \/c and 1 more$/);
});

test('plural', (t) => {
  t.is(plural(0, 'request'), '0 requests');
  t.is(plural(1, 'request'), '1 request');
  t.is(plural(2, 'endpoint'), '2 endpoints');
});
