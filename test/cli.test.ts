// The built CLI (dist/cli.js, the package's bin) run as a user runs it, on files and on s3rver.
import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { projectRoot } from '../stack/project-root.js';
import { startS3, type LocalS3 } from '../stack/s3.js';
import { withTempDir } from './helpers/decode.js';
import { gorFile, gorId, httpRequest, httpResponse } from './helpers/goreplay.js';

const CLI = path.join(projectRoot(), 'dist', 'cli.js');
let s3: LocalS3;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function harEntry(url: string, status: number, text: string) {
  return {
    startedDateTime: '2026-11-20T10:00:00.000Z', time: 12,
    request: { method: 'GET', url, httpVersion: 'HTTP/1.1', headers: [{ name: 'Accept', value: 'application/json' }], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
    response: { status, statusText: '', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'application/json' }], cookies: [], content: { size: text.length, mimeType: 'application/json', text }, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {}, timings: { send: 0, wait: 10, receive: 2 },
  };
}

const HAR = JSON.stringify({
  log: {
    version: '1.2', creator: { name: 'test', version: '1' },
    entries: [
      harEntry('https://shop.example.com/api/orders/1', 200, '{"id":1}'),
      harEntry('https://shop.example.com/api/orders/2', 200, '{"id":2}'),
      harEntry('https://shop.example.com/api/orders/3', 404, '{"error":"not found"}'),
      { request: { method: 'GET' } },
      harEntry('https://shop.example.com/api/health', 200, '{"ok":true}'),
    ],
  },
}, null, 2);

const GOR = gorFile([
  { type: 1, id: gorId(1), latency: 0, message: httpRequest('GET', '/api/products/1') },
  { type: 2, id: gorId(1), latency: 3_000_000, message: httpResponse(200, { 'Content-Type': 'application/json' }, '{"id":1}') },
  { type: 1, id: gorId(2), latency: 0, message: httpRequest('POST', '/api/orders', { 'Content-Length': '2' }, '{}') },
]);

test.before(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first (npm test does)`);
  s3 = await startS3(['traffic']);
  await s3.put('traffic', 'shop/session.har.gz', gzipSync(HAR));
});

test.after.always(async () => {
  await s3?.close();
});

test('--help lists the commands; each command has its own --help', async (t) => {
  await withTempDir(async (dir) => {
    const help = await cli(['--help'], dir);
    t.is(help.code, 0);
    t.regex(help.stdout, /^Usage: replay-gate <command>/);
    t.regex(help.stdout, /\n {2}inspect {2}/);
    t.regex(help.stdout, /\n {2}convert {2}/);
    for (const command of ['inspect', 'convert']) {
      const own = await cli([command, '--help'], dir);
      t.is(own.code, 0, command);
      t.regex(own.stdout, new RegExp(`^Usage: replay-gate ${command} `), command);
      t.regex(own.stdout, /--s3-endpoint/, command);
    }
  });
});

test('bad usage is one line on stderr and exit code 2 (could not judge), as for every command', async (t) => {
  await withTempDir(async (dir) => {
    const cases: [string[], RegExp][] = [
      [[], /^Usage: replay-gate <command>/],
      [['frobnicate'], /^replay-gate: unknown command "frobnicate"; expected one of inspect, convert/],
      [['inspect'], /^replay-gate: inspect: expected one SNAPSHOT, got 0/],
      [['inspect', 'a', 'b'], /^replay-gate: inspect: expected one SNAPSHOT, got 2/],
      [['inspect', '--bogus', 'x'], /^replay-gate: inspect: Unknown option '--bogus'/],
      [['inspect', 'x', '--top', 'many'], /^replay-gate: inspect: --top must be a whole number, got "many"/],
      [['inspect', 'missing.har'], /^replay-gate: snapshot file missing\.har does not exist/],
      [['convert', 'only-in'], /^replay-gate: convert: expected IN and OUT, got 1 argument/],
      [['convert', 'same.har', './same.har'], /^replay-gate: convert: OUT must not be IN/],
      [['inspect', 'gs://bucket/x'], /is neither s3:\/\/bucket\/key nor a path/],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args, dir)));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      t.is(run.code, 2, args.join(' '));
      t.regex(run.stderr, message, args.join(' '));
      if (args.length > 0) t.is(run.stderr.trimEnd().split('\n').length, 1, `${args.join(' ')}: ${run.stderr}`);
    }
  });
});

test('inspect counts per endpoint, method and status, and lists decode errors with their place', async (t) => {
  await withTempDir(async (dir) => {
    await writeFile(path.join(dir, 'session.har'), HAR);
    const run = await cli(['inspect', 'session.har'], dir);
    t.is(run.code, 0, run.stderr);
    t.regex(run.stdout, /^Snapshot session\.har\n {2}session\.har \(har\)\n4 exchanges, 0 without a recorded response, 1 decode errors\n/);
    t.regex(run.stdout, /By method:\n {2}4 {2}GET\n/);
    t.regex(run.stdout, /By status:\n {2}3 {2}200\n {2}1 {2}404\n/);
    t.regex(run.stdout, /By endpoint \(2, busiest first\):\n {2}3 {2}GET \/api\/orders\/\{id\}\n {2}1 {2}GET \/api\/health\n/);
    t.regex(run.stdout, /Decode errors: 1\n {2}session\.har entry 4 \(line \d+\): "request\.url" is missing\n$/);

    const json = JSON.parse((await cli(['inspect', 'session.har', '--json'], dir)).stdout);
    t.is(json.exchanges, 4);
    t.deepEqual(json.statuses, { 200: 3, 404: 1 });
    t.deepEqual(json.parts, [{ name: 'session.har', format: 'har' }]);
    t.is(json.decodeIssues[0].position.startsWith('entry 4'), true);

    const top = await cli(['inspect', 'session.har', '--top', '1'], dir);
    t.regex(top.stdout, /\.\.\. and 1 more \(--top 0 lists all\)/);
  });
});

test('inspect reads GoReplay files and s3:// with --s3-endpoint and --region', async (t) => {
  await withTempDir(async (dir) => {
    await writeFile(path.join(dir, 'capture.gor'), GOR);
    const gor = await cli(['inspect', 'capture.gor'], dir);
    t.is(gor.code, 0, gor.stderr);
    t.regex(gor.stdout, /2 exchanges, 1 without a recorded response, 0 decode errors/);
    t.regex(gor.stdout, /By status:\n {2}1 {2}200\n {2}1 {2}none\n/);

    const remote = await cli(['inspect', 's3://traffic/shop/', '--s3-endpoint', s3.endpoint, '--aws-region', 'us-east-1'], dir, s3.credentials);
    t.is(remote.code, 0, remote.stderr);
    t.regex(remote.stdout, /^Snapshot s3:\/\/traffic\/shop\/session\.har\.gz\n {2}s3:\/\/traffic\/shop\/session\.har\.gz \(har\)\n4 exchanges/);

    const missing = await cli(['inspect', 's3://traffic/nothing/', '--s3-endpoint', s3.endpoint], dir, s3.credentials);
    t.is(missing.code, 2);
    t.is(missing.stderr, 'replay-gate: no snapshot under s3://traffic/nothing/: the prefix holds no objects\n');
  });
});

test('convert writes canonical NDJSON, gzip by extension, that reads back the same', async (t) => {
  await withTempDir(async (dir) => {
    await writeFile(path.join(dir, 'session.har'), HAR);
    await writeFile(path.join(dir, 'capture.gor'), GOR);
    const har = await cli(['convert', 'session.har', 'out/../session.ndjson.gz'], dir);
    t.is(har.code, 0, har.stderr);
    t.regex(har.stderr, /^Converted 4 exchanges from session\.har \(har\) to out\/\.\.\/session\.ndjson\.gz; 1 entries could not be decoded\n {2}session\.har entry 4/);
    const lines = gunzipSync(await readFile(path.join(dir, 'session.ndjson.gz'))).toString().trimEnd().split('\n');
    t.is(lines.length, 4);
    t.deepEqual(JSON.parse(lines[0]!), {
      id: 'entry-1', recordedAt: '2026-11-20T10:00:00.000Z',
      // The recorded origin stays in the URL: the comparison takes it as the target's own.
      request: { method: 'GET', url: 'https://shop.example.com/api/orders/1', headers: { accept: 'application/json' }, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":1}', durationMs: 12 },
    });
    t.false(existsSync(path.join(dir, 'session.ndjson.gz.partial')));

    const gor = await cli(['convert', 'capture.gor', 'capture.ndjson'], dir);
    t.is(gor.code, 0, gor.stderr);
    const converted = (await readFile(path.join(dir, 'capture.ndjson'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    t.deepEqual(converted.map((e) => [e.id, e.request.method, e.response?.status]), [[gorId(1), 'GET', 200], [gorId(2), 'POST', undefined]]);
    t.is(converted[1].request.body, '{}');

    // The converted files inspect the same as their originals.
    const again = await cli(['inspect', 'session.ndjson.gz', '--json'], dir);
    t.deepEqual(JSON.parse(again.stdout).statuses, { 200: 3, 404: 1 });

    const stdout = await cli(['convert', 's3://traffic/shop/session.har.gz', '-', '--s3-endpoint', s3.endpoint], dir, s3.credentials);
    t.is(stdout.code, 0, stdout.stderr);
    t.is(stdout.stdout.trimEnd().split('\n').length, 4);
    t.regex(stdout.stderr, /to standard output/);
  });
});

test('convert of a snapshot with nothing decodable exits 2; an unwritable OUT is one line', async (t) => {
  await withTempDir(async (dir) => {
    await writeFile(path.join(dir, 'empty.har'), '{"log": {"version": "1.2"}}');
    const run = await cli(['convert', 'empty.har', 'out.ndjson'], dir);
    t.is(run.code, 2);
    t.regex(run.stderr, /^Converted 0 exchanges .*; 1 entries could not be decoded\n {2}empty\.har line 1, column \d+: no log\.entries list/);
    await writeFile(path.join(dir, 'session.har'), HAR);
    const unwritable = await cli(['convert', 'session.har', 'no/such/folder/out.ndjson'], dir);
    t.is(unwritable.code, 2);
    t.is(unwritable.stderr, 'replay-gate: convert: cannot write no/such/folder/out.ndjson (ENOENT)\n');
  });
});

test('--version prints the package version; inspect of a snapshot nothing can be read from exits 2', async (t) => {
  await withTempDir(async (dir) => {
    const { version } = JSON.parse(await readFile(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await cli([flag], dir);
      t.is(run.code, 0, flag);
      t.is(run.stdout, `${version}\n`, flag);
    }
    await writeFile(path.join(dir, 'garbage.ndjson'), 'not json\n{also not\n');
    const unreadable = await cli(['inspect', 'garbage.ndjson'], dir);
    t.is(unreadable.code, 2, unreadable.stderr);
    t.regex(unreadable.stdout, /0 exchanges, 0 without a recorded response, 2 decode errors/);
    const json = await cli(['inspect', 'garbage.ndjson', '--json'], dir);
    t.is(json.code, 2);
    t.is(JSON.parse(json.stdout).decodeErrors, 2);
  });
});
