import test from 'ava';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { SnapshotError } from '../src/errors.js';
import { readExchanges } from '../src/snapshot/read.js';
import { resolveSnapshot, type SnapshotSource } from '../src/snapshot/source.js';
import { DecodeIssues, type Exchange } from '../src/snapshot/types.js';

function line(id: string | undefined, url = `/api/orders/${id}`, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...(id === undefined ? {} : { id }),
    request: { method: 'GET', url, headers: { accept: 'application/json' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: `{"id":"${id}"}`, durationMs: 4 },
    ...extra,
  });
}

/** A source over in-memory chunks, to control exactly where the byte stream is cut. */
function memory(chunks: Buffer[], name = 'memory.ndjson'): SnapshotSource {
  return { name, parts: [{ name, open: async () => Readable.from(chunks, { objectMode: false }) }] };
}

async function decode(source: SnapshotSource): Promise<{ exchanges: Exchange[]; issues: DecodeIssues }> {
  const issues = new DecodeIssues();
  const exchanges: Exchange[] = [];
  for await (const exchange of readExchanges(source, issues)) exchanges.push(exchange);
  return { exchanges, issues };
}

async function withWorkspace(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-snapshot-'));
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function decodeFile(dir: string, name: string, content: Buffer | string) {
  await writeFile(path.join(dir, name), content);
  return decode(await resolveSnapshot(name, { s3: {}, workspace: dir }));
}

test('valid lines decode into exchanges in order', async (t) => {
  const text = [line('r-1'), line('r-2', '/api/orders/2?expand=items')].join('\n') + '\n';
  const { exchanges, issues } = await decode(memory([Buffer.from(text)]));
  t.is(issues.count, 0);
  t.deepEqual(exchanges[0], {
    id: 'r-1',
    request: { method: 'GET', url: '/api/orders/r-1', headers: { accept: 'application/json' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":"r-1"}', durationMs: 4 },
    place: { source: 'memory.ndjson', position: 'line 1' },
  });
  t.is(exchanges[1]!.request.url, '/api/orders/2?expand=items');
});

test('recordedAt is kept, a missing or null response is left out, methods are upper-cased', async (t) => {
  const text = [
    JSON.stringify({ id: 'a', recordedAt: '2026-11-20T10:00:00.123Z', request: { method: 'get', url: '/a' } }),
    JSON.stringify({ id: 'b', request: { method: 'HEAD', url: '/b' }, response: null }),
  ].join('\n');
  const { exchanges, issues } = await decode(memory([Buffer.from(text)]));
  t.is(issues.count, 0);
  t.is(exchanges[0]!.recordedAt, '2026-11-20T10:00:00.123Z');
  t.is(exchanges[0]!.request.method, 'GET');
  t.deepEqual(exchanges[0]!.request.headers, {});
  t.false('response' in exchanges[0]!);
  t.false('response' in exchanges[1]!);
});

test('CRLF, blank lines and a final line without newline', async (t) => {
  const text = `${line('r-1')}\r\n\r\n   \n${line('r-2')}\r\n\n${line('r-3')}`;
  const { exchanges, issues } = await decode(memory([Buffer.from(text)]));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.id), ['r-1', 'r-2', 'r-3']);
  t.is(exchanges[2]!.response!.body, '{"id":"r-3"}');
});

test('lines and UTF-8 characters split across chunks decode whole', async (t) => {
  const text = `${line('r-1', '/api/caf%C3%A9', { response: { status: 200, body: 'café ✓ 😀' } })}\r\n${line('r-2')}\r\n`;
  const bytes = Buffer.from(text);
  // One byte per chunk cuts every multi-byte character and every \r\n pair.
  const { exchanges, issues } = await decode(memory([...bytes].map((b) => Buffer.from([b]))));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.id), ['r-1', 'r-2']);
  t.is(exchanges[0]!.response!.body, 'café ✓ 😀');
});

test('a UTF-8 byte order mark does not spoil line 1, even split across chunks', async (t) => {
  const bytes = Buffer.from(`\uFEFF${line('bom')}\n${line('r-2')}`);
  for (const chunks of [[bytes], [...bytes].map((b) => Buffer.from([b]))]) {
    const { exchanges, issues } = await decode(memory(chunks));
    t.is(issues.count, 0);
    t.deepEqual(exchanges.map((e) => e.id), ['bom', 'r-2']);
  }
});

test('absolute and protocol-relative URLs are reduced to path and query', async (t) => {
  const urls = [
    'https://prod.example.com:8443/api/orders/1?expand=items#top',
    'HTTP://EXAMPLE.com/Upper?q=1',
    'https://example.com',
    '//cdn.example.com/assets/app.js?v=3',
  ];
  const text = urls.map((url, i) => line(`u-${i}`, url)).join('\n');
  const { exchanges, issues } = await decode(memory([Buffer.from(text)]));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.request.url), ['/api/orders/1?expand=items', '/Upper?q=1', '/', '/assets/app.js?v=3']);
});

test('a recorded URL that is no HTTP URL is a decode issue naming what it must be; absolute ones keep their origin', async (t) => {
  const urls = ['mailto:ops@example.com', 'javascript:alert(1)', 'orders/1', 'https://shop.example.com:8443/a?b=1', '//cdn.example.com/x'];
  const { exchanges, issues } = await decode(memory([Buffer.from(urls.map((url, i) => line(`u-${i}`, url)).join('\n'))]));
  t.is(issues.count, 3);
  t.true(issues.kept.every((issue) => /"request\.url" must start with \/ or http\(s\):\/\//.test(issue.message)), JSON.stringify(issues.kept));
  t.deepEqual(exchanges.map((e) => [e.request.url, e.request.origin]), [['/a?b=1', 'https://shop.example.com:8443'], ['/x', undefined]]);
});

test('base64 bodies stay base64; headers are lower-cased and arrays joined', async (t) => {
  const text = JSON.stringify({
    id: 'bin',
    request: { method: 'POST', url: '/upload', headers: { 'Content-Type': 'image/png', 'Content-Length': 4 }, body: { base64: 'iVBORw==' } },
    response: { status: 201, headers: { 'Set-Cookie': ['a=1', 'b=2'], 'X-Request-ID': 'abc' }, body: { base64: 'AAEC' } },
  });
  const { exchanges, issues } = await decode(memory([Buffer.from(text)]));
  t.is(issues.count, 0);
  const [exchange] = exchanges;
  t.deepEqual(exchange!.request.body, { base64: 'iVBORw==' });
  t.deepEqual(exchange!.request.headers, { 'content-type': 'image/png', 'content-length': '4' });
  t.deepEqual(exchange!.response!.headers, { 'set-cookie': 'a=1, b=2', 'x-request-id': 'abc' });
  t.deepEqual(exchange!.response!.body, { base64: 'AAEC' });
});

test('a missing id becomes line-N, counting blank lines', async (t) => {
  const text = `${line('r-1')}\n\n${line(undefined, '/no-id')}\n`;
  const { exchanges } = await decode(memory([Buffer.from(text)]));
  t.deepEqual(exchanges.map((e) => e.id), ['r-1', 'line-3']);
});

test('each kind of bad line is counted with its position while the others decode', async (t) => {
  const bad: Array<[string, RegExp]> = [
    ['{"id": "broken", ', /^not JSON/],
    ['[1, 2]', /the line must be a JSON object/],
    [JSON.stringify({ id: 'no-request' }), /"request" must be a JSON object/],
    [JSON.stringify({ id: 'm', request: { method: 'GE T', url: '/x' } }), /"request.method" must be an HTTP method/],
    [JSON.stringify({ id: 'm2', request: { url: '/x' } }), /"request.method"/],
    [JSON.stringify({ id: 'u', request: { method: 'GET', url: 'api/x' } }), /"request.url" must start with/],
    [JSON.stringify({ id: 'u2', request: { method: 'GET' } }), /"request.url" is missing/],
    [JSON.stringify({ id: 's', request: { method: 'GET', url: '/x' }, response: { status: 700 } }), /"response.status"/],
    [JSON.stringify({ id: 's2', request: { method: 'GET', url: '/x' }, response: { status: '200' } }), /"response.status"/],
    [JSON.stringify({ id: 'b', request: { method: 'GET', url: '/x', body: 5 } }), /"request.body" must be a string/],
    [JSON.stringify({ id: 'b2', request: { method: 'GET', url: '/x' }, response: { status: 200, body: { hex: '00' } } }), /"response.body"/],
    [JSON.stringify({ id: 'h', request: { method: 'GET', url: '/x', headers: { accept: { a: 1 } } } }), /"request.headers".accept/],
  ];
  const lines = [line('first')];
  for (const [text] of bad) lines.push(text, line(`ok-${lines.length}`));
  const { exchanges, issues } = await decode(memory([Buffer.from(lines.join('\n'))], 'traffic.ndjson'));
  t.is(exchanges.length, bad.length + 1);
  t.true(exchanges.every((e) => e.id === 'first' || e.id.startsWith('ok-')));
  t.is(issues.count, bad.length);
  bad.forEach(([, message], i) => {
    const issue = issues.kept[i]!;
    t.is(issue.source, 'traffic.ndjson');
    t.is(issue.position, `line ${2 + 2 * i}`);
    t.regex(issue.message, message);
  });
});

test('gzip is recognised from its bytes, whatever the file name says', async (t) => {
  const text = `${line('g-1')}\n${line('g-2')}\n`;
  await withWorkspace(async (dir) => {
    for (const [name, content] of [
      ['zipped.ndjson', gzipSync(text)],
      ['zipped-no-suffix', gzipSync(text)],
      ['plain.ndjson.gz', Buffer.from(text)],
      ['plain.ndjson', Buffer.from(text)],
    ] as const) {
      const { exchanges, issues } = await decodeFile(dir, name, content);
      t.is(issues.count, 0, name);
      t.deepEqual(exchanges.map((e) => e.id), ['g-1', 'g-2'], name);
    }
  });
});

test('concatenated gzip members (appended uploads) decode as one stream', async (t) => {
  const { exchanges, issues } = await decode(memory([gzipSync(`${line('m-1')}\n`), gzipSync(`${line('m-2')}\n`)]));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.id), ['m-1', 'm-2']);
});

test('gzip split into one-byte chunks still decodes', async (t) => {
  const zipped = gzipSync(`${line('g-1')}\n${line('g-2')}`);
  const { exchanges, issues } = await decode(memory([...zipped].map((b) => Buffer.from([b]))));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.id), ['g-1', 'g-2']);
});

test('a truncated gzip keeps what decoded before the cut and records one issue', async (t) => {
  const total = 2000;
  const text = Array.from({ length: total }, (_, i) => line(`t-${i}`)).join('\n') + '\n';
  const zipped = gzipSync(text);
  await withWorkspace(async (dir) => {
    const { exchanges, issues } = await decodeFile(dir, 'cut.ndjson.gz', zipped.subarray(0, Math.floor(zipped.length * 0.6)));
    t.true(exchanges.length > 0, 'lines before the cut are kept');
    t.true(exchanges.length < total);
    t.deepEqual(exchanges.map((e) => e.id), exchanges.map((_, i) => `t-${i}`));
    t.is(issues.count, 1);
    t.is(issues.kept[0]!.source, 'cut.ndjson.gz');
    t.is(issues.kept[0]!.position, `after line ${exchanges.length}`);
    t.regex(issues.kept[0]!.message, /ended early/);
  });
});

test('a gzip cut inside its trailer still yields every line', async (t) => {
  const zipped = gzipSync(`${line('a')}\n${line('b')}\n`);
  const { exchanges, issues } = await decode(memory([zipped.subarray(0, zipped.length - 4)]));
  t.deepEqual(exchanges.map((e) => e.id), ['a', 'b']);
  t.is(issues.count, 1);
});

test('an empty file, plain or gzip, has no exchanges and no issues', async (t) => {
  await withWorkspace(async (dir) => {
    for (const [name, content] of [['empty.ndjson', Buffer.alloc(0)], ['empty.ndjson.gz', gzipSync('')]] as const) {
      const { exchanges, issues } = await decodeFile(dir, name, content);
      t.deepEqual(exchanges, [], name);
      t.is(issues.count, 0, name);
    }
  });
});

test('DecodeIssues keeps the first 100 issues but counts all', async (t) => {
  const lines = Array.from({ length: 250 }, (_, i) => `not json ${i}`);
  lines.push(line('survivor'));
  const { exchanges, issues } = await decode(memory([Buffer.from(lines.join('\n'))]));
  t.deepEqual(exchanges.map((e) => e.id), ['survivor']);
  t.is(issues.count, 250);
  t.is(issues.kept.length, 100);
  t.is(issues.kept[0]!.position, 'line 1');
  t.is(issues.kept[99]!.position, 'line 100');

  const small = new DecodeIssues(2);
  for (let i = 0; i < 5; i++) small.add({ source: 's', position: `line ${i}`, message: 'm' });
  t.is(small.count, 5);
  t.deepEqual(small.kept.map((issue) => issue.position), ['line 0', 'line 1']);
});

test('a workspace file is found relative to the workspace and named as given', async (t) => {
  await withWorkspace(async (dir) => {
    await writeFile(path.join(dir, 'snap.jsonl'), line('w-1'));
    const source = await resolveSnapshot('snap.jsonl', { s3: {}, workspace: dir });
    t.is(source.name, 'snap.jsonl');
    const absolute = await resolveSnapshot(path.join(dir, 'snap.jsonl'), { s3: {}, workspace: os.tmpdir() });
    t.deepEqual((await decode(absolute)).exchanges.map((e) => e.id), ['w-1']);
  });
});

test('a missing file is a one-line SnapshotError naming the file', async (t) => {
  await withWorkspace(async (dir) => {
    const error = await t.throwsAsync(resolveSnapshot('snapshots/missing.ndjson', { s3: {}, workspace: dir }), {
      instanceOf: SnapshotError,
    });
    t.regex(error!.message, /snapshots\/missing\.ndjson/);
    t.false(error!.message.includes('\n'));
  });
});

test('a folder without files holds no snapshot', async (t) => {
  await withWorkspace(async (dir) => {
    const error = await t.throwsAsync(resolveSnapshot('.', { s3: {}, workspace: dir }), { instanceOf: SnapshotError });
    t.regex(error!.message, /^no snapshot in folder \.: it holds no files$/);
  });
});

test('a URL scheme other than s3:// is a SnapshotError', async (t) => {
  for (const reference of ['https://example.com/snap.ndjson', 'gs://bucket/snap.ndjson']) {
    const error = await t.throwsAsync(resolveSnapshot(reference, { s3: {}, workspace: os.tmpdir() }), {
      instanceOf: SnapshotError,
    });
    t.true(error!.message.includes(reference));
    t.false(error!.message.includes('\n'));
  }
  await t.throwsAsync(resolveSnapshot('s3://', { s3: {}, workspace: os.tmpdir() }), { instanceOf: SnapshotError });
});
