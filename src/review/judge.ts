import type { Severity } from '../compare/types.js';
import type { GateResults } from '../gate.js';
import { describeCause, type Ink } from '../report/describe-cause.js';
import { describeSlowEndpoints } from '../score/latency.js';
import { type FailOn, plural, type Verdict } from '../verdict/verdict.js';
import type { Review, ReviewedUnit } from './types.js';

// Reasons are plain text; every report escapes them where it shows them.
export const PLAIN_INK: Ink = { code: (text) => text, text: (text) => text };

const MAX_NAMED = 3;

/** Whether a change of this severity fails the gate under fail-on. */
export function gates(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return severity === 'breaking' || (failOn === 'changed' && severity === 'changed');
}

/**
 * The verdict once expectations and an acceptance are counted: a `fail` whose every gating cause
 * is expected or accepted passes (unless latency fails it too); `pass` and `error` stand, for a
 * preview that could not be judged is never accepted. A fail the causes do not explain (no gating
 * unit at all) stands as it was: the gate never passes on bookkeeping it cannot see.
 */
export function judgeReview(results: Pick<GateResults, 'verdict' | 'reason' | 'failOn' | 'endpoints'>, review: Review): Verdict {
  const judged = review.judged ?? { verdict: results.verdict, reason: results.reason };
  const expected = review.units.filter((u) => u.state === 'expected');
  const accepted = review.units.filter((u) => u.state === 'accepted');
  const uncovered = review.units.filter((u) => u.gating && (u.state === 'open' || u.state === 'new'));
  const covered = [
    expected.length > 0 ? `${plural(expected.length, 'cause')} expected by the rules file` : '',
    accepted.length > 0 && review.acceptance ? `${plural(accepted.length, 'cause')} accepted by @${review.acceptance.by}` : '',
  ].filter(Boolean).join(', ');
  if (judged.verdict !== 'fail' || !review.units.some((u) => u.gating)) {
    return { verdict: judged.verdict, reason: covered && judged.verdict !== 'error' ? `${judged.reason}; ${covered}` : judged.reason };
  }
  if (uncovered.length > 0) {
    const fresh = uncovered.filter((u) => u.state === 'new');
    if (review.acceptance && fresh.length > 0) {
      return { verdict: 'fail', reason: `${plural(fresh.length, 'new cause')} since the acceptance by @${review.acceptance.by}: ${named(fresh)}` };
    }
    return { verdict: 'fail', reason: covered ? `${judged.reason}; ${covered}, ${uncovered.length} not: ${named(uncovered)}` : judged.reason };
  }
  const slow = results.failOn === 'never' ? [] : results.endpoints.filter((e) => e.latency?.gated);
  if (slow.length > 0) return { verdict: 'fail', reason: `p95 latency regressed on ${plural(slow.length, 'endpoint')}: ${describeSlowEndpoints(slow)}; ${covered}` };
  if (review.acceptance && accepted.length > 0) {
    const also = expected.length > 0 ? `; ${plural(expected.length, 'cause')} expected by the rules file` : '';
    return { verdict: 'pass', reason: `accepted by @${review.acceptance.by}: ${plural(accepted.length, 'cause')} reviewed at ${review.acceptance.headSha.slice(0, 7)}${also}` };
  }
  return { verdict: 'pass', reason: `every change that would fail the gate is expected by the rules file: ${covered}` };
}

/** "status 200 → 500 on GET /x, field removed $.a on GET /y and 2 more". */
export function named(units: readonly ReviewedUnit[]): string {
  const shown = units.slice(0, MAX_NAMED).map((u) => `${describeCause(u, PLAIN_INK)} on ${u.endpoint}`);
  return units.length > MAX_NAMED ? `${shown.join(', ')} and ${units.length - MAX_NAMED} more` : shown.join(', ');
}
