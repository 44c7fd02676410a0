import type { GateResults } from '../gate.js';
import { DEFAULT_EXAMPLES, type MarkdownOptions, renderMarkdown } from './markdown.js';
import { fitMarkdown, utf8Bytes } from './trim.js';

export interface SizeLimit {
  limit: number;
  measure: (text: string) => number;
  /** How the report names the limit when it leaves something out. */
  name: string;
}

// GitHub's limits: a comment body in characters, a check run summary in bytes, a step summary in bytes.
export const COMMENT_LIMIT: SizeLimit = { limit: 65_536, measure: (s) => s.length, name: 'GitHub’s 65,536-character comment limit' };
export const CHECK_SUMMARY_LIMIT: SizeLimit = { limit: 65_535, measure: utf8Bytes, name: 'GitHub’s 65,535-byte check summary limit' };
export const JOB_SUMMARY_LIMIT: SizeLimit = { limit: 1024 * 1024, measure: utf8Bytes, name: 'GitHub’s 1 MiB job summary limit' };

/**
 * The report within a size limit, losing the least useful part first: worked examples go one by
 * one (the last is the least bad), then table rows from the bottom (the least impact), then the
 * noise and drift tables, each time saying so where it happened. Only what still does not fit
 * is cut as text.
 * `prefix` (the comment's hidden marker) counts against the limit.
 */
export function fitReport(results: GateResults, options: MarkdownOptions, size: SizeLimit, prefix = ''): string {
  const fits = (text: string) => size.measure(text) <= size.limit;
  const render = (over: Partial<MarkdownOptions>) => `${prefix}${renderMarkdown(results, { ...options, ...over })}`;

  const full = render({});
  if (fits(full)) return full;
  const limited = { limitNote: size.name };
  for (let examples = Math.min(options.examples ?? DEFAULT_EXAMPLES, DEFAULT_EXAMPLES) - 1; examples >= 0; examples--) {
    const text = render({ ...limited, examples });
    if (fits(text)) return text;
  }
  // Then the rows of least impact, keeping as many as fit (by bisection: each render is linear);
  // noise and drift tables go only when not even the first row fits beside them.
  for (const compact of [false, true]) {
    const rows = mostRowsThatFit(results.endpoints.length, (n) => fits(render({ ...limited, examples: 0, rows: n, compact })));
    const text = render({ ...limited, examples: 0, rows, compact });
    if ((rows > 0 || compact || results.endpoints.length === 0) && fits(text)) return text;
  }
  return fitMarkdown(render({ ...limited, examples: 0, rows: 0, compact: true }), size.limit, size.measure);
}

function mostRowsThatFit(total: number, fits: (rows: number) => boolean): number {
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
