import { base64Body, capResponseBody } from './body.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import { reduceOrThrow } from './origin-relative.js';
import type { Exchange, HeaderMap, RecordedBody, RecordedResponse } from './types.js';

/**
 * One HAR 1.2 entry as an exchange. HAR has no ids, so the entry's position names it. A response
 * with status 0 (Chromium's mark for a request that got no answer: blocked, aborted, failed) is
 * no response; neither is one whose body the tool did not save (`content.size` > 0 but no
 * `content.text`), since comparing with an empty body would report a change that is not there.
 */
export function harEntryToExchange(value: unknown, id: string): Exchange {
  const entry = asObject(value, 'the entry');
  const request = asObject(entry.request, '"request"');
  const method = request.method;
  if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) throw new ExchangeFormatError('"request.method" must be an HTTP method');
  if (typeof request.url !== 'string' || request.url === '') throw new ExchangeFormatError('"request.url" is missing');
  const postData = request.postData === undefined || request.postData === null ? undefined : asObject(request.postData, '"request.postData"');
  const url = reduceOrThrow(request.url);
  const exchange: Exchange = {
    id,
    request: {
      method: method.toUpperCase(),
      url: url.path,
      ...(url.origin ? { origin: url.origin } : {}),
      headers: headersOf(request.headers, '"request.headers"'),
      body: typeof postData?.text === 'string' && postData.text !== '' ? postData.text : null,
    },
  };
  if (typeof entry.startedDateTime === 'string') exchange.recordedAt = entry.startedDateTime;
  const response = responseOf(entry.response, entry.time);
  if (response) exchange.response = response;
  return exchange;
}

function responseOf(value: unknown, time: unknown): RecordedResponse | undefined {
  if (value === undefined || value === null) return undefined;
  const response = asObject(value, '"response"');
  const status = response.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 599 || (status > 0 && status < 100)) {
    throw new ExchangeFormatError('"response.status" must be an HTTP status code (100-599), or 0 for none');
  }
  if (status === 0) return undefined;
  const body = contentBody(response.content);
  if (body === undefined) return undefined;
  const recorded: RecordedResponse = { status, headers: headersOf(response.headers, '"response.headers"'), body };
  if (typeof time === 'number' && time >= 0) recorded.durationMs = Math.round(time);
  return capResponseBody(recorded);
}

/** The body as saved, null when there is none, undefined when there was one but it was not saved. */
function contentBody(value: unknown): RecordedBody | undefined {
  if (value === undefined || value === null) return null;
  const content = asObject(value, '"response.content"');
  if (typeof content.text !== 'string') return typeof content.size === 'number' && content.size > 0 ? undefined : null;
  if (content.text === '') return null;
  if (content.encoding === 'base64') return base64Body(content.text, '"response.content.text"');
  if (content.encoding !== undefined && content.encoding !== null && content.encoding !== '') {
    throw new ExchangeFormatError(`"response.content.encoding" ${JSON.stringify(content.encoding)} is not supported (only base64)`);
  }
  return content.text;
}

/**
 * HAR headers are a list, names in any case, possibly repeated. HTTP/2 pseudo-headers
 * (`:authority`, `:path`) describe the connection, not the request, so they are left out.
 */
function headersOf(value: unknown, what: string): HeaderMap {
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) throw new ExchangeFormatError(`${what} must be a list of {name, value}`);
  const headers: HeaderMap = {};
  for (const [i, item] of value.entries()) {
    const header = asObject(item, `${what}[${i}]`);
    if (typeof header.name !== 'string' || typeof header.value !== 'string') {
      throw new ExchangeFormatError(`${what}[${i}] must have a string name and value`);
    }
    const name = header.name.toLowerCase();
    if (name.startsWith(':')) continue;
    const separator = name === 'cookie' ? '; ' : ', ';
    headers[name] = name in headers ? `${headers[name]}${separator}${header.value}` : header.value;
  }
  return headers;
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExchangeFormatError(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}
