// The in-process recorder (replay-gate/record) on node:http, Express and Fastify: it only
// watches, and what it records gates like a proxy recording.
import test from 'ava';
import express from 'express';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { recorder as recorderFn } from '../../src/record/index.js';
import { projectRoot } from '../../stack/project-root.js';
import { demoTraffic } from '../../stack/record.js';
import { sampleAnswers, startSampleService } from '../../stack/sample-service.js';
import { breakingEndpoints, chunkTexts, gateOn, readRecorded, sendTraffic } from '../helpers/recording.js';

process.env.REPLAY_GATE_RECORD_KEY = 'a-key-for-the-middleware-tests';

// The bundled entry, as `import { recorder } from 'replay-gate/record'` resolves it (package.json exports).
const { recorder } = (await import(pathToFileURL(path.join(projectRoot(), 'dist', 'record.js')).href)) as { recorder: typeof recorderFn };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function gateBothWays(t: import('ava').ExecutionContext, out: string) {
  const v1 = await startSampleService('v1');
  const v2 = await startSampleService('v2');
  t.teardown(() => Promise.all([v1.close(), v2.close()]));
  const { exchanges, issues } = await readRecorded(out);
  t.is(issues, 0);
  t.is(exchanges.length, demoTraffic().filter((item) => item.method === 'GET').length);
  const text = (await chunkTexts(out)).join('');
  t.false(text.includes('prod-secret') || text.includes('prod-token'), 'credentials redacted');
  const same = await gateOn(out, v1.url);
  t.is(same.verdict, 'pass', same.reason);
  const regressed = await gateOn(out, v2.url);
  t.is(regressed.verdict, 'fail');
  t.deepEqual(breakingEndpoints(regressed), ['GET /api/orders/{id}', 'GET /api/stock/{id}']);
}

test('node:http: answers unchanged, the app reads its request body as before, the session gates pass on v1 and fail on v2', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-mw-http-'));
  const rec = recorder({ out, progressMs: 0, sample: { methods: ['GET', 'HEAD', 'OPTIONS'] } });
  await rec.ready;
  const service = await startSampleService('v1', rec);
  t.teardown(() => service.close());
  const traffic = demoTraffic();
  const statuses = await sendTraffic(service.url, traffic);
  t.true(statuses.every((s) => s === 200 || s === 404));

  // A POST the app reads in paused mode, chunk by chunk, and echoes: same bytes with the recorder watching.
  const echoOut = await mkdtemp(path.join(os.tmpdir(), 'record-mw-echo-'));
  const posts = recorder({ out: echoOut, progressMs: 0, sample: { methods: ['POST'] } });
  await posts.ready;
  const echo = createServer((req, res) => {
    posts(req, res);
    const parts: Buffer[] = [];
    req.on('readable', () => {
      let chunk: Buffer | null;
      while ((chunk = req.read() as Buffer | null) !== null) parts.push(chunk);
    });
    req.on('end', () => {
      res.setHeader('x-seen', String(Buffer.concat(parts).length));
      res.write('got:');
      res.end(Buffer.concat(parts));
    });
  });
  const echoUrl = await listen(echo);
  t.teardown(() => echo.close());
  const sent = 'y'.repeat(100_000);
  const reply = await fetch(`${echoUrl}/echo`, { method: 'POST', body: sent });
  t.is(await reply.text(), `got:${sent}`);
  t.is(reply.headers.get('x-seen'), '100000');
  t.deepEqual(await posts.close(), []);
  const [post] = (await readRecorded(echoOut)).exchanges;
  t.is(post!.request.body, sent);
  t.is(post!.response!.body, `got:${sent}`);
  t.is(post!.response!.headers['x-seen'], '100000');

  t.deepEqual(await rec.close(), []);
  t.regex(rec.progress(), new RegExp(`${traffic.filter((i) => i.method === 'GET').length} recorded, 0 dropped`));
  await gateBothWays(t, out);
});

test('Express: app.use(recorder) records the routes the app serves', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-mw-express-'));
  const rec = recorder({ out, progressMs: 0 });
  await rec.ready;
  const answer = sampleAnswers('v1');
  const app = express();
  app.use(rec);
  app.use((req, res) => {
    const reply = answer(new URL(req.originalUrl, 'http://service.local'));
    res.status(reply.status).type(reply.contentType).set('x-request-id', randomUUID()).send(reply.text);
  });
  const server = createServer(app);
  const url = await listen(server);
  t.teardown(() => {
    server.closeAllConnections();
    server.close();
  });
  await sendTraffic(url, demoTraffic());
  t.deepEqual(await rec.close(), []);
  await gateBothWays(t, out);
});

test('Fastify: the onRequest hook records what reply.send sends', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-mw-fastify-'));
  const rec = recorder({ out, progressMs: 0 });
  await rec.ready;
  const answer = sampleAnswers('v1');
  const app = Fastify();
  app.addHook('onRequest', rec.onRequest);
  app.all('/*', async (request, reply) => {
    const result = answer(new URL(request.url, 'http://service.local'));
    reply.code(result.status).type(result.contentType).header('x-request-id', randomUUID());
    return result.text;
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const statuses = await sendTraffic(url, demoTraffic());
  t.true(statuses.every((s) => s === 200 || s === 404), String(statuses));
  t.deepEqual(await rec.close(), []);
  await gateBothWays(t, out);
});
