// A real API upgrade: the published json-server 0.17.4 ("production", recorded through a real
// client) against 1.0.0-beta.3 (the candidate), both unmodified, on loopback. The ground truth
// below is json-server's own documented 0.x → 1.0 changes, each checked against the two
// versions by hand; two identical versions must show no difference at all.
import test from 'ava';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseRuleBook } from '../src/config/load.js';
import { type GateResults, runGate } from '../src/gate.js';
import { PLAIN_REPRODUCTION } from '../src/report/curl.js';
import { COMMENT_LIMIT, fitReport } from '../src/report/fit-report.js';
import { renderHtmlReport } from '../src/report/html-report.js';
import type { EndpointStats } from '../src/score/types.js';
import { type JsonServerVersion, startJsonServer } from './helpers/json-server.js';
import { matchesGolden } from './report-fixture.js';

/** What a client of the API asks: list, item, pagination, expansion, embedding, JSONP, sorting, misses. */
function traffic(): string[] {
  const urls: string[] = [];
  for (let i = 0; i < 5; i++) urls.push('/posts');
  for (let id = 1; id <= 12; id++) urls.push(`/posts/${id}`);
  for (let page = 1; page <= 6; page++) urls.push(`/posts?_page=${page}&_per_page=2`);
  for (let id = 1; id <= 6; id++) urls.push(`/posts/${id}?_expand=author`);
  for (let i = 0; i < 4; i++) urls.push(`/posts?callback=cb${i}`);
  for (let i = 0; i < 4; i++) urls.push('/posts?_sort=title&_order=desc');
  for (let i = 0; i < 3; i++) urls.push('/posts?_embed=comments');
  for (let i = 0; i < 4; i++) urls.push('/comments');
  for (let id = 1; id <= 3; id++) urls.push(`/authors/${id}`);
  for (let i = 0; i < 3; i++) urls.push('/db');
  for (let i = 0; i < 3; i++) urls.push('/profile');
  for (let id = 90; id < 93; id++) urls.push(`/posts/${id}`);
  return urls;
}

/** Each request sent with undici's fetch, and written as the canonical NDJSON exchange a capture would write. */
async function record(baseUrl: string): Promise<string> {
  const lines: string[] = [];
  for (const [index, url] of traffic().entries()) {
    const started = performance.now();
    const headers = { accept: 'application/json', 'user-agent': 'shop-frontend/4.2' };
    const response = await fetch(baseUrl + url, { headers });
    const body = await response.text();
    lines.push(JSON.stringify({
      id: `js-${String(index + 1).padStart(4, '0')}`,
      request: { method: 'GET', url: baseUrl + url, headers: { ...headers, host: new URL(baseUrl).host }, body: null },
      response: { status: response.status, headers: Object.fromEntries(response.headers), body, durationMs: Math.round(performance.now() - started) },
    }));
  }
  return `${lines.join('\n')}\n`;
}

// Compare Link too: json-server writes absolute URLs of its own origin into it.
const RULES = 'headers: [link]\n';

async function gate(t: { teardown(fn: () => unknown): void }, candidate: JsonServerVersion): Promise<GateResults> {
  const production = await startJsonServer(t, 'json-server-0');
  const snapshot = await record(production.url);
  await production.close();
  const target = await startJsonServer(t, candidate);
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-upgrade-'));
  await writeFile(path.join(workspace, 'traffic.ndjson'), snapshot);
  return runGate({
    snapshot: 'traffic.ndjson', targetUrl: target.url, failOn: 'breaking', maxRequests: 1000, concurrency: 4, rateLimit: 0,
    timeoutMs: 10_000, methods: new Set(['GET']), headers: {}, s3: {}, workspace, seed: 1,
    rules: parseRuleBook(RULES, '.github/replay-gate.yml'),
  });
}

const byName = (results: GateResults) => new Map(results.endpoints.map((e) => [e.endpoint, e]));
const places = (e: EndpointStats | undefined) => (e?.places ?? []).map((p) => `${p.severity} ${p.kind} ${p.pattern}`);

test('two identical versions: no difference at all, not even in their own origin inside Link', async (t) => {
  const results = await gate(t, 'json-server-0');
  t.is(results.verdict, 'pass', results.reason);
  t.is(results.totals.requests, traffic().length);
  t.is(results.totals.differing, 0);
  t.is(results.totals.info, 0);
  t.is(results.totals.noiseCancelled, 0);
  for (const e of results.endpoints) t.deepEqual([...e.places, ...e.noise], [], e.endpoint);
});

test('0.17.4 → 1.0.0-beta.3: every documented breaking change is found on the endpoint it affects', async (t) => {
  const results = await gate(t, 'json-server-1');
  t.is(results.verdict, 'fail');
  const endpoints = byName(results);
  // Ground truth: json-server 1.0's documented changes, as they show on this traffic.
  const truth: Record<string, { breaking: boolean; places: string[] }> = {
    // ids are strings in 1.0; `_page` with `_per_page` answers an object ({first, prev, next,
    // last, pages, items, data}) instead of the page's array, without a Link header; JSONP
    // (`callback=`) is gone, so the body is JSON, not JavaScript; `_order` is gone (`_sort=-title`
    // instead), so the order is the file's; `_embed` matches by the (now string) id and finds nothing.
    'GET /posts': { breaking: true, places: ['breaking type $[*].id', 'breaking type $', 'breaking removed header:link', 'breaking content-type header:content-type'] },
    // ids are strings; `_expand` is gone; a miss answers `Not Found` as text, not `{}` as JSON.
    'GET /posts/{id}': { breaking: true, places: ['breaking type $.id', 'breaking removed $.author', 'breaking content-type header:content-type'] },
    'GET /comments': { breaking: true, places: ['breaking type $[*].id'] },
    'GET /authors/{id}': { breaking: true, places: ['breaking type $.id'] },
    // The whole-database route is gone.
    'GET /db': { breaking: true, places: ['breaking status status'] },
    // Singular resources are unchanged.
    'GET /profile': { breaking: false, places: [] },
  };
  t.deepEqual([...endpoints.keys()].sort(), Object.keys(truth).sort());
  for (const [name, expected] of Object.entries(truth)) {
    const found = endpoints.get(name);
    t.is((found?.breaking ?? 0) > 0, expected.breaking, name);
    for (const place of expected.places) t.true(places(found).includes(place), `${name}: ${place} in ${places(found).join('; ')}`);
  }
});

test('0.17.4 → 1.0.0-beta.3: the comment leads with every breaking cause, each once with its endpoints, and shows the URLs that behave differently', async (t) => {
  const results = await gate(t, 'json-server-1');
  const said = (results.causes ?? []).filter((c) => c.severity === 'breaking').map((c) => `${c.kind} ${c.pattern} ${c.from ?? ''}→${c.to ?? ''} on ${[...c.endpoints].sort().join(', ')}`);
  t.deepEqual(said.sort(), [
    'content-type header:content-type application/json→text/plain on GET /posts/{id}',
    'content-type header:content-type text/javascript→application/json on GET /posts',
    'format body → on GET /posts, GET /posts/{id}',
    'removed $.author → on GET /posts/{id}',
    'removed header:link → on GET /posts',
    'status status 200→404 on GET /db',
    'type $ array→object on GET /posts',
    'type $.id number→string on GET /authors/{id}, GET /posts/{id}',
    'type $[*].id number→string on GET /comments, GET /posts',
  ]);
  const comment = fitReport(results, { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION }, COMMENT_LIMIT);
  const causes = comment.slice(comment.indexOf('### What changed'), comment.indexOf('| Endpoint |'));
  for (const phrase of ['`$.id` became a string', '`$[*].id` became a string', '`$` became an object (was an array)', 'field removed `$.author`', 'header removed `header:link`',
    'content type `text/javascript → application/json`', 'content type `application/json → text/plain`', 'status `200 → 404`']) {
    t.true(causes.replace(/\\/g, '').includes(phrase), phrase);
  }
  // The query variants that behave differently are shown as requests a reviewer can run.
  for (const url of [/GET \/posts\?_page=\d+&_per_page=2/, /GET \/posts\/\d+\?_expand=author/, /GET \/posts\?callback=cb\d/]) t.regex(comment, url);
});

/** A report with what differs between runs of the same services written out: their ports, the clock, response times. */
function normalised(text: string): string {
  return text
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME')
    .replace(/"durationMs":\d+/g, '"durationMs":0')
    .replace(/p50 \d+ → \d+ ms, p95 \d+ → \d+ ms/g, 'p50 N → N ms, p95 N → N ms');
}

/**
 * Response times follow the machine's load (two cores shared by parallel tests): a slow moment
 * must not read as a slower release in one of two runs. Latency judgement has tests of its own.
 */
function untimed(results: GateResults): GateResults {
  for (const e of results.endpoints) if (e.latency) e.latency = { ...e.latency, regression: false, gated: false };
  return results;
}

test('0.17.4 → 1.0.0-beta.3: the comment and the HTML report match their golden files, and two runs give the same reports', async (t) => {
  const options = { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION };
  const runs = [untimed(await gate(t, 'json-server-1')), untimed(await gate(t, 'json-server-1'))];
  const [comment, again] = runs.map((results) => normalised(fitReport(results, options, COMMENT_LIMIT)));
  const [html, htmlAgain] = runs.map((results) => normalised(renderHtmlReport(results, options)));
  t.is(again, comment, 'the same snapshot, seed and services: the same comment');
  t.is(htmlAgain, html, 'and the same HTML report');
  matchesGolden(t, 'upgrade-json-server-comment.md', comment!);
  matchesGolden(t, 'upgrade-json-server-report.html', html!);
});
