import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readExchanges } from '../../src/snapshot/read.js';
import type { SnapshotSource } from '../../src/snapshot/source.js';
import { DecodeIssues, type Exchange } from '../../src/snapshot/types.js';

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

export async function decodeAll(source: SnapshotSource): Promise<{ exchanges: Exchange[]; issues: DecodeIssues }> {
  const issues = new DecodeIssues();
  const exchanges: Exchange[] = [];
  for await (const exchange of readExchanges(source, issues)) exchanges.push(exchange);
  return { exchanges, issues };
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-test-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
