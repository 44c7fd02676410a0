// Chunks rotate by size and by age, sessions by age; each session's markers bracket its chunks.
import test from 'ava';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { folderStore } from '../../src/record/folder-store.js';
import { Shipper } from '../../src/record/shipper.js';
import { SessionWriter } from '../../src/record/writer.js';
import { chunkNameOf } from '../../src/snapshot/chunks.js';
import { serve } from '../helpers/local-server.js';
import { readRecorded, startProxy } from '../helpers/recording.js';

const line = (n: number) => JSON.stringify({ id: `e-${n}`, request: { method: 'GET', url: `/api/items/${n}`, headers: {}, body: null }, response: { status: 200, headers: {}, body: 'x'.repeat(80) } });

test('a chunk ends at its size or its age, a session at its age; the folder then reads as the newest complete session', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-writer-'));
  const store = await folderStore(out);
  const shipper = new Shipper(store, () => {});
  let now = Date.parse('2026-12-01T17:00:00Z');
  const writer = new SessionWriter({ chunkBytes: 600, chunkMs: 10_000, sessionMs: 60_000, spillBytes: 1 << 20 }, store.stagingDir, shipper, () => now);
  for (let n = 0; n < 5; n++) await writer.write(line(n)); // 215 bytes a line: a chunk every 3 lines
  now += 10_000;
  await writer.tick(); // the open chunk (lines 3, 4) is old enough
  await writer.write(line(5));
  now += 50_000;
  await writer.tick(); // the session is a minute old: closed
  now += 1000;
  await writer.write(line(6)); // the next session
  await writer.close();
  await shipper.flush(Date.now() + 5000);

  const files = (await readdir(out)).filter((f) => f !== '.recording').sort();
  const first = 'session-2026-12-01T17-00-00Z-';
  const second = 'session-2026-12-01T17-01-01Z-';
  const ofSession = (prefix: string) => files.filter((f) => f.startsWith(prefix));
  t.deepEqual(ofSession(first).map((f) => f.replace(/-[0-9a-f]{6}/, '')), [
    'session-2026-12-01T17-00-00Z.complete', 'session-2026-12-01T17-00-00Z.recording',
    'session-2026-12-01T17-00-00Z_0.ndjson.gz', 'session-2026-12-01T17-00-00Z_1.ndjson.gz', 'session-2026-12-01T17-00-00Z_2.ndjson.gz',
  ]);
  t.is(ofSession(second).filter((f) => chunkNameOf(f)).length, 1);
  const summary = JSON.parse(await readFile(path.join(out, ofSession(first).find((f) => f.endsWith('.complete'))!), 'utf8'));
  t.like(summary, { chunks: 3, exchanges: 6, startedAt: '2026-12-01T17:00:00.000Z' });
  const { exchanges } = await readRecorded(out);
  t.deepEqual(exchanges.map((e) => e.id), ['e-6'], 'the newest complete session');
});

test('chunks an earlier run left on disk are stored at start and their session marked complete; a cut-off .part is removed', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-recover-'));
  const staging = path.join(out, '.recording');
  await mkdir(staging, { recursive: true });
  const base = 'session-2026-11-30T10-00-00Z-abcdef';
  await writeFile(path.join(out, `${base}.recording`), '{}\n');
  await writeFile(path.join(staging, `${base}_0.ndjson.gz`), gzipSync(`${line(1)}\n${line(2)}\n`));
  await writeFile(path.join(staging, `${base}_1.ndjson.gz.part`), gzipSync(line(3)).subarray(0, 20));
  await t.throwsAsync(readRecorded(out), { message: /only sessions still being recorded/ });
  const service = await serve(t, (_req, res) => res.end('{}'));
  const proxy = await startProxy(service.url, out);
  t.is(await proxy.recorder.recovered, 1);
  t.deepEqual(await proxy.shutdown(500, 5000), []);
  t.true(proxy.logs.some((l) => /1 chunk\(s\) of 1 earlier session\(s\) found/.test(l)));
  t.deepEqual(await readdir(staging), []);
  const { exchanges, name } = await readRecorded(out);
  t.is(name, path.join(out, `${base}_0.ndjson.gz`).replace(/\\/g, '/'));
  t.deepEqual(exchanges.map((e) => e.id), ['e-1', 'e-2']);
  t.like(JSON.parse(await readFile(path.join(out, `${base}.complete`), 'utf8')), { recovered: true, chunks: 1 });
});
