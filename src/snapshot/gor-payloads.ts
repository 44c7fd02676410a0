import type { Readable } from 'node:stream';

/**
 * GoReplay's file format: each payload is a header line `TYPE ID TIMESTAMP[ LATENCY]` (type 1
 * request, 2 response, 3 replayed response; timestamp in nanoseconds since the epoch; latency
 * in nanoseconds), then the raw HTTP message, then the separator line `🐵🙈🙉`.
 */
export const PAYLOAD_SEPARATOR = Buffer.from('\n🐵🙈🙉\n');

export interface GorPayload {
  kind: 'payload';
  /** 1-based among the payloads of the file. */
  index: number;
  /** Byte offset of the payload's header in the (decompressed) file. */
  offset: number;
  type: 1 | 2 | 3;
  id: string;
  /** Nanoseconds since the epoch, as written. */
  timestamp: string;
  latency?: string;
  message: Buffer;
}

export interface GorProblem {
  kind: 'problem';
  index: number;
  offset: number;
  message: string;
}

/** A payload larger than this is skipped: no real HTTP exchange is, and memory stays bounded. */
export const MAX_PAYLOAD_BYTES = 128 * 1024 * 1024;

const HEADER = /^([123]) (\S+) (\d+)(?: (-?\d+))?\r?$/;

export async function* gorPayloads(input: Readable): AsyncGenerator<GorPayload | GorProblem> {
  let pending: Buffer = Buffer.alloc(0);
  /** Offset in the file of pending[0]. */
  let base = 0;
  let index = 0;
  let oversized = false;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const searchFrom = Math.max(0, pending.length - PAYLOAD_SEPARATOR.length + 1);
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let start = 0;
    // Each round consumes one separator, so the loop ends within the chunk.
    for (let at = pending.indexOf(PAYLOAD_SEPARATOR, searchFrom); at !== -1; at = pending.indexOf(PAYLOAD_SEPARATOR, start)) {
      index++;
      if (oversized) {
        yield { kind: 'problem', index, offset: base + start, message: `the payload is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB; skipped` };
        oversized = false;
      } else {
        yield payloadOf(pending.subarray(start, at), index, base + start);
      }
      start = at + PAYLOAD_SEPARATOR.length;
    }
    base += start;
    pending = pending.subarray(start);
    if (pending.length > MAX_PAYLOAD_BYTES) {
      // Keep only what could be the start of a separator split across chunks.
      base += pending.length - (PAYLOAD_SEPARATOR.length - 1);
      pending = Buffer.from(pending.subarray(pending.length - (PAYLOAD_SEPARATOR.length - 1)));
      oversized = true;
    }
  }
  // GoReplay ends every payload with the separator; anything left is a payload cut short or a stray newline.
  if (oversized) {
    yield { kind: 'problem', index: index + 1, offset: base, message: `the payload is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB; skipped` };
  } else if (pending.toString('latin1').trim() !== '') {
    yield payloadOf(pending, index + 1, base);
  }
}

function payloadOf(bytes: Buffer, index: number, offset: number): GorPayload | GorProblem {
  const lineEnd = bytes.indexOf(10);
  const header = bytes.subarray(0, lineEnd === -1 ? bytes.length : lineEnd).toString('latin1');
  const match = HEADER.exec(header);
  if (!match) {
    return { kind: 'problem', index, offset, message: `not a GoReplay payload header (TYPE ID TIMESTAMP): ${JSON.stringify(header.slice(0, 80))}` };
  }
  const payload: GorPayload = {
    kind: 'payload', index, offset, type: Number(match[1]) as 1 | 2 | 3, id: match[2]!, timestamp: match[3]!,
    message: lineEnd === -1 ? Buffer.alloc(0) : bytes.subarray(lineEnd + 1),
  };
  if (match[4] !== undefined) payload.latency = match[4];
  return payload;
}
