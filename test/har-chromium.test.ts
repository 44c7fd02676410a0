// A HAR as a real browser writes it: headless Chromium (Debian's, through playwright-core)
// records a page that fetches from the sample service, and the gate replays that HAR.
import test from 'ava';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runGate } from '../src/gate.js';
import { startSampleService } from '../stack/sample-service.js';
import { decodeAll, withTempDir } from './helpers/decode.js';
import { resolveSnapshot } from '../src/snapshot/source.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FETCHED = ['/api/orders/981', '/api/orders/982', '/api/products?page=2', '/api/products/7', '/api/stock/10021', '/api/health'];

/** Records the HAR: the page /about, then every FETCHED path fetched by the page's script. */
async function recordHar(serviceUrl: string, harPath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath } });
    const page = await context.newPage();
    await page.goto(`${serviceUrl}/about`);
    // The page reads every body, as a real client does: a body the page never read may be gone
    // from the browser's buffers before the HAR asks for it, and be recorded without content.
    const statuses = await page.evaluate(async (paths) => {
      const answers: number[] = [];
      for (const p of paths) {
        const answer = await fetch(p, { headers: { accept: 'application/json' } });
        await answer.text();
        answers.push(answer.status);
      }
      return answers;
    }, FETCHED);
    if (statuses.some((s) => s !== 200)) throw new Error(`the page's fetches answered ${statuses.join(', ')}`);
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
  }
}

// Outside CI a machine without Chromium skips this test visibly; in CI it must run, and fail.
const runIt = existsSync(CHROMIUM) || process.env.CI === 'true' ? test.serial : test.serial.skip;

runIt('a HAR exported by headless Chromium decodes, plain and gzip, and the gate replays it', async (t) => {
  t.true(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  const v1 = await startSampleService('v1');
  const v2 = await startSampleService('v2');
  t.teardown(async () => {
    await v1.close();
    await v2.close();
  });
  await withTempDir(async (dir) => {
    const harPath = path.join(dir, 'session.har');
    await recordHar(v1.url, harPath);
    const text = await readFile(harPath, 'utf8');
    t.regex(text, /"version": ?"1\.2"/);
    await writeFile(path.join(dir, 'session.har.gz'), gzipSync(text));

    for (const name of ['session.har', 'session.har.gz']) {
      const { exchanges, issues } = await decodeAll(await resolveSnapshot(name, { s3: {}, workspace: dir }));
      t.is(issues.count, 0, `${name}: ${issues.kept.map((i) => i.message).join('; ')}`);
      const byUrl = new Map(exchanges.map((e) => [e.request.url, e]));
      const about = byUrl.get('/about')!;
      t.is(about.request.method, 'GET');
      t.is(about.response?.status, 200);
      t.regex(String(about.response?.body), /About the shop/);
      for (const url of FETCHED) {
        const exchange = byUrl.get(url);
        t.truthy(exchange, `${name} holds ${url}`);
        t.is(exchange!.response?.status, 200, url);
        t.is(exchange!.response?.headers['content-type'], 'application/json', url);
        t.is(typeof exchange!.response!.body, 'string', `${url}: the HAR holds its body`);
        t.notThrows(() => JSON.parse(String(exchange!.response!.body)), url);
        t.is(exchange!.request.headers.accept, 'application/json', url);
      }
      const order = JSON.parse(String(byUrl.get('/api/orders/981')!.response!.body));
      t.is(order.id, 981);
      t.deepEqual(order.customer, { id: 500 + (981 % 7), name: `Customer ${981 % 7}` });
    }

    // The recording against v2, which lost orders' customer field and answers 500 on stock.
    const results = await runGate({
      snapshot: 'session.har', targetUrl: v2.url, failOn: 'breaking', maxRequests: 100, concurrency: 4, rateLimit: 0,
      timeoutMs: 5000, methods: new Set(['GET', 'HEAD', 'OPTIONS']), headers: {}, s3: {}, workspace: dir,
    });
    t.is(results.verdict, 'fail', results.reason);
    t.is(results.snapshot.decodeErrors, 0);
    t.true(results.snapshot.selected >= FETCHED.length + 1);
    const breaking = results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
    t.deepEqual(breaking, ['GET /api/orders/{id}', 'GET /api/stock/{id}']);
  });
});
