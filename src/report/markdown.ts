import type { GateResults } from '../gate.js';
import { plural } from '../verdict/verdict.js';
import { driftedPlaces, driftSection } from './drift-section.js';
import { endpointTable } from './endpoint-table.js';
import type { Reproduction } from './curl.js';
import { clip, escapeMarkdown, inlineCode } from './escape.js';
import { exampleSection } from './example-section.js';
import { latencySection } from './latency-section.js';
import { noisyPlaces } from '../score/suggest.js';
import { noiseSection } from './noise-section.js';
import { rankByImpact } from '../score/rank.js';
import { appendAll } from '../append-all.js';

export interface MarkdownOptions {
  checkName: string;
  /** What the curl of an example sends: what the replay left out, and which headers it added (names only). */
  reproduction: Reproduction;
  /** Where the full report is: the uploaded artifact, else the workflow run. */
  reportUrl?: string;
  /** The rules file, named in the noise snippet. */
  configPath?: string;
  /** How many endpoints get a worked example. */
  examples?: number;
  /** How many endpoints the table lists; the rest are counted in one line. */
  rows?: number;
  /** Set when content was left out to fit a size limit: the limit's name, said where it happened. */
  limitNote?: string;
  /** Noise, drift and latency as one line each (the last resort before cutting text). */
  compact?: boolean;
}

export const DEFAULT_EXAMPLES = 5;

const ICON = { pass: '✅', fail: '❌', error: '⚠️' } as const;

/** The hidden marker that finds the gate's own sticky comment again. */
export function commentMarker(checkName: string): string {
  return `<!-- replay-gate:${checkName.replace(/-->/g, '')} -->`;
}

/**
 * The report a reviewer reads, the same for the PR comment, the check summary and the job
 * summary: verdict first, then endpoints by impact, examples, slower responses, noise, drift and
 * decode issues.
 */
export function renderMarkdown(results: GateResults, options: MarkdownOptions): string {
  const lines: string[] = [];
  lines.push(`## ${ICON[results.verdict]} ${escapeMarkdown(options.checkName)}: ${results.verdict}`, '');
  lines.push(`**${escapeMarkdown(clip(results.reason, 1000))}**`, '');
  lines.push(overview(results), '');
  const ranked = rankByImpact(results.endpoints.filter((e) => e.requests > 0));
  if (ranked.length > 0) appendAll(lines, endpointTable(ranked, options.rows, options.limitNote)).push('');

  const withExample = ranked.filter((e) => e.example && (e.differing > 0 || e.info > 0));
  const examples = Math.max(0, options.examples ?? DEFAULT_EXAMPLES);
  for (const endpoint of withExample.slice(0, examples)) appendAll(lines, exampleSection(endpoint, results.target, options.reproduction)).push('');
  const leftOut = Math.min(withExample.length, DEFAULT_EXAMPLES) - examples;
  if (options.limitNote && leftOut > 0) {
    lines.push(`_${plural(leftOut, 'worked example')} left out to fit ${options.limitNote}; the full report has ${leftOut === 1 ? 'it' : 'them'}._`, '');
  }

  const slower = latencySection(ranked);
  const noisy = noisyPlaces(ranked);
  const drifted = driftedPlaces(ranked);
  if (options.compact) {
    const parts = [
      slower.length > 0 ? 'slower responses' : '',
      noisy.length > 0 ? `${plural(noisy.length, 'noisy place')} (with a rules snippet to ignore them)` : '',
      drifted.length > 0 ? plural(drifted.length, 'drifted place') : '',
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`_${parts.join(', ')} left out to fit ${options.limitNote ?? 'the size limit'}; the full report has them._`, '');
  } else {
    if (slower.length > 0) appendAll(lines, slower).push('');
    if (noisy.length > 0) appendAll(lines, noiseSection(noisy, options.configPath || '.github/replay-gate.yml')).push('');
    if (drifted.length > 0) appendAll(lines, driftSection(drifted)).push('');
  }
  if (results.snapshot.decodeErrors > 0) appendAll(lines, decodeSection(results)).push('');
  if (results.snapshot.skipped.unsendable) appendAll(lines, unsendableSection(results)).push('');
  if (options.reportUrl) lines.push(`[Full report](${safeUrl(options.reportUrl)}): every endpoint, side-by-side diffs, the JSON results.`, '');
  return lines.join('\n').trimEnd() + '\n';
}

function overview(results: GateResults): string {
  const s = results.snapshot;
  const skipped = [
    s.skipped.method ? `${s.skipped.method} skipped by method` : '',
    s.skipped.excluded ? `${s.skipped.excluded} excluded by the select paths` : '',
    s.skipped.budget ? `${s.skipped.budget} over the max-requests budget` : '',
    s.skipped.unsendable ? `${s.skipped.unsendable} that cannot be sent as recorded` : '',
    s.decodeErrors ? entries(s.decodeErrors, 'undecodable entry') : '',
  ].filter(Boolean);
  return [
    `Replayed ${plural(results.totals.requests, 'request')} from ${inlineCode(clip(s.name, 300))} against ${inlineCode(clip(results.target, 300))}`,
    ` (${s.read} read${skipped.length ? `, ${skipped.join(', ')}` : ''}).`,
    results.totals.compared > 0 ? ` Score **${results.score}**/100.` : '',
  ].join('');
}

function decodeSection(results: GateResults): string[] {
  const issues = results.snapshot.decodeIssues.slice(0, 10).map((i) => `- ${escapeMarkdown(`${i.position}: ${i.message}`.slice(0, 300))}`);
  return [`<details><summary>${entries(results.snapshot.decodeErrors, 'snapshot entry')} could not be decoded</summary>`, '', ...issues, '', '</details>'];
}

/** Recorded requests the HTTP client would refuse: skipped, never a difference, but never silent. */
function unsendableSection(results: GateResults): string[] {
  const count = results.snapshot.skipped.unsendable ?? 0;
  const issues = (results.snapshot.unsendableIssues ?? []).slice(0, 10).map((i) => `- ${escapeMarkdown(`${i.position}: ${i.message}`.slice(0, 300))}`);
  return [`<details><summary>${plural(count, 'recorded request')} could not be sent as recorded (skipped, not compared)</summary>`, '', ...issues, '', '</details>'];
}

function entries(count: number, noun: string): string {
  return plural(count, noun).replace(/entrys$/, 'entries');
}

/** The report link is ours, but a stray `)` or space would still end the link early. */
function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
