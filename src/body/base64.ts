/**
 * Strict base64 (RFC 4648 §4, the standard alphabet) for bodies in snapshots. Node's
 * Buffer.from(text, 'base64') skips any character it does not know and stops at the first `=`,
 * so junk would pass as a body nobody recorded; a recorded body must be what was recorded.
 * Padding may be left out (some encoders do); whitespace, other alphabets and stray `=` may not.
 */
export function base64Problem(text: string): string | undefined {
  const bad = /[^A-Za-z0-9+/=]/.exec(text);
  if (bad) return `not base64: ${JSON.stringify(bad[0])} at character ${bad.index + 1}`;
  const padding = text.indexOf('=');
  const data = padding === -1 ? text.length : padding;
  if (padding !== -1 && (text.length - padding > 2 || /[^=]/.test(text.slice(padding)) || text.length % 4 !== 0)) {
    return `not base64: misplaced "=" padding at character ${padding + 1}`;
  }
  if (data % 4 === 1) return `not base64: ${text.length} characters cannot encode whole bytes`;
  return undefined;
}

/** Bytes that valid base64 `text` decodes to, without decoding it. */
export function base64Bytes(text: string): number {
  let data = text.length;
  while (data > 0 && text.charCodeAt(data - 1) === 61) data--;
  return Math.floor((data * 3) / 4);
}

/** The first `bytes` bytes of valid base64 `text`, decoding no more than they need. */
export function base64Start(text: string, bytes: number): Buffer {
  return Buffer.from(text.slice(0, Math.ceil(bytes / 3) * 4), 'base64').subarray(0, bytes);
}
