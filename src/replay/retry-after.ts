/** However long a target asks for, one wait never exceeds this: a gate must finish. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns milliseconds to
 * wait, capped at MAX_RETRY_AFTER_MS, or undefined when the header is absent or unreadable.
 */
export function retryAfterMs(value: string | undefined, epochMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - epochMs), MAX_RETRY_AFTER_MS);
}
