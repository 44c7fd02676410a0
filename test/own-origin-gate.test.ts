// Through the whole gate: two identical versions of a service on different ports, each linking to
// itself (Link, Location, self URLs), recorded at the production host, are no difference at all;
// records whose ids became strings are one cause per record; slugs are one endpoint.
import test from 'ava';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { compileRuleBook } from '../src/config/rule-book.js';
import { type GateOptions, runGate } from '../src/gate.js';
import { serve } from './helpers/local-server.js';
import { writeSnapshot } from './helpers/ndjson-snapshot.js';

const PROD = 'https://api.example.com';
const SLUGS = Array.from({ length: 24 }, (_, i) => `${['trail', 'road', 'court'][i % 3]}-shoe-${String.fromCharCode(97 + i)}`);

/** A small posts and products service whose links name the origin it was asked at. */
function answer(base: string, url: string, idsAsStrings: boolean): { status: number; headers: Record<string, string>; body: string } {
  const [pathname, query] = url.split('?');
  if (pathname === '/posts') {
    const pageNumber = Number(new URLSearchParams(query).get('_page') ?? 1);
    const posts = Array.from({ length: 10 }, (_, k) => {
      const id = (pageNumber - 1) * 10 + k + 1;
      return { id: idsAsStrings ? String(id) : id, title: `post ${id}`, self: `${base}/posts/${id}` };
    });
    if (idsAsStrings) posts.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    return {
      status: 200,
      headers: { 'content-type': 'application/json', link: `<${base}/posts?_page=${pageNumber + 1}>; rel="next", <${base}/posts?_page=10>; rel="last"` },
      body: JSON.stringify(posts),
    };
  }
  const slug = pathname!.split('/')[2]!;
  return { status: 200, headers: { 'content-type': 'application/json', location: `${base}/products/${slug}` }, body: JSON.stringify({ slug, self: `${base}${pathname}` }) };
}

async function service(t: Parameters<typeof serve>[0], idsAsStrings = false) {
  const server = await serve(t, (req: IncomingMessage, res) => {
    const base = `http://${req.headers.host}`;
    const a = answer(base, req.url!, idsAsStrings);
    res.writeHead(a.status, a.headers);
    res.end(a.body);
  });
  return server;
}

async function snapshot(): Promise<string> {
  const urls = [...Array.from({ length: 10 }, (_, i) => `/posts?_page=${i + 1}`), ...SLUGS.map((slug) => `/products/${slug}`)];
  const work = await writeSnapshot([]);
  const lines = urls.map((url, i) => {
    const recorded = answer(PROD, url, false);
    return JSON.stringify({ id: `r-${i}`, request: { method: 'GET', url, headers: { host: 'api.example.com' }, body: null }, response: recorded });
  });
  await writeFile(path.join(work, 'traffic.ndjson'), `${lines.join('\n')}\n`);
  return work;
}

function options(targetUrl: string, workspace: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot: 'traffic.ndjson', targetUrl, failOn: 'changed', maxRequests: 1000, concurrency: 2, rateLimit: 0, timeoutMs: 10_000,
    methods: new Set(['GET']), headers: {}, s3: { endpoint: '', region: '' }, workspace, seed: 1,
    rules: compileRuleBook({ headers: ['link', 'location'] }), ...extra,
  };
}

test('two identical versions on other ports than production give no difference at all, with and without a baseline', async (t) => {
  const work = await snapshot();
  const target = await service(t);
  const baseline = await service(t);
  for (const extra of [{}, { baselineUrl: baseline.url }]) {
    const results = await runGate(options(target.url, work, extra));
    t.is(results.verdict, 'pass', results.reason);
    t.deepEqual(results.endpoints.map((e) => e.endpoint).sort(), ['GET /posts', 'GET /products/{slug}']);
    t.true(results.endpoints.every((e) => e.differing === 0 && e.places.length === 0), JSON.stringify(results.endpoints.map((e) => e.places)));
  }
});

test('ids that became strings (and now sort as strings) are one type change per record, not values across records', async (t) => {
  const work = await snapshot();
  const target = await service(t, true);
  const results = await runGate(options(target.url, work));
  t.is(results.verdict, 'fail');
  const posts = results.endpoints.find((e) => e.endpoint === 'GET /posts')!;
  t.deepEqual(posts.places.map((p) => `${p.pattern} ${p.kind}`).sort(), ['$ order', '$[*].id type']);
  t.is(results.endpoints.find((e) => e.endpoint === 'GET /products/{slug}')!.differing, 0);
});
