// `replay-gate run`: the whole gate locally, against the sample service, reports in a folder.
import test from 'ava';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../src/cli/run.js';
import { demoTraffic, recordTraffic } from '../stack/record.js';
import { startSampleService, type ServiceVersion } from '../stack/sample-service.js';

let snapshot = '';

test.before(async () => {
  const v1 = await startSampleService('v1');
  snapshot = `${(await recordTraffic(v1.url, demoTraffic())).join('\n')}\n`;
  await v1.close();
});

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false, readonly columns = 120) {
    super();
  }
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function cli(t: { teardown(fn: () => unknown): void }, version: ServiceVersion, args: (url: string) => string[], tty = false) {
  const service = await startSampleService(version);
  t.teardown(() => service.close());
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-cli-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), snapshot);
  const stdout = new Capture();
  const stderr = new Capture(tty);
  const code = await run.run(args(service.url), { cwd, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text, cwd, service };
}

test('a clean run exits 0 and writes results.json and report.md; the headers never show', async (t) => {
  const result = await cli(t, 'v1', (url) => [
    '--snapshot', 'traffic.ndjson', '--target-url', url, '--out', 'reports', '--rate-limit', '0',
    '--header', 'x-preview-token: s3cr3t-value', '--wait-for', '/api/health',
  ]);
  t.is(result.code, 0, result.stderr);
  t.regex(result.stdout, /^replay-gate pass: no regression on \d+ requests/);
  t.regex(result.stdout, /Reports: reports\/results\.json, reports\/report\.html, reports\/report\.md/);
  const results = JSON.parse(await readFile(path.join(result.cwd, 'reports', 'results.json'), 'utf8'));
  t.is(results.verdict, 'pass');
  const markdown = await readFile(path.join(result.cwd, 'reports', 'report.md'), 'utf8');
  t.regex(markdown, /replay-gate: pass/);
  const html = await readFile(path.join(result.cwd, 'reports', 'report.html'), 'utf8');
  t.regex(html, /<html/);
  t.true(result.service.hits.every((hit) => hit.headers['x-preview-token'] === 's3cr3t-value'));
  t.false([result.stdout, result.stderr, JSON.stringify(results), markdown, html].join('\n').includes('s3cr3t-value'));
  t.regex(result.stderr, /Replayed \d+\/\d+ requests \(100%/);
});

test('a regression exits 1; on a terminal the progress is a bar', async (t) => {
  const result = await cli(t, ['stock-500'], (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--rate-limit', '0'], true);
  t.is(result.code, 1);
  t.regex(result.stdout, /^replay-gate fail: .*GET \/api\/stock\/\{id\}/);
  t.regex(result.stderr, /\r\[█+\] Replayed \d+\/\d+ requests \(100%/);
  const results = JSON.parse(await readFile(path.join(result.cwd, 'replay-gate-report', 'results.json'), 'utf8'));
  t.is(results.verdict, 'fail');
});

test('a mistake in the flags is one line naming the flag, and exit code 2', async (t) => {
  const missing = await cli(t, 'v1', () => ['--snapshot', 'traffic.ndjson']);
  t.is(missing.code, 2);
  t.regex(missing.stderr, /^replay-gate run: --target-url is required/);
  const unknown = await cli(t, 'v1', () => ['--snapshot', 'traffic.ndjson', '--target', 'x']);
  t.is(unknown.code, 2);
  t.regex(unknown.stderr, /^replay-gate run: Unknown option '--target'/);
  const badHeader = await cli(t, 'v1', (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--header', 'nope']);
  t.regex(badHeader.stderr, /^replay-gate run: --header line 1 must read "Name: value"/);
});

test('a target that never comes up is exit code 2 with the reason', async (t) => {
  const result = await cli(t, 'v1', (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--wait-for', '/nope', '--wait-timeout-ms', '200']);
  t.is(result.code, 2);
  t.regex(result.stdout, /^replay-gate error: cannot judge: target http:\/\/127\.0\.0\.1:\d+ did not answer 2xx on \/nope within 0\.2 s: last answer 404/);
});
