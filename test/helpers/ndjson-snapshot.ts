import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One recorded GET: what production answered on `url`. */
export interface RecordedGet {
  url: string;
  status: number;
  body: string;
}

/** The NDJSON lines of a snapshot of GETs, ids `r-0`, `r-1`, … in order. */
export function ndjsonLines(gets: readonly RecordedGet[]): string {
  const lines = gets.map((get, i) => JSON.stringify({
    id: `r-${i}`,
    request: { method: 'GET', url: get.url, headers: { accept: 'application/json' }, body: null },
    response: { status: get.status, headers: { 'content-type': 'application/json' }, body: get.body, durationMs: 3 },
  }));
  return `${lines.join('\n')}\n`;
}

/** A fresh workspace holding `traffic.ndjson`; returns the workspace folder. */
export async function writeSnapshot(gets: readonly RecordedGet[]): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-snapshot-'));
  await writeFile(path.join(work, 'traffic.ndjson'), ndjsonLines(gets));
  return work;
}
