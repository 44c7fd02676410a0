import { CredentialPolicy, DEFAULT_CREDENTIAL_POLICY, MASK } from '../secrets/credential-policy.js';
import { rewriteQuery } from '../secrets/query-string.js';
import { SecretMasker } from '../secrets/secret-masker.js';
import type { HeaderMap, RecordedBody, RecordedRequest } from '../snapshot/types.js';
import { childPath, compilePathPattern } from './path-pattern.js';
import { generalise } from './render.js';
import type { PathPattern } from './types.js';

export const REDACTED = '[redacted]';

/** A recorded request body as a report may show it: its text, or only its size. */
export type ShownBody = { text: string } | { bytes: number };

// Request bodies are shown whole or not at all (a cut body would not reproduce the request).
const MAX_SHOWN_BODY = 4096;

export interface RedactorOptions {
  /** Which recorded headers and query parameters are credentials: their values show as `***`. */
  credentials?: CredentialPolicy;
  /** Secret values masked wherever they appear in what is rendered (the `headers` input, route headers). */
  secrets?: SecretMasker;
}

const NO_SECRETS = new SecretMasker();

/**
 * Decides what of a request and its answers may leave the compare stage, so no report can show
 * more: the config's `redact` list (JSON paths, `header:name`, `query:name`) shown as
 * `[redacted]`, credentials by the credential policy shown as `***`, and secret values masked in
 * rendered values and excerpts before they are cut to length (so no prefix of one survives a cut).
 * Comparison itself still sees the real values: a redacted field that changes is still a change.
 */
export class Redactor {
  private readonly paths: readonly PathPattern[];
  private readonly headers: ReadonlySet<string>;
  private readonly queries: ReadonlySet<string>;
  readonly credentials: CredentialPolicy;
  readonly secrets: SecretMasker;

  /** From the `redact` entries, or from another Redactor, sharing its compiled entries. */
  constructor(entries: readonly string[] | Redactor, options: RedactorOptions = {}) {
    if (entries instanceof Redactor) {
      ({ paths: this.paths, headers: this.headers, queries: this.queries } = entries);
      this.credentials = options.credentials ?? entries.credentials;
      this.secrets = options.secrets ?? entries.secrets;
      return;
    }
    const paths: PathPattern[] = [];
    const headers = new Set<string>();
    const queries = new Set<string>();
    for (const entry of entries) {
      if (entry.startsWith('header:')) headers.add(entry.slice(7).trim().toLowerCase());
      else if (entry.startsWith('query:')) queries.add(entry.slice(6).trim());
      else paths.push(compilePathPattern(entry));
    }
    [this.paths, this.headers, this.queries] = [paths, headers, queries];
    this.credentials = options.credentials ?? DEFAULT_CREDENTIAL_POLICY;
    this.secrets = options.secrets ?? NO_SECRETS;
  }

  /**
   * The same redaction for one request: its own recorded credentials are masked too, wherever its
   * answers echo them. They are gathered only if something of the request is rendered.
   */
  forRequest(request: Pick<RecordedRequest, 'url' | 'headers'>): Redactor {
    return new Redactor(this, { secrets: this.secrets.with(() => this.credentials.recordedValues(request)) });
  }

  /** Whether the `redact` list is in force (then text bodies are not shown). */
  get active(): boolean {
    return this.paths.length + this.headers.size + this.queries.size > 0;
  }

  isRedactedPath(path: string): boolean {
    const pattern = generalise(path);
    return this.paths.some((p) => p.test(pattern));
  }

  /**
   * A copy of `value` (found at `path`) with every redacted place replaced. Secrets are masked
   * when it is written out (`text`, or renderValue's `mask`), not here: a large subtree is
   * rendered only as far as a report shows it.
   */
  json(value: unknown, path = '$'): unknown {
    if (this.paths.length === 0) return value;
    if (this.isRedactedPath(path)) return REDACTED;
    if (Array.isArray(value)) return value.map((item, i) => this.json(item, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.json(item, childPath(path, key))]));
    }
    return value;
  }

  /** Whether there are secrets to mask: without any, `text` changes nothing. */
  get masksText(): boolean {
    return !this.secrets.empty;
  }

  /** Text as it may be shown: secrets masked. Mask before cutting text to length (or use `prefix`). */
  text(text: string): string {
    return this.secrets.mask(text);
  }

  /** At most the first `max` characters of text as they may be shown, secrets masked whole. */
  prefix(text: string, max: number): { text: string; cut: boolean } {
    return this.secrets.maskPrefix(text, max);
  }

  /** Recorded request headers as they may be shown: credentials `***`, redacted ones `[redacted]`. */
  headerMap(headers: HeaderMap): HeaderMap {
    let shown: HeaderMap | undefined;
    for (const name in headers) {
      const masked = this.hiddenHeader(name);
      if (masked === undefined) continue;
      shown ??= { ...headers };
      shown[name] = masked;
    }
    return shown ?? headers;
  }

  /** One header's value as it may be shown, e.g. in a difference of a compared response header. */
  headerValue(name: string, value: string): string {
    return this.hiddenHeader(name) ?? this.secrets.mask(value);
  }

  private hiddenHeader(name: string): string | undefined {
    if (this.headers.has(name.toLowerCase())) return REDACTED;
    if (this.credentials.isCredentialHeader(name)) return MASK;
    return undefined;
  }

  /**
   * A recorded request body as it may be shown (the curl reproducer sends it): JSON with the
   * values of credential-looking keys `***` and redacted paths `[redacted]`; a form with its
   * credential fields `***`, as in a query; other text only while no `redact` rule is on, as for
   * response excerpts; binary or over 4 KiB, only its size.
   */
  requestBody(body: RecordedBody): ShownBody | undefined {
    if (body === null) return undefined;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.base64, 'base64');
    if (bytes.length === 0) return undefined;
    const text = bytes.toString('utf8');
    if (bytes.length > MAX_SHOWN_BODY || text.includes('\u0000') || text.includes('\uFFFD')) return { bytes: bytes.length };
    const json = parseJson(text);
    if (json !== undefined) return { text: this.text(JSON.stringify(this.json(this.maskCredentialKeys(json.value)))) };
    if (/^[^\s=&]+=[^\s]*$/.test(text)) return { text: this.text(this.url(`?${text}`).slice(1)) };
    return this.active ? { bytes: bytes.length } : { text: this.text(text) };
  }

  private maskCredentialKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.maskCredentialKeys(item));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) =>
      [key, this.credentials.isCredentialQuery(key) && (typeof item !== 'object' || item === null) ? MASK : this.maskCredentialKeys(item)]));
  }

  /** The URL with the values of credential query parameters `***` and of redacted ones `[redacted]`. */
  url(url: string): string {
    return rewriteQuery(url, (name) => {
      if (this.queries.has(name)) return REDACTED;
      return this.credentials.isCredentialQuery(name) ? MASK : undefined;
    });
  }
}

function parseJson(text: string): { value: unknown } | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
