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

/**
 * Cuts the payloads out of the byte stream. Each byte is searched and copied a bounded number of
 * times (a payload's chunks are joined once, when its separator is found), so a long payload
 * costs linear time; one past MAX_PAYLOAD_BYTES is not held at all, only counted and skipped.
 */
export async function* gorPayloads(input: Readable): AsyncGenerator<GorPayload | GorProblem> {
  const edgeLength = PAYLOAD_SEPARATOR.length - 1;
  /** The current payload's bytes from earlier chunks; only its last `edgeLength` when oversized. */
  let parts: Buffer[] = [];
  let held = 0;
  /** Offset in the file of the current payload, and of the chunk being read. */
  let base = 0;
  let offset = 0;
  let index = 0;
  let oversized = false;
  const cut = (payload: () => Buffer): GorPayload | GorProblem => {
    index++;
    const at = base;
    const result: GorPayload | GorProblem = oversized ? oversizedProblem(index, at) : payloadOf(payload(), index, at);
    parts = [];
    held = 0;
    oversized = false;
    return result;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    // A separator that starts in an earlier chunk and ends in this one.
    if (held > 0) {
      const before = lastBytes(parts, edgeLength);
      const at = Buffer.concat([before, chunk.subarray(0, edgeLength)]).indexOf(PAYLOAD_SEPARATOR);
      if (at !== -1 && at < before.length) {
        const length = held - before.length + at;
        yield cut(() => Buffer.concat(parts, held).subarray(0, length));
        from = at + PAYLOAD_SEPARATOR.length - before.length;
        base = offset + from;
      }
    }
    // Each round consumes one separator, so the loop ends within the chunk.
    for (let at = chunk.indexOf(PAYLOAD_SEPARATOR, from); at !== -1; at = chunk.indexOf(PAYLOAD_SEPARATOR, from)) {
      const piece = chunk.subarray(from, at);
      yield cut(() => (parts.length === 0 ? piece : Buffer.concat([...parts, piece])));
      from = at + PAYLOAD_SEPARATOR.length;
      base = offset + from;
    }
    if (from < chunk.length) {
      parts.push(chunk.subarray(from));
      held += chunk.length - from;
    }
    if (held > MAX_PAYLOAD_BYTES) oversized = true;
    // Keep only what could be the start of a separator split across chunks.
    if (oversized) parts = [lastBytes(parts, edgeLength)];
    offset += chunk.length;
  }
  // GoReplay ends every payload with the separator; anything left is a payload cut short or a stray newline.
  if (oversized) yield oversizedProblem(index + 1, base);
  else if (held > 0) {
    const rest = Buffer.concat(parts, held);
    if (rest.toString('latin1').trim() !== '') yield payloadOf(rest, index + 1, base);
  }
}

function oversizedProblem(index: number, offset: number): GorProblem {
  return { kind: 'problem', index, offset, message: `the payload is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB; skipped` };
}

/** The last `count` bytes held in `parts` (fewer when there are fewer). */
function lastBytes(parts: Buffer[], count: number): Buffer {
  const pieces: Buffer[] = [];
  let length = 0;
  for (let i = parts.length - 1; i >= 0 && length < count; i--) {
    const part = parts[i]!;
    const take = Math.min(part.length, count - length);
    pieces.unshift(part.subarray(part.length - take));
    length += take;
  }
  return Buffer.concat(pieces, length);
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
