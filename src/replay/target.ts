import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { Pool } from 'undici';
import { InputError } from '../errors.js';
import type { HeaderMap } from '../snapshot/types.js';
import { RateLimiter } from './rate-limiter.js';
import type { Answer, ObservedResponse, OutgoingRequest } from './types.js';

export interface TargetOptions {
  concurrency: number;
  /** Requests per second; 0 for no limit. */
  rateLimit: number;
  timeoutMs: number;
  /** Bodies over this are compared by length and hash only. */
  maxBodyBytes: number;
}

const decoders: Record<string, (input: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRYABLE = /ECONNREFUSED|ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/;

/**
 * One deployment under test. Every request goes to its origin through one keep-alive pool,
 * whatever the snapshot said; redirects are answers to compare, never followed.
 */
export class Target {
  readonly origin: string;
  readonly basePath: string;
  private readonly pool: Pool;
  private readonly limiter: RateLimiter;

  constructor(
    baseUrl: string,
    private readonly options: TargetOptions,
  ) {
    const url = parseBaseUrl(baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(this.origin, { connections: options.concurrency, keepAliveTimeout: 10_000 });
    this.limiter = new RateLimiter(options.rateLimit);
  }

  async send(request: OutgoingRequest): Promise<Answer> {
    let answer = await this.attempt(request);
    // A connection refused or reset before any answer is safe to try again for idempotent methods.
    if (answer.error && RETRYABLE.test(answer.error) && IDEMPOTENT.has(request.method)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await this.attempt(request);
    }
    return answer;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async attempt(request: OutgoingRequest): Promise<Answer> {
    await this.limiter.take();
    const started = performance.now();
    try {
      const response = await this.pool.request({
        method: request.method as 'GET',
        path: request.path,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
      const headers = headerMap(response.headers);
      const raw = await readCapped(response.body, this.options.maxBodyBytes);
      const observed: ObservedResponse = { status: response.statusCode, headers, body: raw.body };
      if (raw.digest) observed.bodyDigest = raw.digest;
      else observed.body = await decode(raw.body, headers['content-encoding']);
      observed.durationMs = Math.round(performance.now() - started);
      return { response: observed };
    } catch (error) {
      return { error: describeTransportError(error, this.options.timeoutMs) };
    }
  }
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InputError(`"${baseUrl}" is not a URL; give the base URL of the deployment, e.g. https://pr-42.preview.example.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`"${baseUrl}" must be an http:// or https:// URL`);
  }
  if (url.search || url.hash) throw new InputError(`"${baseUrl}" must not carry a query or fragment`);
  return url;
}

function headerMap(raw: Record<string, string | string[] | undefined>): HeaderMap {
  const headers: HeaderMap = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readCapped(
  body: AsyncIterable<Buffer>,
  cap: number,
): Promise<{ body: Buffer; digest?: { bytes: number; sha256: string } }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let hash: ReturnType<typeof createHash> | undefined;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (hash) {
      hash.update(chunk);
      continue;
    }
    chunks.push(chunk);
    if (bytes > cap) {
      hash = createHash('sha256');
      for (const kept of chunks) hash.update(kept);
    }
  }
  const whole = Buffer.concat(chunks);
  if (!hash) return { body: whole };
  return { body: whole.subarray(0, cap), digest: { bytes, sha256: hash.digest('hex') } };
}

async function decode(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  const name = encoding?.trim().toLowerCase();
  if (!name || name === 'identity' || body.length === 0) return body;
  const decoder = decoders[name];
  if (!decoder) return body;
  try {
    return await decoder(body);
  } catch {
    return body;
  }
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.code === 'UND_ERR_HEADERS_TIMEOUT' || err.code === 'UND_ERR_BODY_TIMEOUT') {
    return `no answer within ${timeoutMs} ms`;
  }
  const code = err.code ?? err.cause?.code;
  const message = (err.cause?.message ?? err.message ?? String(error)).split('\n')[0];
  return code && !message?.includes(code) ? `${code}: ${message}` : (message ?? 'request failed');
}
