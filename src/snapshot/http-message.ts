import { BodyReader, FramingError } from '../body/http-body.js';
import { ContentDecodingError, decodeContent, type DecodedContent } from '../body/content-coding.js';
import { digestOf, MAX_BODY_BYTES } from '../body/digest.js';
import { recordedBody } from './body.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import { originRelative } from './origin-relative.js';
import type { HeaderMap, RecordedRequest, RecordedResponse } from './types.js';

/**
 * Raw HTTP/1.x messages as a capture tool saw them on the wire (GoReplay writes them so).
 * Bodies are stored as the application sent them: chunked transfer coding is undone and the
 * content codings decoded (src/body/content-coding.ts, as the replay stage decodes answers)
 * before the comparison sees a body; the headers that described the wire form go with it.
 * Decoding stops at MAX_BODY_BYTES: a response past it keeps only its digest, a request keeps
 * its coded body and headers, and is replayed as the client sent it.
 */
export async function parseHttpRequest(bytes: Buffer): Promise<RecordedRequest> {
  const { startLine, headers, body } = splitMessage(bytes);
  const match = /^([A-Za-z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP request line: ${JSON.stringify(startLine.slice(0, 80))}`);
  const wire = unframed(body, headers);
  const content = await contentOf(wire, headers);
  if (content?.capped === false) {
    dropCodingHeaders(headers);
    return { method: match[1]!.toUpperCase(), url: originRelative(match[2]!), headers, body: recordedBody(content.bytes) };
  }
  return { method: match[1]!.toUpperCase(), url: originRelative(match[2]!), headers, body: recordedBody(wire) };
}

export async function parseHttpResponse(bytes: Buffer): Promise<RecordedResponse> {
  const { startLine, headers, body } = splitMessage(bytes);
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: .*)?$/.exec(startLine);
  if (!match) throw new ExchangeFormatError(`not an HTTP status line: ${JSON.stringify(startLine.slice(0, 80))}`);
  const status = Number(match[1]);
  if (status < 100 || status > 599) throw new ExchangeFormatError(`status ${status} is not an HTTP status code (100-599)`);
  const wire = unframed(body, headers);
  const content = await contentOf(wire, headers);
  if (content) dropCodingHeaders(headers);
  if (content?.capped) return { status, headers, body: null, bodyDigest: content.digest };
  const decoded = content?.bytes ?? wire;
  if (decoded.length > MAX_BODY_BYTES) return { status, headers, body: null, bodyDigest: digestOf(decoded) };
  return { status, headers, body: recordedBody(decoded) };
}

/** Undefined when there is no content coding this decoder knows: the body then stays as it came. */
async function contentOf(wire: Buffer, headers: HeaderMap): Promise<DecodedContent | undefined> {
  if (wire.length === 0) return undefined;
  try {
    return await decodeContent(wire, headers['content-encoding'], MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof ContentDecodingError) throw new ExchangeFormatError(error.message);
    throw error;
  }
}

function dropCodingHeaders(headers: HeaderMap): void {
  delete headers['content-encoding'];
  delete headers['content-length'];
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

/** Undoes the transfer coding (or applies content-length), in place on the headers. */
function unframed(raw: Buffer, headers: HeaderMap): Buffer {
  const transfer = (headers['transfer-encoding'] ?? '').toLowerCase();
  if (transfer.split(',').map((t) => t.trim()).includes('chunked')) {
    delete headers['transfer-encoding'];
    return dechunk(raw);
  }
  if (headers['content-length'] === undefined) return raw;
  const length = Number(headers['content-length']);
  if (!Number.isInteger(length) || length < 0) throw new ExchangeFormatError(`content-length ${JSON.stringify(headers['content-length'])} is not a number`);
  // An empty body with a length is a HEAD or 304 answer, which announce a body they never send.
  if (raw.length > 0 && raw.length < length) throw new ExchangeFormatError(`the body is cut short: ${raw.length} of ${length} bytes recorded`);
  return raw.subarray(0, length);
}

/** Chunked transfer coding, by the one chunked decoder (src/body/http-body.ts), the whole message at once. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  const reader = new BodyReader();
  reader.start('chunked', 0, (piece) => parts.push(piece));
  let end: number;
  try {
    end = reader.read(raw, 0);
  } catch (error) {
    if (error instanceof FramingError) throw new ExchangeFormatError(`chunked body: ${error.message}`);
    throw error;
  }
  // A capture may stop right after the last chunk: what the body holds is all there.
  if (end === -1 && !reader.lastChunkRead) throw new ExchangeFormatError('chunked body: cut short before its last chunk (size 0)');
  return Buffer.concat(parts);
}
