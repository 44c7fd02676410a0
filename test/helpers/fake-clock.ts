import type { Clock } from '../../src/replay/clock.js';

/**
 * Virtual time: sleeping advances the clock at once and is recorded, so a test checks how long
 * the code chose to wait (Retry-After, backoff) without waiting.
 */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];
  /** Called on every sleep, with its index: lets a test change the world mid-wait. */
  onSleep?: (index: number) => void | Promise<void>;

  constructor(private readonly epochAtZero = Date.parse('2026-11-24T10:00:00Z')) {}

  now(): number {
    return this.time;
  }

  epochMs(): number {
    return this.epochAtZero + this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
    await this.onSleep?.(this.sleeps.length - 1);
  }
}
