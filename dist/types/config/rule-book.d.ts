import { type CompareRules, type Severity } from '../compare/types.js';
import { type LatencyRule } from '../score/latency.js';
import { type RouteTemplate } from '../select/endpoint.js';
import { type SelectFilter, type SelectRules } from '../select/filter.js';
import { type CredentialNames, CredentialPolicy } from '../secrets/credential-policy.js';
import type { HeaderMap } from '../snapshot/types.js';
import { type ExpectEntry } from '../review/expectation.js';
import type { Expectation } from '../review/types.js';
/** Where the routes' requestHeaders take their values from. */
export type Environment = Readonly<Record<string, string | undefined>>;
/** The rules file as written (after validation against configSchema). */
export interface RuleBlock {
    ignore?: string[] | {
        paths?: string[];
        headers?: string[];
    };
    headers?: string[];
    unordered?: (string | {
        path: string;
        key?: string;
    })[];
    tolerance?: Record<string, number | string>;
    severity?: Record<string, Severity>;
}
export interface RulesFile extends RuleBlock {
    routes?: (RuleBlock & {
        match: string;
        source?: string;
        requestHeaders?: Record<string, string>;
    })[];
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
export declare const EMPTY_RULE_BOOK: RuleBook;
/**
 * Compiles a validated rules file. `env` gives the values of the routes' requestHeaders; an
 * unset variable or a contradiction the schema cannot see throws an Error whose message names
 * the place (parseRuleBook makes it a ConfigError).
 */
export declare function compileRuleBook(file: RulesFile, env?: Environment): RuleBook;
