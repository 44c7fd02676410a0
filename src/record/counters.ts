import type { SkipReason } from './sampler.js';
import type { EncodeFailure } from './encode.js';

/**
 * Why a sampled exchange was not written: each counted, never silent. 'unparsed': the proxy
 * could not follow its connection's bytes as HTTP/1.1 (they still passed through, untouched).
 */
export type DropReason = EncodeFailure | 'queue' | 'spill-full' | 'no-response' | 'unparsed' | 'error';

export class Counters {
  seen = 0;
  recorded = 0;
  readonly skipped = new Map<SkipReason, number>();
  readonly dropped = new Map<DropReason, number>();

  skip(reason: SkipReason): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  drop(reason: DropReason): void {
    this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1);
  }

  get droppedTotal(): number {
    let total = 0;
    for (const count of this.dropped.values()) total += count;
    return total;
  }
}

/** `record: 1200 recorded, 3 dropped (queue 3), 4.2 MB written, 2 chunks stored, 1 waiting (0.3 MB)` */
export function progressLine(counters: Counters, written: { bytes: number; stored: number; waiting: number; waitingBytes: number }): string {
  const dropped = counters.droppedTotal;
  const why = dropped > 0 ? ` (${[...counters.dropped].map(([reason, count]) => `${reason} ${count}`).join(', ')})` : '';
  const waiting = written.waiting > 0 ? `, ${written.waiting} waiting (${mb(written.waitingBytes)})` : '';
  return `record: ${counters.seen} seen, ${counters.recorded} recorded, ${dropped} dropped${why}, ${mb(written.bytes)} written, ${written.stored} chunks stored${waiting}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
