// Causes across endpoints, examples that cover distinct causes, query variants, the reference
// label and the quiet pass: through the real compare and score stages, then the reports.
import test from 'ava';
import type { RequestComparison } from '../src/compare/compare-exchange.js';
import { compareResponses } from '../src/compare/compare-responses.js';
import { DEFAULT_RULES } from '../src/compare/types.js';
import { errorResults, type GateResults } from '../src/gate.js';
import type { ObservedResponse } from '../src/replay/types.js';
import { renderHtmlReport } from '../src/report/html-report.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { causesOf } from '../src/score/causes.js';
import { Scorer } from '../src/score/score.js';
import { MAX_VARIANTS, queryNames } from '../src/score/variants.js';
import { decide } from '../src/verdict/verdict.js';
import { endpointStats, fixture, matchesGolden, OPTIONS } from './report-fixture.js';

function json(value: unknown, status = 200, type = 'application/json'): ObservedResponse {
  return { status, headers: { 'content-type': type }, body: Buffer.from(JSON.stringify(value)) };
}

let ids = 0;
/** One request through the real comparison, values rendered only if the scorer keeps it. */
function request(endpoint: string, url: string, expected: ObservedResponse, actual: ObservedResponse): RequestComparison {
  const { differences, materialise } = compareResponses(expected, actual, DEFAULT_RULES, 'GET', undefined, false);
  return {
    endpoint, id: `r-${++ids}`, method: 'GET', url, requestHeaders: {}, outcome: 'compared', differences, selfVaried: [], drift: [], latency: {}, materialise,
  };
}

const list = (idType: 'number' | 'string', n = 3) => Array.from({ length: n }, (_, i) => ({ id: idType === 'number' ? i + 1 : String(i + 1), title: `t${i}` }));

/** An upgrade: ids became strings on three list endpoints, two routes gone, a paginated list became an object. */
function upgrade(): RequestComparison[] {
  // The same ids on every call: seeded ranks, hence the examples, are then the same too.
  ids = 0;
  const out: RequestComparison[] = [];
  for (const name of ['posts', 'comments', 'albums']) {
    for (let i = 0; i < 10; i++) out.push(request(`GET /${name}`, `/${name}`, json(list('number')), json(list('string'))));
  }
  for (let i = 0; i < 4; i++) out.push(request('GET /todos', '/todos', json(list('number')), json(list('number').map((x) => ({ ...x, id: x.id === 1 }))))) ;
  for (const name of ['photos', 'users']) {
    for (let i = 0; i < 5; i++) out.push(request(`GET /${name}/{id}`, `/${name}/${i}`, json({ id: i }), json({ error: 'gone' }, 404)));
  }
  for (let i = 0; i < 6; i++) out.push(request('GET /posts', `/posts?_page=${i}&_limit=10`, json(list('number')), json({ data: list('number'), first: 1 })));
  for (let i = 0; i < 6; i++) out.push(request('GET /posts', `/posts?_expand=user&x=${i}`, json({ id: 1, user: { id: 1 } }), json({ id: 1 })));
  return out;
}

function board(comparisons: readonly RequestComparison[], seed = 7) {
  const scorer = new Scorer(seed);
  for (const c of comparisons) scorer.add(c);
  return scorer.finish();
}

function resultsOf(comparisons: readonly RequestComparison[], over: Partial<GateResults> = {}): GateResults {
  const b = board(comparisons);
  return { ...fixture(), ...decide(b, 'breaking'), score: b.score, totals: b.totals, endpoints: b.endpoints, causes: causesOf(b.endpoints), snapshot: { ...fixture().snapshot, decodeErrors: 0, decodeIssues: [] }, ...over };
}

test('one cause per place, sort and from/to, across endpoints, with its endpoints and requests', (t) => {
  const causes = causesOf(board(upgrade()).endpoints);
  const idToString = causes.filter((c) => c.pattern === '$[*].id' && c.kind === 'type' && c.to === 'string');
  t.is(idToString.length, 1);
  t.like(idToString[0], { from: 'number', to: 'string', severity: 'breaking', requests: 30 });
  t.deepEqual(idToString[0]!.endpoints, ['GET /albums', 'GET /comments', 'GET /posts']);
  // Same place, another type: another cause.
  t.like(causes.find((c) => c.pattern === '$[*].id' && c.to === 'boolean'), { from: 'number', endpoints: ['GET /todos'], requests: 4 });
  // Both routes gone are one cause, named by its statuses.
  t.like(causes.find((c) => c.kind === 'status'), { from: '200', to: '404', endpoints: ['GET /photos/{id}', 'GET /users/{id}'], requests: 10 });
  t.like(causes.find((c) => c.kind === 'type' && c.pattern === '$'), { from: 'array', to: 'object', endpoints: ['GET /posts'] });
  t.like(causes.find((c) => c.kind === 'removed' && c.pattern === '$.user'), { endpoints: ['GET /posts'], requests: 6 });
  // Ranked by severity, then requests.
  t.deepEqual(causes.map((c) => c.requests), [30, 10, 6, 6, 4]);
});

test('the same place with another sort of change is another cause', (t) => {
  const comparisons = [
    ...Array.from({ length: 3 }, () => request('GET /a', '/a', json({ n: 1 }), json({ n: 2 }))),
    ...Array.from({ length: 3 }, () => request('GET /b', '/b', json({ n: 1 }), json({ n: '1' }))),
    ...Array.from({ length: 3 }, () => request('GET /c', '/c', json({ n: 1 }), json({}))),
  ];
  const causes = causesOf(board(comparisons).endpoints);
  t.deepEqual(causes.map((c) => `${c.kind} ${c.pattern} ${c.endpoints.join(',')}`), ['removed $.n GET /c', 'type $.n GET /b', 'value $.n GET /a']);
});

test('causes do not depend on the order of endpoints or of arrivals', (t) => {
  const comparisons = upgrade();
  const forward = causesOf(board(comparisons).endpoints);
  const backward = causesOf(board([...comparisons].reverse()).endpoints.reverse());
  t.deepEqual(backward, forward);
});

test('the comment leads with causes in a reviewer\'s words', (t) => {
  const markdown = renderMarkdown(resultsOf(upgrade()), OPTIONS);
  const causes = markdown.indexOf('### What changed');
  t.true(causes > 0 && causes < markdown.indexOf('| Endpoint |'));
  t.true(markdown.includes('- ❌ `$[*].id` became a string \\(was a number\\) on 3 endpoints, 30 requests: `GET /albums`, `GET /comments`, `GET /posts`'));
  t.true(markdown.includes('- ❌ status `200 → 404` on 2 endpoints, 10 requests: `GET /photos/{id}`, `GET /users/{id}`'));
  t.true(markdown.includes('- ❌ `$` became an object \\(was an array\\) on `GET /posts`, 6 requests'));
  t.true(markdown.includes('- ❌ field removed `$.user` on `GET /posts`, 6 requests'));
});

test('the worked examples each show a cause no earlier one showed', (t) => {
  const comparisons = upgrade();
  const markdown = renderMarkdown(resultsOf(comparisons), OPTIONS);
  const shows = markdown.split('\n').filter((l) => l.startsWith('Shows '));
  t.is(shows.length, 5);
  t.is(new Set(shows).size, 5);
  t.true(shows.some((l) => l.includes('`$[*].id` became a string')));
  t.true(shows.some((l) => l.includes('status `200 → 404`')));
  t.true(shows.some((l) => l.includes('`$` became an object')));
  t.true(shows.some((l) => l.includes('field removed `$.user`')));
  t.true(shows.some((l) => l.includes('`$[*].id` became a boolean')));
  // Deterministic: the same comparisons in another arrival order give the same comment.
  t.is(renderMarkdown(resultsOf([...comparisons].reverse()), OPTIONS), markdown);
});

test('query variants: requests grouped by parameter names, each differing one with an example URL', (t) => {
  const posts = board(upgrade()).endpoints.find((e) => e.endpoint === 'GET /posts')!;
  t.deepEqual(posts.variants!.map((v) => [v.params.join(','), v.requests, v.differing, v.breaking]), [
    ['', 10, 10, 10], ['_expand,x', 6, 6, 6], ['_limit,_page', 6, 6, 6],
  ]);
  t.regex(posts.variants![1]!.example!.url, /^\/posts\?_expand=user&x=\d$/);
  t.regex(posts.variants![2]!.example!.url, /^\/posts\?_page=\d&_limit=10$/);
  const markdown = renderMarkdown(resultsOf(upgrade()), OPTIONS);
  t.true(markdown.includes('### By query parameters\n\n`GET /posts`:'));
  t.regex(markdown, /\| `\?_limit,_page` \| 6 \| 6 \| 6 \| `GET \/posts\?_page=\d&_limit=10`: `\$` became an object \\\(was an array\\\) \|/);
  t.regex(markdown, /\| `\?_expand,x` \| 6 \| 6 \| 6 \| `GET \/posts\?_expand=user&x=\d`: field removed `\$\.user` \|/);
  const html = renderHtmlReport(resultsOf(upgrade()), OPTIONS);
  t.regex(html, /<h3>By query parameters<\/h3>\n<table class="variants">.*\?_page=\d&#38;_limit=10/s);
  // An endpoint of one variant has none to tell apart.
  t.is(board(upgrade()).endpoints.find((e) => e.endpoint === 'GET /albums')!.variants, undefined);
});

test('variants are bounded: past the most frequent ones, the rest are one "other"', (t) => {
  const comparisons = Array.from({ length: 60 }, (_, i) => request('GET /s', `/s?p${i % 30}=1${i < 30 ? '&common=1' : ''}`, json({ a: 1 }), json({ a: i % 2 })));
  const [stats] = board(comparisons).endpoints;
  t.is(stats!.variants!.length, MAX_VARIANTS + 1);
  const other = stats!.variants!.at(-1)!;
  t.true(other.other);
  t.is(stats!.variants!.reduce((n, v) => n + v.requests, 0), 60);
  t.is(stats!.variants!.reduce((n, v) => n + v.differing, 0), stats!.differing);
  t.deepEqual(queryNames('/a?b=1&a=2&a=3&%7A=&flag#x'), ['a', 'b', 'flag', 'z']);
  t.deepEqual(queryNames('/a'), []);
});

test('with a baseline the reports name it and label examples baseline (-) vs candidate (+)', (t) => {
  const withBaseline = resultsOf(upgrade(), { reference: { kind: 'baseline', url: 'https://main.preview.example' } });
  const markdown = renderMarkdown(withBaseline, OPTIONS);
  t.true(markdown.includes('against `https://pr-7.preview.example`, compared with the baseline `https://main.preview.example`'));
  t.true(markdown.includes('baseline (-) vs candidate (+):'));
  t.false(markdown.includes('recording (-)'));
  const html = renderHtmlReport(withBaseline, OPTIONS);
  t.true(html.includes('compared with the baseline <code>https://main.preview.example</code>'));
  t.true(html.includes('<th>Baseline</th><th>Candidate</th>'));

  const recorded = renderMarkdown(resultsOf(upgrade(), { reference: { kind: 'recording' } }), OPTIONS);
  t.true(recorded.includes('compared with the recording'));
  t.true(recorded.includes('recording (-) vs candidate (+):'));
  t.false(recorded.includes('baseline'));
});

test('a quiet pass is short: verdict, counts, clean endpoints folded, no empty section', (t) => {
  const clean = ['GET /a', 'GET /b', 'GET /c'].map((name) => endpointStats(name, { requests: 5, compared: 5 }));
  const results: GateResults = {
    ...fixture(), verdict: 'pass', reason: 'no request changed', endpoints: clean, causes: [],
    totals: { ...fixture().totals, differing: 0, breaking: 0, changed: 0, noiseCancelled: 0, requests: 15, compared: 15, endpoints: 3, endpointsBreaking: 0, endpointsDiffering: 0 },
    snapshot: { ...fixture().snapshot, decodeErrors: 0, decodeIssues: [] },
  };
  const markdown = renderMarkdown(results, { ...OPTIONS, reportUrl: undefined });
  t.false(markdown.includes('###'));
  t.false(markdown.includes('```'));
  t.regex(markdown, /<details><summary>3 clean endpoints<\/summary>\n\n\| Endpoint \|[^]*\| ✅ `GET \/c` \| 5 \| 0 \| 0 \| 0 \|  \|\n\n<\/details>\n$/);
  t.true(markdown.split('\n').length < 20);
  // A pass with a change fail-on allows still shows that endpoint, the clean ones folded.
  const changed = endpointStats('GET /d', { requests: 5, compared: 5, differing: 1, changed: 1 });
  const mixed = renderMarkdown({ ...results, endpoints: [...clean, changed] }, OPTIONS);
  t.true(mixed.indexOf('| ⚠️ `GET /d`') < mixed.indexOf('<details><summary>3 clean endpoints'));
});


test('results name the reference: the baseline without credentials, else the recording', (t) => {
  const base = { snapshot: 's3://b/k', targetUrl: 'https://pr-1.preview.example', failOn: 'breaking' as const };
  t.deepEqual(errorResults(base, '').reference, { kind: 'recording' });
  t.deepEqual(errorResults({ ...base, baselineUrl: 'https://main.preview.example/api' }, '').reference, { kind: 'baseline', url: 'https://main.preview.example/api' });
});

test('the comment for an upgrade matches test/__outputs__/comment-upgrade.md (UPDATE_GOLDEN=1 rewrites it)', (t) => {
  const results = resultsOf(upgrade(), { reference: { kind: 'baseline', url: 'https://main.preview.example' } });
  matchesGolden(t, 'comment-upgrade.md', renderMarkdown(results, OPTIONS));
});

test('one place of one endpoint changing to two types is two causes, each with its requests', (t) => {
  const comparisons = Array.from({ length: 9 }, (_, i) => request('GET /m', '/m', json({ n: 1 }), json({ n: i % 3 === 0 ? true : 'one' })));
  const [stats] = board(comparisons).endpoints;
  t.deepEqual(stats!.places[0]!.changes!.map((c) => [c.from, c.to, c.requests]), [['number', 'string', 6], ['number', 'boolean', 3]]);
  t.deepEqual(causesOf([stats!]).map((c) => [c.to, c.requests, c.endpoints]), [['string', 6, ['GET /m']], ['boolean', 3, ['GET /m']]]);
});
