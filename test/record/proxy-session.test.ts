// A session recorded through the proxy, then gated: pass against the same service, fail on the
// seeded regressions against v2; the session only readable once it is complete.
import test from 'ava';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { demoTraffic } from '../../stack/record.js';
import { startSampleService } from '../../stack/sample-service.js';
import { breakingEndpoints, chunkTexts, gateOn, readRecorded, sendTraffic, startProxy } from '../helpers/recording.js';

test('a session recorded through the proxy replays as pass on v1 and fails on exactly the seeded endpoints of v2', async (t) => {
  const v1 = await startSampleService('v1');
  const v2 = await startSampleService('v2');
  t.teardown(() => Promise.all([v1.close(), v2.close()]));
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-proxy-'));
  const proxy = await startProxy(v1.url, out);
  const traffic = demoTraffic();
  const direct = await sendTraffic(v1.url, traffic);
  const through = await sendTraffic(proxy.url, traffic);
  t.deepEqual(through, direct, 'the proxy answers as the service does');

  // While the session is open, the folder holds no snapshot the gate may read.
  await t.throwsAsync(readRecorded(out), { message: /no snapshot in folder .*: it holds (only sessions still being recorded|no files)/ });
  t.deepEqual(await proxy.shutdown(1000, 5000), []);

  const recorded = await readRecorded(out);
  const gets = traffic.filter((item) => item.method === 'GET').length;
  t.is(recorded.issues, 0);
  t.is(recorded.exchanges.length, gets, 'every GET recorded, the POSTs not (default methods)');
  t.regex(recorded.name, /session-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-[0-9a-f]{6}_0\.ndjson\.gz$/);
  const files = await readdir(out);
  t.true(files.some((f) => f.endsWith('.complete')));
  const complete = JSON.parse(await readFile(path.join(out, files.find((f) => f.endsWith('.complete'))!), 'utf8'));
  t.is(complete.exchanges, gets);
  t.is(proxy.recorder.counters.recorded, gets);
  t.is(proxy.recorder.counters.skipped.get('method'), traffic.length - gets);

  const orders = recorded.exchanges.find((e) => e.request.url === '/api/orders/980')!;
  t.is(orders.response?.status, 200);
  t.like(JSON.parse(orders.response!.body as string), { id: 980, customer: { id: 500 } });
  // The credentials the demo traffic carries are never written: stand-ins instead.
  const text = (await chunkTexts(out)).join('\n');
  t.false(text.includes('prod-secret'));
  t.false(text.includes('prod-token'));
  t.regex(orders.request.headers.authorization!, /^Bearer rg-hmac-[0-9a-f]{32}$/);
  t.regex(orders.request.headers.cookie!, /^session=rg-hmac-[0-9a-f]{32}$/);

  const same = await gateOn(out, v1.url);
  t.is(same.verdict, 'pass', same.reason);
  const regressed = await gateOn(out, v2.url);
  t.is(regressed.verdict, 'fail', regressed.reason);
  t.deepEqual(breakingEndpoints(regressed), ['GET /api/orders/{id}', 'GET /api/stock/{id}']);
});
