import test from 'ava';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readExchanges } from '../src/snapshot/read.js';
import { DecodeIssues } from '../src/snapshot/types.js';
import { decodeAll, memorySource, oneByteChunks } from './helpers/decode.js';

function entry(url: string, extra: { status?: number; text?: string; encoding?: string; size?: number; method?: string; postData?: string } = {}) {
  return {
    startedDateTime: '2026-11-20T10:00:00.123Z',
    time: 41.6,
    request: {
      method: extra.method ?? 'GET', url, httpVersion: 'HTTP/2.0',
      headers: [{ name: ':authority', value: 'shop.example.com' }, { name: 'Accept', value: 'application/json' }, { name: 'Cookie', value: 'a=1' }, { name: 'cookie', value: 'b=2' }],
      queryString: [], cookies: [], headersSize: -1, bodySize: 0,
      ...(extra.postData ? { postData: { mimeType: 'application/json', text: extra.postData } } : {}),
    },
    response: {
      status: extra.status ?? 200, statusText: 'OK', httpVersion: 'HTTP/2.0',
      headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Set-Cookie', value: 'x=1' }, { name: 'set-cookie', value: 'y=2' }],
      cookies: [],
      content: { size: extra.size ?? (extra.text ?? '').length, mimeType: 'application/json', ...(extra.text !== undefined ? { text: extra.text } : {}), ...(extra.encoding ? { encoding: extra.encoding } : {}) },
      redirectURL: '', headersSize: -1, bodySize: -1,
    },
    cache: {}, timings: { send: 0, wait: 40, receive: 1.6 },
  };
}

/** A HAR as DevTools and Playwright write it: pretty-printed, pages first, strings full of JSON syntax. */
function har(entries: unknown[], before: Record<string, unknown> = {}): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'test "creator" {with} [brackets]', version: '1' },
      pages: [{ id: 'page_1', title: 'a title with "log": {"entries": []} inside', pageTimings: {} }],
      ...before,
      entries,
    },
  }, null, 2);
}

const ENTRIES = [
  entry('https://shop.example.com/api/orders/1?expand=items', { text: '{"id":1}' }),
  entry('https://shop.example.com/img/logo.png', { text: 'iVBORw0KGgo=', encoding: 'base64' }),
  entry('https://shop.example.com/api/orders', { method: 'POST', postData: '{"sku":"SKU-1"}', status: 201, text: '{"id":2}' }),
  entry('https://shop.example.com/blocked', { status: 0 }),
  entry('https://shop.example.com/api/not-saved', { size: 120 }),
  entry('https://shop.example.com/api/empty', { status: 204 }),
];

test('HAR entries become exchanges: URL reduced, headers merged, base64 kept, status 0 and unsaved bodies are no response', async (t) => {
  const { exchanges, issues } = await decodeAll(memorySource('session.har', Buffer.from(har(ENTRIES))));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => e.id), ['entry-1', 'entry-2', 'entry-3', 'entry-4', 'entry-5', 'entry-6']);
  t.deepEqual(exchanges[0], {
    id: 'entry-1',
    recordedAt: '2026-11-20T10:00:00.123Z',
    // The origin is kept beside the path: the deployment's own, which its answers may link to.
    request: { method: 'GET', url: '/api/orders/1?expand=items', origin: 'https://shop.example.com', headers: { accept: 'application/json', cookie: 'a=1; b=2' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': 'x=1, y=2' }, body: '{"id":1}', durationMs: 42 },
  });
  t.deepEqual(exchanges[1]!.response!.body, { base64: 'iVBORw0KGgo=' });
  t.is(exchanges[2]!.request.body, '{"sku":"SKU-1"}');
  t.is(exchanges[2]!.response!.status, 201);
  t.false('response' in exchanges[3]!);
  t.false('response' in exchanges[4]!);
  t.is(exchanges[5]!.response!.body, null);
});

test('the HAR reads the same in one-byte chunks, minified, gzip, and with entries before other keys', async (t) => {
  const expected = (await decodeAll(memorySource('a.har', Buffer.from(har(ENTRIES))))).exchanges;
  const variants: [string, Buffer[]][] = [
    ['split.har', oneByteChunks(Buffer.from(har(ENTRIES.slice(0, 3))))],
    ['min.har', [Buffer.from(JSON.stringify(JSON.parse(har(ENTRIES))))]],
    ['zipped.har.gz', [gzipSync(har(ENTRIES))]],
    ['no-suffix', [gzipSync(har(ENTRIES))]],
    ['bom.har', [Buffer.from(`\uFEFF${har(ENTRIES)}`)]],
    ['first.har', [Buffer.from(JSON.stringify({ log: { entries: ENTRIES, version: '1.2', pages: [{ nested: [[{ entries: 1 }]] }] } }))]],
  ];
  for (const [name, chunks] of variants) {
    const { exchanges, issues } = await decodeAll(memorySource(name, ...chunks));
    t.is(issues.count, 0, name);
    t.deepEqual(exchanges, name === 'split.har' ? expected.slice(0, 3) : expected, name);
  }
});

test('a bad entry is an issue with its number and line; the others decode', async (t) => {
  const entries = [entry('https://x/a', { text: '1' }), { request: { method: 'GET' } }, 'not an object', entry('ws://x/socket'), entry('https://x/b', { text: '2' })];
  const { exchanges, issues } = await decodeAll(memorySource('mixed.har', Buffer.from(har(entries))));
  t.deepEqual(exchanges.map((e) => [e.id, e.request.url]), [['entry-1', '/a'], ['entry-5', '/b']]);
  t.is(issues.count, 3);
  t.deepEqual(issues.kept.map((i) => i.source), ['mixed.har', 'mixed.har', 'mixed.har']);
  t.regex(issues.kept[0]!.position, /^entry 2 \(line \d+\)$/);
  t.regex(issues.kept[0]!.message, /"request.url" is missing/);
  t.regex(issues.kept[1]!.position, /^line \d+, column \d+$/);
  t.regex(issues.kept[1]!.message, /entry 3 is not a JSON object/);
  t.regex(issues.kept[2]!.position, /^entry 4 /);
  t.regex(issues.kept[2]!.message, /must start with \/ or http/);
  // The line of entry 2 is where its `{` stands in the pretty-printed file.
  const line = Number(/line (\d+)/.exec(issues.kept[0]!.position)![1]);
  t.is(har(entries).split('\n')[line - 1]!.trim(), '{');
});

test('a broken entry costs that entry only', async (t) => {
  const good = JSON.stringify(entry('https://x/ok', { text: '{}' }));
  const text = `{"log":{"version":"1.2","entries":[${good},{"request": {"method": "GET", "url": "https://x/broken",}},${good}]}}`;
  const { exchanges, issues } = await decodeAll(memorySource('broken.har', Buffer.from(text)));
  t.deepEqual(exchanges.map((e) => e.id), ['entry-1', 'entry-3']);
  t.is(issues.count, 1);
  t.regex(issues.kept[0]!.position, /^entry 2 \(line 1\)$/);
  t.regex(issues.kept[0]!.message, /^not JSON/);
});

test('a HAR without entries, with entries that are no list, or not JSON at all, is one clear issue', async (t) => {
  const cases: [string, string, RegExp][] = [
    ['no-entries.har', JSON.stringify({ log: { version: '1.2', creator: { name: 'x' }, pages: [] } }), /no log\.entries list/],
    ['object-entries.har', JSON.stringify({ log: { version: '1.2', entries: { a: 1 } } }), /log\.entries must be a list/],
    ['null-entries.har', JSON.stringify({ log: { version: '1.2', entries: null } }), /log\.entries must be a list/],
    ['text.har', 'this is not JSON', /not a HAR file/],
    ['array.har', '[{"log": {}}]', /not a HAR file/],
    ['empty.har', '', /the file is empty/],
  ];
  for (const [name, text, message] of cases) {
    const { exchanges, issues } = await decodeAll(memorySource(name, Buffer.from(text)));
    t.deepEqual(exchanges, [], name);
    t.is(issues.count, 1, name);
    t.is(issues.kept[0]!.source, name);
    t.regex(issues.kept[0]!.position, /^line \d+, column \d+$/, name);
    t.regex(issues.kept[0]!.message, message, name);
  }
  const empty = await decodeAll(memorySource('empty-list.har', Buffer.from(har([]))));
  t.is(empty.issues.count, 0, 'an empty entries list is a valid, empty HAR');
});

test('a HAR cut short keeps the entries before the cut, plain or gzip', async (t) => {
  const text = har(Array.from({ length: 300 }, (_, i) => entry(`https://x/api/products/${i}`, { text: `{"id":${i}}` })));
  const plain = await decodeAll(memorySource('cut.har', Buffer.from(text.slice(0, Math.floor(text.length / 2)))));
  t.true(plain.exchanges.length > 50 && plain.exchanges.length < 300);
  t.is(plain.issues.count, 1);
  t.regex(plain.issues.kept[0]!.message, new RegExp(`ends inside entry ${plain.exchanges.length + 1} .*cut short`));

  const zipped = gzipSync(text);
  const cut = await decodeAll(memorySource('cut.har.gz', zipped.subarray(0, Math.floor(zipped.length / 2))));
  t.true(cut.exchanges.length > 0 && cut.exchanges.length < 300);
  t.is(cut.issues.count, 1);
  t.regex(cut.issues.kept[0]!.position, /^after entry \d+$/);
  t.regex(cut.issues.kept[0]!.message, /ended early/);
});

test('a HAR is read as a stream: the first exchanges come before the file has been read', async (t) => {
  // An endless HAR: if the reader waited for the end of the file, this test would never finish.
  let produced = 0;
  const endless = Readable.from((function* () {
    yield Buffer.from('{"log": {"version": "1.2", "entries": [');
    for (let i = 0; i < 1_000_000; i++) {
      produced++;
      yield Buffer.from(`${i ? ',' : ''}${JSON.stringify(entry(`https://x/api/items/${i}`, { text: `{"i":${i}}` }))}`);
    }
    yield Buffer.from(']}}');
  })(), { objectMode: false });
  const source = { name: 'endless.har', parts: [{ name: 'endless.har', open: async () => endless }] };
  const ids: string[] = [];
  for await (const exchange of readExchanges(source, new DecodeIssues())) {
    ids.push(exchange.id);
    if (ids.length === 5) break;
  }
  t.deepEqual(ids, ['entry-1', 'entry-2', 'entry-3', 'entry-4', 'entry-5']);
  t.true(produced < 10_000, `read ${produced} entries ahead`);
  t.true(endless.destroyed, 'stopping early releases the source');
});
