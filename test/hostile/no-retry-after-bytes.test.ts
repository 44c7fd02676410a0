// A request is sent again only when the connection was refused or reset before any byte of the
// answer: once part of an answer came back, the target took the request and may have acted on it.
// On main a reset in the middle of a body was retried, because only the error text was looked at.
import test from 'ava';
import type { Socket } from 'node:net';
import { Target } from '../../src/replay/target.js';
import { freePort } from '../helpers/local-server.js';
import { rawServe } from '../helpers/raw-server.js';

function target(t: { teardown(fn: () => unknown): void }, url: string): Target {
  const client = new Target(url, { concurrency: 1, rateLimit: 0, timeoutMs: 2000, maxBodyBytes: 1 << 20 });
  t.teardown(() => client.close());
  return client;
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok';

/** Sends `bytes`, then resets the connection (RST), as a crashing server or a proxy would. */
function resetAfter(socket: Socket, bytes: string): void {
  socket.write(bytes, () => socket.resetAndDestroy());
}

test('a reset in the middle of the body is not retried: the server was asked once', async (t) => {
  const server = await rawServe(t, (socket) => resetAfter(socket, 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"items":[1,2,'));
  const client = target(t, server.url);
  const answer = await client.send({ method: 'GET', path: '/items', headers: {} });
  t.is(answer.response, undefined);
  t.regex(answer.error ?? '', /ECONNRESET|other side closed|UND_ERR_SOCKET/);
  t.is(answer.answered, true);
  t.is(server.requests, 1);
  t.is(client.counters.connectionRetries, 0);
});

test('a reset halfway through the status line is not retried either: a byte of the answer came back', async (t) => {
  const server = await rawServe(t, (socket) => resetAfter(socket, 'HTTP/1.1 2'));
  const client = target(t, server.url);
  const answer = await client.send({ method: 'GET', path: '/', headers: {} });
  t.is(answer.answered, true);
  t.is(server.requests, 1);
  t.is(client.counters.connectionRetries, 0);
});

test('a reset before any byte of the answer is retried once, for an idempotent method', async (t) => {
  const server = await rawServe(t, (socket, index) => (index === 0 ? socket.resetAndDestroy() : socket.end(OK)));
  const client = target(t, server.url);
  const answer = await client.send({ method: 'GET', path: '/', headers: {} });
  t.is(answer.response?.status, 200);
  t.is(server.requests, 2);
  t.is(client.counters.connectionRetries, 1);
});

test('only once: a second reset before any byte is the answer', async (t) => {
  const server = await rawServe(t, (socket) => socket.resetAndDestroy());
  const client = target(t, server.url);
  const answer = await client.send({ method: 'GET', path: '/', headers: {} });
  t.is(answer.answered, false);
  t.is(server.requests, 2);
});

test('never for a method that is not idempotent', async (t) => {
  const server = await rawServe(t, (socket, index) => (index === 0 ? socket.resetAndDestroy() : socket.end(OK)));
  const client = target(t, server.url);
  const answer = await client.send({ method: 'POST', path: '/orders', headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') });
  t.is(answer.answered, false);
  t.is(server.requests, 1);
});

test('a refused connection is retried once, then is the answer', async (t) => {
  const client = target(t, `http://127.0.0.1:${await freePort()}`);
  const answer = await client.send({ method: 'GET', path: '/', headers: {} });
  t.regex(answer.error ?? '', /ECONNREFUSED/);
  t.is(answer.answered, false);
  t.is(client.counters.connectionRetries, 1);
  t.is(client.counters.sent, 2);
});
