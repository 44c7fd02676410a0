import type { Readable } from 'node:stream';
import { decompressed } from './decompress.js';
import { detectFormat, DETECT_BYTES, type SnapshotFormat } from './detect.js';
import { GorPairer } from './gor-pairing.js';
import { MemoryGuard } from './memory-guard.js';
import type { PartContext } from './part.js';
import { peek } from './peek.js';
import { readGor } from './read-gor.js';
import { readHar } from './read-har.js';
import { readNdjson } from './read-ndjson.js';
import type { SnapshotSource } from './source.js';
import type { DecodeIssues, Exchange } from './types.js';

export interface ReadOptions {
  /** Told the format of each part once it is known (the CLI's inspect shows it). */
  onPart?: (name: string, format: SnapshotFormat) => void;
  /**
   * Says from its id alone whether an exchange can be of any use. One that cannot may be left
   * out unread (NDJSON lines whose id reads without parsing), or may still be yielded: callers
   * filter what they get as before. Its decode issues may then go unreported: for a second read.
   */
  wanted?: (id: string) => boolean;
}

/**
 * Streams the exchanges of a snapshot, part after part, each part in the format its content
 * (or else its name) shows, plain or gzip. Undecodable entries and a broken byte stream are
 * recorded in `issues` with their place, and the reading goes on with what is left.
 */
export async function* readExchanges(source: SnapshotSource, issues: DecodeIssues, options: ReadOptions = {}): AsyncGenerator<Exchange> {
  // GoReplay chunks are cut by size, so a response may sit in the chunk after its request.
  const pairer = new GorPairer();
  const memory = new MemoryGuard();
  for (const [index, part] of source.parts.entries()) {
    const context: PartContext = {
      name: part.name,
      issues,
      position: 'at the start',
      idPrefix: source.parts.length > 1 ? `${index + 1}:` : '',
    };
    let input: Readable | undefined;
    try {
      input = await decompressed(await part.open());
      const { head, stream } = await peek(input, DETECT_BYTES);
      input = stream;
      const format = detectFormat(part.name, head);
      options.onPart?.(part.name, format);
      const exchanges = format === 'har' ? readHar(stream, context) : format === 'gor' ? readGor(stream, context, pairer) : readNdjson(stream, context, options.wanted);
      for await (const exchange of exchanges) {
        memory.tick();
        yield exchange;
      }
    } catch (error) {
      if (!isStreamFailure(error)) throw error;
      // A truncated gzip or a dropped connection ends the part; what was read still counts.
      issues.add({ source: part.name, position: context.position, message: `the snapshot stream ended early: ${(error as Error).message}` });
    } finally {
      input?.destroy();
    }
  }
  yield* pairer.flush();
}

/**
 * Zlib, socket and stream errors carry a code (Z_BUF_ERROR, ECONNRESET, ERR_STREAM_PREMATURE_CLOSE);
 * a SnapshotError (the object cannot be opened) or a bug does not, and must not pass as a cut-off part.
 */
function isStreamFailure(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
