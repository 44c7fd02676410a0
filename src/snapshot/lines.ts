import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  number: number;
  text: string;
}

/** Splits a byte stream into numbered UTF-8 lines (LF or CRLF) without holding more than a line. */
export async function* linesOf(input: Readable): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  let atStart = true;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    pending += decoder.write(chunk);
    // Windows tools (PowerShell, Notepad) start UTF-8 files with a byte order mark; it would
    // make line 1 invalid JSON. The decoder only emits whole characters, so one check suffices.
    if (atStart && pending.length > 0) {
      if (pending.startsWith('\uFEFF')) pending = pending.slice(1);
      atStart = false;
    }
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      number++;
      yield { number, text: stripCr(pending.slice(start, end)) };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending.length > 0) yield { number: number + 1, text: stripCr(pending) };
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
