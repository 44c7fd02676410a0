// The HTML report opened in headless Chromium (Debian's, through playwright-core): it renders the
// endpoints and the side-by-side diff, its filters work, hostile text stays text, and the page
// makes no request at all. Leaves a screenshot in test/__outputs__/html-report.png to look at.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { chromium, type Page } from 'playwright-core';
import type { GateResults } from '../src/gate.js';
import { renderHtmlReport } from '../src/report/html-report.js';
import { endpointStats, exampleRequest, fixture, place, projectRoot, REPRODUCTION } from './report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE = 'GET /x/<img src="http://127.0.0.1:9/pixel" onerror="window.__pwned=1">/{id}';

/** The golden fixture plus one endpoint of each remaining class, and one with a hostile name and body. */
function results(): GateResults {
  const base = fixture();
  const info = endpointStats('GET /api/catalog', {
    requests: 4, compared: 4, info: 4, places: [place('$.badges', 'added', 'info', 4)],
    example: exampleRequest({ id: 'r-300', url: '/api/catalog', differences: [{ kind: 'added', path: '$.badges', pattern: '$.badges', severity: 'info', actual: '[]' }] }),
  });
  const noisy = endpointStats('GET /api/products/{id}', { requests: 9, compared: 9, noiseCancelled: 4, noise: [place('$.views', 'value', 'changed', 4, 9)] });
  const hostile = endpointStats(HOSTILE, {
    requests: 2, compared: 2, differing: 1, changed: 1, places: [place('$.note', 'value', 'changed', 1)],
    example: exampleRequest({
      id: 'r-<b>9</b>', url: '/x/"><script>window.__pwned=2</script>',
      differences: [{ kind: 'value', path: '$.note', pattern: '$.note', severity: 'changed', expected: '"</td></tr></table><script>window.__pwned=3</script>"', actual: '"ok"' }],
      excerpts: { expected: 'HTTP 200 text/html\n\n<script>window.__pwned=4</script>\n<link rel=stylesheet href="http://127.0.0.1:9/s.css">', actual: 'HTTP 200 text/html\n\n<p>fine</p>' },
    }),
  });
  const orders = base.endpoints[0]!;
  orders.example!.excerpts = {
    expected: `HTTP 200 application/json\n\n${JSON.stringify({ id: 981, status: 'open', items: [{ sku: 'A-1', qty: 2 }], total: 10, note: 'unchanged line' }, null, 2)}`,
    actual: `HTTP 200 application/json\n\n${JSON.stringify({ id: 981, status: 'open', items: [{ qty: 2 }], total: 12, note: 'unchanged line' }, null, 2)}`,
  };
  return { ...base, endpoints: [...base.endpoints, info, noisy, hostile] };
}

async function visibleRows(page: Page): Promise<string[]> {
  return page.$$eval('#endpoints tbody tr', (rows) => rows.filter((r) => !(r as unknown as { hidden: boolean }).hidden).map((r) => r.querySelector('td:nth-child(2)')!.textContent!));
}

// Outside CI a machine without Chromium skips this test visibly; in CI it must run, and fail.
const runIt = existsSync(CHROMIUM) || process.env.CI === 'true' ? test.serial : test.serial.skip;

runIt('the HTML report renders endpoints and side-by-side diffs, filters work, and nothing is fetched', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-html-'));
  const file = path.join(dir, 'report.html');
  await writeFile(file, renderHtmlReport(results(), { checkName: 'replay-gate', reproduction: REPRODUCTION, runUrl: 'https://github.com/acme/shop/actions/runs/42' }));
  const url = pathToFileURL(file).href;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  t.teardown(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const consoleMessages: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => consoleMessages.push(message.text()));
  await page.goto(url, { waitUntil: 'load' });

  // Endpoints, ranked by impact, with the counts.
  t.deepEqual(await visibleRows(page), ['GET /api/orders/{id}', 'GET /api/users/{id}', HOSTILE, 'GET /api/catalog', 'GET /api/products/{id}', 'GET /health']);
  t.is(await page.textContent('#shown'), '6');
  t.is(await page.textContent('header.verdict h1'), 'FAIL replay-gate');

  // The side-by-side diff of the orders example: the changed line marks what changed.
  const diff = page.locator('#ep-0 table.diff');
  t.true(await diff.isVisible());
  t.deepEqual(await diff.locator('tr.changed td.l mark').allTextContents(), ['10']);
  t.deepEqual(await diff.locator('tr.changed td.r mark').allTextContents(), ['12']);
  t.regex((await diff.locator('tr.removed td.l').allTextContents()).join('\n'), /"sku": "A-1"/);
  t.regex(await page.textContent('#ep-0 pre.curl') ?? '', /-H 'x-preview-token: \*\*\*'/);
  t.false((await page.content()).includes('ci-secret'));
  // Noise and drift have their own sections, apart from the real differences.
  t.regex(await page.textContent('#ep-0') ?? '', /Noise \(varies on its own; not counted\)[\s\S]*\$\.updatedAt/);
  t.regex(await page.textContent('#ep-1') ?? '', /Drift \(the baseline differs from the recording; not counted\)[\s\S]*\$\.plan/);
  t.regex(await page.textContent('#noise pre.snippet') ?? '', /routes:\n {2}- match: "GET \/api\/orders\/\{id\}"\n {4}ignore:\n {6}- "\$\.updatedAt"/);

  await page.screenshot({ path: path.join(projectRoot(), 'test', '__outputs__', 'html-report.png'), fullPage: true });

  // Filters by class: unticking all but breaking leaves the breaking endpoint and its details.
  for (const cls of ['changed', 'info', 'noise', 'clean']) await page.uncheck(`input[name="class"][value="${cls}"]`);
  t.deepEqual(await visibleRows(page), ['GET /api/orders/{id}']);
  t.true(await page.isVisible('#ep-0'));
  t.false(await page.isVisible('#ep-1'));
  t.is(await page.textContent('#shown'), '1');
  for (const cls of ['changed', 'info', 'noise', 'clean']) await page.check(`input[name="class"][value="${cls}"]`);

  // Text search covers names and the places that changed.
  await page.fill('#search', 'USERS');
  t.deepEqual(await visibleRows(page), ['GET /api/users/{id}']);
  await page.fill('#search', 'sku');
  t.deepEqual(await visibleRows(page), ['GET /api/orders/{id}']);
  await page.fill('#search', 'no such endpoint');
  t.deepEqual(await visibleRows(page), []);
  t.true(await page.isVisible('#no-match'));
  await page.fill('#search', '');
  t.is((await visibleRows(page)).length, 6);

  // Hostile text is shown as text, never run, and pulls nothing in.
  t.is(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
  t.is(await page.locator('script').count(), 1);
  t.deepEqual(requests, [url], 'the only request is the page itself');
  t.deepEqual(consoleMessages.filter((m) => /Content Security Policy|Refused/.test(m)), [], 'nothing even tried to load');
});
