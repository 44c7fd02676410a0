import picomatch from 'picomatch';
import { pathOf } from './endpoint.js';

/**
 * The `select:` block of the rules file: which recorded requests may be replayed at all, before
 * sampling. Globs (see compileGlob) match the path without its query, percent-decoded.
 */
export interface SelectRules {
  include?: string[];
  exclude?: string[];
  methods?: string[];
}

export type SelectDecision = 'keep' | 'excluded' | 'method';

export interface SelectFilter {
  (method: string, url: string): SelectDecision;
}

export function compileSelectFilter(rules: SelectRules): SelectFilter | undefined {
  const include = (rules.include ?? []).map(compileGlob);
  const exclude = (rules.exclude ?? []).map(compileGlob);
  const methods = rules.methods?.length ? new Set(rules.methods.map((m) => m.toUpperCase())) : undefined;
  if (include.length === 0 && exclude.length === 0 && !methods) return undefined;
  return (method, url) => {
    if (methods && !methods.has(method)) return 'method';
    // The recorder asks this of every request it sees: no globs, no path to decode.
    if (include.length === 0 && exclude.length === 0) return 'keep';
    const path = decodedPath(url);
    if (include.length > 0 && !include.some((glob) => glob(path))) return 'excluded';
    if (exclude.some((glob) => glob(path))) return 'excluded';
    return 'keep';
  };
}

/**
 * A path glob, with picomatch's syntax: `*`, `**`, `?`, braces (`/{posts,comments}/**`), classes
 * (`[0-9]`) and extglobs (`+(a|b)`). Dots are ordinary characters (`/.well-known/*`). A path always
 * starts with `/`: it is matched without it, so a leading `**` also matches no segment at all,
 * as a trailing one does (`/api/**` matches `/api`).
 */
export function compileGlob(glob: string): (path: string) => boolean {
  const options = { dot: true };
  const whole = picomatch(glob, options);
  const relative = glob.replace(/^\/+/, '');
  const below = relative ? picomatch(relative, options) : undefined;
  return (path) => {
    const rest = path.replace(/^\/+/, '');
    return rest && below ? below(rest) : whole(path);
  };
}

function decodedPath(url: string): string {
  const path = pathOf(url);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
