import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { recordedBody } from './body.js';
import { ExchangeFormatError, originRelative } from './ndjson.js';
import type { HeaderMap, RecordedRequest, RecordedResponse } from './types.js';

/**
 * Raw HTTP/1.x messages as a capture tool saw them on the wire (GoReplay writes them so).
 * Bodies are stored as the application sent them: chunked transfer coding is undone and a
 * gzip, deflate or br content coding decoded, as an HTTP client does before the comparison sees
 * a body; the headers that described the wire form go with it.
 */
export function parseHttpRequest(bytes: Buffer): RecordedRequest {
  const { startLine, headers, body } = splitMessage(bytes);
  const match = /^([A-Za-z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP request line: ${JSON.stringify(startLine.slice(0, 80))}`);
  return { method: match[1]!.toUpperCase(), url: originRelative(match[2]!), headers, body: recordedBody(decodeBody(body, headers)) };
}

export function parseHttpResponse(bytes: Buffer): RecordedResponse {
  const { startLine, headers, body } = splitMessage(bytes);
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: .*)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP status line: ${JSON.stringify(startLine.slice(0, 80))}`);
  const status = Number(match[1]);
  if (status < 100 || status > 599) throw new ExchangeFormatError(`status ${status} is not an HTTP status code (100-599)`);
  return { status, headers, body: recordedBody(decodeBody(body, headers)) };
}

interface Message {
  startLine: string;
  headers: HeaderMap;
  body: Buffer;
}

function splitMessage(bytes: Buffer): Message {
  let end = bytes.indexOf('\r\n\r\n');
  let gap = 4;
  const bare = bytes.indexOf('\n\n');
  if (end === -1 || (bare !== -1 && bare < end)) {
    end = bare;
    gap = 2;
  }
  // A message without a blank line is all head: GoReplay keeps the bytes it saw, nothing more.
  const head = (end === -1 ? bytes : bytes.subarray(0, end)).toString('latin1');
  const body = end === -1 ? Buffer.alloc(0) : bytes.subarray(end + gap);
  const [startLine = '', ...lines] = head.split(/\r?\n/);
  const headers: HeaderMap = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new ExchangeFormatError(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}${name === 'cookie' ? '; ' : ', '}${value}` : value;
  }
  return { startLine: startLine.trim(), headers, body };
}

/** Undoes the transfer and content codings, in place on the headers. */
function decodeBody(raw: Buffer, headers: HeaderMap): Buffer {
  let body = raw;
  const transfer = (headers['transfer-encoding'] ?? '').toLowerCase();
  if (transfer.split(',').map((t) => t.trim()).includes('chunked')) {
    body = dechunk(raw);
    delete headers['transfer-encoding'];
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (!Number.isInteger(length) || length < 0) throw new ExchangeFormatError(`content-length ${JSON.stringify(headers['content-length'])} is not a number`);
    // An empty body with a length is a HEAD or 304 answer, which announce a body they never send.
    if (body.length > 0 && body.length < length) throw new ExchangeFormatError(`the body is cut short: ${body.length} of ${length} bytes recorded`);
    body = body.subarray(0, length);
  }
  const coding = (headers['content-encoding'] ?? '').toLowerCase().trim();
  if (coding && coding !== 'identity') {
    const decoded = decompress(body, coding);
    if (decoded) {
      body = decoded;
      delete headers['content-encoding'];
      delete headers['content-length'];
    }
  }
  return body;
}

function decompress(body: Buffer, coding: string): Buffer | undefined {
  try {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body);
      case 'deflate':
        // Servers disagree on whether "deflate" has the zlib wrapper; both are seen in the wild.
        return body[0] !== undefined && (body[0] & 0x0f) === 8 ? inflateSync(body) : inflateRawSync(body);
      case 'br':
        return brotliDecompressSync(body);
      default:
        return undefined;
    }
  } catch (error) {
    throw new ExchangeFormatError(`the ${coding} body cannot be decoded: ${(error as Error).message}`);
  }
}

/** Chunked transfer coding (RFC 9112 §7.1): `size[;ext]` CRLF data CRLF ... `0` CRLF trailers CRLF. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  // Each round consumes one chunk and moves `at` forward; a chunk of size 0 ends the body.
  while (at < raw.length) {
    const lineEnd = raw.indexOf('\n', at);
    if (lineEnd === -1) throw new ExchangeFormatError('chunked body: a chunk size line is cut short');
    const sizeText = raw.subarray(at, lineEnd).toString('latin1').replace(/\r$/, '').split(';')[0]!.trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw new ExchangeFormatError(`chunked body: ${JSON.stringify(sizeText.slice(0, 20))} is not a chunk size`);
    const size = Number.parseInt(sizeText, 16);
    const start = lineEnd + 1;
    if (size === 0) return Buffer.concat(parts);
    if (start + size > raw.length) throw new ExchangeFormatError(`chunked body: a chunk of ${size} bytes is cut short`);
    parts.push(raw.subarray(start, start + size));
    at = start + size;
    if (raw[at] === 13) at++;
    if (raw[at] === 10) at++;
  }
  throw new ExchangeFormatError('chunked body: the last chunk (size 0) is missing');
}
