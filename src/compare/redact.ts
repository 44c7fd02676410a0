import { childPath, compilePathPattern } from './path-pattern.js';
import { generalise } from './render.js';
import type { PathPattern } from './types.js';

export const REDACTED = '[redacted]';

/**
 * Removes the values the config's `redact` list names (JSON paths, `header:name`,
 * `query:name`) from everything that leaves the compare stage, so no report can show them.
 * Comparison itself still sees the real values: a redacted field that changes is still a change.
 */
export class Redactor {
  private readonly paths: PathPattern[] = [];
  private readonly headers = new Set<string>();
  private readonly queries = new Set<string>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      if (entry.startsWith('header:')) this.headers.add(entry.slice(7).trim().toLowerCase());
      else if (entry.startsWith('query:')) this.queries.add(entry.slice(6).trim());
      else this.paths.push(compilePathPattern(entry));
    }
  }

  get active(): boolean {
    return this.paths.length + this.headers.size + this.queries.size > 0;
  }

  isRedactedPath(path: string): boolean {
    const pattern = generalise(path);
    return this.paths.some((p) => p.test(pattern));
  }

  /** A copy of `value` (found at `path`) with every redacted place replaced. */
  json(value: unknown, path = '$'): unknown {
    if (this.paths.length === 0) return value;
    if (this.isRedactedPath(path)) return REDACTED;
    if (Array.isArray(value)) return value.map((item, i) => this.json(item, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.json(item, childPath(path, key))]));
    }
    return value;
  }

  headerMap(headers: Record<string, string>): Record<string, string> {
    if (this.headers.size === 0) return headers;
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, this.headers.has(name) ? REDACTED : value]));
  }

  isRedactedHeader(name: string): boolean {
    return this.headers.has(name.toLowerCase());
  }

  /** The URL with the values of redacted query parameters replaced. */
  url(url: string): string {
    if (this.queries.size === 0 || !url.includes('?')) return url;
    const [path, query] = [url.slice(0, url.indexOf('?')), url.slice(url.indexOf('?') + 1)];
    const parts = query.split('&').map((part) => {
      const name = decodeSafe(part.split('=')[0] ?? '');
      return this.queries.has(name) ? `${part.split('=')[0]}=${encodeURIComponent(REDACTED)}` : part;
    });
    return `${path}?${parts.join('&')}`;
  }
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
