import type { Answer, ObservedResponse, ReplayOutcome } from '../replay/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import { compareResponses } from './compare-responses.js';
import { liftBody } from './lift.js';
import type { CompareRules, Difference } from './types.js';

const EXCERPT_CHARS = 4000;

/** What one replayed request showed, small enough to keep for every request of a run. */
export interface RequestComparison {
  endpoint: string;
  id: string;
  method: string;
  url: string;
  requestHeaders: HeaderMap;
  /** `no-reference`: nothing recorded to compare with (the recording holds only the request). */
  outcome: 'compared' | 'no-reference';
  /** The reference (recorded answer) against the candidate's first answer. */
  differences: Difference[];
  /** Statistic keys (see statKey) of places that differed between the candidate's two answers. */
  selfVaried: string[];
  /** Bodies of both sides, trimmed, kept only when something differed. */
  excerpts?: { expected: string; actual: string };
}

/**
 * Differences are counted per place and per sort of change, so a timestamp that varies on its
 * own cannot hide the same field changing type. Added and removed are one sort: presence.
 */
export function statKey(difference: Difference): string {
  const sort = difference.kind === 'added' || difference.kind === 'removed' ? 'presence' : difference.kind;
  return `${difference.pattern} ${sort}`;
}

export function compareOutcome(outcome: ReplayOutcome, rules: CompareRules): RequestComparison {
  const { exchange, endpoint } = outcome.selected;
  const comparison: RequestComparison = {
    endpoint,
    id: exchange.id,
    method: exchange.request.method,
    url: exchange.request.url,
    requestHeaders: exchange.request.headers,
    outcome: outcome.recorded ? 'compared' : 'no-reference',
    differences: [],
    selfVaried: [],
  };
  const [first, second] = outcome.candidate;
  comparison.selfVaried = selfVariation(first, second, rules, comparison.method);
  if (!outcome.recorded) return comparison;
  if (!first.response) {
    comparison.differences = [
      { kind: 'no-response', path: 'response', pattern: 'response', severity: 'breaking', expected: String(outcome.recorded.status), actual: first.error },
    ];
    return comparison;
  }
  comparison.differences = compareResponses(outcome.recorded, first.response, rules, comparison.method).differences;
  if (comparison.differences.length > 0) {
    comparison.excerpts = { expected: excerpt(outcome.recorded), actual: excerpt(first.response) };
  }
  return comparison;
}

function selfVariation(first: Answer, second: Answer, rules: CompareRules, method: string): string[] {
  if (!first.response || !second.response) return [];
  const { differences } = compareResponses(first.response, second.response, rules, method);
  const keys = new Set<string>();
  for (const difference of differences) keys.add(statKey(difference));
  return [...keys];
}

/** A readable, bounded rendering of a response for examples: status line, then the body. */
export function excerpt(response: ObservedResponse): string {
  const lifted = liftBody(response);
  let body: string;
  switch (lifted.kind) {
    case 'json':
      body = JSON.stringify(lifted.value, null, 2) ?? '';
      break;
    case 'text':
    case 'invalid-json':
      body = lifted.text;
      break;
    case 'bytes':
      body = `(${lifted.bytes} bytes, sha256 ${lifted.sha256.slice(0, 16)}…)`;
      break;
    case 'empty':
      body = '(empty body)';
  }
  const head = `HTTP ${response.status} ${response.headers['content-type'] ?? ''}`.trim();
  const text = `${head}\n\n${body}`;
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}\n… (trimmed)` : text;
}
