import { pathOf } from './endpoint.js';

/**
 * The `select:` block of the rules file: which recorded requests may be replayed at all, before
 * sampling. Globs match the path without its query, percent-decoded: `*` within one segment,
 * `**` across segments (also none: `/api/**` matches `/api` itself), `?` one character.
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
  const include = (rules.include ?? []).map(globToRegExp);
  const exclude = (rules.exclude ?? []).map(globToRegExp);
  const methods = rules.methods?.length ? new Set(rules.methods.map((m) => m.toUpperCase())) : undefined;
  if (include.length === 0 && exclude.length === 0 && !methods) return undefined;
  return (method, url) => {
    if (methods && !methods.has(method)) return 'method';
    const path = decodedPath(url);
    if (include.length > 0 && !include.some((glob) => glob.test(path))) return 'excluded';
    if (exclude.some((glob) => glob.test(path))) return 'excluded';
    return 'keep';
  };
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slashBefore = source.endsWith('/');
      const slashAfter = glob[i + 2] === '/';
      i++;
      if (slashBefore && (slashAfter || i + 1 === glob.length)) {
        // `/**/` and a trailing `/**` also match no segment at all.
        source = source.slice(0, -1);
        source += slashAfter ? '(?:/.*)?/' : '(?:/.*)?';
        if (slashAfter) i++;
      } else {
        source += '.*';
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function decodedPath(url: string): string {
  const path = pathOf(url);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
