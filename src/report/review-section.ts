import { appendAll } from '../append-all.js';
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
  const list = (lines: string[]) => lines.map((l) => `- ${l}`);
  if (r.fresh.length > 0) appendAll(out, ['### New since the acceptance', '', ...list(r.fresh), '']);
  if (r.gone.length > 0) appendAll(out, ['<details><summary>Accepted, no longer seen</summary>', '', ...list(r.gone), '', '</details>', '']);
  if (r.stale.length > 0) appendAll(out, ['### Stale expectations', '', ...list(r.stale), '']);
  return out;
}
