import { createHash } from 'node:crypto';
import { compilePathPattern } from '../compare/path-pattern.js';
import { type CompareRules, DEFAULT_RULES, type PathPattern, type Severity } from '../compare/types.js';
import { DEFAULT_LATENCY_RULE, type LatencyRule } from '../score/latency.js';
import { parseRouteTemplate, type RouteTemplate } from '../select/endpoint.js';
import { compileSelectFilter, type SelectFilter, type SelectRules } from '../select/filter.js';
import { type CredentialNames, CredentialPolicy, DEFAULT_CREDENTIAL_POLICY, isDefaultCredential, normalName } from '../secrets/credential-policy.js';
import type { HeaderMap } from '../snapshot/types.js';
import { whyUnsendable } from '../replay/sendable.js';
import { compileExpectation, type ExpectEntry } from '../review/expectation.js';
import type { Expectation } from '../review/types.js';

/** Where the routes' requestHeaders take their values from. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The rules file as written (after validation against configSchema). */
export interface RuleBlock {
  ignore?: string[] | { paths?: string[]; headers?: string[] };
  headers?: string[];
  unordered?: (string | { path: string; key?: string })[];
  tolerance?: Record<string, number | string>;
  severity?: Record<string, Severity>;
}

export interface RulesFile extends RuleBlock {
  routes?: (RuleBlock & { match: string; source?: string; requestHeaders?: Record<string, string> })[];
  credentials?: CredentialNames;
  redact?: string[];
  latency?: Partial<LatencyRule>;
  select?: SelectRules;
  expect?: ExpectEntry[];
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
  /** Which recorded headers and query parameters are credentials: never sent, never shown. */
  credentials: CredentialPolicy;
  /** A route's own requestHeaders, their values read from the environment: secrets. */
  requestHeaders(endpoint: string): HeaderMap;
  /** Every route's requestHeaders values, to mask wherever they appear. */
  requestHeaderValues: string[];
  /** When a slower candidate is a regression, and whether it fails the gate. */
  latency: LatencyRule;
  /** The `select:` block: which recorded requests may be replayed; absent when it filters nothing. */
  select?: SelectFilter;
  /** The `expect:` block: changes made on purpose (see review/expectations.ts). */
  expect: Expectation[];
  /**
   * SHA-256 of the rules file as parsed (the names of environment variables, never their values):
   * shards of one run must judge by the same rules. Absent for the defaults.
   */
  hash?: string;
}

export const EMPTY_RULE_BOOK: RuleBook = {
  routes: [], expect: [], rulesFor: () => DEFAULT_RULES, sourceOf: () => undefined, redact: [], latency: DEFAULT_LATENCY_RULE,
  credentials: DEFAULT_CREDENTIAL_POLICY, requestHeaders: () => ({}), requestHeaderValues: [],
};

/**
 * Compiles a validated rules file. `env` gives the values of the routes' requestHeaders; an
 * unset variable or a contradiction the schema cannot see throws an Error whose message names
 * the place (parseRuleBook makes it a ConfigError).
 */
export function compileRuleBook(file: RulesFile, env: Environment = {}): RuleBook {
  const global = compileBlock(file, DEFAULT_RULES);
  const select = compileSelectFilter(file.select ?? {});
  const byEndpoint = new Map<string, CompareRules>();
  const sources = new Map<string, string>();
  const requestHeaders = new Map<string, HeaderMap>();
  const routes: RouteTemplate[] = [];
  for (const [index, route] of (file.routes ?? []).entries()) {
    const template = parseRouteTemplate(route.match)!;
    routes.push(template);
    byEndpoint.set(template.name, compileBlock(route, global));
    if (route.source) sources.set(template.name, route.source);
    if (route.requestHeaders) requestHeaders.set(template.name, fromEnvironment(route.requestHeaders, `routes[${index}].requestHeaders`, env));
  }
  return {
    routes,
    rulesFor: (endpoint) => byEndpoint.get(endpoint) ?? global,
    sourceOf: (endpoint) => sources.get(endpoint),
    redact: file.redact ?? [],
    credentials: compileCredentials(file.credentials ?? {}),
    requestHeaders: (endpoint) => requestHeaders.get(endpoint) ?? {},
    requestHeaderValues: [...requestHeaders.values()].flatMap((headers) => Object.values(headers)),
    latency: { ...DEFAULT_LATENCY_RULE, ...file.latency },
    expect: (file.expect ?? []).map(compileExpectation),
    hash: createHash('sha256').update(JSON.stringify(file)).digest('hex'),
    ...(select ? { select } : {}),
  };
}

/** `{authorization: "$ADMIN_TOKEN"}` with the variables' values; never a value in a message. */
function fromEnvironment(headers: Record<string, string>, at: string, env: Environment): HeaderMap {
  const resolved: HeaderMap = {};
  for (const [name, reference] of Object.entries(headers)) {
    const variable = reference.replace(/^\$\{?|\}$/g, '');
    const value = env[variable];
    // An unset secret is an empty string on GitHub (`${{ secrets.MISSING }}`): sending an empty
    // authorization would only read as the preview refusing every request.
    if (!value) throw new Error(`${at}.${name}: environment variable ${variable} is not set (or is empty); set it in the step's env:`);
    resolved[name.toLowerCase()] = value;
  }
  // Said once here, naming the route, rather than as every one of its requests being unsendable.
  const unsendable = whyUnsendable({ method: 'GET', path: '/', headers: resolved });
  if (unsendable) throw new Error(`${at}: ${unsendable}`);
  return resolved;
}

/** `allow` lifts a default by its exact name; allowing a name nothing marks, or one the file adds, is a mistake to say. */
function compileCredentials(names: CredentialNames): CredentialPolicy {
  const added = new Set([...(names.headers ?? []), ...(names.query ?? [])].map(normalName));
  for (const [index, name] of (names.allow ?? []).entries()) {
    if (added.has(normalName(name))) throw new Error(`credentials.allow[${index}]: "${name}" is also listed as a credential in credentials.headers or credentials.query; keep it in one of them`);
    if (!isDefaultCredential(name)) throw new Error(`credentials.allow[${index}]: "${name}" is not a credential by default, so there is nothing to allow; allow lists only names the defaults take for credentials`);
  }
  return new CredentialPolicy(names);
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
