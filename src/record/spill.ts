import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { chunkNameOf } from '../snapshot/chunks.js';
import { COMPLETE_MARKER } from '../snapshot/sessions.js';
import type { Shipper } from './shipper.js';

/**
 * Chunks a previous run left in the staging folder (it was killed, or S3 stayed down past its
 * shutdown deadline): each finished chunk is stored, then its session is marked complete with
 * `"recovered": true`, so what was recorded is not lost. A `.part` file is a chunk cut off
 * mid-write, never stored; it is removed. Returns how many chunks were found.
 */
export async function recoverSpill(stagingDir: string, shipper: Shipper, log: (line: string) => void): Promise<number> {
  const names = await readdir(stagingDir).catch(() => [] as string[]);
  const sessions = new Map<string, string[]>();
  for (const name of names) {
    if (name.endsWith('.part') || name.endsWith('.tmp')) {
      await unlink(path.join(stagingDir, name)).catch(() => undefined);
      continue;
    }
    const chunk = chunkNameOf(name);
    if (!chunk || !name.endsWith('.ndjson.gz') || !chunk.base.startsWith('session-')) continue;
    sessions.set(chunk.base, [...(sessions.get(chunk.base) ?? []), name]);
  }
  let found = 0;
  for (const [base, chunks] of sessions) {
    chunks.sort((a, b) => chunkNameOf(a)!.index - chunkNameOf(b)!.index);
    for (const name of chunks) await shipper.file(name, path.join(stagingDir, name));
    shipper.text(`${base}${COMPLETE_MARKER}`, `${JSON.stringify({ recovered: true, chunks: chunks.length })}\n`);
    found += chunks.length;
  }
  if (found > 0) log(`record: ${found} chunk(s) of ${sessions.size} earlier session(s) found in ${stagingDir}: storing them`);
  return found;
}
