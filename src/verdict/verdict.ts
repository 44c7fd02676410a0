import { describeSlowEndpoints } from '../score/latency.js';
import type { EndpointStats, Scoreboard } from '../score/types.js';

export type FailOn = 'breaking' | 'changed' | 'never';
export type VerdictName = 'pass' | 'fail' | 'error';

export interface Verdict {
  verdict: VerdictName;
  /** One line a reviewer reads first. */
  reason: string;
}

/** The gate's judgement. `error` means it could not judge: never a pass in disguise. */
export function decide(board: Scoreboard, failOn: FailOn): Verdict {
  const { totals } = board;
  if (totals.requests === 0) return { verdict: 'error', reason: 'cannot judge: no request was replayed (the selection was empty)' };
  if (totals.compared === 0) {
    return { verdict: 'error', reason: 'cannot judge: no replayed request had a recorded response to compare with' };
  }
  const offending = board.endpoints.filter((e) => (failOn === 'changed' ? e.differing > 0 : e.breaking > 0));
  const breakingSummary = `${totals.breaking} of ${totals.compared} requests changed in breaking ways`;
  if (failOn !== 'never' && offending.length > 0) {
    const what = failOn === 'changed' ? `${totals.differing} of ${totals.compared} requests changed` : breakingSummary;
    return { verdict: 'fail', reason: `${what}, on ${plural(offending.length, 'endpoint')}: ${names(offending)}` };
  }
  // Only when the rules file says `latency: {gate: true}` (see score/latency.ts for the rule).
  const slow = failOn === 'never' ? [] : board.endpoints.filter((e) => e.latency?.gated);
  if (slow.length > 0) return { verdict: 'fail', reason: `p95 latency regressed on ${plural(slow.length, 'endpoint')}: ${describeSlowEndpoints(slow)}` };
  const noise = totals.noiseCancelled > 0 ? `; ${plural(totals.noiseCancelled, 'request')} differed only in noise` : '';
  if (totals.differing > 0) {
    return {
      verdict: 'pass',
      reason: `${totals.differing} of ${totals.compared} requests changed (${totals.breaking} breaking), below fail-on: ${failOn}${noise}`,
    };
  }
  return {
    verdict: 'pass',
    reason: `no regression on ${plural(totals.compared, 'request')} across ${plural(totals.endpoints, 'endpoint')}${noise}`,
  };
}

function names(endpoints: EndpointStats[]): string {
  const shown = endpoints.slice(0, 3).map((e) => e.endpoint);
  return endpoints.length > 3 ? `${shown.join(', ')} and ${endpoints.length - 3} more` : shown.join(', ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
