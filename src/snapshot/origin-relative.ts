import { ExchangeFormatError } from './exchange-format-error.js';

/**
 * The one reading of a recorded URL, for every stage: the origin always comes from target-url,
 * so a URL keeps only its path and query. Decoders reject what is no HTTP URL; the replay stage
 * reads the same way, so a request can never be sent anywhere but below the target.
 */
export interface ReducedUrl {
  /** Path and query, starting with `/`; the fragment is dropped (clients never send it). */
  path: string;
  /** `scheme://host[:port]` when the URL named one: the deployment the recording came from. */
  origin?: string;
}

/**
 * `/p` stays; `http(s)://h/p?q` and protocol-relative `//h/p?q` keep `/p?q` and name their
 * origin; anything else (`p`, `mailto:x`, `javascript:…`, `ftp://…`) is no HTTP URL reference
 * with a path on a server, and reads as undefined.
 */
export function reduceUrl(url: string): ReducedUrl | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return { path: dropFragment(url) };
  const absolute = url.startsWith('//') ? `http:${url}` : url;
  if (!/^https?:\/\//i.test(absolute)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(absolute);
  } catch {
    return undefined;
  }
  const reduced: ReducedUrl = { path: `${parsed.pathname}${parsed.search}` };
  // A protocol-relative URL names a host but not the scheme it was served over.
  if (!url.startsWith('//')) reduced.origin = parsed.origin;
  return reduced;
}

/** The path and query of a recorded URL, or a one-line error saying what the URL must be. */
export function originRelative(url: string, what = '"request.url"'): string {
  return reduceOrThrow(url, what).path;
}

export function reduceOrThrow(url: string, what = '"request.url"'): ReducedUrl {
  const reduced = reduceUrl(url);
  if (reduced) return reduced;
  if (/^https?:/i.test(url)) throw new ExchangeFormatError(`${what} is not a valid URL: ${JSON.stringify(url.slice(0, 80))}`);
  throw new ExchangeFormatError(`${what} must start with / or http(s)://, got ${JSON.stringify(url.slice(0, 80))}`);
}

function dropFragment(path: string): string {
  const hash = path.indexOf('#');
  return hash === -1 ? path : path.slice(0, hash);
}
