import type { GateResults } from '../gate.js';
import { MARKDOWN_INK } from './cause-section.js';
import { reviewLines } from './review-lines.js';

/**
 * The review of the run in Markdown, read right after the verdict: what the acceptance label
 * did, what is new since the acceptance, which accepted causes are gone, and stale expectations.
 */
export function reviewSection(results: GateResults, configPath: string): string[] {
  if (!results.review) return [];
  const r = reviewLines(results.review, MARKDOWN_INK, configPath);
  const out: string[] = [];
  for (const note of r.notes) out.push(note, '');
  if (r.fresh.length > 0) out.push('### New since the acceptance', '', ...r.fresh.map((l) => `- ${l}`), '');
  if (r.gone.length > 0) out.push('<details><summary>Accepted, no longer seen</summary>', '', ...r.gone.map((l) => `- ${l}`), '', '</details>', '');
  if (r.stale.length > 0) out.push('### Stale expectations', '', ...r.stale.map((l) => `- ${l}`), '');
  return out;
}
