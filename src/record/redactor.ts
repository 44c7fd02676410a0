import { createHmac, randomBytes } from 'node:crypto';
import { childPath, compilePathPattern } from '../compare/path-pattern.js';
import type { PathPattern } from '../compare/types.js';
import { CredentialPolicy } from '../secrets/credential-policy.js';
import { queryParams, rewriteQuery } from '../secrets/query-string.js';
import type { Exchange, HeaderMap, RecordedBody } from '../snapshot/types.js';
import { KEYED_HASH_PREFIX } from '../secrets/keyed-hash.js';

/** What is redacted beyond the gate's credential policy, which always applies. */
export interface RedactRules {
  /** Header names, request and response. */
  headers: string[];
  /** Query parameter names. */
  query: string[];
  /** JSON paths in request and response bodies, the rules file's syntax (`$.user.email`, `$..token`). */
  json: string[];
}

/** The environment variable that holds the redaction key. */
export const KEY_VARIABLE = 'REPLAY_GATE_RECORD_KEY';

// Shorter values (`1`, `no`) would be found everywhere in a body, and guessing them is trivial anyway.
const MIN_ECHOED_VALUE = 6;
const MAX_JSON_DEPTH = 64;

/**
 * Replaces what must not be recorded by a keyed hash, `rg-hmac-<hex>`: HMAC-SHA256 under one key,
 * so two requests with the same token carry the same stand-in and the gate still compares them
 * equal, while the stand-in reveals nothing without the key. The credential policy is the gate's
 * own (src/secrets/credential-policy.ts), so what the gate would refuse to send or show is what
 * the recorder never writes. A redacted value a response echoes (a token in a body, a cookie in
 * a header) is replaced there too.
 */
export class Redactor {
  private readonly policy: CredentialPolicy;
  private readonly extraHeaders: ReadonlySet<string>;
  private readonly extraQuery: ReadonlySet<string>;
  private readonly paths: PathPattern[];

  constructor(rules: RedactRules, private readonly key: Buffer) {
    const headerPaths = rules.json.filter((p) => /^header:/i.test(p.trim())).map((p) => p.trim().slice(7).trim());
    this.policy = new CredentialPolicy({ headers: rules.headers, query: rules.query });
    this.extraHeaders = new Set([...rules.headers, ...headerPaths].map((h) => h.toLowerCase()));
    this.extraQuery = new Set(rules.query);
    this.paths = rules.json.filter((p) => !/^header:/i.test(p.trim())).map(compilePathPattern);
  }

  hash(value: string): string {
    return `${KEYED_HASH_PREFIX}${createHmac('sha256', this.key).update(value).digest('hex').slice(0, 32)}`;
  }

  /** The exchange with every redacted value replaced, in place; returns it. */
  redact(exchange: Exchange): Exchange {
    const seen = new Map<string, string>();
    const stand = (value: string): string => {
      const hashed = this.hash(value);
      if (value.length >= MIN_ECHOED_VALUE) seen.set(value, hashed);
      return hashed;
    };
    const request = exchange.request;
    // rewriteQuery names each parameter in order; its values, in the same order, come from queryParams.
    const values = queryParams(request.url);
    let at = 0;
    request.url = rewriteQuery(request.url, (name) => {
      while (at < values.length && values[at]!.name !== name) at++;
      const value = values[at++]?.value ?? '';
      return this.isQuery(name) ? stand(value) : undefined;
    });
    this.redactHeaders(request.headers, stand);
    request.body = this.redactJson(request.body, stand);
    const response = exchange.response;
    if (response) {
      this.redactHeaders(response.headers, stand);
      response.body = this.redactJson(response.body, stand);
    }
    if (seen.size > 0) scrubEchoes(exchange, seen);
    return exchange;
  }

  private isQuery(name: string): boolean {
    return this.policy.isCredentialQuery(name) || this.extraQuery.has(name);
  }

  private redactHeaders(headers: HeaderMap, stand: (value: string) => string): void {
    for (const [name, value] of Object.entries(headers)) {
      if (!this.policy.isCredentialHeader(name) && !this.extraHeaders.has(name)) continue;
      headers[name] = redactHeaderValue(name, value, stand);
    }
  }

  private redactJson(body: RecordedBody, stand: (value: string) => string): RecordedBody {
    if (this.paths.length === 0 || typeof body !== 'string' || !/^\s*[[{]/.test(body)) return body;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return body;
    }
    let changed = false;
    const walk = (node: unknown, path: string, depth: number): unknown => {
      if (path !== '$' && this.paths.some((p) => p.test(path))) {
        changed = true;
        return stand(typeof node === 'string' ? node : JSON.stringify(node));
      }
      if (depth >= MAX_JSON_DEPTH || typeof node !== 'object' || node === null) return node;
      if (Array.isArray(node)) return node.map((item) => walk(item, `${path}[*]`, depth + 1));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) out[key] = walk(item, childPath(path, key), depth + 1);
      return out;
    };
    const redacted = walk(value, '$', 0);
    return changed ? JSON.stringify(redacted) : body;
  }
}

/** Keeps what tells the gate the shape: an authorization's scheme, cookie names, set-cookie attributes. */
function redactHeaderValue(name: string, value: string, stand: (value: string) => string): string {
  if (name === 'authorization' || name === 'proxy-authorization') {
    const scheme = /^([A-Za-z][\w.+-]*)\s+(\S.*)$/.exec(value);
    return scheme ? `${scheme[1]} ${stand(scheme[2]!)}` : stand(value);
  }
  if (name === 'cookie') return value.split(/;\s*/).map((pair) => cookiePair(pair, stand)).join('; ');
  if (name === 'set-cookie') {
    // Joined by ", " when repeated; an Expires date has a comma too, so split only before `name=`.
    return value.split(/,\s*(?=[^;,=\s]+=)/).map((cookie) => {
      const [pair = '', ...attributes] = cookie.split(';');
      return [cookiePair(pair.trim(), stand), ...attributes].join(';');
    }).join(', ');
  }
  return stand(value);
}

function cookiePair(pair: string, stand: (value: string) => string): string {
  const equals = pair.indexOf('=');
  return equals > 0 ? `${pair.slice(0, equals)}=${stand(pair.slice(equals + 1))}` : stand(pair);
}

/** Every remaining copy of a redacted value, in any header, body or the URL, becomes its stand-in. */
function scrubEchoes(exchange: Exchange, seen: Map<string, string>): void {
  const scrub = (text: string): string => {
    let out = text;
    for (const [raw, hashed] of seen) if (out.includes(raw)) out = out.split(raw).join(hashed);
    return out;
  };
  const scrubHeaders = (headers: HeaderMap) => {
    for (const [name, value] of Object.entries(headers)) headers[name] = scrub(value);
  };
  exchange.request.url = scrub(exchange.request.url);
  scrubHeaders(exchange.request.headers);
  if (typeof exchange.request.body === 'string') exchange.request.body = scrub(exchange.request.body);
  if (exchange.response) {
    scrubHeaders(exchange.response.headers);
    if (typeof exchange.response.body === 'string') exchange.response.body = scrub(exchange.response.body);
  }
}

/**
 * The key from REPLAY_GATE_RECORD_KEY; without one, a random key for this process, with a warning:
 * stand-ins are then equal within one run only, so sessions from two runs compare credentials as
 * different. Never a fixed default key, which would make every stand-in guessable.
 */
export function redactionKey(env: NodeJS.ProcessEnv, warn: (line: string) => void): Buffer {
  const text = env[KEY_VARIABLE];
  if (text) {
    if (text.length < 16) throw new Error(`${KEY_VARIABLE} must be at least 16 characters (e.g. openssl rand -hex 32)`);
    return Buffer.from(text, 'utf8');
  }
  warn(`record: ${KEY_VARIABLE} is not set: redacted values are hashed with a random key for this process only, so they stay equal within this run but not across runs`);
  return randomBytes(32);
}
