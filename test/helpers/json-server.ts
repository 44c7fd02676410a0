import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../stack/project-root.js';
import { freePort } from './local-server.js';

/** The two published json-server versions the upgrade test compares (devDependencies, by alias). */
export type JsonServerVersion = 'json-server-0' | 'json-server-1';

export interface JsonServer {
  version: string;
  url: string;
  close(): Promise<void>;
}

const BIN: Record<JsonServerVersion, string> = { 'json-server-0': 'lib/cli/bin.js', 'json-server-1': 'lib/bin.js' };

/**
 * Starts a published json-server, unmodified, on a loopback port, serving its own copy of the
 * fixture database (version 1 rewrites the file it watches). Closed by the test's teardown.
 */
export async function startJsonServer(t: { teardown(fn: () => unknown): void }, alias: JsonServerVersion): Promise<JsonServer> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve(`${alias}/package.json`));
  const version = (require(`${alias}/package.json`) as { version: string }).version;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-json-server-'));
  const db = path.join(dir, 'db.json');
  await copyFile(path.join(projectRoot(), 'test', 'fixtures', 'json-server-db.json'), db);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(packageDir, BIN[alias]), db, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const close = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
  t.teardown(close);
  const url = `http://127.0.0.1:${port}`;
  // Bounded: 100 polls, 100 ms apart.
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`json-server ${version} exited: ${stderr}`);
    const answered = await fetch(`${url}/profile`).then((r) => r.ok, () => false);
    if (answered) return { version, url, close };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  throw new Error(`json-server ${version} did not answer on ${url} within 10 s: ${stderr}`);
}
