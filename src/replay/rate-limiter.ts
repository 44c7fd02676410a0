import { type Clock, systemClock } from './clock.js';

/** A throttled target is asked at most this much less often than it was: it must not starve the run. */
const MIN_RATE = 1;
/** Many in-flight requests meet the same overload at once; it halves the rate once, not once per answer. */
const SLOW_DOWN_SPACING_MS = 1000;
/** After this long without being throttled, the rate grows back by RECOVERY_FACTOR per step. */
const RECOVERY_STEP_MS = 5000;
const RECOVERY_FACTOR = 1.25;

/**
 * A token bucket per target: at most `perSecond` starts per second, with bursts of one second's
 * worth (0 = unlimited). When the target says it is overloaded (429, or 503 with Retry-After),
 * `throttled()` pauses every start until the target's Retry-After has passed and halves the rate
 * (an unlimited bucket first takes the rate it was actually running at); the rate then grows back
 * while the target stops complaining. Additive-increase would take minutes at a high rate; a
 * multiplicative 1.25× per 5 s is back to a 50 rps limit from 1 rps in under a minute.
 */
export class RateLimiter {
  private rate: number;
  private readonly ceiling: number;
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private lastSlowDown = Number.NEGATIVE_INFINITY;
  private lastChange = Number.NEGATIVE_INFINITY;
  private queue: Promise<void> = Promise.resolve();
  /** Starts in the current and the previous one-second window: the rate an unlimited bucket ran at. */
  private window = { start: 0, count: 0, previousRate: 0 };
  /** How many times the target made the bucket slow down. */
  slowDowns = 0;

  constructor(
    perSecond: number,
    private readonly clock: Clock = systemClock,
  ) {
    this.ceiling = perSecond > 0 ? perSecond : Number.POSITIVE_INFINITY;
    this.rate = this.ceiling;
    this.tokens = Math.max(1, perSecond);
    this.last = clock.now();
    this.window.start = this.last;
  }

  /** Starts per second allowed now; Infinity when unlimited. */
  get currentRate(): number {
    return this.rate;
  }

  /** Resolves when a request may start; callers are served in arrival order. */
  take(): Promise<void> {
    // The unthrottled, unlimited path costs nothing: the bench runs through it.
    if (this.rate === Number.POSITIVE_INFINITY && this.pausedUntil === 0) {
      this.count(this.clock.now());
      return Promise.resolve();
    }
    const turn = this.queue.then(() => this.wait());
    this.queue = turn;
    return turn;
  }

  /**
   * The target refused a request for overload: nothing starts for `pauseMs`, and the rate halves
   * (at most once per SLOW_DOWN_SPACING_MS).
   */
  throttled(pauseMs: number): void {
    const now = this.clock.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(0, pauseMs));
    if (now - this.lastSlowDown < SLOW_DOWN_SPACING_MS) return;
    this.lastSlowDown = now;
    this.lastChange = now;
    this.slowDowns++;
    const running = Number.isFinite(this.rate) ? this.rate : this.observedRate(now);
    this.rate = Math.max(MIN_RATE, running / 2);
    // No burst right after the pause: the target has just said it is full.
    this.tokens = Math.min(this.tokens, 1);
    this.last = now;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.recover(now);
      if (this.rate === Number.POSITIVE_INFINITY) {
        this.count(now);
        return;
      }
      this.tokens = Math.min(Math.max(1, this.rate), this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.count(now);
        return;
      }
      await this.clock.sleep(Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    }
  }

  private recover(now: number): void {
    if (this.rate >= this.ceiling || now - this.lastChange < RECOVERY_STEP_MS) return;
    this.lastChange = now;
    this.rate = Math.min(this.ceiling, this.rate * RECOVERY_FACTOR);
  }

  private count(now: number): void {
    const elapsed = now - this.window.start;
    if (elapsed >= 1000) {
      this.window.previousRate = (this.window.count * 1000) / elapsed;
      this.window.start = now;
      this.window.count = 0;
    }
    this.window.count++;
  }

  private observedRate(now: number): number {
    // A window not yet a second long would overstate the rate: count it as a whole second.
    const current = (this.window.count * 1000) / Math.max(now - this.window.start, 1000);
    return Math.max(this.window.previousRate, current, MIN_RATE);
  }
}
