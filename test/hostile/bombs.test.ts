// Bodies that inflate far past the body cap, and snapshot entries past their caps: decoding
// stops at the cap, what is past it is compared by digest or counted, and the rest goes on.
import test from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { MAX_BODY_BYTES } from '../../src/body/digest.js';
import { canonicalLine } from '../../src/cli/convert.js';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import { observedFromRecording } from '../../src/replay/replay.js';
import { Target, type TargetOptions } from '../../src/replay/target.js';
import { MAX_PAYLOAD_BYTES, PAYLOAD_SEPARATOR } from '../../src/snapshot/gor-payloads.js';
import { MAX_LINE_BYTES } from '../../src/snapshot/lines.js';
import type { SnapshotSource } from '../../src/snapshot/source.js';
import { bomb, type BombCoding, GIB, MIB } from '../helpers/bombs.js';
import { decodeAll, memorySource } from '../helpers/decode.js';
import { gorFile, gorId, gorPayload, httpRequest, httpResponse } from '../helpers/goreplay.js';
import { serve } from '../helpers/local-server.js';

const options: TargetOptions = { concurrency: 2, rateLimit: 0, timeoutMs: 20_000, maxBodyBytes: MAX_BODY_BYTES };
const FIRST_10_MIB_OF_ZEROS = createHash('sha256').update(Buffer.alloc(MAX_BODY_BYTES)).digest('hex');

const codings: [string, BombCoding][] = [['gzip', 'gzip'], ['br', 'br'], ['deflate', 'deflate'], ['deflate', 'deflate-raw']];

test('answers that inflate to 1 GiB are decoded to the cap only, and kept as a digest of their first 10 MiB', async (t) => {
  const bombs = await Promise.all(codings.map(([, kind]) => bomb(kind, GIB)));
  const server = await serve(t, (req, res) => {
    const i = Number(req.url!.slice(1));
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': codings[i]![0] });
    res.end(bombs[i]);
  });
  const client = new Target(server.url, options);
  t.teardown(() => client.close());
  for (const [i, [coding, kind]] of codings.entries()) {
    const answer = (await client.send({ method: 'GET', path: `/${i}`, headers: {} })).response!;
    t.deepEqual(answer.bodyDigest, { bytes: MAX_BODY_BYTES, sha256: FIRST_10_MIB_OF_ZEROS, partial: true }, kind);
    t.is(answer.body.length, 0, coding);
  }
});

test('a capped answer compares by digest: equal to the same bomb, one "bytes" change with a note against a small body', async (t) => {
  const gzip = await bomb('gzip', GIB);
  const br = await bomb('br', GIB);
  const server = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': req.url === '/br' ? 'br' : 'gzip' });
    res.end(req.url === '/br' ? br : gzip);
  });
  const client = new Target(server.url, options);
  t.teardown(() => client.close());
  const one = (await client.send({ method: 'GET', path: '/gz', headers: {} })).response!;
  const other = (await client.send({ method: 'GET', path: '/br', headers: {} })).response!;
  t.deepEqual(compareResponses(one, other, DEFAULT_RULES, 'GET').differences, []);
  const recorded = { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"id":1}') };
  const { differences } = compareResponses(recorded, one, DEFAULT_RULES, 'GET');
  t.deepEqual(differences.map((d) => [d.kind, d.severity, d.path]), [['bytes', 'changed', 'body']]);
  t.regex(differences[0]!.expected!, /^8 bytes, sha256 [0-9a-f]{12}…$/);
  t.is(differences[0]!.actual, `over ${MAX_BODY_BYTES} bytes, sha256 ${FIRST_10_MIB_OF_ZEROS.slice(0, 12)}… (past the 10 MiB body cap: compared by length and SHA-256 of the first 10 MiB)`);
});

test('an answer whose coded form alone is past the cap decodes as far as its first bytes go', async (t) => {
  const noise = randomBytes(300 * 1024);
  const coded = gzipSync(noise, { level: 0 });
  const server = await serve(t, (_, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' });
    res.end(coded);
  });
  const client = new Target(server.url, { ...options, maxBodyBytes: 64 * 1024 });
  t.teardown(() => client.close());
  const answer = (await client.send({ method: 'GET', path: '/', headers: {} })).response!;
  const decoded = answer.bodyDigest!;
  t.true(decoded.partial);
  t.true(decoded.bytes > 0 && decoded.bytes <= 64 * 1024);
  t.is(decoded.sha256, createHash('sha256').update(noise.subarray(0, decoded.bytes)).digest('hex'));
});

test('GoReplay bomb bodies keep a digest (responses) or their coded form (requests); every exchange after them is read', async (t) => {
  const gzip = await bomb('gzip', GIB);
  const br = await bomb('br', GIB);
  const payloads = [
    { type: 1 as const, id: gorId(1), message: httpRequest('GET', '/gz') },
    { type: 2 as const, id: gorId(1), message: httpResponse(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzip) },
    { type: 1 as const, id: gorId(2), message: httpRequest('POST', '/upload', { 'content-encoding': 'gzip', 'content-length': String(gzip.length) }, gzip) },
    { type: 2 as const, id: gorId(2), message: httpResponse(200, { 'content-type': 'application/json', 'content-encoding': 'br' }, br) },
    ...Array.from({ length: 5 }, (_, i) => [
      { type: 1 as const, id: gorId(10 + i), message: httpRequest('GET', `/after/${i}`) },
      { type: 2 as const, id: gorId(10 + i), message: httpResponse(200, { 'content-type': 'application/json' }, `{"i":${i}}`) },
    ]).flat(),
  ];
  const { exchanges, issues } = await decodeAll(memorySource('requests.gor', gorFile(payloads)));
  t.is(issues.count, 0, JSON.stringify(issues.kept));
  t.deepEqual(exchanges.map((e) => e.request.url), ['/gz', '/upload', '/after/0', '/after/1', '/after/2', '/after/3', '/after/4']);
  for (const exchange of exchanges.slice(0, 2)) {
    t.deepEqual(exchange.response!.bodyDigest, { bytes: MAX_BODY_BYTES, sha256: FIRST_10_MIB_OF_ZEROS, partial: true });
    t.is(exchange.response!.body, null);
    t.false('content-encoding' in exchange.response!.headers);
  }
  // Replayed as the client sent it: still gzip, with its header.
  const upload = exchanges[1]!.request;
  t.is(upload.headers['content-encoding'], 'gzip');
  t.deepEqual(upload.body, { base64: gzip.toString('base64') });
  t.is(exchanges[6]!.response!.body, '{"i":4}');
});

test('recorded NDJSON and HAR bodies past the cap are kept as digests, and compare with an answer by digest', async (t) => {
  const big = 'x'.repeat(MAX_BODY_BYTES + 10);
  const bigBinary = Buffer.alloc(MAX_BODY_BYTES + 3, 0xff);
  const ndjson = [
    JSON.stringify({ id: 'text', request: { method: 'GET', url: '/t' }, response: { status: 200, headers: { 'content-type': 'text/plain' }, body: big } }),
    JSON.stringify({ id: 'binary', request: { method: 'GET', url: '/b' }, response: { status: 200, headers: {}, body: { base64: bigBinary.toString('base64') } } }),
    JSON.stringify({ id: 'small', request: { method: 'GET', url: '/s' }, response: { status: 200, headers: {}, body: 'small' } }),
  ].join('\n');
  const fromNdjson = await decodeAll(memorySource('traffic.ndjson', Buffer.from(ndjson)));
  t.is(fromNdjson.issues.count, 0);
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes.subarray(0, MAX_BODY_BYTES)).digest('hex');
  t.deepEqual(fromNdjson.exchanges.map((e) => e.response?.bodyDigest), [
    { bytes: big.length, sha256: sha(Buffer.from(big)) },
    { bytes: bigBinary.length, sha256: sha(bigBinary) },
    undefined,
  ]);
  t.is(fromNdjson.exchanges[0]!.response!.body, null);

  const entry = (text: string, encoding?: string) => ({
    request: { method: 'GET', url: 'https://shop.example.com/t', headers: [] },
    response: { status: 200, headers: [], content: { size: text.length, mimeType: 'text/plain', text, ...(encoding ? { encoding } : {}) } },
  });
  const har = JSON.stringify({ log: { entries: [entry(big), entry(bigBinary.toString('base64'), 'base64')] } });
  const fromHar = await decodeAll(memorySource('session.har', Buffer.from(har)));
  t.deepEqual(fromHar.exchanges.map((e) => e.response?.bodyDigest), fromNdjson.exchanges.slice(0, 2).map((e) => e.response?.bodyDigest));

  // The same text answered live, past the cap: the same digest, so no difference.
  const live = { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.alloc(0), bodyDigest: { bytes: big.length, sha256: sha(Buffer.from(big)) } };
  t.deepEqual(compareResponses(observedFromRecording(fromNdjson.exchanges[0]!.response!), live, DEFAULT_RULES, 'GET').differences, []);
});

test('convert keeps a digest body, and the NDJSON reader reads it back; a digest next to a body is an issue', async (t) => {
  const big = 'y'.repeat(MAX_BODY_BYTES + 1);
  const line = JSON.stringify({ id: 'big', request: { method: 'GET', url: '/t' }, response: { status: 200, headers: {}, body: big } });
  const first = await decodeAll(memorySource('traffic.ndjson', Buffer.from(line)));
  const converted = canonicalLine(first.exchanges[0]!);
  t.true(converted.length < 1000);
  const bad = JSON.stringify({ id: 'bad', request: { method: 'GET', url: '/t' }, response: { status: 200, body: 'x', bodyDigest: { bytes: 1, sha256: 'a'.repeat(64) } } });
  const second = await decodeAll(memorySource('traffic.ndjson', Buffer.from(`${converted}\n${bad}\n`)));
  t.deepEqual(second.exchanges, first.exchanges);
  t.deepEqual(second.issues.kept.map((i) => [i.position, i.message]), [['line 2', '"response.bodyDigest" stands for a body: "response.body" must then be null']]);
});

/** A source whose one part streams `total` bytes of `fill` between `head` and `tail`, 64 KiB at a time, never holding them. */
function streamedSource(name: string, head: Buffer, fill: number, total: number, tail: Buffer): SnapshotSource {
  async function* chunks(): AsyncGenerator<Buffer> {
    yield head;
    const piece = Buffer.alloc(64 * 1024, fill);
    for (let left = total; left > 0; left -= piece.length) yield left >= piece.length ? piece : piece.subarray(0, left);
    yield tail;
  }
  return { name, parts: [{ name, open: async () => Readable.from(chunks(), { objectMode: false }) }] };
}

const ndjsonLine = (id: string) => JSON.stringify({ id, request: { method: 'GET', url: `/${id}` }, response: { status: 200, headers: {}, body: id } });

test('an NDJSON line past the line cap is skipped as it streams by, counted with its number; the lines after it are read', async (t) => {
  const over = MAX_LINE_BYTES + 5 * MIB;
  const source = streamedSource('traffic.ndjson', Buffer.from(`${ndjsonLine('before')}\n{"id":"huge","pad":"`), 0x61, over, Buffer.from(`"}\n${ndjsonLine('after-1')}\r\n${ndjsonLine('after-2')}`));
  const { exchanges, issues } = await decodeAll(source);
  t.deepEqual(exchanges.map((e) => e.id), ['before', 'after-1', 'after-2']);
  t.deepEqual(issues.kept.map((i) => [i.position, i.message]), [['line 2', `the line is ${over + 22} bytes, over the 64 MiB line cap; skipped`]]);
});

test('a HAR entry past the entry cap is skipped, counted with its place; the entries after it are read', async (t) => {
  const entry = (url: string) => JSON.stringify({ request: { method: 'GET', url: `https://shop.example.com${url}`, headers: [] }, response: { status: 200, headers: [], content: { size: 2, text: 'ok' } } });
  const huge = 64 * MIB + 1000;
  const source = streamedSource('session.har', Buffer.from(`{"log":{"entries":[${entry('/before')},\n{"request":{"comment":"`), 0x62, huge, Buffer.from(`"}},\n${entry('/after')}]}}`));
  const { exchanges, issues } = await decodeAll(source);
  t.deepEqual(exchanges.map((e) => e.request.url), ['/before', '/after']);
  t.is(issues.count, 1);
  t.is(issues.kept[0]!.position, 'line 2, column 1');
  t.regex(issues.kept[0]!.message, /^entry 2 is \d+ characters, over the 64 Mi-character entry cap; skipped$/);
});

test('a HAR nested a million levels deep is read without holding a frame per level', async (t) => {
  const depth = 1_000_000;
  const deep = `{"log":{"entries":[{"request":{"method":"GET","url":"/deep","comment":${'['.repeat(depth)}${']'.repeat(depth)}},"response":null},{"request":{"method":"GET","url":"/next"}}]}}`;
  const { exchanges, issues } = await decodeAll(memorySource('session.har', Buffer.from(deep)));
  t.is(issues.count, 0, JSON.stringify(issues.kept));
  t.deepEqual(exchanges.map((e) => e.request.url), ['/deep', '/next']);
});

test('a GoReplay payload past the payload cap is skipped as it streams by; the payloads after it are read', async (t) => {
  const head = Buffer.concat([gorPayload({ type: 1, id: gorId(1), message: httpRequest('GET', '/before') }), PAYLOAD_SEPARATOR, Buffer.from(`1 ${gorId(2)} 1764000000000000000\nGET /huge HTTP/1.1\r\nx-pad: `)]);
  const tail = Buffer.concat([PAYLOAD_SEPARATOR, gorFile([{ type: 1, id: gorId(3), message: httpRequest('GET', '/after') }])]);
  const { exchanges, issues } = await decodeAll(streamedSource('requests.gor', head, 0x63, MAX_PAYLOAD_BYTES + MIB, tail));
  t.deepEqual(exchanges.map((e) => e.request.url), ['/before', '/after']);
  t.deepEqual(issues.kept.map((i) => [i.position, i.message]), [[`payload 2 (byte ${head.indexOf('1 ', 60)})`, 'the payload is larger than 128 MiB; skipped']]);
});
