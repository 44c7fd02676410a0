import { type Clock } from './clock.js';
/**
 * A token bucket per target: at most `perSecond` starts per second, with bursts of one second's
 * worth (0 = unlimited). When the target says it is overloaded (429, or 503 with Retry-After),
 * `throttled()` pauses every start until the target's Retry-After has passed and halves the rate
 * (an unlimited bucket first takes the rate it was actually running at); the rate then grows back
 * while the target stops complaining. Additive-increase would take minutes at a high rate; a
 * multiplicative 1.25× per 5 s is back to a 50 rps limit from 1 rps in under a minute.
 */
export declare class RateLimiter {
    private readonly clock;
    private rate;
    private readonly ceiling;
    private tokens;
    private last;
    private pausedUntil;
    private lastSlowDown;
    private lastChange;
    private queue;
    /** Starts in the current and the previous one-second window: the rate an unlimited bucket ran at. */
    private window;
    /** How many times the target made the bucket slow down. */
    slowDowns: number;
    constructor(perSecond: number, clock?: Clock);
    /** Starts per second allowed now; Infinity when unlimited. */
    get currentRate(): number;
    /** Resolves when a request may start; callers are served in arrival order. */
    take(): Promise<void>;
    /**
     * The target refused a request for overload: nothing starts for `pauseMs`, and the rate halves
     * (at most once per SLOW_DOWN_SPACING_MS).
     */
    throttled(pauseMs: number): void;
    private wait;
    private recover;
    private count;
    private observedRate;
}
