import type { Difference } from '../compare/types.js';
import type { Cause } from '../score/causes.js';
import type { EndpointStats, ExampleRequest } from '../score/types.js';
import { MARKDOWN_INK } from './cause-section.js';
import { describeCause } from './describe-cause.js';
import type { ReferenceLabel } from './reference.js';
import { curlCommand, type Reproduction } from './curl.js';
import { describeKind } from './describe-kind.js';
import { NAME_CHARS } from './endpoint-table.js';
import { clip, codeBlock, inlineCode } from './escape.js';

// One example must never crowd out the rest: a reader needs the first lines, the report has all.
const MAX_DIFF_LINES = 30;
const MAX_VALUE_CHARS = 300;
const MAX_EXCERPT_LINES = 60;
const MAX_EXCERPT_CHARS = 3000;

export interface ExampleContext {
  target: string;
  reproduction: Reproduction;
  reference: ReferenceLabel;
}

/**
 * One worked example: the causes it is the first to show, the differences as a diff against the
 * named reference, a curl that reproduces it, both answers collapsed.
 */
export function exampleSection(endpoint: EndpointStats, example: ExampleRequest, shows: readonly Cause[], context: ExampleContext): string[] {
  const { target, reproduction, reference } = context;
  const out = [
    `### ${inlineCode(clip(endpoint.endpoint, NAME_CHARS))}: ${endpoint.breaking} breaking, ${endpoint.changed} changed of ${endpoint.compared}`,
    '',
  ];
  if (shows.length > 0) out.push(`Shows ${shows.slice(0, 3).map((c) => describeCause(c, MARKDOWN_INK)).join('; ')}${shows.length > 3 ? `; and ${shows.length - 3} more` : ''}.`, '');
  out.push(
    `Example ${inlineCode(clip(`${example.method} ${example.url}`, 500))} (recorded ${inlineCode(clip(example.id, 100))}), ${reference.diffLabel}:`,
    '',
    codeBlock(diffLines(example.differences).join('\n'), 'diff'),
    '',
    'Reproduce against the preview:',
    '',
    codeBlock(curlCommand(example, target, reproduction.credentials, reproduction.addedHeaders(endpoint.endpoint)), 'sh'),
  );
  if (example.excerpts) {
    out.push(
      '', '<details><summary>Both responses</summary>', '',
      `${reference.side === 'baseline' ? 'Baseline' : 'Recorded'}:`, '', codeBlock(bounded(example.excerpts.expected)), '',
      'Candidate:', '', codeBlock(bounded(example.excerpts.actual)), '',
      '</details>',
    );
  }
  return out;
}

/** `-` the reference's value, `+` the candidate's, `!` a change with no value to show. */
export function diffLines(differences: readonly Difference[]): string[] {
  const lines = differences.slice(0, MAX_DIFF_LINES).flatMap((d) => {
    const out: string[] = [];
    const path = oneLine(d.path);
    if (d.expected !== undefined) out.push(`- ${path}: ${oneLine(d.expected)}`);
    if (d.actual !== undefined) out.push(`+ ${path}: ${oneLine(d.actual)}`);
    if (out.length === 0) out.push(`! ${path}: ${describeKind(d.kind, d.pattern)}`);
    return out;
  });
  if (differences.length > MAX_DIFF_LINES) lines.push(`! … ${differences.length - MAX_DIFF_LINES} more differences in the full report`);
  return lines;
}

function oneLine(value: string): string {
  const flat = value.replace(/\r?\n|\r/g, '⏎');
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

function bounded(text: string): string {
  let kept = text.split('\n').slice(0, MAX_EXCERPT_LINES).join('\n');
  if (kept.length > MAX_EXCERPT_CHARS) kept = kept.slice(0, MAX_EXCERPT_CHARS).replace(/[\uD800-\uDBFF]$/, '');
  return kept.length < text.length ? `${kept}\n… (the full report has the rest)` : kept;
}
