import type { GateResults } from '../gate.js';
import { encodeMetadata, metadataOf } from '../review/metadata.js';
import { COMMENT_LIMIT, fitReport } from './fit-report.js';
import type { MarkdownOptions } from './markdown.js';

/**
 * The sticky comment: its marker, the report fitted in what is left of GitHub's limit, and last
 * the hidden metadata the next run reads (the fingerprint and the acceptance on record).
 */
export function commentBody(results: GateResults, options: MarkdownOptions, marker: string): string {
  const metadata = metadataOf(results.review);
  const hidden = metadata ? `\n${encodeMetadata(metadata)}\n` : '';
  const size = { ...COMMENT_LIMIT, limit: COMMENT_LIMIT.limit - COMMENT_LIMIT.measure(hidden) };
  return `${fitReport(results, options, size, `${marker}\n`)}${hidden}`;
}
