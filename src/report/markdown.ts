import type { Difference } from '../compare/types.js';
import type { GateResults } from '../gate.js';
import type { EndpointStats, PlaceStats } from '../score/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import { plural } from '../verdict/verdict.js';
import { curlCommand } from './curl.js';
import { codeBlock, escapeMarkdown, inlineCode } from './escape.js';

export interface MarkdownOptions {
  checkName: string;
  /** Headers the gate adds; only their names are ever shown. */
  secretHeaders: HeaderMap;
  /** Where the full report is, when it was uploaded. */
  reportUrl?: string;
  /** How many endpoints get a worked example. */
  examples?: number;
}

const ICON = { pass: '✅', fail: '❌', error: '⚠️' } as const;

/** The hidden marker that finds the gate's own sticky comment again. */
export function commentMarker(checkName: string): string {
  return `<!-- replay-gate:${checkName.replace(/-->/g, '')} -->`;
}

/** The report a reviewer reads: verdict first, endpoints by impact, then examples. */
export function renderMarkdown(results: GateResults, options: MarkdownOptions): string {
  const lines: string[] = [];
  lines.push(`## ${ICON[results.verdict]} ${escapeMarkdown(options.checkName)}: ${results.verdict}`, '');
  lines.push(`**${escapeMarkdown(results.reason)}**`, '');
  lines.push(overview(results), '');
  const shown = results.endpoints.filter((e) => e.requests > 0);
  if (shown.length > 0) lines.push(...endpointTable(shown), '');
  const worst = results.endpoints.filter((e) => e.example && (e.differing > 0 || e.info > 0)).slice(0, options.examples ?? 5);
  for (const endpoint of worst) lines.push(...exampleSection(endpoint, results.target, options.secretHeaders), '');
  const noisy = results.endpoints.flatMap((e) => e.noise.map((p) => ({ endpoint: e.endpoint, place: p })));
  if (noisy.length > 0) lines.push(...noiseSection(noisy), '');
  if (results.snapshot.decodeErrors > 0) lines.push(...decodeSection(results), '');
  if (options.reportUrl) lines.push(`[Full report](${options.reportUrl})`, '');
  return lines.join('\n').trimEnd() + '\n';
}

function overview(results: GateResults): string {
  const s = results.snapshot;
  const skipped = [
    s.skipped.method ? `${s.skipped.method} skipped by method` : '',
    s.skipped.budget ? `${s.skipped.budget} over the max-requests budget` : '',
    s.decodeErrors ? `${plural(s.decodeErrors, 'undecodable entry').replace(/entrys$/, 'entries')}` : '',
  ].filter(Boolean);
  return [
    `Replayed ${plural(results.totals.requests, 'request')} from ${inlineCode(s.name)} against ${inlineCode(results.target)}`,
    ` (${s.read} read${skipped.length ? `, ${skipped.join(', ')}` : ''}).`,
    results.totals.compared > 0 ? ` Score **${results.score}**/100.` : '',
  ].join('');
}

function endpointTable(endpoints: EndpointStats[]): string[] {
  const rows = endpoints.map((e) => {
    const mark = e.breaking > 0 ? '❌' : e.differing > 0 ? '⚠️' : '✅';
    return `| ${mark} ${cell(inlineCode(e.endpoint))} | ${e.requests} | ${e.differing} | ${e.breaking} | ${e.noiseCancelled} | ${cell(topPlace(e))} |`;
  });
  return [
    '| Endpoint | Requests | Differing | Breaking | Noise cancelled | Main change |',
    '|---|---:|---:|---:|---:|---|',
    ...rows,
  ];
}

/** GitHub ends a table cell at any unescaped pipe, even inside a code span. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function topPlace(endpoint: EndpointStats): string {
  const place = endpoint.places[0];
  if (!place) return '';
  return `${describeKind(place)} ${inlineCode(place.pattern)} (${place.counts.differed}/${endpoint.compared})`;
}

function describeKind(place: PlaceStats | Difference): string {
  const kind = 'counts' in place ? place.kind : place.kind;
  return {
    status: 'status changed', 'content-type': 'content type changed', header: 'header changed',
    format: 'body format changed', removed: 'field removed', added: 'field added', type: 'type changed',
    value: 'value changed', length: 'length changed', order: 'order changed', text: 'text changed',
    bytes: 'bytes changed', 'no-response': 'no response',
  }[kind];
}

function exampleSection(endpoint: EndpointStats, target: string, secretHeaders: HeaderMap): string[] {
  const example = endpoint.example!;
  const diff = example.differences.slice(0, 30).flatMap((d) => {
    const lines: string[] = [];
    if (d.expected !== undefined) lines.push(`- ${d.path}: ${d.expected}`);
    if (d.actual !== undefined) lines.push(`+ ${d.path}: ${d.actual}`);
    if (lines.length === 0) lines.push(`! ${d.path}: ${describeKind(d)}`);
    return lines;
  });
  const out = [
    `### ${inlineCode(endpoint.endpoint)}: ${endpoint.breaking} breaking, ${endpoint.changed} changed of ${endpoint.compared}`,
    '',
    `Example ${inlineCode(`${example.method} ${example.url}`)} (recorded ${inlineCode(example.id)}), recorded answer (-) vs candidate (+):`,
    '',
    codeBlock(diff.join('\n'), 'diff'),
    '',
    'Reproduce:',
    '',
    codeBlock(curlCommand(example, target, secretHeaders), 'sh'),
  ];
  if (example.excerpts) {
    out.push(
      '', '<details><summary>Responses</summary>', '',
      'Recorded:', '', codeBlock(example.excerpts.expected), '',
      'Candidate:', '', codeBlock(example.excerpts.actual), '',
      '</details>',
    );
  }
  return out;
}

function noiseSection(noisy: { endpoint: string; place: PlaceStats }[]): string[] {
  const rows = noisy.slice(0, 50).map(({ endpoint, place }) =>
    `| ${cell(inlineCode(endpoint))} | ${cell(inlineCode(place.pattern))} | ${place.counts.differed} | ${place.counts.varied} |`);
  return [
    `<details><summary>Noise cancelled: ${plural(noisy.length, 'place')} that vary on their own</summary>`,
    '',
    '| Endpoint | Place | Differed | Varied by itself |',
    '|---|---|---:|---:|',
    ...rows,
    '',
    '</details>',
  ];
}

function decodeSection(results: GateResults): string[] {
  const issues = results.snapshot.decodeIssues.slice(0, 10).map((i) => `- ${escapeMarkdown(`${i.position}: ${i.message}`)}`);
  return [`<details><summary>${plural(results.snapshot.decodeErrors, 'snapshot entry')} could not be decoded</summary>`, '', ...issues, '', '</details>'];
}
