// The proxy is the traffic's path: it must behave as if it were not there. Keep-alive, chunked
// bodies, HEAD, 1xx, upgrades, large bodies, client disconnects and upstream failures; pipelined
// requests, bytes split anywhere, and framing it cannot follow (passed through, counted).
import test from 'ava';
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { MAX_BODY_BYTES } from '../../src/body/digest.js';
import { freePort, serve } from '../helpers/local-server.js';
import { rawServe } from '../helpers/raw-server.js';
import { readRecorded, startProxy } from '../helpers/recording.js';

function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; agent?: import('node:http').Agent } = {}) {
  return new Promise<{ res: IncomingMessage; body: Buffer; informational: number[] }>((resolve, reject) => {
    const informational: number[] = [];
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(parts), informational }));
      res.on('error', reject);
    });
    req.on('information', (info) => informational.push(info.statusCode));
    req.on('error', reject);
    req.end(options.body);
  });
}

async function recorderOn(t: Parameters<typeof serve>[0], handler: Parameters<typeof serve>[1], options: Parameters<typeof startProxy>[2] = {}) {
  const service = await serve(t, handler);
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-pass-'));
  const proxy = await startProxy(service.url, out, options);
  let stopping: Promise<string[]> | undefined;
  const stop = (drainMs = 1000) => (stopping ??= proxy.shutdown(drainMs, 5000));
  t.teardown(() => stop());
  return { service, proxy, out, stop };
}

test('chunked answers stream through as they are written, keep-alive reuses one upstream connection, headers are kept apart', async (t) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { service, proxy, out, stop } = await recorderOn(t, async (req, res) => {
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('x-Odd-Case', 'yes');
    res.write('first ');
    if (req.url === '/slow') await gate;
    res.end('second');
  });
  const first = await new Promise<string>((resolve) => {
    request(`${proxy.url}/slow`, (res) => res.once('data', (chunk: Buffer) => resolve(chunk.toString()))).end();
  });
  t.is(first, 'first ', 'the first chunk arrived before the answer was finished');
  release();
  const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => agent.destroy());
  for (let i = 0; i < 3; i++) {
    const { res, body } = await call(`${proxy.url}/again/${i}`, { agent });
    t.is(body.toString(), 'first second');
    t.is(res.headers['transfer-encoding'], 'chunked');
    t.deepEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    t.true(res.rawHeaders.includes('x-Odd-Case'));
  }
  await delay(50);
  await stop();
  const { exchanges } = await readRecorded(out);
  t.is(exchanges.length, 4);
  t.is(exchanges.find((e) => e.request.url === '/again/0')!.response!.body, 'first second');
  t.true(service.seen.length === 4);
});

test('HEAD, 100-continue, 103 early hints and a gzip answer pass through; the gzip body is recorded decoded', async (t) => {
  const json = JSON.stringify({ ok: true, list: Array.from({ length: 50 }, (_, i) => i) });
  const { proxy, out, stop } = await recorderOn(t, (req, res) => {
    if (req.url === '/hints') res.writeEarlyHints({ link: '</a.css>; rel=preload' });
    if (req.url === '/gz') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      return res.end(gzipSync(json));
    }
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-length': '5' }).end(req.method === 'HEAD' ? '' : 'hello'));
  }, { sample: { methods: ['GET', 'HEAD', 'PUT'] } });
  const head = await call(`${proxy.url}/h`, { method: 'HEAD' });
  t.is(head.res.headers['content-length'], '5');
  t.is(head.body.length, 0);
  const hints = await call(`${proxy.url}/hints`);
  t.deepEqual(hints.informational, [103]);
  const put = await call(`${proxy.url}/upload`, { method: 'PUT', headers: { expect: '100-continue', 'content-length': '4' }, body: 'data' });
  t.is(put.body.toString(), 'hello');
  const gz = await call(`${proxy.url}/gz`, { headers: { 'accept-encoding': 'gzip' } });
  t.is(gz.res.headers['content-encoding'], 'gzip');
  t.deepEqual(gz.body, gzipSync(json), 'the client gets the bytes the service sent');
  await stop();
  const { exchanges } = await readRecorded(out);
  const byUrl = new Map(exchanges.map((e) => [e.request.url, e]));
  t.is(byUrl.get('/h')!.response!.body, null);
  t.is(byUrl.get('/upload')!.request.body, 'data');
  t.is(byUrl.get('/gz')!.response!.body, json);
  t.false('content-encoding' in byUrl.get('/gz')!.response!.headers);
});

test('a body past the cap streams whole to the client and is recorded as the digest the gate compares', async (t) => {
  const big = Buffer.alloc(3 * 1024 * 1024, 'abcdefghij');
  const { proxy, out, stop } = await recorderOn(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(big);
  }, { maxBodyBytes: 64 * 1024 });
  const { body } = await call(`${proxy.url}/big`);
  t.true(body.equals(big));
  await stop();
  const [exchange] = (await readRecorded(out)).exchanges;
  t.is(exchange!.response!.body, null);
  t.deepEqual(exchange!.response!.bodyDigest, { bytes: big.length, sha256: createHash('sha256').update(big.subarray(0, MAX_BODY_BYTES)).digest('hex') });
});

test('a websocket upgrade is tunnelled both ways and not recorded', async (t) => {
  const service = await serve(t, (_req, res) => res.end('plain'));
  const { createServer } = await import('node:http');
  const upstream = createServer();
  upstream.on('upgrade', (_req, socket) => {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    socket.on('data', (data: Buffer) => socket.write(Buffer.concat([Buffer.from('echo:'), data])));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    upstream.closeAllConnections();
    upstream.close();
  });
  void service;
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-ws-'));
  const proxy = await startProxy(`http://127.0.0.1:${(upstream.address() as import('node:net').AddressInfo).port}`, out);
  const url = new URL(proxy.url);
  const socket = connect(Number(url.port), url.hostname);
  const received: Buffer[] = [];
  socket.on('data', (d: Buffer) => received.push(d));
  socket.write('GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
  for (let i = 0; i < 100 && !Buffer.concat(received).includes("\r\n\r\n"); i++) await delay(10);
  t.regex(Buffer.concat(received).toString(), /^HTTP\/1\.1 101 Switching Protocols\r\n/);
  received.length = 0;
  socket.write('ping');
  for (let i = 0; i < 100 && !Buffer.concat(received).includes('echo:ping'); i++) await delay(10);
  t.is(Buffer.concat(received).toString(), 'echo:ping');
  socket.destroy();
  await proxy.shutdown(500, 5000);
  t.is(proxy.recorder.counters.recorded, 0);
});

test('an upstream that is down answers 502; one that breaks off mid-answer breaks the client off too; neither is recorded', async (t) => {
  const port = await freePort();
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-down-'));
  const down = await startProxy(`http://127.0.0.1:${port}`, out);
  const refused = await call(`${down.url}/x`);
  t.is(refused.res.statusCode, 502);
  await down.shutdown(500, 5000);
  t.is(down.recorder.counters.dropped.get('no-response'), 1);

  const { proxy, stop } = await recorderOn(t, (_req, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  await t.throwsAsync(call(`${proxy.url}/cut`));
  await stop();
  t.is(proxy.recorder.counters.recorded, 0);
});

test('a client that goes away mid-answer aborts the upstream request, and nothing is recorded for it', async (t) => {
  let upstreamClosed!: () => void;
  const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
  const { proxy, stop } = await recorderOn(t, (_req, res) => {
    res.write('start');
    res.on('close', () => upstreamClosed());
  });
  await new Promise<void>((resolve) => {
    const req = request(`${proxy.url}/long`, (res) => res.once('data', () => {
      req.destroy();
      resolve();
    }));
    req.on('error', () => undefined);
    req.end();
  });
  await closed;
  t.pass('the upstream saw the request end');
  await stop();
  t.is(proxy.recorder.counters.recorded, 0);
  t.is(proxy.recorder.counters.dropped.get('no-response'), 1);
});

test('request bodies pass through whatever frames them (length, chunked, a GET with one); bodyless requests end upstream at once', async (t) => {
  const { proxy } = await recorderOn(t, (req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => res.end(`${req.method} ${req.headers['content-length'] ?? '-'} ${req.headers['transfer-encoding'] ?? '-'} [${Buffer.concat(parts).toString()}]`));
  });
  const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => agent.destroy());
  t.is((await call(`${proxy.url}/a`, { agent })).body.toString(), 'GET - - []');
  t.is((await call(`${proxy.url}/a`, { agent, method: 'DELETE', headers: { 'content-length': '0' } })).body.toString(), 'DELETE 0 - []');
  // node:http frames a GET's body only with a length given.
  t.is((await call(`${proxy.url}/a`, { agent, body: 'query', headers: { 'content-length': '5' } })).body.toString(), 'GET 5 - [query]');
  t.is((await call(`${proxy.url}/a`, { agent, method: 'POST', body: '{"a":1}' })).body.toString(), 'POST 7 - [{"a":1}]');
  // Chunked: written in two pieces, so node:http frames it without a length.
  const chunked = await new Promise<string>((resolve, reject) => {
    const req = request(`${proxy.url}/a`, { method: 'POST', agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve(Buffer.concat(parts).toString()));
    });
    req.on('error', reject);
    req.write('one,');
    req.end('two');
  });
  t.is(chunked, 'POST - chunked [one,two]');
  // After all of them, the one kept-alive connection still answers.
  t.is((await call(`${proxy.url}/a`, { agent })).body.toString(), 'GET - - []');
});

/** A raw client connection to the proxy, collecting every byte it gets back. */
async function rawClient(t: { teardown(fn: () => unknown): void }, proxyUrl: string) {
  const url = new URL(proxyUrl);
  const socket = connect({ port: Number(url.port), host: url.hostname, noDelay: true });
  t.teardown(() => socket.destroy());
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  const ended = new Promise<void>((resolve) => socket.once('end', resolve).once('close', () => resolve()));
  return {
    socket,
    ended,
    text: () => Buffer.concat(received).toString('latin1'),
    bytes: () => Buffer.concat(received),
    /** Waits (a bounded number of turns) until what came back holds `needle` `times` times. */
    async until(needle: string, times = 1) {
      for (let i = 0; i < 300 && Buffer.concat(received).toString('latin1').split(needle).length - 1 < times; i++) await delay(10);
    },
  };
}

/** Shuts the proxy down once: when the test does, or at its teardown. */
function stopOnce(t: { teardown(fn: () => unknown): void }, proxy: { shutdown(drainMs: number, storeMs: number): Promise<string[]> }) {
  let stopping: Promise<string[]> | undefined;
  const stop = () => (stopping ??= proxy.shutdown(500, 5000));
  t.teardown(stop);
  return stop;
}

/** Writes `bytes` one at a time, each after the last has been handed to the kernel. */
async function trickle(socket: import('node:net').Socket, bytes: Buffer) {
  for (let i = 0; i < bytes.length; i++) await new Promise<void>((resolve, reject) => socket.write(bytes.subarray(i, i + 1), (error) => (error ? reject(error) : resolve())));
}

test('two GETs written at once on one connection are both answered in order and both recorded with their own bodies', async (t) => {
  const { proxy, out, stop, service } = await recorderOn(t, (req, res) => {
    const body = `answer for ${req.url}`;
    // The first answer is the slower one: pipelined answers must still come back in order.
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(body.length) }).end(body), req.url === '/one' ? 30 : 0);
  });
  const client = await rawClient(t, proxy.url);
  client.socket.write('GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n');
  await client.until('answer for /two');
  const text = client.text();
  t.true(text.indexOf('answer for /one') !== -1 && text.indexOf('answer for /one') < text.indexOf('answer for /two'), text);
  t.is(text.split('HTTP/1.1 200').length - 1, 2);
  client.socket.end();
  await stop();
  const { exchanges } = await readRecorded(out);
  t.deepEqual(exchanges.map((e) => [e.request.url, e.response!.body]).sort(), [['/one', 'answer for /one'], ['/two', 'answer for /two']]);
  t.is(service.seen.length, 2);
});

test('a chunked request and a chunked answer sent a byte at a time pass through byte for byte and are recorded whole', async (t) => {
  const answer = Buffer.from('HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nX-Answer: yes\r\n\r\n5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nx-trailer: t\r\n\r\n');
  const upstream = await rawServe(t, (socket) => {
    void (async () => {
      // The request's last chunk in, then the answer out, a byte at a time.
      for (let i = 0; i < 300 && !Buffer.concat(upstream.received[0]!).toString('latin1').endsWith('0\r\n\r\n'); i++) await delay(10);
      await trickle(socket, answer);
    })();
  });
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-trickle-'));
  const proxy = await startProxy(upstream.url, out, { sample: { methods: ['POST'] } });
  const stop = stopOnce(t, proxy);
  const request = Buffer.from('POST /upload?x=1 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n4\r\n{"a"\r\n3\r\n:1}\r\n0\r\n\r\n');
  const client = await rawClient(t, proxy.url);
  await trickle(client.socket, request);
  await client.until('x-trailer: t\r\n\r\n');
  t.true(client.bytes().equals(answer), 'the client got the bytes the upstream sent');
  t.true(Buffer.concat(upstream.received[0]!).equals(request), 'the upstream got the bytes the client sent');
  client.socket.end();
  await stop();
  const [exchange] = (await readRecorded(out)).exchanges;
  t.is(exchange!.request.url, '/upload?x=1');
  t.is(exchange!.request.body, '{"a":1}');
  t.is(exchange!.request.headers['content-type'], 'application/json');
  t.is(exchange!.response!.status, 201);
  t.is(exchange!.response!.body, 'hello, world');
  t.is(exchange!.response!.headers['x-answer'], 'yes');
});

test('a HEAD answer with a content-length and no body, then a GET on the same connection: both answered and recorded', async (t) => {
  const { proxy, out, stop } = await recorderOn(t, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5' });
    res.end(req.method === 'HEAD' ? undefined : 'hello');
  });
  const client = await rawClient(t, proxy.url);
  client.socket.write('HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n');
  await client.until('\r\n\r\n');
  client.socket.write('GET /g HTTP/1.1\r\nHost: x\r\n\r\n');
  await client.until('hello');
  t.regex(client.text(), /^HTTP\/1\.1 200 OK\r\n[^]*?\r\n\r\nHTTP\/1\.1 200 OK\r\n[^]*?\r\n\r\nhello$/);
  client.socket.end();
  await stop();
  const byUrl = new Map((await readRecorded(out)).exchanges.map((e) => [e.request.url, e]));
  t.is(byUrl.get('/h')!.request.method, 'HEAD');
  t.is(byUrl.get('/h')!.response!.body, null);
  t.is(byUrl.get('/g')!.response!.body, 'hello');
});

test('a request framed both by Content-Length and Transfer-Encoding passes through byte for byte, and is counted, not recorded', async (t) => {
  const answer = Buffer.from('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbad');
  const upstream = await rawServe(t, (socket) => socket.end(answer));
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-smuggle-'));
  const proxy = await startProxy(upstream.url, out, { sample: { methods: ['POST', 'GET'] } });
  const stop = stopOnce(t, proxy);
  const request = Buffer.from('POST /both HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n');
  const client = await rawClient(t, proxy.url);
  client.socket.write(request);
  await client.ended;
  t.true(client.bytes().equals(answer));
  for (let i = 0; i < 100 && Buffer.concat(upstream.received[0] ?? []).length < request.length; i++) await delay(10);
  t.true(Buffer.concat(upstream.received[0]!).equals(request));
  await stop();
  t.is(proxy.recorder.counters.recorded, 0);
  t.is(proxy.recorder.counters.dropped.get('unparsed'), 1);
  t.is(proxy.recorder.counters.seen, 1, 'what came after it on that connection was not taken for a request');
});

test('shutdown ends an idle keep-alive connection at once and a busy one as soon as its answer is whole', async (t) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { proxy, out, stop } = await recorderOn(t, async (req, res) => {
    if (req.url === '/slow') await gate;
    res.writeHead(200, { 'content-length': '4' }).end('done');
  });
  const idle = await rawClient(t, proxy.url);
  idle.socket.write('GET /fast HTTP/1.1\r\nHost: x\r\n\r\n');
  await idle.until('done');
  const busy = await rawClient(t, proxy.url);
  busy.socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
  for (let i = 0; i < 100 && proxy.recorder.counters.seen < 2; i++) await delay(10);
  let busyEnded = false;
  void busy.ended.then(() => (busyEnded = true));
  // A drain long enough that only the answers finishing can end the shutdown in this test's time.
  const shutdown = stop(120_000);
  await idle.ended;
  t.false(busyEnded, 'the busy connection is still open while its answer is awaited');
  release();
  await busy.ended;
  t.regex(busy.text(), /\r\n\r\ndone$/);
  t.is(await Promise.race([shutdown.then(() => 'stopped'), delay(10_000).then(() => 'still draining')]), 'stopped');
  t.is((await readRecorded(out)).exchanges.length, 2);
});

test('an upstream that closes the connection before any byte of an answer closes the client connection too, as without the proxy; the exchange is not recorded', async (t) => {
  const upstream = await rawServe(t, (socket) => socket.end());
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-hangup-'));
  const proxy = await startProxy(upstream.url, out);
  const stop = stopOnce(t, proxy);
  const client = await rawClient(t, proxy.url);
  client.socket.write('GET /hangup HTTP/1.1\r\nHost: x\r\n\r\n');
  await client.ended;
  // No stand-in answer: a client sees the hang-up it would see directly, and may retry.
  t.is(client.text(), '');
  await stop();
  t.is(proxy.recorder.counters.recorded, 0);
  t.is(proxy.recorder.counters.dropped.get('no-response'), 1);
});
