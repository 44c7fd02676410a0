// Property-based fuzzing of the three snapshot readers (NDJSON, HAR, GoReplay): arbitrary and
// mutated bytes never crash or escape the reader, every entry is either an exchange or a
// counted issue, and how the byte stream is cut into chunks changes nothing.
import test from 'ava';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import type { SnapshotFormat } from '../../src/snapshot/detect.js';
import { readExchanges } from '../../src/snapshot/read.js';
import { DecodeIssues, type Exchange } from '../../src/snapshot/types.js';
import { memorySource } from '../helpers/decode.js';
import { gorFile, gorId, httpRequest, httpResponse } from '../helpers/goreplay.js';

const RUNS = { numRuns: 200 };

interface Read {
  exchanges: Exchange[];
  issues: { count: number; kept: unknown[] };
  formats: SnapshotFormat[];
}

async function read(name: string, chunks: Buffer[]): Promise<Read> {
  const issues = new DecodeIssues(1000);
  const formats: SnapshotFormat[] = [];
  const exchanges: Exchange[] = [];
  for await (const exchange of readExchanges(memorySource(name, ...chunks), issues, { onPart: (_, format) => formats.push(format) })) exchanges.push(exchange);
  return { exchanges, issues: { count: issues.count, kept: issues.kept }, formats };
}

/** `bytes` cut at the given places (each taken modulo its length). */
function cut(bytes: Buffer, places: number[]): Buffer[] {
  const at = [...new Set(places.map((p) => (bytes.length === 0 ? 0 : p % bytes.length)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const place of at) {
    chunks.push(bytes.subarray(from, place));
    from = place;
  }
  chunks.push(bytes.subarray(from));
  return chunks.filter((chunk) => chunk.length > 0);
}

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Flips, inserts and deletes bytes at arbitrary places. */
const mutations = fc.array(fc.tuple(fc.constantFrom('flip', 'insert', 'delete'), fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 });

function mutate(bytes: Buffer, edits: [string, number, number][]): Buffer {
  let out = Buffer.from(bytes);
  for (const [edit, place, value] of edits) {
    const at = out.length === 0 ? 0 : place % out.length;
    if (edit === 'flip' && out.length > 0) out[at] = value;
    else if (edit === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from([value]), out.subarray(at)]);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1)]);
  }
  return out;
}

/** Bytes as they come: arbitrary, text-like, or gzip of either (whole or cut short). */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)),
  fc.string({ maxLength: 300 }).map((s) => Buffer.from(s)),
  fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.nat()).map(([a, n]) => {
    const zipped = gzipSync(a);
    return zipped.subarray(0, n % (zipped.length + 1));
  }),
);

const bodyArb = fc.oneof(fc.constant(null), fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 30 }).map((a) => ({ base64: Buffer.from(a).toString('base64') })));
// Not `//host/...`: that is a URL without a scheme, reduced to its path.
const pathArb = fc.stringMatching(/^\/([a-z0-9]{1,6}(\/[a-z0-9]{1,6}){0,2})?$/);
const validExchange = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
  request: fc.record({ method: fc.constantFrom('GET', 'POST', 'head'), url: pathArb, headers: fc.dictionary(fc.stringMatching(/^[a-z-]{1,8}$/), fc.string({ maxLength: 10 }), { maxKeys: 3 }), body: bodyArb }),
  response: fc.option(fc.record({ status: fc.integer({ min: 100, max: 599 }), headers: fc.constant({ 'content-type': 'application/json' }), body: bodyArb }), { nil: undefined }),
});

/** Lines a reader must account for: neither empty nor blank, after a byte order mark and CR are dropped. */
function nonBlankLines(bytes: Buffer): number {
  // latin1 maps bytes one to one, so splitting it splits the bytes at each newline.
  const pieces = bytes.toString('latin1').split('\n').map((piece) => Buffer.from(piece, 'latin1').toString('utf8'));
  return pieces.filter((text, i) => (i === 0 ? text.replace(/^\uFEFF/, '') : text).trim() !== '').length;
}

test('any bytes, as any format, whole or in chunks: no crash, and the same result however they are cut', async (t) => {
  await fc.assert(
    fc.asyncProperty(anyBytes, fc.constantFrom('traffic.ndjson', 'session.har', 'requests.gor'), fc.array(fc.nat(), { maxLength: 8 }), async (bytes, name, places) => {
      const whole = await read(name, [bytes]);
      const chunked = await read(name, cut(bytes, places));
      // A gzip cut short breaks the stream where it breaks: how much decoded before depends on the chunks.
      if (isGzip(bytes)) assert.ok(chunked.issues.count > 0 || chunked.exchanges.length === whole.exchanges.length);
      else assert.deepEqual(chunked, whole);
    }),
    RUNS,
  );
  t.pass();
});

test('NDJSON, valid or mutated: every non-blank line is an exchange or a counted issue', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(validExchange, { maxLength: 6 }), mutations, fc.array(fc.nat(), { maxLength: 6 }), async (records, edits, places) => {
      const valid = Buffer.from(records.map((r) => JSON.stringify(r)).join('\n'));
      const clean = await read('traffic.ndjson', [valid]);
      assert.equal(clean.issues.count, 0);
      assert.equal(clean.exchanges.length, records.length);
      const bytes = mutate(valid, edits);
      const result = await read('traffic.ndjson', cut(bytes, places));
      if (result.formats[0] !== 'ndjson' || isGzip(bytes)) return;
      assert.equal(result.exchanges.length + result.issues.count, nonBlankLines(bytes));
    }),
    RUNS,
  );
  t.pass();
});

const harEntry = (url: string, good: boolean, flaw: number) => {
  const entry = { request: { method: 'GET', url: `https://shop.example.com${url}`, headers: [{ name: 'accept', value: '*/*' }] }, response: { status: 200, headers: [], content: { size: 2, text: 'ok' } } } as Record<string, any>;
  if (good) return entry;
  switch (flaw % 4) {
    case 0:
      entry.request.method = 'G E T';
      break;
    case 1:
      entry.response.content = { size: 3, encoding: 'base64', text: 'not base64!' };
      break;
    case 2:
      entry.response.status = 1000;
      break;
    default:
      entry.request.headers = 'accept: */*';
  }
  return entry;
};

test('HAR: every entry is an exchange or a counted issue; mutated HAR never crashes and reads alike in chunks', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(pathArb, fc.boolean(), fc.nat()), { maxLength: 6 }), mutations, fc.array(fc.nat(), { maxLength: 6 }), async (entries, edits, places) => {
      const har = Buffer.from(JSON.stringify({ log: { version: '1.2', entries: entries.map(([url, good, flaw]) => harEntry(url, good, flaw)) } }, null, 1));
      const clean = await read('session.har', cut(har, places));
      assert.equal(clean.exchanges.length, entries.filter(([, good]) => good).length);
      assert.equal(clean.issues.count, entries.filter(([, good]) => !good).length);
      const bytes = mutate(har, edits);
      if (!isGzip(bytes)) assert.deepEqual(await read('session.har', cut(bytes, places)), await read('session.har', [bytes]));
    }),
    RUNS,
  );
  t.pass();
});

const CODED: Record<string, (b: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateRawSync, br: brotliCompressSync };

test('GoReplay: every request is an exchange, every bad response a counted issue; mutated captures never crash', async (t) => {
  const payloadArb = fc.tuple(pathArb, fc.string({ maxLength: 30 }), fc.constantFrom('', 'gzip', 'deflate', 'br'), fc.boolean());
  await fc.assert(
    fc.asyncProperty(fc.array(payloadArb, { maxLength: 6 }), mutations, fc.array(fc.nat(), { maxLength: 6 }), async (specs, edits, places) => {
      const payloads = specs.flatMap(([url, body, coding, good], i) => {
        const coded = coding ? CODED[coding]!(Buffer.from(body)) : Buffer.from(body);
        // A bad response: its coded body cut short (or, uncoded, a broken status line).
        const sent = good ? coded : coding ? coded.subarray(0, coded.length >> 1) : coded;
        const headers: Record<string, string> = coding ? { 'content-encoding': coding } : {};
        const message = good || coding ? httpResponse(200, headers, sent) : Buffer.from(`HTTP/1.1 ok\r\n\r\n${body}`);
        return [
          { type: 1 as const, id: gorId(i), message: httpRequest('GET', url) },
          { type: 2 as const, id: gorId(i), message },
        ];
      });
      const gor = gorFile(payloads);
      const clean = await read('requests.gor', cut(gor, places));
      assert.equal(clean.exchanges.length, specs.length);
      for (const [i, [url, body, , good]] of specs.entries()) {
        assert.equal(clean.exchanges[i]!.request.url, url);
        if (good) assert.equal(clean.exchanges[i]!.response?.body, body === '' ? null : body);
      }
      // A response is paired with its request, or it is an issue (a cut-off coded body may still be empty, hence fine).
      assert.equal(clean.exchanges.filter((e) => e.response).length + clean.issues.count, specs.length);
      const bytes = mutate(gor, edits);
      if (!isGzip(bytes)) assert.deepEqual(await read('requests.gor', cut(bytes, places)), await read('requests.gor', [bytes]));
    }),
    RUNS,
  );
  t.pass();
});
