import { compilePathPattern } from '../compare/path-pattern.js';
import type { EndpointStats, PlaceStats } from './types.js';
import { appendAll } from '../append-all.js';

/**
 * The places found to be noise, as a rules-file snippet ready to paste into
 * .github/replay-gate.yml: ignoring them up front documents them and spares the statistics from
 * finding them again. It goes into the JSON results and every report, so it must load as pasted.
 */

// A snippet someone pastes is read first: the noisiest routes, a handful of places each.
const SNIPPET_ROUTES = 30;
const SNIPPET_PATHS = 10;
const MAX_CHARS = 200;
// What the rules file accepts: a route template and places that `ignore` takes (see config/schema.ts).
const ROUTE = /^([A-Za-z]+|\*)\s+\/\S*$/;
const IGNORABLE = /^(\$|header:)/;

export interface NoisyPlace {
  endpoint: string;
  place: PlaceStats;
}

export function noisyPlaces(endpoints: readonly EndpointStats[]): NoisyPlace[] {
  return endpoints.flatMap((e) => e.noise.map((place) => ({ endpoint: e.endpoint, place })));
}

/** Undefined when nothing noisy can be ignored. */
export function suggestRules(endpoints: readonly EndpointStats[]): string | undefined {
  return ignoreSnippet(noisyPlaces(endpoints));
}

/** `routes: - match: … ignore: [...]` for every noisy place the rules file can ignore. */
export function ignoreSnippet(noisy: readonly NoisyPlace[]): string | undefined {
  const byRoute = new Map<string, string[]>();
  for (const { endpoint, place } of noisy) {
    if (!ROUTE.test(endpoint) || endpoint.length > MAX_CHARS || !pasteable(place.pattern)) continue;
    const list = byRoute.get(endpoint) ?? [];
    if (!list.includes(place.pattern) && list.length < SNIPPET_PATHS) list.push(place.pattern);
    byRoute.set(endpoint, list);
  }
  if (byRoute.size === 0) return undefined;
  const lines = ['routes:'];
  for (const [endpoint, paths] of [...byRoute].slice(0, SNIPPET_ROUTES)) {
    lines.push(`  - match: ${yamlString(endpoint)}`, '    ignore:');
    appendAll(lines, paths.map((p) => `      - ${yamlString(p)}`));
  }
  return lines.join('\n');
}

/** A place the rules file takes back: the snippet must load as it is pasted. */
function pasteable(pattern: string): boolean {
  if (!IGNORABLE.test(pattern) || pattern.length > MAX_CHARS) return false;
  try {
    compilePathPattern(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * A YAML double-quoted scalar: JSON's escapes are YAML's, and every character outside printable
 * ASCII is escaped too, since YAML reads some of them (NEL, line separators) as line breaks.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
