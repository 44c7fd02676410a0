import type { RecordedRequest } from '../snapshot/types.js';

/**
 * The deployments' own addresses are no change: production linked to itself as
 * `https://api.example.com/posts?_page=2`, the preview links to itself as
 * `http://127.0.0.1:3000/posts?_page=2`. Inside strings (JSON values, compared header values)
 * every one of these bases reads as one placeholder before the strings are compared.
 */

const PLACEHOLDER = '\u0000origin';
// Recordings usually name their host without a scheme (the Host header): either may have served it.
const SCHEMES = ['https://', 'http://'];
// A base ends where a host name or port could not go on: `http://h:80` is no prefix of `http://h:8080`.
const BOUNDARY = '(?![A-Za-z0-9.:@_~-])';

export class OriginSet {
  private pattern?: RegExp;
  private readonly bases: string[];
  private readonly withRecorded = new Map<string, OriginSet>();

  /** `bases`: absolute URLs without query (a target URL with its base path counts as one). */
  constructor(bases: readonly string[]) {
    this.bases = [...new Set(bases.map(baseOf).filter((base): base is string => base !== undefined))];
  }

  /**
   * This set plus the origin the request was recorded at: where its URL was absolute, else the
   * scheme-less `host` it was sent with. Sets are shared between requests of one origin.
   */
  forRequest(request: RecordedRequest): OriginSet {
    const recorded = request.origin ? [request.origin] : hostOrigins(request.headers.host);
    if (recorded.length === 0) return this;
    const key = recorded.join(' ');
    let set = this.withRecorded.get(key);
    if (!set) {
      // Bounded: one per distinct recorded origin, and recordings hold few.
      if (this.withRecorded.size >= 64) return new OriginSet([...this.bases, ...recorded]);
      this.withRecorded.set(key, (set = new OriginSet([...this.bases, ...recorded])));
    }
    return set;
  }

  /** Whether two unequal strings are equal once every own base in them reads as one. */
  same(a: string, b: string): boolean {
    // Only a string holding an absolute URL can name an origin; most strings do not, cheaply.
    if (this.bases.length === 0 || (!a.includes('://') && !b.includes('://'))) return false;
    return this.normalise(a) === this.normalise(b);
  }

  normalise(text: string): string {
    if (!text.includes('://')) return text;
    this.pattern ??= new RegExp(
      // Longest first, so a target with a base path wins over its bare origin.
      `(?:${[...this.bases].sort((x, y) => y.length - x.length).map(escape).join('|')})${BOUNDARY}`,
      'gi',
    );
    return text.replace(this.pattern, PLACEHOLDER);
  }
}

/** `scheme://host[:port][/base/path]` of an absolute URL, without a trailing slash; undefined for no http(s) URL. */
function baseOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

function hostOrigins(host: string | undefined): string[] {
  // A Host header is a host and a port, nothing else; anything more is not trusted as one.
  if (!host || !/^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host)) return [];
  return SCHEMES.map((scheme) => `${scheme}${host}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
