import { Readable } from 'node:stream';

export interface Peeked {
  /** At least `bytes` bytes from the start, fewer only when the stream is shorter. */
  head: Buffer;
  /** The whole stream again, head included. */
  stream: Readable;
}

/**
 * Reads the first bytes of a stream without losing them, so a decision (gzip or not, which
 * format) can be taken from the content before the stream is handed on whole.
 */
export async function peek(input: Readable, bytes: number): Promise<Peeked> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const parts: Buffer[] = [];
  let length = 0;
  let failure: Error | undefined;
  // Each round takes one chunk, so the loop ends at `bytes` or at the end of the stream.
  while (length < bytes) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      // A stream that breaks early (a gzip cut in its trailer) still hands on what came before.
      failure = error as Error;
      break;
    }
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(parts);
  return { head, stream: new Replayed(head, chunks, input, failure) };
}

/** The peeked head, then the rest of the source; destroying it releases the source. */
class Replayed extends Readable {
  constructor(
    private head: Buffer | undefined,
    private readonly rest: AsyncIterator<Buffer>,
    private readonly source: Readable,
    private readonly failure?: Error,
  ) {
    super();
    if (this.head?.length === 0) this.head = undefined;
  }

  override _read(): void {
    if (this.head) {
      const head = this.head;
      this.head = undefined;
      this.push(head);
      return;
    }
    if (this.failure) {
      this.destroy(this.failure);
      return;
    }
    this.rest.next().then(
      (next) => this.push(next.done ? null : next.value),
      (error: Error) => this.destroy(error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // A file handle or an S3 socket must not outlive a reader that stopped early.
    this.source.destroy();
    callback(error);
  }
}
