import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readExchanges } from '../../src/snapshot/read.js';
import type { SnapshotSource } from '../../src/snapshot/source.js';
import { DecodeIssues, type Exchange, type SnapshotPlace } from '../../src/snapshot/types.js';

/** A one-part source over in-memory chunks, to control exactly where the byte stream is cut. */
export function memorySource(name: string, ...chunks: Buffer[]): SnapshotSource {
  return { name, parts: [{ name, open: async () => Readable.from(chunks, { objectMode: false }) }] };
}

/** A source of several parts, each its own list of chunks. */
export function partsSource(name: string, parts: [string, Buffer][]): SnapshotSource {
  return { name, parts: parts.map(([partName, bytes]) => ({ name: partName, open: async () => Readable.from([bytes], { objectMode: false }) })) };
}

/** Every byte its own chunk: splits each separator, multi-byte character and line ending. */
export function oneByteChunks(bytes: Buffer): Buffer[] {
  return [...bytes].map((b) => Buffer.from([b]));
}

/**
 * Every exchange of the source. Their places in the snapshot come apart, in `places`, so one
 * capture read under two names (or cut into other chunks) decodes to equal exchanges.
 */
export async function decodeAll(source: SnapshotSource): Promise<{ exchanges: Exchange[]; places: (SnapshotPlace | undefined)[]; issues: DecodeIssues }> {
  const issues = new DecodeIssues();
  const exchanges: Exchange[] = [];
  const places: (SnapshotPlace | undefined)[] = [];
  for await (const { place, ...exchange } of readExchanges(source, issues)) {
    exchanges.push(exchange);
    places.push(place);
  }
  return { exchanges, places, issues };
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-test-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
