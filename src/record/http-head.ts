import { FramingError } from '../body/http-body.js';
import type { IncomingHttpHeaders } from 'node:http';

/** The most a request or response head (start line, headers, blank line) may take. */
export const HEAD_CAP = 64 * 1024;

/** Bytes the observer cannot follow as HTTP/1.1: it gives up on the connection (the bytes still flow). */
export class Unfollowable extends FramingError {}

const CR = 13;
const SP = 32;
const TAB = 9;

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
 * A head as text (latin1: one character per byte, as node:http reads headers): the start line
 * and header lines, each ending in CRLF, then the blank line's CRLF. One string per head, read
 * with string searches, costs less than a Buffer call per line.
 */
export interface Head {
  text: string;
  /** Just past the start line's CRLF: where the header lines begin. */
  fields: number;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `METHOD SP target SP HTTP/1.x`: the method and target, or Unfollowable. */
export function requestLine(head: Head): { method: string; target: string } {
  const { text } = head;
  const eol = head.fields - 2;
  const first = text.indexOf(' ');
  const second = first === -1 ? -1 : text.indexOf(' ', first + 1);
  if (first <= 0 || second === -1 || second >= eol || second === first + 1) throw new Unfollowable('a request line that is not METHOD TARGET HTTP/1.x');
  if (eol - second !== 9 || !isVersion(text, second + 1)) throw new Unfollowable('a request that is not HTTP/1.x');
  const method = text.slice(0, first);
  if (!TOKEN.test(method)) throw new Unfollowable('a request method that is not a token');
  return { method, target: text.slice(first + 1, second) };
}

/** `HTTP/1.x SP 3DIGIT [SP reason]`: the status, or Unfollowable. */
export function statusLine(head: Head): number {
  const { text } = head;
  const eol = head.fields - 2;
  if (eol < 12 || !isVersion(text, 0) || text.charCodeAt(8) !== SP || (eol > 12 && text.charCodeAt(12) !== SP)) {
    throw new Unfollowable('a response that is not HTTP/1.x');
  }
  let status = 0;
  for (let i = 9; i < 12; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Unfollowable('a status code that is not three digits');
    status = status * 10 + digit;
  }
  return status;
}

/**
 * The framing headers (Content-Length, Transfer-Encoding, Upgrade) into `out`. Only lines whose
 * name could be one of them (by first letter and length) are looked at further, so an ordinary
 * head costs a search for each line's end and a compare or two.
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
  const { text } = head;
  const last = text.length - 2;
  for (let pos = head.fields; pos < last;) {
    const lf = text.indexOf('\n', pos);
    if (lf === -1 || lf > last || text.charCodeAt(lf - 1) !== CR) throw new Unfollowable('a header line not ending in CRLF');
    const first = text.charCodeAt(pos);
    if (first === SP || first === TAB) throw new Unfollowable('a folded header line');
    const letter = first | 0x20;
    if (letter === 0x63 /* c */ || letter === 0x74 /* t */ || letter === 0x75 /* u */) {
      const colon = text.indexOf(':', pos);
      if (colon !== -1 && colon < lf) {
        const size = colon - pos;
        if (size === 14 || size === 17 || size === 7) {
          const name = text.slice(pos, colon).toLowerCase();
          if (name === 'content-length') out.length = contentLength(text, colon + 1, lf - 1, out.length);
          else if (name === 'transfer-encoding') out.coding = lastCoding(text.slice(colon + 1, lf - 1));
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
  const { text } = head;
  const last = text.length - 2;
  for (let pos = head.fields; pos < last;) {
    const eol = text.indexOf('\r\n', pos);
    const colon = text.indexOf(':', pos);
    if (colon === -1 || colon > eol) throw new Unfollowable('a header line without a colon');
    const name = text.slice(pos, colon).toLowerCase();
    let from = colon + 1;
    let to = eol;
    while (from < to && isOws(text.charCodeAt(from))) from++;
    while (to > from && isOws(text.charCodeAt(to - 1))) to--;
    const value = text.slice(from, to);
    const known = headers[name];
    if (known === undefined) headers[name] = value;
    else if (typeof known === 'string') headers[name] = [known, value];
    else known.push(value);
    pos = eol + 2;
  }
  return headers as IncomingHttpHeaders;
}

/**
 * Every Content-Length (a header may hold a comma-separated list) must say the same number of
 * bytes. Read character by character: it is on nearly every answer.
 */
function contentLength(text: string, from: number, to: number, before: number): number {
  let length = before;
  let value = -1;
  let digits = 0;
  for (let i = from; i <= to; i++) {
    const code = i === to ? 0x2c : text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (digits > 0 && isOws(text.charCodeAt(i - 1))) throw new Unfollowable('a Content-Length that is not a number of bytes');
      if (++digits > 15) throw new Unfollowable('a Content-Length too large to follow');
      value = (value === -1 ? 0 : value) * 10 + (code - 0x30);
    } else if (code === 0x2c) {
      if (value === -1) throw new Unfollowable('a Content-Length that is not a number of bytes');
      if (length !== -1 && value !== length) throw new Unfollowable('differing Content-Lengths');
      length = value;
      value = -1;
      digits = 0;
    } else if (!isOws(code)) throw new Unfollowable('a Content-Length that is not a number of bytes');
  }
  return length;
}

function lastCoding(value: string): Framing['coding'] {
  const coding = value.slice(value.lastIndexOf(',') + 1).trim().toLowerCase();
  return coding === 'chunked' ? 'chunked' : 'other';
}

function isOws(code: number): boolean {
  return code === SP || code === TAB;
}

function isVersion(text: string, at: number): boolean {
  const minor = text.charCodeAt(at + 7);
  return text.startsWith('HTTP/1.', at) && minor >= 0x30 && minor <= 0x39;
}
