import type { Readable } from 'node:stream';

/**
 * The longest NDJSON line read, in bytes. A line holds one exchange: a request and a response
 * body each up to the 10 MiB body cap, base64-encoded (13.4 MiB each) or JSON-escaped, plus
 * headers, fit more than twice over. A longer line is no exchange the gate could compare whole,
 * and holding it (with JSON.parse's copy of it) is what would exhaust memory.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** A line of text, or one past the cap that was skipped without being held (`text` undefined). */
export type Line = { number: number; text: string; bytes?: undefined } | { number: number; text?: undefined; bytes: number };

/**
 * Splits a byte stream into numbered UTF-8 lines (LF or CRLF), yielded as the lines each chunk
 * ends, without holding more than a chunk and a line. Splits bytes rather than decoded text: a
 * newline byte never occurs inside a multi-byte UTF-8 character, each byte is searched once and
 * each line decoded once, so a long line costs linear time (appending to a string and searching
 * it again is quadratic), and a line past `maxBytes` is counted to its end and dropped as it
 * streams by. A batch per chunk rather than a line at a time: a step of an async generator costs
 * about as much as a skipped line's whole check, and the second read skips 99 lines in 100.
 */
export async function* lineBatchesOf(input: Readable, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line[]> {
  /** The current line's bytes from earlier chunks; none once it is past `maxBytes`. */
  let parts: Buffer[] = [];
  let held = 0;
  let number = 0;
  const line = (last: Buffer): Line => {
    number++;
    const bytes = held + last.length;
    const result: Line = bytes > maxBytes ? { number, bytes } : { number, text: textOf(parts.length === 0 ? last : Buffer.concat([...parts, last]), number) };
    parts = [];
    held = 0;
    return result;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    const batch: Line[] = [];
    // Each round consumes one newline, so the loop ends within the chunk.
    for (let end = chunk.indexOf(10, from); end !== -1; end = chunk.indexOf(10, from)) {
      batch.push(line(chunk.subarray(from, end)));
      from = end + 1;
    }
    if (batch.length > 0) yield batch;
    if (from === chunk.length) continue;
    held += chunk.length - from;
    if (held <= maxBytes) parts.push(chunk.subarray(from));
    else parts = [];
  }
  if (held > 0) yield [line(Buffer.alloc(0))];
}

function textOf(bytes: Buffer, number: number): string {
  let text = bytes.toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  // Windows tools (PowerShell, Notepad) start UTF-8 files with a byte order mark; it would make
  // line 1 invalid JSON.
  if (number === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
  return text;
}
