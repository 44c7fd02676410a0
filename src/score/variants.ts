/** Variants shown per endpoint; the rest are summed as one `other`. */
export const MAX_VARIANTS = 20;
const MAX_NAMES = 20;
const MAX_NAME_CHARS = 100;

/**
 * The set of query-parameter names of a path and query, sorted and deduplicated: `?b=1&a=2&a=3`
 * is `a,b`. Values never matter, and names are bounded in count and length (they come from traffic).
 */
export function queryNames(url: string): string[] {
  const q = url.indexOf('?');
  if (q === -1) return [];
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash === -1 ? undefined : hash);
  const names = new Set<string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    let name = eq === -1 ? part : part.slice(0, eq);
    try {
      name = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is a name as written.
    }
    names.add(name.slice(0, MAX_NAME_CHARS));
    if (names.size >= MAX_NAMES) break;
  }
  return [...names].sort();
}
