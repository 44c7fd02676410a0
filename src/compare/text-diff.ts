import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import type { DifferenceCollector } from './json-diff.js';

/**
 * The most lines added plus removed that text bodies are diffed for. jsdiff's Myers diff costs
 * about the square of the edit distance: 20,000 changed lines take a minute, while past this
 * bound it gives up in well under a second, even on 10 MiB bodies (measured on jsdiff 9). A
 * count of the edit distance, not a time limit, so a comparison gives the same answer on any
 * machine; beyond it the bodies are too different for a line count to say more anyway.
 */
export const MAX_TEXT_EDITS = 1000;

export const TOO_MANY_EDITS = `more than ${MAX_TEXT_EDITS} lines changed: compared by line count and SHA-256`;

/** Text bodies by lines: how many were removed and added, or past MAX_TEXT_EDITS a summary of each side. */
export function diffText(a: string, b: string, out: DifferenceCollector): void {
  if (a === b) return;
  const parts = diffLines(a, b, { maxEditLength: MAX_TEXT_EDITS });
  if (!parts) {
    out.add('text', 'body', summary(a), `${summary(b)} (${TOO_MANY_EDITS})`);
    return;
  }
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.added) added += part.count ?? 0;
    if (part.removed) removed += part.count ?? 0;
  }
  out.add('text', 'body', `${removed} line(s) removed`, `${added} line(s) added`);
}

function summary(text: string): string {
  return `${lineCount(text)} lines, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 12)}…`;
}

function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return text.length > 0 && !text.endsWith('\n') ? count + 1 : count;
}
