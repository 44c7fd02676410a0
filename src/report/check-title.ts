import type { GateResults } from '../gate.js';
import { plural } from '../verdict/verdict.js';
import { plainText } from './escape.js';
import { reviewTitle } from './review-title.js';

/** The check run's one line: verdict and counts, as the PR's checks list shows it. */
export function checkTitle(results: GateResults): string {
  const reviewed = reviewTitle(results);
  if (reviewed) return reviewed;
  const t = results.totals;
  if (results.verdict === 'error') return plainText(`error: ${results.reason}`, 200);
  const endpoints = t.endpointsDiffering > 0 ? ` on ${t.endpointsDiffering} of ${plural(t.endpoints, 'endpoint')}` : ` across ${plural(t.endpoints, 'endpoint')}`;
  const noise = t.noiseCancelled > 0 ? `, ${t.noiseCancelled} noise-cancelled` : '';
  return `${results.verdict}: ${t.breaking} breaking, ${t.differing} differing of ${plural(t.compared, 'request')}${endpoints}${noise}`;
}
