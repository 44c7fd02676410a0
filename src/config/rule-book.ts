import { compilePathPattern } from '../compare/path-pattern.js';
import { type CompareRules, DEFAULT_RULES, type PathPattern, type Severity } from '../compare/types.js';
import { DEFAULT_LATENCY_RULE, type LatencyRule } from '../score/latency.js';
import { parseRouteTemplate, type RouteTemplate } from '../select/endpoint.js';
import { compileSelectFilter, type SelectFilter, type SelectRules } from '../select/filter.js';

/** The rules file as written (after validation against configSchema). */
export interface RuleBlock {
  ignore?: string[] | { paths?: string[]; headers?: string[] };
  headers?: string[];
  unordered?: (string | { path: string; key?: string })[];
  tolerance?: Record<string, number | string>;
  severity?: Record<string, Severity>;
}

export interface RulesFile extends RuleBlock {
  routes?: (RuleBlock & { match: string; source?: string })[];
  redact?: string[];
  latency?: Partial<LatencyRule>;
  select?: SelectRules;
}

/** The rules file compiled for the pipeline: route templates, and comparison rules per endpoint. */
export interface RuleBook {
  /** Configured route templates; they name endpoints before inference does. */
  routes: RouteTemplate[];
  rulesFor(endpoint: string): CompareRules;
  /** The file that serves an endpoint, when the config says (`source: path[:line]`). */
  sourceOf(endpoint: string): string | undefined;
  /** Redaction entries: JSON paths, header:name and query:name. */
  redact: string[];
  /** When a slower candidate is a regression, and whether it fails the gate. */
  latency: LatencyRule;
  /** The `select:` block: which recorded requests may be replayed; absent when it filters nothing. */
  select?: SelectFilter;
}

export const EMPTY_RULE_BOOK: RuleBook = {
  routes: [], rulesFor: () => DEFAULT_RULES, sourceOf: () => undefined, redact: [], latency: DEFAULT_LATENCY_RULE,
};

export function compileRuleBook(file: RulesFile): RuleBook {
  const global = compileBlock(file, DEFAULT_RULES);
  const select = compileSelectFilter(file.select ?? {});
  const byEndpoint = new Map<string, CompareRules>();
  const sources = new Map<string, string>();
  const routes: RouteTemplate[] = [];
  for (const route of file.routes ?? []) {
    const template = parseRouteTemplate(route.match)!;
    routes.push(template);
    byEndpoint.set(template.name, compileBlock(route, global));
    if (route.source) sources.set(template.name, route.source);
  }
  return {
    routes,
    rulesFor: (endpoint) => byEndpoint.get(endpoint) ?? global,
    sourceOf: (endpoint) => sources.get(endpoint),
    redact: file.redact ?? [],
    latency: { ...DEFAULT_LATENCY_RULE, ...file.latency },
    ...(select ? { select } : {}),
  };
}

/** A block's rules come before the inherited ones, so a route's own rule wins. */
function compileBlock(block: RuleBlock, inherited: CompareRules): CompareRules {
  const ignorePaths = Array.isArray(block.ignore) ? block.ignore : (block.ignore?.paths ?? []);
  const ignoreHeaders = Array.isArray(block.ignore) ? [] : (block.ignore?.headers ?? []);
  const pattern = (source: string): PathPattern => compilePathPattern(source);
  return {
    ignore: [...ignorePaths.map(pattern), ...ignoreHeaders.map((h) => pattern(`header:${h}`)), ...inherited.ignore],
    headers: [...new Set([...(block.headers ?? []).map((h) => h.toLowerCase()), ...inherited.headers])],
    unordered: [
      ...(block.unordered ?? []).map((u) => (typeof u === 'string' ? { pattern: pattern(u) } : { pattern: pattern(u.path), ...(u.key ? { key: u.key } : {}) })),
      ...inherited.unordered,
    ],
    tolerance: [
      ...Object.entries(block.tolerance ?? {}).map(([path, value]) =>
        typeof value === 'number' ? { pattern: pattern(path), absolute: value } : { pattern: pattern(path), relative: Number.parseFloat(value) / 100 }),
      ...inherited.tolerance,
    ],
    severity: [...Object.entries(block.severity ?? {}).map(([path, severity]) => ({ pattern: pattern(path), severity })), ...inherited.severity],
  };
}
