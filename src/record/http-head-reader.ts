import { HEAD_CAP, type Head, Unfollowable } from './http-head.js';

const CRLFCRLF = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/**
 * One direction's next head, up to its blank line: found with one Buffer.indexOf when the head
 * is in one chunk (the usual case: then it is read straight into its text). A head split across
 * chunks is held, at most HEAD_CAP bytes, as copies of its pieces (never a chunk's whole buffer),
 * and put together once, when its end arrives.
 */
export class HeadReader {
  readonly head: Head = { text: '', fields: 0 };
  private parts: Buffer[] = [];
  private held = 0;
  /** The last (up to 3) bytes held: the blank line may begin in them. */
  private tail = EMPTY;

  get pending(): boolean {
    return this.held > 0;
  }

  clear(): void {
    this.parts = [];
    this.held = 0;
    this.tail = EMPTY;
    this.head.text = '';
  }

  /** Reads from `chunk[pos]`: the index just past the head when it is complete (then in `head`), or -1. */
  read(chunk: Buffer, pos: number): number {
    if (this.held === 0) {
      // Empty lines before a start line are passed over (RFC 9112 §2.2).
      while (pos < chunk.length && (chunk[pos] === 13 || chunk[pos] === 10)) pos++;
      if (pos === chunk.length) return -1;
      const at = chunk.indexOf(CRLFCRLF, pos);
      if (at !== -1) {
        if (at + 4 - pos > HEAD_CAP) throw new Unfollowable('a head over 64 KiB');
        return this.found(chunk, pos, at + 4);
      }
      this.hold(chunk, pos);
      return -1;
    }
    let end = -1;
    const probe = Buffer.concat([this.tail, chunk.subarray(pos, pos + 3)]);
    const across = probe.indexOf(CRLFCRLF);
    if (across !== -1 && across < this.tail.length) end = pos + across + 4 - this.tail.length;
    else {
      const at = chunk.indexOf(CRLFCRLF, pos);
      if (at !== -1) end = at + 4;
    }
    if (end === -1) {
      this.hold(chunk, pos);
      return -1;
    }
    if (this.held + end - pos > HEAD_CAP) throw new Unfollowable('a head over 64 KiB');
    this.parts.push(chunk.subarray(pos, end));
    const whole = Buffer.concat(this.parts, this.held + end - pos);
    this.clear();
    this.found(whole, 0, whole.length);
    return end;
  }

  private found(buf: Buffer, start: number, end: number): number {
    const text = buf.toString('latin1', start, end);
    this.head.text = text;
    this.head.fields = text.indexOf('\r\n') + 2;
    return end;
  }

  private hold(chunk: Buffer, pos: number): void {
    const piece = Buffer.from(chunk.subarray(pos));
    this.held += piece.length;
    if (this.held > HEAD_CAP) throw new Unfollowable('a head over 64 KiB');
    this.parts.push(piece);
    this.tail = piece.length >= 3 ? piece.subarray(piece.length - 3) : Buffer.concat([this.tail, piece]).subarray(-3);
  }
}
