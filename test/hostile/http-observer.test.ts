// The proxy's HTTP/1.1 observer follows hostile byte streams: however the bytes of a valid
// sequence of exchanges are cut into chunks, it sees the same exchanges, and they are the ones
// that were sent; whatever it is fed, it never throws, and every exchange it took a token for
// ends exactly once (complete or abandoned).
import test from 'ava';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { type HttpListener, HttpObserver } from '../../src/record/http-observer.js';

const RUNS = { numRuns: 300 };

interface Seen {
  method: string;
  target: string;
  requestHeaders?: IncomingHttpHeaders;
  requestBody: string;
  status?: number;
  responseHeaders?: IncomingHttpHeaders;
  responseBody: string;
  outcome: string[];
}

/** Runs the observer over a client stream and an upstream stream, each already cut into chunks. */
function observe(fromClient: Buffer[], fromUpstream: Buffer[], take: (method: string) => boolean = () => true) {
  const seen: Seen[] = [];
  const faults: unknown[] = [];
  const listener: HttpListener<Seen> = {
    request(method, target) {
      if (!take(method)) return undefined;
      const record: Seen = { method, target, requestBody: '', responseBody: '', outcome: [] };
      seen.push(record);
      return record;
    },
    requestHeaders: (record, headers) => void (record.requestHeaders = headers),
    requestBody: (record, bytes) => void (record.requestBody += bytes.toString('latin1')),
    response(record, status, headers) {
      record.status = status;
      record.responseHeaders = headers;
    },
    responseBody: (record, bytes) => void (record.responseBody += bytes.toString('latin1')),
    complete: (record) => void record.outcome.push('complete'),
    abandon: (record, reason) => void record.outcome.push(reason),
  };
  const observer = new HttpObserver(listener, (error) => faults.push(error));
  for (const chunk of fromClient) observer.fromClient(chunk);
  for (const chunk of fromUpstream) observer.fromUpstream(chunk);
  const idle = observer.idle;
  observer.upstreamEnded();
  return { seen, faults, idle };
}

/** `bytes` in consecutive chunks of the given sizes (cycled), each at least one byte. */
function split(bytes: Buffer, sizes: number[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes.length === 0 ? bytes.length : sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

interface Body {
  bytes: string;
  /** Chunked: the piece sizes it is framed in, with a chunk extension and trailers sometimes. */
  chunked?: { sizes: number[]; extension: boolean; trailer: boolean };
}

interface Message {
  leadingEmptyLine: boolean;
  method: string;
  target: string;
  headers: [string, string][];
  body: Body | undefined;
  interim: number[];
  status: number;
  responseHeaders: [string, string][];
  responseBody: Body;
}

const text = fc.string({ unit: fc.constantFrom(...'abcxyz0129 -_/=\r\n{}":,'.split('')), maxLength: 300 });
const headerValue = fc.string({ unit: fc.constantFrom(...'abcXYZ019 ;=/-,'.split('')), maxLength: 30 }).map((v) => v.trim() || 'v');
const headerName = fc.constantFrom('x-a', 'X-Trace-Id', 'accept', 'cache-control', 'x-multi', 'Set-Cookie', 'content-type', 'cookie', 'user-agent');
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 });
const body: fc.Arbitrary<Body> = fc.record({
  bytes: text,
  chunked: fc.option(fc.record({ sizes: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }), extension: fc.boolean(), trailer: fc.boolean() }), { nil: undefined }),
});
const message: fc.Arbitrary<Message> = fc.record({
  leadingEmptyLine: fc.boolean(),
  method: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'),
  target: fc.constantFrom('/', '/api/orders/981?expand=items', '/a%20b', '/x?q=1&r=2'),
  headers,
  body: fc.option(body, { nil: undefined }),
  interim: fc.array(fc.constantFrom(100, 102, 103), { maxLength: 2 }),
  status: fc.constantFrom(200, 201, 204, 304, 404, 500),
  responseHeaders: headers,
  responseBody: body,
});

function framedBody(b: Body, headers: string[]): string {
  if (!b.chunked) {
    headers.push(`Content-Length: ${Buffer.byteLength(b.bytes, 'latin1')}`);
    return b.bytes;
  }
  headers.push('Transfer-Encoding: chunked');
  let out = '';
  const pieces = split(Buffer.from(b.bytes, 'latin1'), b.chunked.sizes);
  for (const piece of pieces) out += `${piece.length.toString(16)}${b.chunked.extension ? ';name=value' : ''}\r\n${piece.toString('latin1')}\r\n`;
  return `${out}0\r\n${b.chunked.trailer ? 'x-checksum: abc\r\nx-more: 1\r\n' : ''}\r\n`;
}

/** The bytes on the wire both ways, and what the observer must report for each exchange. */
function wire(messages: Message[]): { client: Buffer; upstream: Buffer; expected: Seen[] } {
  let client = '';
  let upstream = '';
  const expected: Seen[] = [];
  for (const m of messages) {
    const requestHeaders = m.headers.map(([n, v]) => `${n}: ${v}`);
    const requestBody = m.body ? framedBody(m.body, requestHeaders) : '';
    client += `${m.leadingEmptyLine ? '\r\n' : ''}${m.method} ${m.target} HTTP/1.1\r\n${requestHeaders.map((h) => `${h}\r\n`).join('')}\r\n${requestBody}`;
    for (const status of m.interim) upstream += `HTTP/1.1 ${status} Interim\r\nlink: </a.css>\r\n\r\n`;
    const responseHeaders = m.responseHeaders.map(([n, v]) => `${n}: ${v}`);
    const bodyless = m.method === 'HEAD' || m.status === 204 || m.status === 304;
    let responseBody = '';
    if (bodyless) {
      // A HEAD answer says how long the body would be, and sends none.
      if (m.method === 'HEAD') responseHeaders.push(`content-length: ${m.responseBody.bytes.length}`);
    } else responseBody = framedBody(m.responseBody, responseHeaders);
    upstream += `HTTP/1.1 ${m.status} Whatever It Says\r\n${responseHeaders.map((h) => `${h}\r\n`).join('')}\r\n${responseBody}`;
    expected.push({
      method: m.method,
      target: m.target,
      requestHeaders: record(requestHeaders),
      requestBody: m.body?.bytes ?? '',
      status: m.status,
      responseHeaders: record(responseHeaders),
      responseBody: bodyless ? '' : m.responseBody.bytes,
      outcome: ['complete'],
    });
  }
  return { client: Buffer.from(client, 'latin1'), upstream: Buffer.from(upstream, 'latin1'), expected };
}

function record(lines: string[]): IncomingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    const known = headers[name];
    headers[name] = known === undefined ? value : [...[known].flat(), value];
  }
  return headers;
}

const sizes = fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 8 });

test('any cut of a valid sequence of pipelined exchanges gives the exchanges that were sent, as feeding it whole does', (t) => {
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 5 }), sizes, sizes, (messages, clientSizes, upstreamSizes) => {
      const { client, upstream, expected } = wire(messages);
      const whole = observe([client], [upstream]);
      const cutUp = observe(split(client, clientSizes), split(upstream, upstreamSizes));
      assert.deepEqual(whole.faults, []);
      assert.deepEqual(whole.seen, expected);
      assert.deepEqual(cutUp.seen, whole.seen);
      assert.ok(whole.idle && cutUp.idle, 'nothing in flight once every answer is in');
    }),
    RUNS,
  );
  t.pass();
});

test('a byte at a time: the same exchanges; unsampled ones cost no record and leave the others intact', (t) => {
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 3 }), (messages) => {
      const { client, upstream, expected } = wire(messages);
      const bytewise = observe(split(client, [1]), split(upstream, [1]), (method) => method !== 'GET');
      assert.deepEqual(bytewise.seen, expected.filter((e) => e.method !== 'GET'));
    }),
    { numRuns: 100 },
  );
  t.pass();
});

test('an answer framed by the upstream closing is complete when it closes; an answer cut short is abandoned', (t) => {
  const client = Buffer.from('GET /a HTTP/1.1\r\nhost: x\r\n\r\n');
  const closed = observe([client], [Buffer.from('HTTP/1.0 200 OK\r\ncontent-type: text/plain\r\n\r\nall of it')]);
  t.is(closed.seen[0]!.responseBody, 'all of it');
  t.deepEqual(closed.seen[0]!.outcome, ['complete']);
  const cut = observe([client], [Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nhalf')]);
  t.deepEqual(cut.seen[0]!.outcome, ['no-response']);
});

test('what it cannot follow makes it give up on the connection: the exchange in flight is abandoned as unparsed, later ones are not seen', (t) => {
  const cases: [string, string][] = [
    ['both TE and CL', 'POST /a HTTP/1.1\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['differing CLs', 'POST /a HTTP/1.1\r\ncontent-length: 3\r\ncontent-length: 4\r\n\r\nabcd'],
    ['a CL list that differs', 'POST /a HTTP/1.1\r\ncontent-length: 3, 4\r\n\r\nabcd'],
    ['a CL that is not a number', 'POST /a HTTP/1.1\r\ncontent-length: 3x\r\n\r\nabc'],
    ['TE not ending in chunked', 'POST /a HTTP/1.1\r\ntransfer-encoding: chunked, gzip\r\n\r\nabc'],
    ['a bad chunk size', 'POST /a HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'],
    ['chunk data longer than its size', 'POST /a HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n'],
    ['a huge chunk size', 'POST /a HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\nfffffffffffffff\r\nabc'],
    ['a folded header', 'GET /a HTTP/1.1\r\nx-a: 1\r\n  more\r\n\r\n'],
    ['a bare LF', 'GET /a HTTP/1.1\r\nx-a: 1\nx-b: 2\r\n\r\n'],
  ];
  for (const [what, request] of cases) {
    const then = 'GET /after HTTP/1.1\r\n\r\n';
    const { seen, faults } = observe([Buffer.from(request + then)], [Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n')]);
    t.deepEqual(seen.map((s) => [s.target, s.outcome]), [['/a', ['unparsed']]], what);
    t.deepEqual(faults, [], what);
  }
  // Not HTTP/1.x at all, or a head past the cap: nothing to count, nothing seen after.
  for (const [what, bytes] of [['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'], ['no version', 'GET /a\r\n\r\n'], ['a head over 64 KiB', `GET /a HTTP/1.1\r\nx-a: ${'a'.repeat(70_000)}\r\n\r\n`]]) {
    const { seen } = observe(split(Buffer.from(`${bytes}GET /after HTTP/1.1\r\n\r\n`), [1000]), []);
    t.deepEqual(seen, [], what);
  }
  const badAnswer = observe([Buffer.from('GET /a HTTP/1.1\r\n\r\n')], [Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n')]);
  t.deepEqual(badAnswer.seen[0]!.outcome, ['unparsed']);
});

test('a 101 or a CONNECT 2xx ends the following: the tunnel after it is not read as HTTP, and upgrade requests are not offered', (t) => {
  const upgrade = observe(
    [Buffer.from('GET /ok HTTP/1.1\r\n\r\nGET /ws HTTP/1.1\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n')],
    [Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokHTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n\r\nGET /not-http HTTP/1.1\r\n\r\n')],
  );
  t.deepEqual(upgrade.seen.map((s) => [s.target, s.outcome]), [['/ok', ['complete']]]);
  const refused = observe(
    [Buffer.from('GET /ws HTTP/1.1\r\nupgrade: websocket\r\n\r\n'), Buffer.from('GET /next HTTP/1.1\r\n\r\n')],
    [Buffer.from('HTTP/1.1 426 Upgrade Required\r\ncontent-length: 0\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n')],
  );
  // The client sent /next before the refusal arrived: the observer cannot know whether it is HTTP, and stops.
  t.deepEqual(refused.seen, []);
  const connect = observe([Buffer.from('CONNECT example.com:443 HTTP/1.1\r\n\r\n')], [Buffer.from('HTTP/1.1 200 Connection Established\r\n\r\n\x16\x03\x01 tls bytes')]);
  t.deepEqual(connect.seen, []);
});

test('an answer that completes before its request body does is recorded once both are whole', (t) => {
  const listenerEvents: string[] = [];
  const observer = new HttpObserver<string>({
    request: () => 'x',
    requestHeaders: () => undefined,
    requestBody: (_, b) => void listenerEvents.push(`body ${b}`),
    response: (_, status) => void listenerEvents.push(`status ${status}`),
    responseBody: () => undefined,
    complete: () => void listenerEvents.push('complete'),
    abandon: (_, reason) => void listenerEvents.push(reason),
  });
  observer.fromClient(Buffer.from('POST /up HTTP/1.1\r\ncontent-length: 6\r\n\r\nabc'));
  observer.fromUpstream(Buffer.from('HTTP/1.1 413 Too Large\r\ncontent-length: 0\r\n\r\n'));
  t.deepEqual(listenerEvents, ['body abc', 'status 413']);
  t.false(observer.idle);
  observer.fromClient(Buffer.from('def'));
  t.deepEqual(listenerEvents, ['body abc', 'status 413', 'body def', 'complete']);
  t.true(observer.idle);
});

test('whatever bytes it is fed, it never throws, and every exchange it took ends exactly once', (t) => {
  const valid = fc.array(message, { minLength: 1, maxLength: 3 }).map((m) => wire(m));
  const mutated = fc.tuple(valid, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.boolean()).map(([w, flips, side]) => {
    const bytes = Buffer.from(side ? w.client : w.upstream);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return side ? { client: bytes, upstream: w.upstream } : { client: w.client, upstream: bytes };
  });
  const random = fc.record({ client: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)), upstream: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)) });
  fc.assert(
    fc.property(fc.oneof(mutated, random), sizes, ({ client, upstream }, chunkSizes) => {
      const { seen, faults } = observe(split(client, chunkSizes), split(upstream, chunkSizes));
      assert.deepEqual(faults, []);
      for (const s of seen) assert.equal(s.outcome.length, 1, JSON.stringify(s));
    }),
    { numRuns: 500 },
  );
  t.pass();
});
