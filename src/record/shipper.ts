import { stat, unlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChunkStore } from './store.js';

type Job = { kind: 'file'; key: string; file: string; bytes: number } | { kind: 'text'; key: string; text: string };


/**
 * Stores chunks and markers one at a time, in the order given, so a session's `.complete` marker
 * is stored only after every one of its chunks. A store that fails is retried with backoff
 * (1 s doubling to 30 s) for as long as the process runs; meanwhile finished chunks wait on disk,
 * and `waitingBytes` tells the writer how much (the spill bound).
 */
export class Shipper {
  private readonly jobs: Job[] = [];
  private running: Promise<void> | undefined;
  private stopping = false;
  waitingBytes = 0;
  stored = 0;
  failures = 0;
  lastError = '';

  constructor(
    private readonly store: ChunkStore,
    private readonly log: (line: string) => void,
    private readonly backoffMs = { first: 1000, max: 30_000 },
  ) {}

  get waiting(): number {
    return this.jobs.length;
  }

  async file(key: string, file: string): Promise<void> {
    const { size } = await stat(file);
    this.waitingBytes += size;
    this.push({ kind: 'file', key, file, bytes: size });
  }

  text(key: string, text: string): void {
    this.push({ kind: 'text', key, text });
  }

  private push(job: Job): void {
    this.jobs.push(job);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  private async run(): Promise<void> {
    let backoff = this.backoffMs.first;
    while (this.jobs.length > 0) {
      const job = this.jobs[0]!;
      try {
        if (job.kind === 'file') await this.store.putFile(job.key, job.file);
        else await this.store.putText(job.key, job.text);
      } catch (error) {
        this.failures++;
        const message = `${(error as Error).name}: ${(error as Error).message}`.split('\n')[0]!;
        if (message !== this.lastError) this.log(`record: storing ${job.key} in ${this.store.name} failed (${message}); retrying, chunks wait on disk`);
        this.lastError = message;
        if (this.stopping) return;
        await sleep(backoff);
        backoff = Math.min(backoff * 2, this.backoffMs.max);
        continue;
      }
      if (this.lastError) this.log(`record: ${this.store.name} is storing again`);
      this.lastError = '';
      backoff = this.backoffMs.first;
      this.jobs.shift();
      if (job.kind === 'file') {
        this.waitingBytes -= job.bytes;
        this.stored++;
      }
    }
  }

  /**
   * Waits until everything is stored, or the deadline passes; then stops retrying. Returns the
   * keys still not stored (their files stay in the staging folder).
   */
  async flush(deadline: number): Promise<string[]> {
    while (this.jobs.length > 0 && Date.now() < deadline) {
      const running = this.running;
      if (!running) break;
      await Promise.race([running, sleep(Math.max(1, Math.min(200, deadline - Date.now())))]);
    }
    this.stopping = true;
    return this.jobs.map((job) => job.key);
  }

  /** Removes a staged file that will never be stored (dropped whole). */
  static async discard(file: string): Promise<void> {
    await unlink(file).catch(() => undefined);
  }
}
