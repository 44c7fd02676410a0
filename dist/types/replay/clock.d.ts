/**
 * Time as the replay stage sees it. Waiting on a preview (Retry-After, wait-for backoff) is
 * behaviour tests must check without sleeping for real, so every wait goes through a Clock.
 */
export interface Clock {
    /** Milliseconds, monotonic within a run. */
    now(): number;
    sleep(ms: number): Promise<void>;
    /** Wall-clock milliseconds since the epoch: only to read an HTTP-date `Retry-After`. */
    epochMs(): number;
}
export declare const systemClock: Clock;
