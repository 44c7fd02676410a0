import { createHash, type Hash } from 'node:crypto';
import { MAX_BODY_BYTES } from '../body/digest.js';

/**
 * The bytes all captures together may hold: in flight and waiting to be encoded. A capture that
 * cannot get more stops keeping bytes (its exchange is then dropped and counted), so a burst of
 * large bodies costs a bounded amount of memory, never a delayed answer.
 */
export class MemoryBudget {
  used = 0;
  constructor(readonly limit: number) {}

  take(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used -= bytes;
  }
}

/**
 * One body as it streams past: the first `cap` bytes kept, every byte counted, and past the cap
 * the SHA-256 of its first MAX_BODY_BYTES, the digest the gate compares a long body by
 * (src/body/digest.ts). Observes only: the chunks are the stream's own, never copied or held back.
 */
export class BodyCapture {
  private readonly parts: Buffer[] = [];
  kept = 0;
  bytes = 0;
  /** The memory budget ran out: the body is incomplete, and the exchange must not be recorded. */
  starved = false;
  private hash: Hash | undefined;
  private hashed = 0;

  constructor(private readonly cap: number, private readonly budget: MemoryBudget) {}

  add(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.starved) return;
    if (this.kept < this.cap) {
      const take = chunk.length <= this.cap - this.kept ? chunk : chunk.subarray(0, this.cap - this.kept);
      if (!this.budget.take(take.length)) {
        this.starve();
        return;
      }
      this.parts.push(take);
      this.kept += take.length;
      if (take.length === chunk.length) return;
    }
    if (!this.hash) {
      this.hash = createHash('sha256');
      for (const part of this.parts) this.hash.update(part);
      this.hashed = this.kept;
    }
    const offset = this.bytes - chunk.length;
    const start = Math.max(0, this.hashed - offset);
    const room = MAX_BODY_BYTES - this.hashed;
    if (room > 0 && start < chunk.length) {
      const piece = chunk.subarray(start, start + room);
      this.hash.update(piece);
      this.hashed += piece.length;
    }
  }

  /** The body when it was kept whole. */
  whole(): Buffer | undefined {
    return this.bytes === this.kept && !this.starved ? Buffer.concat(this.parts, this.kept) : undefined;
  }

  /** Past the cap: its digest, as the gate would compute it for the whole body. */
  digest(): { bytes: number; sha256: string } | undefined {
    return this.hash && !this.starved ? { bytes: this.bytes, sha256: this.hash.digest('hex') } : undefined;
  }

  /** Gives the kept bytes back to the budget; after this the capture holds nothing. */
  free(): void {
    this.budget.release(this.kept);
    this.parts.length = 0;
    this.kept = 0;
  }

  /** The body could not be observed whole: the exchange will be dropped, counted. */
  spoil(): void {
    if (!this.starved) this.starve();
  }

  private starve(): void {
    this.starved = true;
    this.free();
  }
}
