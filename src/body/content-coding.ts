import { createHash } from 'node:crypto';
import type { Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { BodyDigest } from './digest.js';

/**
 * Undoes the content codings of an HTTP body (RFC 9110 §8.4): gzip (and x-gzip), deflate, br,
 * and a list of them applied in turn (`gzip, br`: gzip first, so br is undone first). The one
 * content decoder of the gate: recorded bodies (GoReplay captures) and replayed answers both
 * go through it, so both sides of a comparison are decoded alike.
 *
 * Decoding stops at `cap` bytes of output, at every stage: a body of a few hundred KB can
 * inflate to gigabytes, and only what is kept is ever produced. Streams rather than the
 * one-shot functions because zlib's `maxOutputLength` throws away what it decoded, and a body
 * past the cap is still compared by its first `cap` bytes.
 */
export class ContentDecodingError extends Error {}

/**
 * The decoded body, or once decoding reached the cap (or the end of a cut-off input) only the
 * digest of what it produced: a body past the cap is compared by that alone, and never joined.
 */
export type DecodedContent = { capped: false; bytes: Buffer } | { capped: true; digest: BodyDigest };

/** What one stage produced: its output in pieces, and whether it stopped short of the end. */
interface Stage {
  chunks: Buffer[];
  length: number;
  capped: boolean;
}

type Coding = 'gzip' | 'deflate' | 'br';

const CODINGS: Record<string, Coding> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br' };

/** Real servers apply one coding, rarely two; each stage may cost up to `cap` bytes of work. */
export const MAX_STACKED_CODINGS = 4;

/**
 * The codings to undo, last applied first; `[]` when there are none (absent, `identity`), and
 * undefined when one is unknown (zstd, compress) or there are more than MAX_STACKED_CODINGS: the
 * body then stays as it came.
 */
export function codingsToUndo(header: string | undefined): Coding[] | undefined {
  if (header === undefined) return [];
  const names = header.toLowerCase().split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== 'identity');
  if (names.length > MAX_STACKED_CODINGS) return undefined;
  const codings: Coding[] = [];
  for (const name of names) {
    const coding = Object.hasOwn(CODINGS, name) ? CODINGS[name] : undefined;
    if (!coding) return undefined;
    codings.unshift(coding);
  }
  return codings;
}

/**
 * Decodes `body` by the codings of `header` up to `cap` bytes. Undefined when there is nothing
 * this decoder can undo. `truncated`: `body` is only the start of the coded body (the rest was
 * over a cap), so running out of input is no error. Throws ContentDecodingError.
 */
export async function decodeContent(body: Buffer, header: string | undefined, cap: number, truncated = false): Promise<DecodedContent | undefined> {
  const codings = codingsToUndo(header);
  if (!codings || codings.length === 0) return undefined;
  let stage: Stage = { chunks: [body], length: body.length, capped: truncated };
  for (const coding of codings) {
    const input = stage.chunks.length === 1 ? stage.chunks[0]! : Buffer.concat(stage.chunks, stage.length);
    try {
      stage = await inflateUpTo(input, decoderFor(coding, input, stage.capped), cap, stage.capped);
    } catch (error) {
      throw new ContentDecodingError(`the ${coding} body cannot be decoded: ${(error as Error).message}`);
    }
  }
  if (!stage.capped) return { capped: false, bytes: Buffer.concat(stage.chunks, stage.length) };
  const hash = createHash('sha256');
  for (const chunk of stage.chunks) hash.update(chunk);
  return { capped: true, digest: { bytes: stage.length, sha256: hash.digest('hex'), partial: true } };
}

function decoderFor(coding: Coding, input: Buffer, truncated: boolean): Transform {
  // A cut-off input is flushed as far as it goes instead of failing at its end.
  const zlibOptions = { chunkSize: 64 * 1024, ...(truncated ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) };
  switch (coding) {
    case 'gzip':
      return createGunzip(zlibOptions);
    case 'deflate':
      // Servers disagree on whether "deflate" has the zlib wrapper (RFC 1950) or is raw
      // deflate (RFC 1951); both are seen in the wild, and a client must take both.
      return hasZlibHeader(input) ? createInflate(zlibOptions) : createInflateRaw(zlibOptions);
    case 'br':
      return createBrotliDecompress({ chunkSize: 64 * 1024, ...(truncated ? { finishFlush: constants.BROTLI_OPERATION_FLUSH } : {}) });
  }
}

/** RFC 1950 §2.2: compression method 8 with a window of at most 32K, and a header checksum. */
function hasZlibHeader(input: Buffer): boolean {
  if (input.length < 2) return false;
  const cmf = input[0]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | input[1]!) % 31 === 0;
}

/** Runs `input` through `decoder`, keeping at most `cap` bytes; past them the decoder is stopped. */
function inflateUpTo(input: Buffer, decoder: Transform, cap: number, truncated: boolean): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const finish = (capped: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ chunks, length, capped });
    };
    decoder.on('data', (chunk: Buffer) => {
      if (settled) return;
      const room = cap - length;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        length = cap;
        finish(true);
        decoder.destroy();
        return;
      }
      chunks.push(chunk);
      length += chunk.length;
    });
    decoder.on('end', () => finish(truncated));
    decoder.on('error', (error) => {
      if (settled) return;
      // A cut-off input may still end inside a block: what came out of it is the decoded start.
      if (truncated && length > 0) finish(true);
      else {
        settled = true;
        reject(error);
      }
    });
    decoder.end(input);
  });
}
