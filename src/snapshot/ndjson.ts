import type { BodyDigest } from '../body/digest.js';
import { base64Body, capResponseBody } from './body.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import { reduceOrThrow } from './origin-relative.js';
import type { Exchange, HeaderMap, RecordedBody, RecordedRequest, RecordedResponse } from './types.js';

/** Decodes one canonical NDJSON line (design §3) into an exchange. */
export function parseExchangeLine(text: string, number: number): Exchange {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExchangeFormatError(`not JSON: ${(error as Error).message}`);
  }
  return toExchange(value, `line-${number}`);
}

export function toExchange(value: unknown, fallbackId: string): Exchange {
  const record = asObject(value, 'the line');
  const request = toRequest(asObject(record.request, '"request"'));
  const exchange: Exchange = { id: optionalString(record.id, '"id"') ?? fallbackId, request };
  const recordedAt = optionalString(record.recordedAt, '"recordedAt"');
  if (recordedAt !== undefined) exchange.recordedAt = recordedAt;
  if (record.response !== undefined && record.response !== null) {
    exchange.response = toResponse(asObject(record.response, '"response"'));
  }
  return exchange;
}

function toRequest(record: Record<string, unknown>): RecordedRequest {
  const method = optionalString(record.method, '"request.method"');
  if (!method || !/^[A-Za-z]+$/.test(method)) throw new ExchangeFormatError('"request.method" must be an HTTP method');
  const url = optionalString(record.url, '"request.url"');
  if (!url) throw new ExchangeFormatError('"request.url" is missing');
  const reduced = reduceOrThrow(url);
  const request: RecordedRequest = {
    method: method.toUpperCase(),
    url: reduced.path,
    headers: toHeaders(record.headers, '"request.headers"'),
    body: toBody(record.body, '"request.body"'),
  };
  if (reduced.origin) request.origin = reduced.origin;
  return request;
}

function toResponse(record: Record<string, unknown>): RecordedResponse {
  const status = record.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new ExchangeFormatError('"response.status" must be an HTTP status code (100-599)');
  }
  const response: RecordedResponse = {
    status,
    headers: toHeaders(record.headers, '"response.headers"'),
    body: toBody(record.body, '"response.body"'),
  };
  if (typeof record.durationMs === 'number') response.durationMs = record.durationMs;
  // What `replay-gate convert` writes for a body it kept only as a digest (past the body cap).
  if (record.bodyDigest !== undefined && record.bodyDigest !== null) {
    if (response.body !== null) throw new ExchangeFormatError('"response.bodyDigest" stands for a body: "response.body" must then be null');
    response.bodyDigest = toDigest(record.bodyDigest);
  }
  return capResponseBody(response);
}

function toDigest(value: unknown): BodyDigest {
  const record = asObject(value, '"response.bodyDigest"');
  const { bytes, sha256, partial } = record;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) throw new ExchangeFormatError('"response.bodyDigest.bytes" must be a whole number of bytes');
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw new ExchangeFormatError('"response.bodyDigest.sha256" must be 64 lower-case hex digits');
  if (partial !== undefined && partial !== true) throw new ExchangeFormatError('"response.bodyDigest.partial" must be true or absent');
  return partial ? { bytes, sha256, partial } : { bytes, sha256 };
}

function toHeaders(value: unknown, what: string): HeaderMap {
  if (value === undefined || value === null) return {};
  const record = asObject(value, what);
  const headers: HeaderMap = {};
  for (const [name, raw] of Object.entries(record)) {
    if (typeof raw === 'string') headers[name.toLowerCase()] = raw;
    else if (typeof raw === 'number') headers[name.toLowerCase()] = String(raw);
    else if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) headers[name.toLowerCase()] = raw.join(', ');
    else throw new ExchangeFormatError(`${what}.${name} must be a string`);
  }
  return headers;
}

function toBody(value: unknown, what: string): RecordedBody {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && typeof (value as { base64?: unknown }).base64 === 'string') {
    return base64Body((value as { base64: string }).base64, `${what}.base64`);
  }
  throw new ExchangeFormatError(`${what} must be a string, {"base64": "..."} or null`);
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ExchangeFormatError(`${what} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ExchangeFormatError(`${what} must be a string`);
  return value;
}
