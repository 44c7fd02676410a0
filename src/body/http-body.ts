/**
 * A body whose framing cannot be followed: the recorder's observer gives up on the connection,
 * the GoReplay reader on the message (src/snapshot/http-message.ts).
 */
export class FramingError extends Error {}

const CR = 13;
const LF = 10;
/** A chunk-size line (hex digits and any chunk extensions) longer than this is not followed. */
const SIZE_LINE_CAP = 4096;
/** 16^12 bytes is far past any real chunk and well inside a safe integer. */
const SIZE_DIGITS_CAP = 12;
/** Trailers are a head of their own: no longer than one. */
const TRAILER_CAP = 64 * 1024;

export type BodyFraming = 'length' | 'chunked' | 'close';

// Where a chunked body's reader stands (RFC 9112 §7.1).
const SIZE = 0;
const EXTENSION = 1;
const SIZE_LF = 2;
const DATA = 3;
const DATA_CR = 4;
const DATA_LF = 5;
const TRAILER_START = 6;
const TRAILER_LINE = 7;
const END_LF = 8;

/**
 * One HTTP/1.1 message body as its bytes go past, in whatever pieces they arrive: by
 * Content-Length, by chunked transfer coding (RFC 9112 §7.1: the chunk framing taken off,
 * trailers passed over), or until the connection closes. The body's own bytes go to `sink` as
 * slices of the chunks fed, never copied. The one chunked decoder: the recorder's observer feeds
 * it a connection's chunks, the GoReplay reader a whole recorded message.
 */
export class BodyReader {
  framing: BodyFraming = 'length';
  /** Gets the body's bytes, when someone wants them. */
  sink: ((piece: Buffer) => void) | undefined;
  private remaining = 0;
  private state = SIZE;
  private digits = 0;
  private lineBytes = 0;
  private trailerBytes = 0;

  start(framing: BodyFraming, length: number, sink: ((piece: Buffer) => void) | undefined): void {
    this.framing = framing;
    this.sink = sink;
    this.remaining = framing === 'length' ? length : 0;
    this.state = SIZE;
    this.digits = 0;
    this.lineBytes = 0;
    this.trailerBytes = 0;
  }

  /** A chunked body's last chunk (size 0) has been read: only trailers and the blank line may follow. */
  get lastChunkRead(): boolean {
    return this.framing === 'chunked' && this.state >= TRAILER_START;
  }

  /** Reads from `chunk[pos]`: the index just past the body's end, or -1 when the body goes on past this chunk. */
  read(chunk: Buffer, pos: number): number {
    if (this.framing === 'length') {
      const take = Math.min(this.remaining, chunk.length - pos);
      if (take > 0 && this.sink) this.sink(pos === 0 && take === chunk.length ? chunk : chunk.subarray(pos, pos + take));
      this.remaining -= take;
      return this.remaining === 0 ? pos + take : -1;
    }
    if (this.framing === 'close') {
      if (pos < chunk.length && this.sink) this.sink(pos === 0 ? chunk : chunk.subarray(pos));
      return -1;
    }
    return this.readChunked(chunk, pos);
  }

  private readChunked(chunk: Buffer, pos: number): number {
    const length = chunk.length;
    while (pos < length) {
      const byte = chunk[pos]!;
      switch (this.state) {
        case SIZE: {
          const value = hexValue(byte);
          if (value >= 0) {
            if (++this.digits > SIZE_DIGITS_CAP) throw new FramingError('a chunk size too large to follow');
            this.remaining = this.remaining * 16 + value;
          } else if (this.digits === 0) throw new FramingError('a chunk size that is not hexadecimal');
          else if (byte === CR) this.state = SIZE_LF;
          else if (byte === 0x3b /* ; */ || byte === 0x20 || byte === 0x09) this.state = EXTENSION;
          else throw new FramingError('a chunk size that is not hexadecimal');
          pos++;
          this.line();
          break;
        }
        case EXTENSION:
          if (byte === CR) this.state = SIZE_LF;
          else if (byte === LF) throw new FramingError('a chunk-size line not ending in CRLF');
          pos++;
          this.line();
          break;
        case SIZE_LF:
          if (byte !== LF) throw new FramingError('a chunk-size line not ending in CRLF');
          pos++;
          this.lineBytes = 0;
          this.digits = 0;
          this.state = this.remaining === 0 ? TRAILER_START : DATA;
          break;
        case DATA: {
          const take = Math.min(this.remaining, length - pos);
          if (this.sink) this.sink(pos === 0 && take === length ? chunk : chunk.subarray(pos, pos + take));
          this.remaining -= take;
          pos += take;
          if (this.remaining === 0) this.state = DATA_CR;
          break;
        }
        case DATA_CR:
          if (byte !== CR) throw new FramingError('chunk data not followed by CRLF');
          pos++;
          this.state = DATA_LF;
          break;
        case DATA_LF:
          if (byte !== LF) throw new FramingError('chunk data not followed by CRLF');
          pos++;
          this.state = SIZE;
          break;
        case TRAILER_START:
          pos++;
          this.state = byte === CR ? END_LF : TRAILER_LINE;
          this.trailer(1);
          break;
        case TRAILER_LINE: {
          const lf = chunk.indexOf(LF, pos);
          const end = lf === -1 ? length : lf + 1;
          this.trailer(end - pos);
          pos = end;
          if (lf !== -1) this.state = TRAILER_START;
          break;
        }
        case END_LF:
          if (byte !== LF) throw new FramingError('a trailer section not ending in CRLF');
          return pos + 1;
      }
    }
    return -1;
  }

  private line(): void {
    if (++this.lineBytes > SIZE_LINE_CAP) throw new FramingError('a chunk-size line too long to follow');
  }

  private trailer(bytes: number): void {
    this.trailerBytes += bytes;
    if (this.trailerBytes > TRAILER_CAP) throw new FramingError('a trailer section too long to follow');
  }
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}
