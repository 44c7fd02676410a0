import type { GateResults } from '../gate.js';
import { named } from '../review/judge.js';
import { plural } from '../verdict/verdict.js';
import { plainText } from './escape.js';

/**
 * The check run's title when a review decided the verdict: "accepted by @user", or what is new
 * since the acceptance; undefined when the usual title says it (no acceptance on record).
 */
export function reviewTitle(results: GateResults): string | undefined {
  const review = results.review;
  if (!review?.acceptance || results.verdict === 'error') return undefined;
  const by = review.acceptance.by;
  if (results.verdict === 'pass') {
    const accepted = review.units.filter((u) => u.state === 'accepted').length;
    if (accepted === 0) return undefined;
    return plainText(`accepted by @${by}: ${plural(accepted, 'cause')} reviewed at ${review.acceptance.headSha.slice(0, 7)}`, 200);
  }
  const fresh = review.units.filter((u) => u.state === 'new' && u.gating);
  if (fresh.length === 0) return undefined;
  return plainText(`fail: ${plural(fresh.length, 'new cause')} since the acceptance by @${by}: ${named(fresh)}`, 200);
}
