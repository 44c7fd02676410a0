import type { EndpointStats } from '../score/types.js';
import { clip, inlineCode } from './escape.js';

const MAX_ROWS = 20;
// An endpoint name comes from traffic: a huge one must not crowd the rest of the report out.
const NAME_CHARS = 200;

/**
 * Endpoints whose response times regressed (see score/latency.ts), one line each; nothing when
 * none did, so a report without a slowdown is unchanged by latency.
 */
export function latencySection(endpoints: readonly EndpointStats[]): string[] {
  const slow = endpoints.filter((e) => e.latency?.regression && e.latency.reference);
  if (slow.length === 0) return [];
  const lines = slow.slice(0, MAX_ROWS).map((e) => {
    const { candidate, reference, referenceKind, p95Ratio, gated } = e.latency!;
    const against = referenceKind === 'baseline' ? 'baseline' : 'recorded';
    return (
      `- ${inlineCode(clip(e.endpoint, NAME_CHARS)).replace(/\|/g, '\\|')}: p95 ${reference!.p95} → ${candidate.p95} ms` +
      `${p95Ratio !== undefined ? ` (${p95Ratio}×)` : ''}, p50 ${reference!.p50} → ${candidate.p50} ms, ` +
      `${candidate.samples} vs ${reference!.samples} ${against} samples${gated ? '' : ' (reported, not gated)'}`
    );
  });
  if (slow.length > MAX_ROWS) lines.push(`- … and ${slow.length - MAX_ROWS} more in the full report`);
  return ['### Slower responses', '', ...lines];
}
