// What the recorder keeps: sampling (rate, per-endpoint cap, methods, paths) and redaction (the
// gate's credential policy, configured names and JSON paths, as keyed hashes).
import test from 'ava';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redactor } from '../../src/record/redactor.js';
import { parseRate, Sampler } from '../../src/record/sampler.js';
import { finishedObjects } from '../../src/snapshot/sessions.js';
import type { Exchange } from '../../src/snapshot/types.js';
import { serve } from '../helpers/local-server.js';
import { chunkTexts, readRecorded, sendTraffic, startProxy, TEST_KEY } from '../helpers/recording.js';

const rules = { rate: 1, perEndpointPerMinute: 0, methods: ['GET', 'HEAD', 'OPTIONS'], include: [], exclude: [] };

test('the per-endpoint cap holds per endpoint and per clock minute, endpoints named as the gate names them', (t) => {
  let now = Date.parse('2026-12-01T17:00:10Z');
  const sampler = new Sampler({ ...rules, perEndpointPerMinute: 3 }, () => now);
  const kept = (url: string) => sampler.decide('GET', url).record;
  t.deepEqual([1, 2, 3, 4, 5].map((id) => kept(`/api/orders/${id}`)), [true, true, true, false, false]);
  t.deepEqual([1, 2, 3, 4].map((id) => kept(`/api/products/${id}?x=${id}`)), [true, true, true, false]);
  t.true(kept('/api/health'));
  t.deepEqual(sampler.decide('GET', '/api/orders/SKU-9'), { record: false, reason: 'endpoint-cap' });
  now += 50_000; // the next minute
  t.true(kept('/api/orders/6'));
});

test('methods and path globs decide before the rate; the rate takes its share', (t) => {
  const values = [0.01, 0.5, 0.04, 0.99];
  const sampler = new Sampler({ ...rules, rate: 0.05, include: ['/api/**'], exclude: ['/api/admin/**'] }, Date.now, () => values.shift()!);
  t.deepEqual(sampler.decide('POST', '/api/orders'), { record: false, reason: 'method' });
  t.deepEqual(sampler.decide('GET', '/about'), { record: false, reason: 'excluded' });
  t.deepEqual(sampler.decide('GET', '/api/admin/users'), { record: false, reason: 'excluded' });
  t.deepEqual(sampler.decide('get', '/api/orders/7'), { record: true });
  t.deepEqual(sampler.decide('GET', '/api/orders/8'), { record: false, reason: 'rate' });
  t.true(sampler.decide('GET', '/api/orders/9').record);
  t.false(sampler.decide('GET', '/api/orders/9').record);
  t.is(parseRate('5%'), 0.05);
  t.is(parseRate('0.25'), 0.25);
  t.is(parseRate('100%'), 1);
  t.is(parseRate('120%'), undefined);
  t.is(parseRate('five'), undefined);
});

function exchange(): Exchange {
  return {
    id: 'x',
    request: {
      method: 'GET',
      url: '/api/me?api_key=KEY-123456&page=2&email=ann%40example.com&api_key=KEY-654321',
      headers: { authorization: 'Bearer tok-abcdef-123', cookie: 'sid=cookie-value-1; theme=dark', 'x-tenant': 'tenant-secret-9', accept: 'application/json' },
      body: null,
    },
    response: {
      status: 200,
      headers: { 'set-cookie': 'sid=cookie-value-2; Path=/; Expires=Wed, 09 Jun 2027 10:18:14 GMT, lang=en; Path=/', 'content-type': 'application/json' },
      body: JSON.stringify({ user: { email: 'ann@example.com', name: 'Ann' }, echo: 'tok-abcdef-123', items: [{ ssn: '123-45-6789' }, { ssn: '987-65-4321' }] }),
    },
  };
}

test('redaction: credentials by the gate policy, configured headers, query and JSON paths, echoes too; equal values equal stand-ins', (t) => {
  const redactor = new Redactor({ headers: ['X-Tenant'], query: ['email'], json: ['$.user.email', '$.items[*].ssn'] }, TEST_KEY);
  const out = redactor.redact(exchange());
  const text = JSON.stringify(out);
  for (const secret of ['KEY-123456', 'KEY-654321', 'tok-abcdef-123', 'cookie-value-1', 'cookie-value-2', 'tenant-secret-9', 'ann@example.com', 'ann%40example.com', '123-45-6789', '987-65-4321']) {
    t.false(text.includes(secret), secret);
  }
  const hash = (value: string) => redactor.hash(value);
  t.is(out.request.url, `/api/me?api_key=${hash('KEY-123456')}&page=2&email=${hash('ann@example.com')}&api_key=${hash('KEY-654321')}`);
  t.is(out.request.headers.authorization, `Bearer ${hash('tok-abcdef-123')}`);
  t.is(out.request.headers.cookie, `sid=${hash('cookie-value-1')}; theme=${hash('dark')}`);
  t.is(out.request.headers['x-tenant'], hash('tenant-secret-9'));
  t.is(out.request.headers.accept, 'application/json');
  t.is(out.response!.headers['set-cookie'], `sid=${hash('cookie-value-2')}; Path=/; Expires=Wed, 09 Jun 2027 10:18:14 GMT, lang=${hash('en')}; Path=/`);
  const body = JSON.parse(out.response!.body as string);
  t.deepEqual(body, { user: { email: hash('ann@example.com'), name: 'Ann' }, echo: hash('tok-abcdef-123'), items: [{ ssn: hash('123-45-6789') }, { ssn: hash('987-65-4321') }] });
  // Keyed: the same value under another key is another stand-in.
  t.not(new Redactor({ headers: [], query: [], json: [] }, Buffer.from('another-key-another-key')).hash('tok-abcdef-123'), hash('tok-abcdef-123'));
});

test('a redacted value sent through the proxy never appears in any chunk, though the service echoes it', async (t) => {
  const service = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'sid=server-issued-cookie-77; HttpOnly' });
    res.end(JSON.stringify({ you: req.headers.authorization, url: req.url, profile: { email: 'bob@example.com' } }));
  });
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-redact-'));
  const proxy = await startProxy(service.url, out, { redact: { json: ['$.profile.email'] } });
  const statuses = await sendTraffic(proxy.url, [
    { method: 'GET', path: '/api/a?access_token=query-token-5551', headers: { authorization: 'Bearer header-token-4441' } },
    { method: 'GET', path: '/api/b', headers: { authorization: 'Bearer header-token-4441', 'x-api-key': 'api-key-3331' } },
  ]);
  t.deepEqual(statuses, [200, 200]);
  t.true(service.seen.every((s) => s.headers.authorization === 'Bearer header-token-4441'), 'the service gets the request untouched');
  t.deepEqual(await proxy.shutdown(1000, 5000), []);
  const text = (await chunkTexts(out)).join('');
  for (const secret of ['query-token-5551', 'header-token-4441', 'api-key-3331', 'server-issued-cookie-77', 'bob@example.com']) t.false(text.includes(secret), secret);
  const { exchanges } = await readRecorded(out);
  t.is(exchanges.length, 2);
  t.is(exchanges[0]!.request.headers.authorization, exchanges[1]!.request.headers.authorization, 'equal values stay equal');
});

test('the sampling caps hold per endpoint through the proxy', async (t) => {
  const service = await serve(t, (_req, res) => res.end('{}'));
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-cap-'));
  const proxy = await startProxy(service.url, out, { sample: { perEndpointPerMinute: 4 } });
  const traffic = [
    ...Array.from({ length: 20 }, (_, i) => ({ method: 'GET', path: `/api/products/${i}` })),
    ...Array.from({ length: 3 }, () => ({ method: 'GET', path: '/api/health' })),
    ...Array.from({ length: 6 }, (_, i) => ({ method: 'GET', path: `/api/orders/${i}/items` })),
  ];
  await sendTraffic(proxy.url, traffic);
  await proxy.shutdown(1000, 5000);
  const { exchanges } = await readRecorded(out);
  const per = new Map<string, number>();
  for (const e of exchanges) {
    const key = e.request.url.replace(/\d+/g, '{id}');
    per.set(key, (per.get(key) ?? 0) + 1);
  }
  // A minute boundary mid-test may let one endpoint start a second minute's count.
  t.true(per.get('/api/products/{id}')! >= 4 && per.get('/api/products/{id}')! <= 8, String(per.get('/api/products/{id}')));
  t.is(per.get('/api/health'), 3);
  t.true(per.get('/api/orders/{id}/items')! >= 4);
  t.is(service.seen.length, traffic.length, 'every request was served');
});

test('a session is complete only with its marker; objects without markers keep the plain rule', (t) => {
  const at = (key: string, modified = 1) => ({ key, modified });
  const objects = [
    at('p/old.ndjson'), at('p/s-1_0.ndjson.gz'), at('p/s-1_1.ndjson.gz'), at('p/s-1.recording'), at('p/s-1.complete'),
    at('p/s-2_0.ndjson.gz', 9), at('p/s-2.recording', 9), at('p/requests_0.gor', 5),
  ];
  t.deepEqual(finishedObjects(objects).map((o) => o.key), ['p/old.ndjson', 'p/s-1_0.ndjson.gz', 'p/s-1_1.ndjson.gz', 'p/requests_0.gor']);
});
