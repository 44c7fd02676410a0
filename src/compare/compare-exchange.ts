import { describeDigest } from '../body/digest.js';
import type { Answer, ObservedResponse, ReplayOutcome } from '../replay/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import { compareResponses } from './compare-responses.js';
import { liftBody } from './lift.js';
import type { OriginSet } from './origins.js';
import { Redactor, type ShownBody } from './redact.js';
import type { CompareRules, Difference } from './types.js';

const EXCERPT_CHARS = 4000;
// Without a rules file's redact list, still: credentials by the default policy.
const DEFAULT_REDACTOR = new Redactor([]);

/** What one replayed request showed, small enough to keep for every request of a run. */
export interface RequestComparison {
  endpoint: string;
  id: string;
  method: string;
  /** Path and query, redacted; credential query values `***`. */
  url: string;
  /** As recorded, redacted; credential values `***`. */
  requestHeaders: HeaderMap;
  /** As recorded, as it may be shown (redact.ts requestBody); absent without a body. */
  requestBody?: ShownBody;
  /** `no-reference`: nothing to compare with (no recorded answer and no baseline answer). */
  outcome: 'compared' | 'no-reference';
  /** The reference (baseline, else the recording) against the candidate; confirmed when asked again. */
  differences: Difference[];
  /** Statistic keys (see statKey) of places that varied between two answers of the same side. */
  selfVaried: string[];
  /**
   * Whether the self side was asked twice whatever it answered (a calibration request, see
   * AdaptiveAsking): only such requests feed the noise test's paired counts. Absent means paired.
   */
  paired?: boolean;
  /** With a baseline: what differs from the recording but not from the baseline (environment or data drift). */
  drift: Difference[];
  latency: { candidateMs?: number; baselineMs?: number; recordedMs?: number };
  /** Both sides' bodies, trimmed and redacted, when something differed; made by materialise(). */
  excerpts?: { expected: string; actual: string };
  /**
   * Renders the values of the differences (and drift), and the excerpts, for reports. The scorer
   * calls it only for requests it keeps as examples: rendering every difference of every request
   * (and masking secrets in it) costs more than finding them.
   */
  materialise?: () => void;
}

export interface CompareContext {
  rules: CompareRules;
  redactor?: Redactor;
  /** The target's and the baseline's URLs: with the recording's origin, one origin inside strings. */
  origins?: OriginSet;
}

/**
 * Differences are counted per place and per sort of change, so a timestamp that varies on its
 * own cannot hide the same field changing type. Added and removed are one sort: presence.
 */
export function statKey(difference: Difference): string {
  const sort = difference.kind === 'added' || difference.kind === 'removed' ? 'presence' : difference.kind;
  return `${difference.pattern} ${sort}`;
}

/**
 * The side the candidate is judged against: the baseline's first answer, else the recording
 * (also when the baseline was not asked: the candidate answered as production did).
 */
function reference(outcome: ReplayOutcome): ObservedResponse | undefined {
  return outcome.baseline?.length ? outcome.baseline[0]!.response : outcome.recorded;
}

/** Two answers of the same side: the baseline's pair, else the candidate's. */
function selfPair(outcome: ReplayOutcome): [Answer | undefined, Answer | undefined] {
  return outcome.baseline?.length ? [outcome.baseline[0], outcome.baseline[1]] : [outcome.candidate[0], outcome.candidate[1]];
}

/**
 * Whether the first answers show a difference that this request's own variation (nor, when
 * given, `knownToVary`: places seen varying on other requests) does not explain; only then is
 * each side asked once more (flake confirmation).
 */
export function differsAtFirstLook(outcome: ReplayOutcome, context: CompareContext, knownToVary?: ReadonlySet<string>): boolean {
  const look = firstLook(outcome, context);
  if (!look.found || look.found.differences.length === 0) return false;
  const varied = new Set(look.selfVaried);
  return look.found.differences.some((d) => !varied.has(statKey(d)) && !knownToVary?.has(statKey(d)));
}

/**
 * Asked before the baseline is (see AskingPlan.needsBaseline): whether the candidate's first
 * answer shows no difference at all from the recording.
 */
export function matchesRecording(outcome: ReplayOutcome, context: CompareContext): boolean {
  if (!outcome.recorded || outcome.baseline?.length) return false;
  const look = firstLook(outcome, context);
  const matches = look.found !== undefined && look.found.differences.length === 0;
  // A baseline will be asked, and becomes the reference: this look compared against the recording.
  if (!matches) firstLooks.delete(outcome);
  return matches;
}

interface FirstLook {
  /** What of this request may be shown: the run's redaction, plus this request's own recorded credentials. */
  redactor: Redactor;
  /** The deployments' own origins, this request's recorded one included. */
  origins?: OriginSet;
  /** Reference against the candidate's first answer, values not yet rendered. */
  found?: ReturnType<typeof compareResponses>;
  selfVaried: string[];
}

// The replay stage asks differsAtFirstLook before compareOutcome sees the same outcome: the
// comparisons made for the first are kept for the second rather than made twice.
const firstLooks = new WeakMap<ReplayOutcome, FirstLook>();

function firstLook(outcome: ReplayOutcome, context: CompareContext): FirstLook {
  let look = firstLooks.get(outcome);
  if (look) return look;
  const { request } = outcome.selected.exchange;
  const redactor = (context.redactor ?? DEFAULT_REDACTOR).forRequest(request);
  const origins = context.origins?.forRequest(request);
  look = { redactor, selfVaried: keysBetween(selfPair(outcome), context, request.method, origins) };
  if (origins) look.origins = origins;
  const expected = reference(outcome);
  const actual = outcome.candidate[0]?.response;
  if (expected && actual) look.found = compareResponses(expected, actual, context.rules, request.method, redactor, false, origins);
  firstLooks.set(outcome, look);
  return look;
}

export function compareOutcome(outcome: ReplayOutcome, context: CompareContext): RequestComparison {
  const { exchange, endpoint } = outcome.selected;
  const method = exchange.request.method;
  const look = firstLook(outcome, context);
  const { redactor } = look;
  const comparison: RequestComparison = {
    endpoint,
    id: exchange.id,
    method,
    url: redactor.url(exchange.request.url),
    requestHeaders: redactor.headerMap(exchange.request.headers),
    outcome: 'compared',
    differences: [],
    selfVaried: look.selfVaried,
    paired: outcome.paired ?? true,
    drift: [],
    latency: latencyOf(outcome),
  };
  const requestBody = redactor.requestBody(exchange.request.body);
  if (requestBody) comparison.requestBody = requestBody;
  const expected = reference(outcome);
  if (!expected) {
    comparison.outcome = 'no-reference';
    return comparison;
  }
  const first = outcome.candidate[0];
  if (!first?.response) {
    comparison.differences = [
      { kind: 'no-response', path: 'response', pattern: 'response', severity: 'breaking', expected: String(expected.status), actual: first?.error ?? 'no answer' },
    ];
    return comparison;
  }
  const found = look.found!;
  let differences = found.differences;

  // A difference counts only if it shows again when both sides are asked once more; one that
  // does not is this request's own variation.
  const again = outcome.confirmation;
  const expectedAgain = outcome.baseline?.length ? again?.baseline?.response : expected;
  if (again?.candidate.response && expectedAgain && differences.length > 0) {
    const repeated = new Set(compareResponses(expectedAgain, again.candidate.response, context.rules, method, undefined, false, look.origins).differences.map(statKey));
    const flaky = differences.filter((d) => !repeated.has(statKey(d)));
    differences = differences.filter((d) => repeated.has(statKey(d)));
    comparison.selfVaried = [...new Set([...comparison.selfVaried, ...flaky.map(statKey)])];
  }
  let materialiseDrift = () => {};
  if (outcome.baseline?.length && outcome.recorded) {
    const againstBaseline = new Set(differences.map(statKey));
    const drift = compareResponses(outcome.recorded, first.response, context.rules, method, redactor, false, look.origins);
    comparison.drift = drift.differences.filter((d) => !againstBaseline.has(statKey(d)));
    materialiseDrift = drift.materialise;
  }
  if (differences.length > 0 || comparison.drift.length > 0) {
    comparison.materialise = () => {
      found.materialise();
      materialiseDrift();
      if (differences.length > 0) comparison.excerpts = { expected: excerpt(expected, redactor), actual: excerpt(first.response, redactor) };
      // Once rendered, the answers' bodies need not be held any longer.
      delete comparison.materialise;
    };
  }
  comparison.differences = differences;
  return comparison;
}

function keysBetween([a, b]: [Answer | undefined, Answer | undefined], context: CompareContext, method: string, origins: OriginSet | undefined): string[] {
  if (!a?.response || !b?.response) return [];
  const { differences } = compareResponses(a.response, b.response, context.rules, method, undefined, false, origins);
  return [...new Set(differences.map(statKey))];
}

function latencyOf(outcome: ReplayOutcome): RequestComparison['latency'] {
  const latency: RequestComparison['latency'] = {};
  const candidateMs = outcome.candidate[0]?.response?.durationMs;
  const baselineMs = outcome.baseline?.[0]?.response?.durationMs;
  if (candidateMs !== undefined) latency.candidateMs = candidateMs;
  if (baselineMs !== undefined) latency.baselineMs = baselineMs;
  if (outcome.recorded?.durationMs !== undefined) latency.recordedMs = outcome.recorded.durationMs;
  return latency;
}

/** A readable, bounded rendering of a response for examples: status line, then the body. */
export function excerpt(response: ObservedResponse, redactor: Redactor = DEFAULT_REDACTOR): string {
  const lifted = liftBody(response);
  let body: string;
  switch (lifted.kind) {
    case 'json':
      body = JSON.stringify(redactor.json(lifted.value), null, 2) ?? '';
      break;
    case 'text':
    case 'invalid-json':
      // Paths cannot reach into text; with redaction on, a text body is not shown at all.
      body = redactor.active ? `(${lifted.text.length} characters of text, hidden: redaction is on)` : lifted.text;
      break;
    case 'bytes':
      body = `(${describeDigest(lifted)}${lifted.note ? `; ${lifted.note}` : ''})`;
      break;
    case 'empty':
      body = '(empty body)';
  }
  const head = `HTTP ${response.status} ${response.headers['content-type'] ?? ''}`.trim();
  // Secrets are masked as the text is cut, so none is left half shown at the cut.
  const shown = redactor.prefix(`${head}\n\n${body}`, EXCERPT_CHARS);
  return shown.cut ? `${shown.text}\n… (trimmed)` : shown.text;
}
