import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runGate } from '../../src/gate.js';
import { type RecorderOptions, settingsOf } from '../../src/record/config.js';
import { openOutput } from '../../src/record/output.js';
import { type RunningProxy, startRecordingProxy } from '../../src/record/start-proxy.js';
import { resolveSnapshot } from '../../src/snapshot/source.js';
import type { Exchange } from '../../src/snapshot/types.js';
import { decodeAll } from './decode.js';

export const TEST_KEY = Buffer.from('a-test-key-of-32-bytes-----------');

/** The recording proxy in this process, in front of `upstream`, writing to `out` (folder or s3://). */
export async function startProxy(
  upstream: string,
  out: string,
  options: RecorderOptions & { s3Endpoint?: string; spillDir?: string; backoffMs?: { first: number; max: number } } = {},
): Promise<RunningProxy & { logs: string[] }> {
  const url = new URL(upstream);
  const logs: string[] = [];
  const store = await openOutput({ out, s3: { endpoint: options.s3Endpoint, region: 'us-east-1' }, spillDir: options.spillDir });
  const proxy = await startRecordingProxy({
    upstream: { hostname: url.hostname, port: Number(url.port) },
    listen: { host: '127.0.0.1', port: 0 },
    settings: settingsOf(options),
    store,
    key: TEST_KEY,
    log: (line) => logs.push(line),
    backoffMs: options.backoffMs,
  });
  return Object.assign(proxy, { logs });
}

/** Every exchange of the snapshot the gate would read at `reference`. */
export async function readRecorded(reference: string, s3Endpoint?: string): Promise<{ name: string; exchanges: Exchange[]; issues: number }> {
  const source = await resolveSnapshot(reference, { s3: { endpoint: s3Endpoint, region: 'us-east-1' }, workspace: os.tmpdir() });
  const { exchanges, issues } = await decodeAll(source);
  return { name: source.name, exchanges, issues: issues.count };
}

/** The uncompressed text of every chunk file in a folder (a redacted value must be in none). */
export async function chunkTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ndjson.gz'));
  return Promise.all(names.map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString('utf8')));
}

/** The gate, as the action runs it, on a recorded snapshot against `target`. */
export function gateOn(snapshot: string, target: string, s3Endpoint?: string) {
  return runGate({
    snapshot, targetUrl: target, failOn: 'breaking', maxRequests: 1000, concurrency: 4, rateLimit: 0, timeoutMs: 5000,
    methods: new Set(['GET', 'HEAD', 'OPTIONS']), headers: {}, s3: { endpoint: s3Endpoint, region: 'us-east-1' }, workspace: os.tmpdir(),
  });
}

export function breakingEndpoints(results: Awaited<ReturnType<typeof gateOn>>): string[] {
  return results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
}

/** Sends each item of the traffic in turn through `base`. */
export async function sendTraffic(base: string, traffic: { method: string; path: string; headers?: Record<string, string>; body?: string }[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const item of traffic) {
    const response = await fetch(base + item.path, { method: item.method, headers: item.headers, body: item.body });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}
