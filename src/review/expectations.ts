import type { GateResults } from '../gate.js';
import { type Cause, causesOf } from '../score/causes.js';
import { causeIdentityKey, fingerprintOf, unitsOf } from './fingerprint.js';
import { gates, judgeReview } from './judge.js';
import type { Expectation, Review, ReviewedUnit, StaleExpectation } from './types.js';

/**
 * The gate's own review of a judged run, before any reviewer: the causes' keys and the run's
 * fingerprint, the causes the rules file's `expect:` block names marked expected (they fail
 * nothing), the entries that match nothing as stale, and the verdict judged again on that.
 * A pure function of the results and the expectations, so a merged run reviews the same.
 */
export function reviewExpectations(
  results: GateResults,
  expectations: readonly Expectation[],
): Pick<GateResults, 'verdict' | 'reason' | 'causes' | 'fingerprint' | 'review'> {
  const causes: Cause[] = (results.causes ?? causesOf(results.endpoints)).map((cause) => ({ ...cause, key: causeIdentityKey(cause) }));
  const matched = new Set<number>();
  const units: ReviewedUnit[] = unitsOf(causes).map((unit) => {
    const reviewed: ReviewedUnit = { ...unit, state: 'open', gating: gates(unit.severity, results.failOn) };
    const expectation = expectations.find((e) => e.matches(unit));
    if (expectation) {
      matched.add(expectation.index);
      Object.assign(reviewed, { state: 'expected', expectation: expectation.index }, expectation.reason !== undefined ? { reason: expectation.reason } : {});
    }
    return reviewed;
  });
  const stale: StaleExpectation[] = expectations.filter((e) => !matched.has(e.index)).map(staleOf);
  const fingerprint = fingerprintOf(units.map((u) => u.key));
  const review: Review = { fingerprint, units, stale, judged: { verdict: results.verdict, reason: results.reason } };
  // A run that judged nothing has no causes to hold the expectations against: none is stale.
  if (results.verdict === 'error' && results.totals.compared === 0) review.stale = [];
  return { ...judgeReview(results, review), causes, fingerprint, review };
}

function staleOf(e: Expectation): StaleExpectation {
  const stale: StaleExpectation = { index: e.index, change: e.change };
  if (e.endpoint !== undefined) stale.endpoint = e.endpoint;
  if (e.place !== undefined) stale.place = e.place;
  if (e.reason !== undefined) stale.reason = e.reason;
  if (e.line !== undefined) stale.line = e.line;
  return stale;
}
