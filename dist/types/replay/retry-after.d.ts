/** However long a target asks for, one wait never exceeds this: a gate must finish. */
export declare const MAX_RETRY_AFTER_MS = 60000;
/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns milliseconds to
 * wait, capped at MAX_RETRY_AFTER_MS, or undefined when the header is absent or unreadable.
 */
export declare function retryAfterMs(value: string | undefined, epochMs: number): number | undefined;
