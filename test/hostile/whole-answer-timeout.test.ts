// `timeout-ms` bounds the whole answer from the moment the request starts: headers, any number
// of 1xx interim answers, and the body. undici's own timeouts start again on every 1xx and every
// chunk, so on main a server writing `103 Early Hints` forever held the request as long as it liked.
import test from 'ava';
import type { Socket } from 'node:net';
import { Target } from '../../src/replay/target.js';
import { rawServe } from '../helpers/raw-server.js';

const TIMEOUT_MS = 300;
// Each test's server gives up on its own after this, so nothing runs unbounded even when the
// client never lets go.
const SERVER_BOUND_MS = 5000;

function target(t: { teardown(fn: () => unknown): void }, url: string): Target {
  const client = new Target(url, { concurrency: 1, rateLimit: 0, timeoutMs: TIMEOUT_MS, maxBodyBytes: 1 << 20 });
  t.teardown(() => client.close());
  return client;
}

/**
 * Writes `piece()` every 20 ms until the client hangs up, or until the bound, when it finishes
 * with `end` (a complete final answer: what the client gets if it waits the server out).
 */
function dribble(socket: Socket, start: string, piece: () => string, end: string): Promise<'client hung up' | 'server bound reached'> {
  socket.write(start);
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > SERVER_BOUND_MS) {
        clearInterval(timer);
        socket.end(end);
        resolve('server bound reached');
      } else socket.write(piece());
    }, 20);
    socket.once('close', () => {
      clearInterval(timer);
      resolve('client hung up');
    });
  });
}

test('an endless stream of 103 Early Hints is cut at the deadline: no answer, not retried', async (t) => {
  let ended: Promise<string> | undefined;
  const server = await rawServe(t, (socket) => {
    const hint = 'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n';
    ended = dribble(socket, hint, () => hint, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
  const answer = await target(t, server.url).send({ method: 'GET', path: '/hints', headers: {} });
  t.deepEqual(answer, { error: `no answer within ${TIMEOUT_MS} ms`, answered: true });
  t.is(await ended, 'client hung up');
  t.is(server.requests, 1, 'a request that was being answered is not sent again');
});

test('a body that keeps trickling in, each pause shorter than the timeout, is cut at the deadline', async (t) => {
  let ended: Promise<string> | undefined;
  const server = await rawServe(t, (socket) => {
    ended = dribble(socket, 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n', () => '1\r\nx\r\n', '0\r\n\r\n');
  });
  const answer = await target(t, server.url).send({ method: 'GET', path: '/slow', headers: {} });
  t.deepEqual(answer, { error: `no answer within ${TIMEOUT_MS} ms`, answered: true });
  t.is(await ended, 'client hung up');
  t.is(server.requests, 1);
});

test('headers that arrive a line at a time are cut at the deadline too', async (t) => {
  let ended: Promise<string> | undefined;
  let n = 0;
  const server = await rawServe(t, (socket) => {
    ended = dribble(socket, 'HTTP/1.1 200 OK\r\n', () => `X-Line-${n++}: ${'v'.repeat(10)}\r\n`, 'Content-Length: 0\r\n\r\n');
  });
  const answer = await target(t, server.url).send({ method: 'GET', path: '/headers', headers: {} });
  t.deepEqual(answer, { error: `no answer within ${TIMEOUT_MS} ms`, answered: true });
  t.is(await ended, 'client hung up');
});

test('an answer within the deadline, 1xx first, is the final answer', async (t) => {
  const server = await rawServe(t, (socket) => {
    socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n');
    socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nfinal');
  });
  const answer = await target(t, server.url).send({ method: 'GET', path: '/', headers: {} });
  t.is(answer.response?.status, 200);
  t.is(answer.response?.body.toString(), 'final');
});
