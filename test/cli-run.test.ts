// `replay-gate run`: the whole gate locally, against the sample service, reports in a folder.
import test from 'ava';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { run } from '../src/cli/run.js';
import { demoTraffic, recordTraffic } from '../stack/record.js';
import { startSampleService, type ServiceVersion } from '../stack/sample-service.js';
import { itemsService, itemsSnapshot } from './helpers/items.js';

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

async function cli(
  t: { teardown(fn: () => unknown): void }, version: ServiceVersion, args: (url: string) => string[], tty = false,
  terminal: { env?: NodeJS.ProcessEnv; columns?: number; stdoutTty?: boolean } = {},
) {
  const service = await startSampleService(version);
  t.teardown(() => service.close());
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-cli-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), snapshot);
  const stdout = new Capture(terminal.stdoutTty ?? false);
  const stderr = new Capture(tty, terminal.columns ?? 120);
  const code = await run.run(args(service.url), { cwd, stdout, stderr, env: terminal.env ?? {} });
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
  t.regex(badHeader.stderr, /^replay-gate run: --headers line 1 must read "Name: value"/);
});

test('a target that never comes up is exit code 2 with the reason', async (t) => {
  const result = await cli(t, 'v1', (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--wait-for', '/nope', '--wait-timeout-ms', '200']);
  t.is(result.code, 2);
  t.regex(result.stdout, /^replay-gate error: cannot judge: target http:\/\/127\.0\.0\.1:\d+ did not answer 2xx on \/nope within 0\.2 s: last answer 404/);
});

test('--json prints results.json to stdout and nothing else; --seed and --headers as the action names them', async (t) => {
  const args = (seed: string) => (url: string) => [
    '--snapshot', 'traffic.ndjson', '--target-url', url, '--rate-limit', '0', '--json', '--seed', seed, '--max-requests', '5',
    '--headers', 'x-preview-token: s3cr3t-value\nx-other: two', '--header', 'x-third: three',
  ];
  const first = await cli(t, 'v1', args('7'));
  t.is(first.code, 0, first.stderr);
  const results = JSON.parse(first.stdout);
  t.is(results.verdict, 'pass');
  t.is(results.totals.requests, 5);
  t.regex(first.stderr, /Reports: replay-gate-report\/results\.json/);
  t.true(first.service.hits.every((hit) => hit.headers['x-preview-token'] === 's3cr3t-value' && hit.headers['x-other'] === 'two' && hit.headers['x-third'] === 'three'));
  const again = await cli(t, 'v1', args('7'));
  const other = await cli(t, 'v1', args('8'));
  // Which requests, not how often each was asked: a confirmation ask depends on the answers.
  const urls = (r: typeof first) => [...new Set(r.service.hits.map((hit) => hit.url))].sort().join(' ');
  t.is(urls(again), urls(first), 'the same seed replays the same requests');
  t.not(urls(other), urls(first), 'another seed picks others');
  const badSeed = await cli(t, 'v1', (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--seed', 'x']);
  t.is(badSeed.code, 2);
  t.regex(badSeed.stderr, /^replay-gate run: --seed /);
});

test('the verdict is coloured on a terminal, not with NO_COLOR, and with FORCE_COLOR into a pipe', async (t) => {
  const args = (url: string) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--rate-limit', '0', '--max-requests', '3'];
  const tty = await cli(t, 'v1', args, true, { env: {}, stdoutTty: true });
  t.true(tty.stdout.startsWith('\u001b[32mreplay-gate pass\u001b[0m: '), tty.stdout);
  const noColour = await cli(t, 'v1', args, true, { env: { NO_COLOR: '1' }, stdoutTty: true });
  t.regex(noColour.stdout, /^replay-gate pass: /);
  const forced = await cli(t, 'v1', args, false, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
  t.true(forced.stdout.startsWith('\u001b[32mreplay-gate pass'), forced.stdout);
  const forcedOff = await cli(t, 'v1', args, true, { env: { FORCE_COLOR: '0' }, stdoutTty: true });
  t.regex(forcedOff.stdout, /^replay-gate pass: /);
  const piped = await cli(t, 'v1', args, false, { env: {} });
  t.regex(piped.stdout, /^replay-gate pass: /);
});

test('the progress bar draws on a terminal that reports 0 columns', async (t) => {
  const result = await cli(t, 'v1', (url) => ['--snapshot', 'traffic.ndjson', '--target-url', url, '--rate-limit', '0'], true, { columns: 0 });
  t.is(result.code, 0, result.stderr);
  t.regex(result.stderr, /\r\[█+\] Replayed \d+\/\d+ requests \(100%/);
  t.regex(result.stderr, /\(100%[^\n]*\n/, 'the bar ends its line');
});

test('Ctrl-C on a terminal ends the bar with a newline, then writes the reports of what was judged (exit 130)', async (t) => {
  // Two requests in flight and the rest held open: the run stops only on the signal.
  const service = await itemsService(t, { answerFirst: 6 });
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-cli-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), itemsSnapshot(40));
  const signals = new EventEmitter();
  const stderr = new Capture(true, 100);
  // The first time the bar is drawn, the user presses Ctrl-C.
  const write = stderr._write.bind(stderr);
  let pressed = false;
  stderr._write = (chunk: Buffer, encoding: string, done: () => void) => {
    write(chunk, encoding, done);
    if (!pressed && chunk.toString().startsWith('\r[')) {
      pressed = true;
      setImmediate(() => signals.emit('SIGINT', 'SIGINT'));
    }
  };
  const code = await run.run(['--snapshot', 'traffic.ndjson', '--target-url', service.url, '--rate-limit', '0', '--concurrency', '2', '--timeout-ms', '600000'],
    { cwd, stdout: new Capture(), stderr, env: {}, signals });
  t.is(code, 130, stderr.text);
  t.regex(stderr.text, /\r\[[█░]+\] Replayed \d+\/40 requests[^\n]*\u001b\[K\nSIGINT: stopping the replay/, 'the bar\'s line ends before the notice');
  t.true(stderr.text.endsWith('\n'));
  const results = JSON.parse(await readFile(path.join(cwd, 'replay-gate-report', 'results.json'), 'utf8'));
  t.true(results.cancelled);
  t.true(results.totals.requests > 0 && results.totals.requests < 40, `${results.totals.requests} judged`);
});
