// The one content decoder (src/body/content-coding.ts), used alike for recorded bodies and
// replayed answers; strict base64 in snapshots.
import test from 'ava';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { base64Problem } from '../../src/body/base64.js';
import { ContentDecodingError, decodeContent, MAX_STACKED_CODINGS } from '../../src/body/content-coding.js';
import { digestOf } from '../../src/body/digest.js';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import { observedFromRecording } from '../../src/replay/replay.js';
import { Target, type TargetOptions } from '../../src/replay/target.js';
import { decodeAll, memorySource } from '../helpers/decode.js';
import { gorFile, gorId, httpRequest, httpResponse } from '../helpers/goreplay.js';
import { serve } from '../helpers/local-server.js';

const JSON_BODY = JSON.stringify({ id: 981, items: [{ sku: 'SKU-1', qty: 2 }], note: 'ünïcödé' });
const options: TargetOptions = { concurrency: 2, rateLimit: 0, timeoutMs: 5000, maxBodyBytes: 10 * 1024 * 1024 };

/** Every coding a server may send, with the body coded that way. */
const coded: [string, Buffer][] = [
  ['gzip', gzipSync(JSON_BODY)],
  ['x-gzip', gzipSync(JSON_BODY)],
  ['deflate', deflateSync(JSON_BODY)],
  ['deflate', deflateRawSync(JSON_BODY)],
  ['br', brotliCompressSync(JSON_BODY)],
  // Applied in the order listed: gzip first, then br.
  ['gzip, br', brotliCompressSync(gzipSync(JSON_BODY))],
  ['deflate, identity, gzip', gzipSync(deflateRawSync(JSON_BODY))],
  ['GZIP', gzipSync(JSON_BODY)],
];

test('decodeContent undoes gzip, x-gzip, deflate with and without the zlib wrapper, br, and stacked codings', async (t) => {
  for (const [coding, bytes] of coded) {
    t.deepEqual(await decodeContent(bytes, coding, 1 << 20), { capped: false, bytes: Buffer.from(JSON_BODY) }, coding);
  }
});

test('decodeContent leaves alone what it cannot undo, and says what is corrupt', async (t) => {
  t.is(await decodeContent(Buffer.from(JSON_BODY), undefined, 1024), undefined);
  t.is(await decodeContent(Buffer.from(JSON_BODY), 'identity', 1024), undefined);
  t.is(await decodeContent(Buffer.from(JSON_BODY), 'zstd', 1024), undefined);
  t.is(await decodeContent(gzipSync(JSON_BODY), 'gzip, zstd', 1024), undefined);
  t.is(await decodeContent(gzipSync(JSON_BODY), Array(MAX_STACKED_CODINGS + 1).fill('gzip').join(', '), 1024), undefined);
  const error = await t.throwsAsync(decodeContent(Buffer.from('not gzip at all'), 'gzip', 1024), { instanceOf: ContentDecodingError });
  t.regex(error!.message, /^the gzip body cannot be decoded: /);
  await t.throwsAsync(decodeContent(gzipSync(JSON_BODY).subarray(0, 20), 'gzip', 1024), { instanceOf: ContentDecodingError });
  await t.throwsAsync(decodeContent(Buffer.from([0xff, 0xff, 0xff]), 'br', 1024), { instanceOf: ContentDecodingError });
});

test('decodeContent stops at the cap, and decodes the start of a body cut short when told it is', async (t) => {
  const text = 'abcdefghij'.repeat(10_000);
  const capped = await decodeContent(gzipSync(text), 'gzip', 1000);
  t.deepEqual(capped, { capped: true, digest: digestOf(Buffer.from(text.slice(0, 1000)), 1000, true) });
  t.deepEqual(await decodeContent(gzipSync(text), 'gzip', text.length), { capped: false, bytes: Buffer.from(text) });
  // Stacked: the inner stage past the cap hands the next one the start it decoded.
  const stacked = await decodeContent(brotliCompressSync(gzipSync(text)), 'gzip, br', 300);
  t.deepEqual(stacked, { capped: true, digest: digestOf(Buffer.from(text.slice(0, 300)), 300, true) });
  const start = gzipSync(text).subarray(0, 200);
  const partial = await decodeContent(start, 'gzip', 1 << 20, true);
  if (!partial?.capped) return t.fail('a cut-off body is never whole');
  t.true(partial.digest.bytes > 0 && partial.digest.bytes < text.length);
  t.deepEqual(partial.digest, digestOf(Buffer.from(text.slice(0, partial.digest.bytes)), partial.digest.bytes, true));
});

function recordedExchange(status = 200): string {
  return JSON.stringify({
    id: 'r-1',
    request: { method: 'GET', url: '/api/orders/981', headers: {}, body: null },
    response: { status, headers: { 'content-type': 'application/json' }, body: JSON_BODY },
  });
}

test('answers in every coding, raw deflate included, compare equal to the recorded JSON', async (t) => {
  const server = await serve(t, (req, res) => {
    const [coding, bytes] = coded[Number(req.url!.split('/').pop())]!;
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding });
    res.end(bytes);
  });
  const { exchanges } = await decodeAll(memorySource('traffic.ndjson', Buffer.from(recordedExchange())));
  const recorded = observedFromRecording(exchanges[0]!.response!);
  const client = new Target(server.url, options);
  t.teardown(() => client.close());
  for (const [i, [coding]] of coded.entries()) {
    const answer = await client.send({ method: 'GET', path: `/api/orders/${i}`, headers: {} });
    t.is(answer.response?.body.toString(), JSON_BODY, coding);
    t.deepEqual(compareResponses(recorded, answer.response!, DEFAULT_RULES, 'GET').differences, [], coding);
  }
});

test('an answer that does not decode is kept as it came, and compared as such', async (t) => {
  const server = await serve(t, (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end('{"not":"gzip"}');
  });
  const client = new Target(server.url, options);
  t.teardown(() => client.close());
  const answer = await client.send({ method: 'GET', path: '/', headers: {} });
  t.is(answer.response?.body.toString(), '{"not":"gzip"}');
});

test('GoReplay bodies go through the same decoder: raw deflate and stacked codings, headers dropped with them', async (t) => {
  const payloads = coded.flatMap(([coding, bytes], i) => [
    { type: 1 as const, id: gorId(i), message: httpRequest('GET', `/api/orders/${i}`) },
    { type: 2 as const, id: gorId(i), message: httpResponse(200, { 'content-type': 'application/json', 'content-encoding': coding, 'content-length': String(bytes.length) }, bytes) },
  ]);
  const { exchanges, issues } = await decodeAll(memorySource('requests.gor', gorFile(payloads)));
  t.is(issues.count, 0);
  t.is(exchanges.length, coded.length);
  for (const exchange of exchanges) {
    t.is(exchange.response?.body, JSON_BODY);
    t.is(exchange.response?.headers['content-encoding'], undefined);
    t.is(exchange.response?.headers['content-length'], undefined);
  }
});

test('a GoReplay body that does not decode is one issue with its place; the payloads after it still count', async (t) => {
  const { exchanges, issues } = await decodeAll(memorySource('requests.gor', gorFile([
    { type: 1, id: gorId(1), message: httpRequest('GET', '/a') },
    { type: 2, id: gorId(1), message: httpResponse(200, { 'content-encoding': 'br' }, 'not brotli') },
    { type: 1, id: gorId(2), message: httpRequest('GET', '/b') },
    { type: 2, id: gorId(2), message: httpResponse(200, {}, 'fine') },
  ])));
  t.is(issues.count, 1);
  t.like(issues.kept[0], { position: 'payload 2 (byte 80)' });
  t.regex(issues.kept[0]!.message, /^response 0+1: the br body cannot be decoded: /);
  t.deepEqual(exchanges.map((e) => [e.request.url, e.response?.body]), [['/a', undefined], ['/b', 'fine']]);
});

// --- base64 -----------------------------------------------------------------------------------

test('base64Problem takes standard base64, padded or not, and names the first thing wrong', (t) => {
  for (const good of ['', 'QQ==', 'QQ', 'QUI=', 'QUI', 'QUJD', 'a+/9']) t.is(base64Problem(good), undefined, good);
  t.is(base64Problem('QU JD'), 'not base64: " " at character 3');
  t.is(base64Problem('QUJD!'), 'not base64: "!" at character 5');
  t.is(base64Problem('QU-_'), 'not base64: "-" at character 3');
  t.is(base64Problem('QQ=A'), 'not base64: misplaced "=" padding at character 3');
  t.is(base64Problem('QQ==='), 'not base64: misplaced "=" padding at character 3');
  t.is(base64Problem('Q==='), 'not base64: misplaced "=" padding at character 2');
  t.is(base64Problem('QUJDR'), 'not base64: 5 characters cannot encode whole bytes');
  t.is(base64Problem('QQ='), 'not base64: misplaced "=" padding at character 3');
});

test('invalid base64 in an NDJSON body is an undecodable line, counted with its number; the rest is read', async (t) => {
  const line = (id: string, request: unknown, response: unknown) => JSON.stringify({ id, request: { method: 'POST', url: '/x', headers: {}, body: request }, response: { status: 200, headers: {}, body: response } });
  const text = [
    line('ok-1', { base64: 'aGk=' }, { base64: 'aGVsbG8' }),
    line('bad-request', { base64: 'aGk=<script>' }, null),
    line('bad-response', null, { base64: 'not base64 at all' }),
    line('ok-2', null, 'plain'),
  ].join('\n');
  const { exchanges, issues } = await decodeAll(memorySource('traffic.ndjson', Buffer.from(text)));
  t.deepEqual(exchanges.map((e) => e.id), ['ok-1', 'ok-2']);
  t.deepEqual(exchanges[0]!.response?.body, { base64: 'aGVsbG8' });
  t.deepEqual(issues.kept.map((i) => [i.position, i.message]), [
    ['line 2', '"request.body".base64 is not base64: "<" at character 5'],
    ['line 3', '"response.body".base64 is not base64: " " at character 4'],
  ]);
});

test('invalid base64 in a HAR content.text is an undecodable entry, counted with its place', async (t) => {
  const entry = (url: string, text: string) => ({
    startedDateTime: '2026-11-24T10:00:00.000Z', time: 5,
    request: { method: 'GET', url: `https://shop.example.com${url}`, headers: [] },
    response: { status: 200, headers: [], content: { size: 3, mimeType: 'image/png', encoding: 'base64', text } },
  });
  const har = JSON.stringify({ log: { version: '1.2', entries: [entry('/a', 'iVBORw=='), entry('/b', 'iVBOR w=='), entry('/c', 'AAEC')] } }, null, 1);
  const { exchanges, issues } = await decodeAll(memorySource('session.har', Buffer.from(har)));
  t.deepEqual(exchanges.map((e) => e.request.url), ['/a', '/c']);
  t.is(issues.count, 1);
  t.regex(issues.kept[0]!.position, /^entry 2 \(line \d+\)$/);
  t.is(issues.kept[0]!.message, '"response.content.text" is not base64: " " at character 6');
});
