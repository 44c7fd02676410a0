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
import { causesOf } from '../score/causes.js';
import { classOf, rankByImpact } from '../score/rank.js';
import type { EndpointStats } from '../score/types.js';
import { appendAll } from '../append-all.js';
import { causeSection } from './cause-section.js';
import { pickExamples } from './pick-examples.js';
import { referenceOf } from './reference.js';
import { variantSection } from './variant-section.js';
import { reviewSection } from './review-section.js';

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
 * summary: verdict first, then the causes across endpoints, endpoints by impact, examples that
 * each show a cause not yet shown, query variants, slower responses, noise, drift and decode issues.
 */
export function renderMarkdown(results: GateResults, options: MarkdownOptions): string {
  const lines: string[] = [];
  lines.push(`## ${ICON[results.verdict]} ${escapeMarkdown(options.checkName)}: ${results.verdict}`, '');
  lines.push(`**${escapeMarkdown(clip(results.reason, 1000))}**`, '');
  lines.push(overview(results), '');
  appendAll(lines, reviewSection(results, options.configPath || '.github/replay-gate.yml'));
  const ranked = rankByImpact(results.endpoints.filter((e) => e.requests > 0));
  const causes = causesOf(ranked);
  if (causes.length > 0) appendAll(lines, causeSection(causes, results.review)).push('');
  if (results.verdict === 'pass') appendAll(lines, quietTable(ranked, options));
  else if (ranked.length > 0) appendAll(lines, endpointTable(ranked, options.rows, options.limitNote)).push('');

  const examples = Math.max(0, options.examples ?? DEFAULT_EXAMPLES);
  const picked = pickExamples(ranked, causes, Math.max(examples, DEFAULT_EXAMPLES));
  const context = { target: results.target, reproduction: options.reproduction, reference: referenceOf(results) };
  for (const { endpoint, example, shows } of picked.slice(0, examples)) appendAll(lines, exampleSection(endpoint, example, shows, context)).push('');
  const leftOut = Math.min(picked.length, DEFAULT_EXAMPLES) - examples;
  if (options.limitNote && leftOut > 0) {
    lines.push(`_${plural(leftOut, 'worked example')} left out to fit ${options.limitNote}; the full report has ${leftOut === 1 ? 'it' : 'them'}._`, '');
  }

  const slower = latencySection(ranked);
  const noisy = noisyPlaces(ranked);
  const drifted = driftedPlaces(ranked);
  const variants = variantSection(ranked);
  if (options.compact) {
    const parts = [
      variants.length > 0 ? 'query variants' : '',
      slower.length > 0 ? 'slower responses' : '',
      noisy.length > 0 ? `${plural(noisy.length, 'noisy place')} (with a rules snippet to ignore them)` : '',
      drifted.length > 0 ? plural(drifted.length, 'drifted place') : '',
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`_${parts.join(', ')} left out to fit ${options.limitNote ?? 'the size limit'}; the full report has them._`, '');
  } else {
    if (variants.length > 0) appendAll(lines, variants).push('');
    if (slower.length > 0) appendAll(lines, slower).push('');
    if (noisy.length > 0) appendAll(lines, noiseSection(noisy, options.configPath || '.github/replay-gate.yml')).push('');
    if (drifted.length > 0) appendAll(lines, driftSection(drifted)).push('');
  }
  if (results.snapshot.decodeErrors > 0) appendAll(lines, decodeSection(results)).push('');
  if (results.snapshot.skipped.unsendable) appendAll(lines, unsendableSection(results)).push('');
  if (options.reportUrl) lines.push(`[Full report](${safeUrl(options.reportUrl)}): every endpoint, side-by-side diffs, the JSON results.`, '');
  return lines.join('\n').trimEnd() + '\n';
}

/**
 * A pass says little: endpoints that changed (within what fail-on allows) stay in the table, the
 * clean ones are folded, and nothing is an empty section.
 */
function quietTable(ranked: readonly EndpointStats[], options: MarkdownOptions): string[] {
  const changed = ranked.filter((e) => classOf(e) !== 'clean');
  const clean = ranked.filter((e) => classOf(e) === 'clean');
  const out: string[] = [];
  if (changed.length > 0) appendAll(out, endpointTable(changed, options.rows, options.limitNote)).push('');
  const rows = Math.max(0, (options.rows ?? ranked.length) - changed.length);
  if (clean.length > 0) {
    out.push(`<details><summary>${plural(clean.length, 'clean endpoint')}</summary>`, '');
    appendAll(out, endpointTable(clean, rows, options.limitNote)).push('', '</details>', '');
  }
  return out;
}

function overview(results: GateResults): string {
  const s = results.snapshot;
  const reference = referenceOf(results);
  const skipped = [
    s.skipped.method ? `${s.skipped.method} skipped by method` : '',
    s.skipped.excluded ? `${s.skipped.excluded} excluded by the select paths` : '',
    s.skipped.budget ? `${s.skipped.budget} over the max-requests budget` : '',
    s.skipped.unsendable ? `${s.skipped.unsendable} that cannot be sent as recorded` : '',
    s.decodeErrors ? entries(s.decodeErrors, 'undecodable entry') : '',
  ].filter(Boolean);
  return [
    `Replayed ${plural(results.totals.requests, 'request')} from ${inlineCode(clip(s.name, 300))} against ${inlineCode(clip(results.target, 300))}`,
    `, compared with ${reference.url ? `the baseline ${inlineCode(clip(reference.url, 300))}` : 'the recording'}`,
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
