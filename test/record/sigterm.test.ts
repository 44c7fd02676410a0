// The built CLI (dist/cli.js) as a child process: SIGTERM in the middle of traffic stops
// accepting, lets requests in flight finish, and leaves every chunk complete and readable.
import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../stack/project-root.js';
import { serve } from '../helpers/local-server.js';
import { readRecorded } from '../helpers/recording.js';

const CLI = path.join(projectRoot(), 'dist', 'cli.js');

test('SIGTERM mid-traffic: in-flight requests finish, the session is stored complete, every chunk reads', async (t) => {
  const body = 'x'.repeat(30_000);
  const service = await serve(t, (_req, res) => setTimeout(() => res.end(body), 5));
  const out = await mkdtemp(path.join(os.tmpdir(), 'record-sigterm-'));
  const child = spawn(process.execPath, [CLI, 'record', '--upstream', service.url, '--listen', '127.0.0.1:0', '--out', out, '--chunk-mb', '1'], {
    env: { ...process.env, REPLAY_GATE_RECORD_KEY: 'a-key-for-the-sigterm-test' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.teardown(() => child.kill('SIGKILL'));
  for (let i = 0; i < 400 && !/listening on/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
  const url = /listening on (http:\/\/\S+),/.exec(stderr)?.[1];
  if (!url) return t.fail(`the recorder did not start: ${stderr}`);

  let complete = 0;
  let truncated = 0;
  let refused = 0;
  let signalled = false;
  const worker = async (w: number) => {
    for (let i = 0; i < 100; i++) {
      try {
        const response = await fetch(`${url}/api/items/${w}-${i}`);
        const text = await response.text();
        if (text === body) complete++;
        else truncated++;
      } catch {
        refused++;
        if (signalled) return;
      }
      if (complete === 120 && !signalled) {
        signalled = true;
        child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
  t.true(signalled);
  t.is(await exited, 0, stderr);
  t.is(truncated, 0, 'no answer was cut short');
  const recorded = Number(/(\d+) recorded/.exec(stderr.trim().split('\n').at(-1)!)?.[1]);
  const files = await readdir(out);
  t.false(files.some((f) => f.endsWith('.part')));
  t.true(files.some((f) => f.endsWith('.complete')), files.join(', '));
  t.true(files.filter((f) => f.endsWith('.ndjson.gz')).length >= 2, 'more than one chunk');
  const { exchanges, issues } = await readRecorded(out);
  t.is(issues, 0);
  t.is(exchanges.length, recorded);
  t.true(complete >= 120);
  t.is(exchanges.length, complete, 'every answer the clients got is in the session');
  t.true(exchanges.every((e) => e.response?.body === body));
  t.regex(stderr, /SIGTERM: no new connections/);
});
