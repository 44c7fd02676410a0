import type { IncomingHttpHeaders } from 'node:http';

/** The most a request or response head (start line, headers, blank line) may take. */
export const HEAD_CAP = 64 * 1024;

/** Bytes the observer cannot follow as HTTP/1.1: it gives up on the connection (the bytes still flow). */
export class Unfollowable extends Error {}

const CR = 13;
const LF = 10;
const SP = 32;
const TAB = 9;
const COLON = 58;

/** What a head says about the message body that follows it, read without building a header record. */
export interface Framing {
  /** The Content-Length, or -1 when there is none. */
  length: number;
  /** What the last Transfer-Encoding header's last coding is: none, chunked, or something else. */
  coding: 'none' | 'chunked' | 'other';
  /** An Upgrade header is present (a websocket or other protocol switch is asked for). */
  upgrade: boolean;
  /** Why the framing cannot be followed (empty when it can): left to the caller to act on, after it has counted the message. */
  problem: string;
}

/**
 * A head held as `buf[start, end)`: the start line and header lines, each ending in CRLF, then the
 * blank line's CRLF. Offsets, not a copy, so a head that arrived in one chunk is never copied.
 */
export interface Head {
  buf: Buffer;
  start: number;
  end: number;
  /** Just past the start line's CRLF: where the header lines begin. */
  fields: number;
}

/** `METHOD SP target SP HTTP/1.x`: the method and target, or Unfollowable. */
export function requestLine(head: Head): { method: string; target: string } {
  const { buf, start } = head;
  const eol = head.fields - 2;
  const first = buf.indexOf(SP, start);
  const second = first === -1 ? -1 : buf.indexOf(SP, first + 1);
  if (first <= start || second === -1 || second >= eol || second === first + 1) throw new Unfollowable('a request line that is not METHOD TARGET HTTP/1.x');
  if (eol - second !== 9 || !isVersion(buf, second + 1)) throw new Unfollowable('a request that is not HTTP/1.x');
  for (let i = start; i < first; i++) if (!isTokenByte(buf[i]!)) throw new Unfollowable('a request method that is not a token');
  return { method: buf.toString('latin1', start, first), target: buf.toString('latin1', first + 1, second) };
}

/** `HTTP/1.x SP 3DIGIT [SP reason]`: the status, or Unfollowable. */
export function statusLine(head: Head): number {
  const { buf, start } = head;
  const eol = head.fields - 2;
  if (eol - start < 12 || !isVersion(buf, start) || buf[start + 8] !== SP || (eol > start + 12 && buf[start + 12] !== SP)) {
    throw new Unfollowable('a response that is not HTTP/1.x');
  }
  let status = 0;
  for (let i = start + 9; i < start + 12; i++) {
    const digit = buf[i]! - 48;
    if (digit < 0 || digit > 9) throw new Unfollowable('a status code that is not three digits');
    status = status * 10 + digit;
  }
  return status;
}

/**
 * The framing headers (Content-Length, Transfer-Encoding, Upgrade) into `out`. Only lines whose
 * first letter could start one of them are looked at further, so an ordinary head costs a search
 * for each line's end and one byte compare.
 */
export function readFraming(head: Head, out: Framing): void {
  out.length = -1;
  out.coding = 'none';
  out.upgrade = false;
  out.problem = '';
  try {
    scanFraming(head, out);
  } catch (error) {
    if (!(error instanceof Unfollowable)) throw error;
    out.problem = error.message;
  }
}

function scanFraming(head: Head, out: Framing): void {
  const { buf } = head;
  const last = head.end - 2;
  for (let pos = head.fields; pos < last;) {
    const lf = buf.indexOf(LF, pos);
    if (lf === -1 || lf > last || buf[lf - 1] !== CR) throw new Unfollowable('a header line not ending in CRLF');
    const first = buf[pos]!;
    if (first === SP || first === TAB) throw new Unfollowable('a folded header line');
    const letter = first | 0x20;
    if (letter === 0x63 /* c */ || letter === 0x74 /* t */ || letter === 0x75 /* u */) {
      const colon = buf.indexOf(COLON, pos);
      if (colon !== -1 && colon < lf) {
        const size = colon - pos;
        if (size === 14 || size === 17 || size === 7) {
          const name = buf.toString('latin1', pos, colon).toLowerCase();
          if (name === 'content-length') out.length = contentLength(buf, colon + 1, lf - 1, out.length);
          else if (name === 'transfer-encoding') out.coding = lastCoding(buf.toString('latin1', colon + 1, lf - 1));
          else if (name === 'upgrade') out.upgrade = true;
        }
      }
    }
    pos = lf + 1;
  }
  if (out.length !== -1 && out.coding !== 'none') throw new Unfollowable('both Transfer-Encoding and Content-Length');
}

/** The header record node:http would give (lower-case names, repeated ones as arrays): only for exchanges recorded. */
export function headerRecord(head: Head): IncomingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  const { buf } = head;
  const last = head.end - 2;
  for (let pos = head.fields; pos < last;) {
    const lf = buf.indexOf(LF, pos);
    const colon = buf.indexOf(COLON, pos);
    if (colon === -1 || colon > lf) throw new Unfollowable('a header line without a colon');
    const name = buf.toString('latin1', pos, colon).toLowerCase();
    const value = trimOws(buf.toString('latin1', colon + 1, lf - 1));
    const known = headers[name];
    if (known === undefined) headers[name] = value;
    else if (typeof known === 'string') headers[name] = [known, value];
    else known.push(value);
    pos = lf + 1;
  }
  return headers as IncomingHttpHeaders;
}

/**
 * Every Content-Length (a header may hold a comma-separated list) must say the same number of
 * bytes. Read from the bytes: it is on nearly every answer.
 */
function contentLength(buf: Buffer, from: number, to: number, before: number): number {
  let length = before;
  let value = -1;
  let digits = 0;
  for (let i = from; i <= to; i++) {
    const byte = i === to ? 0x2c : buf[i]!;
    if (byte >= 0x30 && byte <= 0x39) {
      if (digits > 0 && (buf[i - 1] === SP || buf[i - 1] === TAB)) throw new Unfollowable('a Content-Length that is not a number of bytes');
      if (++digits > 15) throw new Unfollowable('a Content-Length too large to follow');
      value = (value === -1 ? 0 : value) * 10 + (byte - 0x30);
    } else if (byte === 0x2c) {
      if (value === -1) throw new Unfollowable('a Content-Length that is not a number of bytes');
      if (length !== -1 && value !== length) throw new Unfollowable('differing Content-Lengths');
      length = value;
      value = -1;
      digits = 0;
    } else if (byte !== SP && byte !== TAB) throw new Unfollowable('a Content-Length that is not a number of bytes');
  }
  return length;
}

function lastCoding(value: string): Framing['coding'] {
  const codings = value.split(',');
  const coding = trimOws(codings[codings.length - 1]!).toLowerCase();
  return coding === 'chunked' ? 'chunked' : 'other';
}

function trimOws(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

function isVersion(buf: Buffer, at: number): boolean {
  // HTTP/1.<digit>
  return buf[at] === 0x48 && buf[at + 1] === 0x54 && buf[at + 2] === 0x54 && buf[at + 3] === 0x50 && buf[at + 4] === 0x2f
    && buf[at + 5] === 0x31 && buf[at + 6] === 0x2e && buf[at + 7]! >= 0x30 && buf[at + 7]! <= 0x39;
}

/** RFC 9110 §5.6.2 tchar. */
function isTokenByte(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x39) || '!#$%&\'*+-.^_`|~'.includes(String.fromCharCode(byte));
}
