import type { Review } from '../review/types.js';
import type { Cause } from '../score/causes.js';
import { plural } from '../verdict/verdict.js';
import { describeCause, describeReach, type Ink } from './describe-cause.js';
import { NAME_CHARS } from './endpoint-table.js';
import { clip, escapeMarkdown, inlineCode } from './escape.js';
import { causeMark } from './review-lines.js';

const MAX_CAUSES = 10;
const MAX_ENDPOINTS_NAMED = 5;
const MARK = { breaking: '❌', changed: '⚠️', info: 'ℹ️' } as const;

export const MARKDOWN_INK: Ink = { code: inlineCode, text: escapeMarkdown };

/**
 * The causes, worst first, each with its endpoints and how it stands after review (expected,
 * accepted, new): what a reviewer reads before any endpoint.
 */
export function causeSection(causes: readonly Cause[], review?: Review): string[] {
  if (causes.length === 0) return [];
  const lines = causes.slice(0, MAX_CAUSES).map((cause) => {
    const named = cause.endpoints.length > 1
      ? `: ${cause.endpoints.slice(0, MAX_ENDPOINTS_NAMED).map((e) => inlineCode(clip(e, NAME_CHARS))).join(', ')}${cause.endpoints.length > MAX_ENDPOINTS_NAMED ? ` and ${cause.endpoints.length - MAX_ENDPOINTS_NAMED} more` : ''}`
      : '';
    return `- ${MARK[cause.severity] ?? ''} ${describeCause(cause, MARKDOWN_INK)} ${describeReach(cause, MARKDOWN_INK)}${named}${causeMark(cause, review, MARKDOWN_INK)}`;
  });
  const more = causes.length > MAX_CAUSES ? [`- _${plural(causes.length - MAX_CAUSES, 'more cause')} in the full report_`] : [];
  const fingerprint = review ? ['', `_Fingerprint of these changes: ${inlineCode(review.fingerprint)} (what an acceptance is bound to)._`] : [];
  return ['### What changed', '', ...lines, ...more, ...fingerprint];
}
