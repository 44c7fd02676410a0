import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { COMPLETE_MARKER, RECORDING_MARKER } from '../snapshot/sessions.js';
import type { WriterSettings } from './config.js';
import type { Shipper } from './shipper.js';

const GZIP_BACKLOG = 1024 * 1024;
const BATCH_BYTES = 64 * 1024;

interface Session {
  base: string;
  startedAt: number;
  chunks: number;
  exchanges: number;
}

interface Chunk {
  key: string;
  file: string;
  gzip: Gzip;
  out: WriteStream;
  bytes: number;
  startedAt: number;
  pending: string[];
  pendingBytes: number;
}

/**
 * Writes NDJSON lines into gzip chunks named `session-<start>-<random>_<n>.ndjson.gz`, the chunk
 * naming the gate reads as one snapshot (src/snapshot/chunks.ts); rotates chunks by size and age
 * and sessions by age. A session's `.recording` marker goes to the store before its first chunk,
 * and its `.complete` marker after its last (src/snapshot/sessions.ts). Calls are serialised: one
 * line, rotation or close at a time.
 */
export class SessionWriter {
  private session: Session | undefined;
  private chunk: Chunk | undefined;
  private tail: Promise<void> = Promise.resolve();
  bytes = 0;

  constructor(
    private readonly settings: WriterSettings,
    private readonly stagingDir: string,
    private readonly shipper: Shipper,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether another line of `bytes` still fits in the spill bound: finished chunks waiting plus the open one. */
  hasRoom(bytes: number): boolean {
    return this.shipper.waitingBytes + (this.chunk ? this.chunk.out.bytesWritten + this.chunk.pendingBytes / 4 : 0) + bytes / 4 <= this.settings.spillBytes;
  }

  write(line: string): Promise<void> {
    return this.serial(() => this.writeLine(line));
  }

  /** Rotates what is too old; called every second or so. */
  tick(): Promise<void> {
    return this.serial(async () => {
      const now = this.now();
      if (this.session && now - this.session.startedAt >= this.settings.sessionMs) await this.endSession();
      else if (this.chunk && now - this.chunk.startedAt >= this.settings.chunkMs) await this.endChunk();
    });
  }

  /** Finishes the open chunk and the session: after this every written line is in a stored-or-queued chunk. */
  close(): Promise<void> {
    return this.serial(() => this.endSession());
  }

  private serial(step: () => Promise<void>): Promise<void> {
    const next = this.tail.then(step);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async writeLine(line: string): Promise<void> {
    const chunk = this.chunk ?? this.openChunk();
    const bytes = Buffer.byteLength(line) + 1;
    chunk.bytes += bytes;
    this.bytes += bytes;
    this.session!.exchanges++;
    // Lines go to gzip in batches: one zlib call per line costs more than the line's encoding.
    chunk.pending.push(line);
    chunk.pendingBytes += bytes;
    if (chunk.pendingBytes >= BATCH_BYTES) await this.flush(chunk);
    if (chunk.bytes >= this.settings.chunkBytes) await this.endChunk();
  }

  private async flush(chunk: Chunk): Promise<void> {
    if (chunk.pending.length === 0) return;
    const text = `${chunk.pending.join('\n')}\n`;
    chunk.pending = [];
    chunk.pendingBytes = 0;
    // gzip compresses on the thread pool; waiting for it after every 16 KiB would leave the
    // pipeline idle between batches, so it may hold a bounded backlog before the writer waits.
    if (!chunk.gzip.write(text) && chunk.gzip.writableLength > GZIP_BACKLOG) await new Promise((resolve) => chunk.gzip.once('drain', resolve));
  }

  private openChunk(): Chunk {
    if (!this.session) {
      const started = this.now();
      const stamp = new Date(started).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
      this.session = { base: `session-${stamp}-${randomBytes(3).toString('hex')}`, startedAt: started, chunks: 0, exchanges: 0 };
      this.shipper.text(`${this.session.base}${RECORDING_MARKER}`, `${JSON.stringify({ startedAt: new Date(started).toISOString() })}\n`);
    }
    const key = `${this.session.base}_${this.session.chunks++}.ndjson.gz`;
    const file = path.join(this.stagingDir, key);
    // The fastest level: the recorder shares the machine with the service it records.
    const gzip = createGzip({ level: constants.Z_BEST_SPEED });
    const out = createWriteStream(`${file}.part`);
    gzip.pipe(out);
    this.chunk = { key, file, gzip, out, bytes: 0, startedAt: this.now(), pending: [], pendingBytes: 0 };
    return this.chunk;
  }

  private async endChunk(): Promise<void> {
    const chunk = this.chunk;
    if (!chunk) return;
    this.chunk = undefined;
    await this.flush(chunk);
    chunk.gzip.end();
    await finished(chunk.out);
    await rename(`${chunk.file}.part`, chunk.file);
    await this.shipper.file(chunk.key, chunk.file);
  }

  private async endSession(): Promise<void> {
    await this.endChunk();
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    const summary = { startedAt: new Date(session.startedAt).toISOString(), endedAt: new Date(this.now()).toISOString(), chunks: session.chunks, exchanges: session.exchanges };
    this.shipper.text(`${session.base}${COMPLETE_MARKER}`, `${JSON.stringify(summary)}\n`);
  }
}
