// The HTML report as a reviewer reads it, in headless Chromium (Debian's, through playwright-core):
// at 1366 and 390 px, light and dark (prefers-color-scheme), with screenshots of each in
// test/__outputs__/html-report-<width>-<scheme>.png to look at. Nothing wider than a 390 px
// phone; folded unchanged lines expand on a click; a line that differs only by noise is shown
// apart from a real change; the curl has a copy button; the filters and the search survive a
// reload through the address; print shows every folded line and no controls.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { GateResults } from '../src/gate.js';
import { renderHtmlReport } from '../src/report/html-report.js';
import { fixture, projectRoot, REPRODUCTION } from './report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The golden fixture, its breaking endpoint's example with a long answer: unchanged runs to fold, a noisy timestamp, a real change. */
function results(): GateResults {
  const base = fixture();
  const fields = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`field${i}`, `unchanged value ${i} with a long enough text to wrap on a phone screen`]));
  const expected = { id: 981, updatedAt: '2026-05-01T10:00:00Z', ...fields, total: 10, tail: 'end' };
  const actual = { id: 981, updatedAt: '2026-05-02T11:11:11Z', ...fields, total: 12, tail: 'end' };
  base.endpoints[0]!.example!.excerpts = {
    expected: `HTTP 200 application/json\n\n${JSON.stringify(expected, null, 2)}`,
    actual: `HTTP 200 application/json\n\n${JSON.stringify(actual, null, 2)}`,
  };
  return base;
}

// Outside CI a machine without Chromium skips this test visibly; in CI it must run, and fail.
const runIt = existsSync(CHROMIUM) || process.env.CI === 'true' ? test.serial : test.serial.skip;

let url = '';
let browser: Browser | undefined;

test.before(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-html-layout-'));
  const file = path.join(dir, 'report.html');
  await writeFile(file, renderHtmlReport(results(), { checkName: 'replay-gate', reproduction: REPRODUCTION, runUrl: 'https://github.com/acme/shop/actions/runs/42' }));
  url = pathToFileURL(file).href;
});

test.after.always(async () => {
  await browser?.close();
});

async function open(width: number, colorScheme: 'light' | 'dark'): Promise<{ page: Page; requests: string[] }> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

runIt('at 1366 and 390 px, light and dark: nothing overflows a phone, dark mode is dark, nothing is fetched', async (t) => {
  for (const width of [1366, 390]) {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, requests } = await open(width, scheme);
      // As text: this runs in the page, and the tests compile without the DOM's types.
      const layout = await page.evaluate<{ scrollWidth: number; background: string; text: string }>(
        '({ scrollWidth: document.documentElement.scrollWidth, background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color })');
      t.true(layout.scrollWidth <= width, `${width} px ${scheme}: the page is ${layout.scrollWidth} px wide`);
      const brightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      if (scheme === 'dark') t.true(brightness(layout.background) < 40 && brightness(layout.text) > 180, `${scheme}: ${layout.background} on ${layout.text}`);
      else t.true(brightness(layout.background) > 240 && brightness(layout.text) < 60, `${scheme}: ${layout.background} on ${layout.text}`);
      await page.screenshot({ path: path.join(projectRoot(), 'test', '__outputs__', `html-report-${width}-${scheme}.png`), fullPage: true });
      t.deepEqual(requests, [url], 'the only request is the page itself');
      await page.close();
    }
  }
});

runIt('folded unchanged lines expand on a click; a noise-only line is shown apart from a real change', async (t) => {
  const { page } = await open(390, 'light');
  const diff = page.locator('#ep-0 table.diff');
  const folded = diff.locator('tr[data-folded]');
  const count = await folded.count();
  t.true(count > 0, 'some unchanged lines are folded');
  t.false(await folded.first().isVisible());
  t.false(await diff.getByText('unchanged value 7 with').first().isVisible());
  const unfold = diff.locator('button.unfold').first();
  t.regex(await unfold.textContent() ?? '', /⋯ \d+ unchanged lines/);
  await unfold.click();
  t.true(await diff.getByText('unchanged value 7 with').first().isVisible(), 'the folded lines are shown');
  t.false(await unfold.isVisible(), 'the fold is gone');
  t.true(await page.evaluate<boolean>('document.documentElement.scrollWidth <= 390'), 'still no wider than the phone');

  const noise = diff.locator('tr.changed.noise');
  t.is(await noise.count(), 1);
  t.regex(await noise.textContent() ?? '', /"updatedAt"/);
  const real = diff.locator('tr.changed:not(.noise)');
  t.regex((await real.allTextContents()).join('\n'), /"total": 10[\s\S]*"total": 12/);
  const background = (row: string) => page.evaluate<string>(`getComputedStyle(document.querySelector('#ep-0 table.diff ${row} td.r')).backgroundColor`);
  const [noiseColour, changeColour] = [await background('tr.changed.noise'), await background('tr.changed:not(.noise)')];
  t.truthy(noiseColour);
  t.not(noiseColour, changeColour, 'noise is not coloured as a change');
});

runIt('the curl has a copy button; the filters and the search are kept in the address across a reload', async (t) => {
  const { page } = await open(1366, 'light');
  const copy = page.locator('#ep-0 pre.curl button.copy');
  t.is(await copy.textContent(), 'Copy');
  t.true(await page.locator('#noise pre.snippet button.copy').isVisible());
  await copy.click();
  await page.waitForFunction("document.querySelector('#ep-0 pre.curl button.copy').textContent === 'Copied'", undefined, { timeout: 10_000 });
  t.regex(await page.locator('#ep-0 pre.curl').getAttribute('data-copy') ?? '', /^curl /, 'what is copied is the command, without the button');

  await page.uncheck('input[name="class"][value="clean"]');
  await page.fill('#search', 'orders');
  t.is(await page.evaluate<string>('location.hash'), '#hide=clean&q=orders');
  await page.reload({ waitUntil: 'load' });
  t.false(await page.isChecked('input[name="class"][value="clean"]'));
  t.true(await page.isChecked('input[name="class"][value="breaking"]'));
  t.is(await page.inputValue('#search'), 'orders');
  t.is(await page.textContent('#shown'), '1');
  // An endpoint link scrolls to its details and leaves the filters in the address.
  await page.click('#endpoints a[href="#ep-0"]');
  t.is(await page.evaluate<string>('location.hash'), '#hide=clean&q=orders');
});

runIt('print shows the folded lines and no controls', async (t) => {
  const { page } = await open(1366, 'light');
  await page.emulateMedia({ media: 'print' });
  t.false(await page.isVisible('nav.filters'));
  t.false(await page.locator('button.copy').first().isVisible());
  t.true(await page.locator('#ep-0 table.diff tr[data-folded]').first().isVisible());
  t.false(await page.locator('#ep-0 table.diff button.unfold').first().isVisible());
});
