import { randomBytes } from 'node:crypto';
import { BodyCapture, MemoryBudget } from './body-capture.js';
import type { Capture } from './capture.js';
import type { RecorderSettings } from './config.js';
import { Counters, type DropReason, progressLine } from './counters.js';
import { encodeCapture } from './encode.js';
import { Redactor } from './redactor.js';
import { Sampler } from './sampler.js';
import { Shipper } from './shipper.js';
import { recoverSpill } from './spill.js';
import type { ChunkStore } from './store.js';
import { SessionWriter } from './writer.js';

/** What the proxy or the middleware holds for one sampled request while it is in flight. */
export interface Ticket {
  requestBody: BodyCapture;
  responseBody: BodyCapture;
  startedAt: number;
}

export interface RecorderDeps {
  store: ChunkStore;
  /** The redaction key (redactor.ts redactionKey). */
  key: Buffer;
  log: (line: string) => void;
  now?: () => number;
  random?: () => number;
  /** The store's retry backoff; tests shorten it. */
  backoffMs?: { first: number; max: number };
}

/**
 * The recording pipeline both front ends share: sample on arrival, capture while the exchange
 * streams past, then (off the request's path) encode, redact and write. Every stage is bounded:
 * a queue of at most `queueLength` captures, `memoryBytes` of body, `spillBytes` of chunks on
 * disk. What does not fit is dropped and counted; nothing ever waits for the recorder.
 */
export class Recorder {
  readonly counters = new Counters();
  private readonly sampler: Sampler;
  private readonly redactor: Redactor;
  private readonly budget: MemoryBudget;
  private readonly shipper: Shipper;
  private readonly writer: SessionWriter;
  private readonly queue = new Queue<Capture>();
  private draining: Promise<void> | undefined;
  private readonly ticker: NodeJS.Timeout;
  private readonly idPrefix = randomBytes(4).toString('hex');
  private sequence = 0;
  private closed = false;

  constructor(private readonly settings: RecorderSettings, private readonly deps: RecorderDeps) {
    const now = deps.now ?? Date.now;
    this.sampler = new Sampler(settings.sample, now, deps.random);
    this.redactor = new Redactor(settings.redact, deps.key);
    this.budget = new MemoryBudget(settings.memoryBytes);
    this.shipper = new Shipper(deps.store, deps.log, deps.backoffMs);
    this.writer = new SessionWriter(settings.writer, deps.store.stagingDir, this.shipper, now);
    this.ticker = setInterval(() => void this.writer.tick().catch((error) => this.fail(error)), 1000).unref();
    this.recovered = recoverSpill(deps.store.stagingDir, this.shipper, deps.log).catch((error) => {
      this.fail(error);
      return 0;
    });
  }

  /** How many chunks of earlier runs were found waiting on disk (and are being stored). */
  readonly recovered: Promise<number>;

  /** Called as a request arrives: a ticket when it is to be recorded. Never throws. */
  admit(method: string, url: string): Ticket | undefined {
    if (this.closed) return undefined;
    this.counters.seen++;
    const decision = this.sampler.decide(method, url);
    if (!decision.record) {
      this.counters.skip(decision.reason);
      return undefined;
    }
    const cap = this.settings.maxBodyBytes;
    return { requestBody: new BodyCapture(cap, this.budget), responseBody: new BodyCapture(cap, this.budget), startedAt: (this.deps.now ?? Date.now)() };
  }

  /** A sampled exchange that will not be recorded (client gone, upstream failed): its memory back. */
  abandon(ticket: Ticket, reason: DropReason): void {
    ticket.requestBody.free();
    ticket.responseBody.free();
    this.counters.drop(reason);
  }

  /** Hands a finished capture over; returns at once. */
  submit(capture: Capture): void {
    if (this.queue.length >= this.settings.queueLength || !this.writer.hasRoom(capture.responseBody.kept + capture.requestBody.kept)) {
      capture.requestBody.free();
      capture.responseBody.free();
      this.counters.drop(this.queue.length >= this.settings.queueLength ? 'queue' : 'spill-full');
      return;
    }
    this.queue.push(capture);
    this.schedule();
  }

  // The work starts on a later turn of the event loop, after the response has been handed on.
  private schedule(): void {
    this.draining ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain()).finally(() => {
      this.draining = undefined;
      if (this.queue.length > 0) this.schedule();
    });
  }

  private async drain(): Promise<void> {
    for (let capture = this.queue.shift(); capture; capture = this.queue.shift()) {
      try {
        const encoded = await encodeCapture(capture, `${this.idPrefix}-${++this.sequence}`);
        if (typeof encoded === 'string') {
          this.counters.drop(encoded);
          continue;
        }
        const line = JSON.stringify(this.redactor.redact(encoded));
        if (!this.writer.hasRoom(line.length)) {
          this.counters.drop('spill-full');
          continue;
        }
        await this.writer.write(line);
        this.counters.recorded++;
      } catch (error) {
        this.counters.drop('error');
        this.fail(error);
      }
    }
  }

  /** Chunks stored so far, and objects waiting to be. */
  storage(): { stored: number; waiting: number } {
    return { stored: this.shipper.stored, waiting: this.shipper.waiting };
  }

  progress(): string {
    return progressLine(this.counters, { bytes: this.writer.bytes, stored: this.shipper.stored, waiting: this.shipper.waiting, waitingBytes: this.shipper.waitingBytes });
  }

  /**
   * Stops sampling, writes what is queued, closes the session and stores it, until `deadline`
   * (epoch ms). Returns the keys that could not be stored in time (left in the staging folder).
   */
  async close(deadline: number): Promise<string[]> {
    this.closed = true;
    clearInterval(this.ticker);
    await this.recovered;
    while (this.draining) await this.draining;
    await this.writer.close();
    const left = await this.shipper.flush(deadline);
    this.deps.store.close();
    return left;
  }

  private fail(error: unknown): void {
    this.deps.log(`record: ${(error as Error).message ?? String(error)}`);
  }
}

/** First in, first out, without Array.shift's cost of moving every element on each take. */
class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
