/**
 * The labelled corpus: each case is one endpoint seen through many requests, with what
 * production recorded, what a known-good baseline answers and what the candidate answers.
 * `regression` is the truth a reviewer would give; the gate must agree on every case.
 */
import type { ObservedResponse } from '../../src/replay/types.js';
import type { RulesFile } from '../../src/config/rule-book.js';
import { deflateRawSync } from 'node:zlib';
import { bytes, isoTime, json, order, randomFor, text, token, uuid } from './answers.js';

/** Where the judge says the candidate and the baseline run, and the host the traffic was recorded at. */
export const CANDIDATE_URL = 'http://127.0.0.1:4101/preview';
export const BASELINE_URL = 'http://127.0.0.1:4102';
export const RECORDED_HOST = 'api.example.com';

export type Side = 'recorded' | 'baseline' | 'candidate';

export interface CorpusCase {
  name: string;
  /** True when the candidate really changed behaviour; `breaking` when it breaks clients. */
  regression: false | 'changed' | 'breaking';
  requests: number;
  baseline?: boolean;
  /** Expect drift to be reported (baseline cases where the data moved since the recording). */
  drift?: boolean;
  rules?: RulesFile;
  method?: string;
  /** The URL of request `i`; `/corpus/{1000 + i}` unless given. */
  url?: (i: number) => string;
  /** The answer of `side` to request `i`, its `ask`-th time (0, 1, then 2 for confirmation). */
  answer(side: Side, i: number, ask: number, random: () => number): ObservedResponse;
}

const noisy = (i: number, random: () => number) => ({ ...order(1000 + i), meta: { requestId: uuid(random), generatedAt: isoTime(random), traceId: token(random) } });
const same = (build: (i: number, r: () => number) => unknown) => (_: Side, i: number, _ask: number, r: () => number) => json(build(i, r));
const candidateOnly = (change: (body: any, i: number, r: () => number) => unknown) => (side: Side, i: number, _ask: number, r: () => number) => {
  const body: any = noisy(i, r);
  return json(side === 'candidate' ? change(body, i, r) : body);
};

// The base URL each side names itself by in its links.
const ownBase = (side: Side) => (side === 'recorded' ? `https://${RECORDED_HOST}` : side === 'baseline' ? BASELINE_URL : CANDIDATE_URL);
const posts = (n: number, id: (i: number) => unknown = (i) => i) => Array.from({ length: n }, (_, k) => ({ id: id(k), userId: 1 + (k % 10), title: `post ${k}` }));
const page = (side: Side, i: number) => {
  const base = ownBase(side);
  return json(
    posts(10).map((p, k) => ({ ...p, id: k + 10 * i, self: `${base}/posts/${k + 10 * i}` })),
    200,
    { link: `<${base}/posts?_page=${i + 2}>; rel="next", <${base}/posts?_page=10>; rel="last"`, location: `${base}/posts?_page=${i + 1}` },
  );
};
const SLUGS = ['trail', 'road', 'court', 'track', 'hike', 'city', 'beach', 'snow'];
const slugUrl = (i: number) => `/products/${SLUGS[i % 8]}-shoe-${String.fromCharCode(97 + Math.floor(i / 8))}`;
const product = (i: number) => ({ slug: slugUrl(i).slice(10), name: `Shoe ${i}`, price: 50 + i, stock: i % 7 });

export const cases: CorpusCase[] = [
  // ── Clean: noise only, rules, drift ─────────────────────────────────────────────────────
  { name: 'identical answers', regression: false, requests: 20, answer: same((i) => order(i)) },
  { name: 'ISO timestamps move on every answer', regression: false, requests: 20, answer: same((i, r) => ({ ...order(i), at: isoTime(r) })) },
  { name: 'UUID request ids', regression: false, requests: 20, answer: same((i, r) => ({ ...order(i), requestId: uuid(r) })) },
  { name: 'opaque trace ids vary on their own', regression: false, requests: 20, answer: same((i, r) => ({ ...order(i), trace: token(r) })) },
  { name: 'a view counter varies on its own', regression: false, requests: 30, answer: same((i, r) => ({ ...order(i), views: 1000 + Math.floor(r() * 50) })) },
  { name: 'an optional field comes and goes', regression: false, requests: 40, answer: same((i, r) => ({ ...order(i), ...(r() < 0.5 ? { promo: 'X' } : {}) })) },
  { name: 'a list in random order every time', regression: false, requests: 30, answer: same((i, r) => ({ tags: ['a', 'b', 'c', 'd'].sort(() => r() - 0.5), id: i })) },
  { name: 'HTTP dates move', regression: false, requests: 10, answer: same((i, r) => ({ id: i, lastModified: new Date(1.7e12 + Math.floor(r() * 1e9)).toUTCString() })) },
  { name: 'total within absolute tolerance', regression: false, requests: 10, rules: { tolerance: { '$.total': 0.01 } },
    answer: (s, i) => json({ ...order(i), total: order(i).total + (s === 'candidate' ? 0.004 : 0) }) },
  { name: 'price within relative tolerance', regression: false, requests: 10, rules: { tolerance: { '$.items[*].price': '1%' } },
    answer: (s, i) => json({ ...order(i), items: order(i).items.map((it) => ({ ...it, price: it.price * (s === 'candidate' ? 1.005 : 1) })) }) },
  { name: 'ignored debug field changes', regression: false, requests: 10, rules: { ignore: ['$.debug'] },
    answer: (s, i) => json({ ...order(i), debug: s === 'candidate' ? { build: 'pr-7' } : { build: 'main' } }) },
  { name: 'route-level ignore of a changed field', regression: false, requests: 10, rules: { routes: [{ match: 'GET /corpus/{id}', ignore: ['$.build'] }] },
    answer: (s, i) => json({ ...order(i), build: s }) },
  { name: 'compared etag header varies on its own', regression: false, requests: 20, rules: { headers: ['etag'] },
    answer: (_, i, _a, r) => json(order(i), 200, { etag: `"${token(r, 8)}"` }) },
  { name: 'unordered list reordered by the candidate', regression: false, requests: 10, rules: { unordered: ['$.items'] },
    answer: (s, i) => json({ ...order(i), items: s === 'candidate' ? [...order(i).items].reverse() : order(i).items }) },
  { name: 'keyed list reordered by the candidate', regression: false, requests: 10, rules: { unordered: [{ path: '$.items', key: 'sku' }] },
    answer: (s, i) => json({ ...order(i), items: s === 'candidate' ? [...order(i).items].reverse() : order(i).items }) },
  { name: 'severity override makes a type change informational', regression: false, requests: 10, rules: { severity: { '$.debug': 'info' } },
    answer: (s, i) => json({ ...order(i), debug: s === 'candidate' ? 'on' : 1 }) },
  { name: 'a new field is informational', regression: false, requests: 10, answer: (s, i) => json({ ...order(i), ...(s === 'candidate' ? { loyalty: 3 } : {}) }) },
  { name: 'drift: stock moved since the recording', regression: false, drift: true, requests: 20, baseline: true,
    answer: (s, i) => json({ sku: i, stock: s === 'recorded' ? 17 : 15 }) },
  { name: 'drift: a field dropped by a data migration on both live sides', regression: false, drift: true, requests: 20, baseline: true,
    answer: (s, i) => { const o: any = order(i); if (s !== 'recorded') delete o.customer.email; return json(o); } },
  { name: 'baseline noise: request ids vary on both live sides', regression: false, requests: 20, baseline: true, answer: same(noisy) },
  { name: 'baseline noise and drift together', regression: false, drift: true, requests: 30, baseline: true,
    answer: (s, i, _a, r) => json({ ...noisy(i, r), currency: s === 'recorded' ? 'USD' : 'EUR' }) },
  { name: 'HTML with a timestamp line', regression: false, requests: 20, answer: (_, i, _a, r) => text(`<h1>Order ${i}</h1>\n<p>rendered ${isoTime(r)}</p>\n`) },
  { name: 'identical binary body', regression: false, requests: 10, answer: (_, i) => bytes(Buffer.from([1, 2, 3, i])) },
  { name: 'a nullable field flips between null and a value', regression: false, requests: 40, answer: same((i, r) => ({ ...order(i), discount: r() < 0.5 ? null : 5 })) },
  { name: 'a rare flake the second ask does not repeat', regression: false, requests: 40,
    answer: (s, i, ask) => json({ ...order(i), total: s === 'candidate' && ask === 0 && i % 13 === 0 ? 0 : order(i).total }) },
  { name: 'HEAD: bodies are not compared', regression: false, requests: 10, method: 'HEAD', answer: (s, i) => json(s === 'candidate' ? {} : order(i)) },
  { name: 'noisy order document, nothing changed', regression: false, requests: 40, answer: same(noisy) },
  // Drawn from real upgrades: each deployment links to itself; slugs name records; long lists; raw deflate.
  { name: 'own-origin Link and Location headers and self URLs', regression: false, requests: 20, rules: { headers: ['link', 'location'] },
    answer: (s, i) => page(s, i) },
  { name: 'baseline: own-origin links on all three sides', regression: false, requests: 20, baseline: true, rules: { headers: ['link', 'location'] },
    answer: (s, i) => page(s, i) },
  { name: 'slug ids are one endpoint', regression: false, requests: 40, url: slugUrl, answer: same((i) => product(i)) },
  { name: 'a list of 450 records, noise only', regression: false, requests: 10,
    answer: (_, i, _a, r) => json({ posts: posts(450).map((p) => ({ ...p, title: `${p.title} ${i}` })), requestId: uuid(r) }) },
  { name: 'raw deflate answers (no zlib header)', regression: false, requests: 10,
    answer: (s, i) => (s === 'candidate' ? { ...json(order(i)), headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: deflateRawSync(JSON.stringify(order(i))) } : json(order(i))) },

  // ── Regressions ───────────────────────────────────────────────────────────────────────
  { name: 'field removed', regression: 'breaking', requests: 20, answer: candidateOnly((b) => { delete b.customer; return b; }) },
  { name: 'status 200 → 500', regression: 'breaking', requests: 20,
    answer: (s, i, _a, r) => (s === 'candidate' ? json({ error: 'boom' }, 500) : json(noisy(i, r))) },
  { name: 'content type JSON → HTML', regression: 'breaking', requests: 10, answer: (s, i) => (s === 'candidate' ? text(`<p>${i}</p>`) : json(order(i))) },
  { name: 'number became string', regression: 'breaking', requests: 20, answer: candidateOnly((b) => ({ ...b, total: String(b.total) })) },
  { name: 'JSON became malformed', regression: 'breaking', requests: 10,
    answer: (s, i) => (s === 'candidate' ? { ...json(order(i)), body: Buffer.from('{"id":') } : json(order(i))) },
  { name: 'prices up 10%', regression: 'changed', requests: 20, answer: candidateOnly((b) => ({ ...b, items: b.items.map((it: any) => ({ ...it, price: it.price * 1.1 })) })) },
  { name: 'an item dropped from the list', regression: 'changed', requests: 20, answer: candidateOnly((b) => ({ ...b, items: b.items.slice(1) })) },
  { name: 'first item dropped, another appended', regression: 'changed', requests: 20,
    answer: candidateOnly((b) => ({ ...b, items: [...b.items.slice(1), { sku: 'SKU-NEW', qty: 1, price: 1 }] })) },
  { name: 'list order reversed', regression: 'changed', requests: 20, answer: candidateOnly((b) => ({ ...b, items: [...b.items].reverse() })) },
  { name: 'total beyond tolerance', regression: 'changed', requests: 10, rules: { tolerance: { '$.total': 0.01 } },
    answer: (s, i) => json({ ...order(i), total: order(i).total + (s === 'candidate' ? 0.05 : 0) }) },
  { name: 'a varying timestamp becomes a number', regression: 'breaking', requests: 20,
    answer: (s, i, _a, r) => json({ ...order(i), at: s === 'candidate' ? Date.now() + Math.floor(r() * 1000) : isoTime(r) }) },
  { name: 'field removed among trace-id noise', regression: 'breaking', requests: 30, answer: candidateOnly((b) => { delete b.customer.name; return b; }) },
  { name: 'field removed on a one-request endpoint', regression: 'breaking', requests: 1, answer: candidateOnly((b) => { delete b.currency; return b; }) },
  { name: 'baseline: field removed by the candidate only', regression: 'breaking', requests: 20, baseline: true, answer: candidateOnly((b) => { delete b.customer; return b; }) },
  { name: 'baseline: drift and a real regression together', regression: 'breaking', drift: true, requests: 20, baseline: true,
    answer: (s, i, _a, r) => { const b: any = { ...noisy(i, r), currency: s === 'recorded' ? 'USD' : 'EUR' }; if (s === 'candidate') delete b.status; return json(b); } },
  { name: 'compared cache-control header changed', regression: 'changed', requests: 10, rules: { headers: ['cache-control'] },
    answer: (s, i) => json(order(i), 200, { 'cache-control': s === 'candidate' ? 'no-store' : 'max-age=60' }) },
  { name: 'HTML text changed', regression: 'changed', requests: 10, answer: (s, i) => text(`<h1>Order ${i}</h1>\n<p>${s === 'candidate' ? 'Sold out' : 'In stock'}</p>\n`) },
  { name: 'binary body changed', regression: 'changed', requests: 10, answer: (s, i) => bytes(Buffer.from([1, 2, 3, i, s === 'candidate' ? 9 : 0])) },
  { name: 'a value became null', regression: 'changed', requests: 20, answer: candidateOnly((b) => ({ ...b, currency: null })) },
  { name: 'keyed list: an element changed', regression: 'changed', requests: 10, rules: { unordered: [{ path: '$.items', key: 'sku' }] },
    answer: candidateOnly((b) => ({ ...b, items: [...b.items].reverse().map((it: any, n: number) => (n === 0 ? { ...it, qty: it.qty + 5 } : it)) })) },
  { name: 'a field that varies in value is removed', regression: 'breaking', requests: 30,
    answer: (s, i, _a, r) => json(s === 'candidate' ? order(i) : { ...order(i), views: Math.floor(r() * 1000) }) },
  { name: 'status 200 → 201', regression: 'changed', requests: 10, answer: (s, i) => json(order(i), s === 'candidate' ? 201 : 200) },
  { name: 'half the requests lose a field', regression: 'breaking', requests: 40, answer: candidateOnly((b, i) => { if (i % 2) delete b.customer; return b; }) },
  { name: 'noisy counter plus a real status change', regression: 'breaking', requests: 20,
    answer: (s, i, _a, r) => json({ ...order(i), views: Math.floor(r() * 1000) }, s === 'candidate' ? 404 : 200) },
  { name: 'ids became strings inside a list, now sorted as strings', regression: 'breaking', requests: 20,
    answer: (s) => json(s === 'candidate' ? posts(30, String).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)) : posts(30)) },
  { name: 'pagination shape: the array became an object', regression: 'breaking', requests: 20,
    answer: (s, i) => json(s === 'candidate' ? { data: posts(10), page: i + 1, total: 100 } : posts(10)) },
  { name: 'a record inserted at the front of a 450-record list', regression: 'changed', requests: 10,
    answer: (s) => json(s === 'candidate' ? [{ id: -1, userId: 0, title: 'pinned' }, ...posts(450)] : posts(450)) },
  { name: 'slug ids: a field removed on every product', regression: 'breaking', requests: 40, url: slugUrl,
    answer: (s, i) => { const p: any = product(i); if (s === 'candidate') delete p.stock; return json(p); } },
  { name: 'own-origin links, but the candidate links to another host', regression: 'changed', requests: 20, rules: { headers: ['link'] },
    answer: (s, i) => (s === 'candidate' ? json(JSON.parse(page('recorded', i).body.toString()), 200, { link: '<https://api.example.org/posts?_page=2>; rel="next"' }) : page(s, i)) },
  { name: 'timestamps everywhere, one real value change', regression: 'changed', requests: 30,
    answer: (s, i, _a, r) => json({ ...noisy(i, r), status: s === 'candidate' ? 'cancelled' : order(1000 + i).status }) },
];
