import test from 'ava';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { GorPairer } from '../src/snapshot/gor-pairing.js';
import { parseHttpResponse } from '../src/snapshot/http-message.js';
import type { PartContext } from '../src/snapshot/part.js';
import { DecodeIssues, type Exchange } from '../src/snapshot/types.js';
import { decodeAll, memorySource, oneByteChunks, partsSource } from './helpers/decode.js';
import { chunked, gorFile, gorId, type GorPayloadSpec, httpRequest, httpResponse } from './helpers/goreplay.js';

const T0 = 1_764_000_000_000_000_000n; // 2025-11-24T16:00:00Z in nanoseconds

function get(n: number, path: string): GorPayloadSpec {
  return { type: 1, id: gorId(n), timestamp: T0 + BigInt(n) * 1_000_000n, latency: 0, message: httpRequest('GET', path, { Host: 'shop.example.com', Accept: 'application/json' }) };
}

function ok(n: number, body: string, latencyMs = 12): GorPayloadSpec {
  return { type: 2, id: gorId(n), timestamp: T0 + BigInt(n) * 1_000_000n + 5n, latency: latencyMs * 1_000_000, message: httpResponse(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }, body) };
}

/** A capture with responses tracked, as `gor --input-raw :80 --input-raw-track-response --output-file` writes it. */
function capture(): Buffer {
  return gorFile([
    get(1, '/api/orders/1'), ok(1, '{"id":1}', 41),
    get(2, '/api/orders/2?expand=items'),
    get(3, '/api/health'), ok(3, '{"status":"ok"}'),
    ok(2, '{"id":2}'),
    { type: 3, id: gorId(1), latency: 9_000_000, message: httpResponse(500, {}, 'a replayed answer, not production') },
    get(4, '/api/stock/7'), // never answered
  ]);
}

test('requests pair with their responses by id, in request order; unanswered requests are kept', async (t) => {
  const { exchanges, issues } = await decodeAll(memorySource('traffic.gor', capture()));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => [e.id, e.request.url, e.response?.status]), [
    [gorId(1), '/api/orders/1', 200],
    [gorId(2), '/api/orders/2?expand=items', 200],
    [gorId(3), '/api/health', 200],
    [gorId(4), '/api/stock/7', undefined],
  ]);
  const [first] = exchanges;
  t.deepEqual(first!.request, { method: 'GET', url: '/api/orders/1', headers: { host: 'shop.example.com', accept: 'application/json' }, body: null });
  t.deepEqual(first!.response, { status: 200, headers: { 'content-type': 'application/json', 'content-length': '8' }, body: '{"id":1}', durationMs: 41 });
  t.is(first!.recordedAt, '2025-11-24T16:00:00.001Z');
  t.false('response' in exchanges[3]!);
});

test('the same capture decodes the same split into one-byte chunks, and gzip-compressed', async (t) => {
  const expected = (await decodeAll(memorySource('traffic.gor', capture()))).exchanges;
  const split = await decodeAll(memorySource('traffic.gor', ...oneByteChunks(capture())));
  t.deepEqual(split.exchanges, expected);
  for (const name of ['traffic.gor.gz', 'requests.gor_0.gz', 'no-suffix']) {
    const zipped = await decodeAll(memorySource(name, gzipSync(capture())));
    t.is(zipped.issues.count, 0, name);
    t.deepEqual(zipped.exchanges, expected, name);
  }
});

test('a response written before its request still pairs', async (t) => {
  const { exchanges, issues } = await decodeAll(memorySource('x.gor', gorFile([ok(7, '{"early":true}'), get(7, '/early'), get(8, '/late')])));
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => [e.request.url, e.response?.body]), [['/early', '{"early":true}'], ['/late', undefined]]);
});

test('chunked and gzip/deflate/br bodies are stored decoded, without the wire headers', async (t) => {
  const json = JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i}`, price: i * 1.5 })) });
  const responses: [string, Record<string, string>, Buffer][] = [
    ['chunked', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, chunked(json, 100)],
    ['gzip+chunked', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, chunked(gzipSync(json), 64)],
    ['gzip', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(gzipSync(json).length) }, gzipSync(json)],
    ['deflate', { 'Content-Type': 'application/json', 'Content-Encoding': 'deflate' }, deflateSync(json)],
    ['br', { 'Content-Type': 'application/json', 'Content-Encoding': 'br' }, brotliCompressSync(json)],
  ];
  const payloads = responses.flatMap(([, headers, body], i): GorPayloadSpec[] => [
    get(i + 1, `/api/products?coding=${i}`),
    { type: 2, id: gorId(i + 1), latency: 1_000_000, message: httpResponse(200, headers, body) },
  ]);
  const { exchanges, issues } = await decodeAll(memorySource('codings.gor', gorFile(payloads)));
  t.is(issues.count, 0);
  for (const [i, [label]] of responses.entries()) {
    const response = exchanges[i]!.response!;
    t.is(response.body, json, label);
    t.deepEqual(Object.keys(response.headers), ['content-type'], label);
  }
});

test('binary bodies become base64; a request body is kept', async (t) => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
  const { exchanges, issues } = await decodeAll(memorySource('bin.gor', gorFile([
    { type: 1, id: 'a1', latency: 0, message: httpRequest('POST', '/api/orders', { 'Content-Type': 'application/json', 'Content-Length': '15' }, '{"sku":"SKU-1"}') },
    { type: 2, id: 'a1', latency: 0, message: httpResponse(200, { 'Content-Type': 'image/png', 'Content-Length': String(png.length) }, png) },
  ])));
  t.is(issues.count, 0);
  t.is(exchanges[0]!.request.body, '{"sku":"SKU-1"}');
  t.deepEqual(exchanges[0]!.response!.body, { base64: png.toString('base64') });
});

test('headers of GoReplay before latency was recorded (three fields) still read', async (t) => {
  const file = Buffer.from(`1 f45590522cd1838b4a0d5c5aab80b77929dea3b3 1439817453424318000\nGET /old HTTP/1.1\r\nHost: x\r\n\r\n\n🐵🙈🙉\n`);
  const { exchanges, issues } = await decodeAll(memorySource('old.gor', file));
  t.is(issues.count, 0);
  t.is(exchanges[0]!.id, 'f45590522cd1838b4a0d5c5aab80b77929dea3b3');
  t.is(exchanges[0]!.recordedAt, '2015-08-17T13:17:33.424Z');
});

test('each kind of bad payload is an issue naming the file and payload; the rest decodes', async (t) => {
  const file = gorFile([
    get(1, '/fine'), ok(1, '{}'),
    { type: 1, id: gorId(2), latency: 0, message: 'NOT AN HTTP REQUEST\r\n\r\n' },
    get(3, '/cut'),
    { type: 2, id: gorId(3), latency: 0, message: httpResponse(200, { 'Content-Length': '100' }, 'only a bit') },
    get(4, '/bad-chunks'),
    { type: 2, id: gorId(4), latency: 0, message: httpResponse(200, { 'Transfer-Encoding': 'chunked' }, 'zz\r\nnope\r\n0\r\n\r\n') },
    get(5, '/bad-gzip'),
    { type: 2, id: gorId(5), latency: 0, message: httpResponse(200, { 'Content-Encoding': 'gzip' }, 'not gzip at all') },
    { type: 2, id: gorId(99), latency: 0, message: httpResponse(200, {}, 'orphan') },
    get(6, '/after'), ok(6, '{}'),
  ]);
  const garbled = Buffer.concat([file.subarray(0, 0), Buffer.from('this is no header\nGET / HTTP/1.1\r\n\r\n\n🐵🙈🙉\n'), file]);
  const { exchanges, issues } = await decodeAll(memorySource('broken.gor', garbled));
  // The request whose response is unusable is still replayable: it goes on without one.
  t.deepEqual(exchanges.map((e) => [e.request.url, e.response?.status]), [
    ['/fine', 200], ['/cut', undefined], ['/bad-chunks', undefined], ['/bad-gzip', undefined], ['/after', 200],
  ]);
  const messages = issues.kept.map((i) => `${i.source} ${i.position}: ${i.message}`);
  t.is(issues.count, 6, messages.join('\n'));
  t.regex(messages[0]!, /^broken\.gor payload 1 \(byte 0\): not a GoReplay payload header .*"this is no header"/);
  t.regex(messages[1]!, /^broken\.gor payload 4 \(byte \d+\): request 0+2: not an HTTP request line/);
  t.regex(messages[2]!, /payload 6 .*response 0+3: the body is cut short: 10 of 100 bytes recorded/);
  t.regex(messages[3]!, /payload 8 .*response 0+4: chunked body: a chunk size that is not hexadecimal/);
  t.regex(messages[4]!, /payload 10 .*response 0+5: the gzip body cannot be decoded/);
  t.regex(messages[5]!, /payload 11 .*a response \(id 0+63\) without its request/);
});

test('a truncated gzip keeps the payloads before the cut and says after which one it broke', async (t) => {
  const payloads = Array.from({ length: 400 }, (_, i) => [get(i + 1, `/api/products/${i}`), ok(i + 1, `{"id":${i},"pad":"${'x'.repeat(i % 50)}"}`)]).flat();
  const zipped = gzipSync(gorFile(payloads));
  const { exchanges, issues } = await decodeAll(memorySource('cut.gor.gz', zipped.subarray(0, Math.floor(zipped.length / 2))));
  t.true(exchanges.length > 10 && exchanges.length < 400, String(exchanges.length));
  t.is(issues.count, 1);
  t.is(issues.kept[0]!.source, 'cut.gor.gz');
  t.regex(issues.kept[0]!.position, /^after payload \d+$/);
  t.regex(issues.kept[0]!.message, /ended early/);
  // The request in flight at the cut lost its response, not its place.
  t.deepEqual(exchanges.map((e) => e.request.url), exchanges.map((_, i) => `/api/products/${i}`));
});

test('a response in the next chunk pairs with its request in the previous one', async (t) => {
  const source = partsSource('s3://b/requests_*.gor (2 chunks)', [
    ['s3://b/requests_0.gor', gorFile([get(1, '/a'), ok(1, '{"a":1}'), get(2, '/b')])],
    ['s3://b/requests_1.gor', gzipSync(gorFile([ok(2, '{"b":2}'), get(3, '/c')]))],
  ]);
  const { exchanges, issues } = await decodeAll(source);
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => [e.request.url, e.response?.body]), [['/a', '{"a":1}'], ['/b', '{"b":2}'], ['/c', undefined]]);
});

test('the pairer never holds more than its window: old requests go on without a response', (t) => {
  const issues = new DecodeIssues();
  const context: PartContext = { name: 'p.gor', issues, position: '', idPrefix: '' };
  const pairer = new GorPairer(3);
  const place = { context, position: 'payload' };
  const out: Exchange[] = [];
  const request = (id: string): Exchange => ({ id, request: { method: 'GET', url: `/${id}`, headers: {}, body: null } });
  for (let i = 0; i < 10; i++) out.push(...pairer.request(`r${i}`, request(`r${i}`), place));
  // Ten requests, none answered: all but the last three have been handed on, in order.
  t.deepEqual(out.map((e) => e.id), ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  out.push(...pairer.response('r8', { status: 204, headers: {}, body: null }, place));
  out.push(...pairer.response('r1', { status: 200, headers: {}, body: null }, place)); // too late: r1 went on
  out.push(...pairer.flush());
  t.deepEqual(out.map((e) => e.id), ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
  t.is(out[8]!.response?.status, 204);
  t.is(out[1]!.response, undefined);
  t.is(issues.count, 1);
  t.regex(issues.kept[0]!.message, /a response \(id r1\) without its request/);
});

test('a chunked body is read by the one chunked decoder: a capture that stops after the last chunk is whole, one cut inside a chunk is an error', async (t) => {
  const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
  const whole = await parseHttpResponse(Buffer.from(`${head}3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nx-trailer: 1\r\n\r\n`));
  t.is(whole.body, 'abcde');
  t.false('transfer-encoding' in whole.headers);
  t.is((await parseHttpResponse(Buffer.from(`${head}3\r\nabc\r\n0\r\n`))).body, 'abc');
  await t.throwsAsync(parseHttpResponse(Buffer.from(`${head}a\r\nabc`)), { message: /chunked body: cut short before its last chunk/ });
  await t.throwsAsync(parseHttpResponse(Buffer.from(`${head}3\r\nabcX\r\n0\r\n\r\n`)), { message: /chunked body: chunk data not followed by CRLF/ });
});
