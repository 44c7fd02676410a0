import type { GateResults } from '../gate.js';
import type { EndpointStats } from '../score/types.js';
import { plural } from '../verdict/verdict.js';
import type { Reproduction } from './curl.js';
import { describeKind } from './describe-kind.js';
import { driftedPlaces } from './drift-section.js';
import { escapeHtml as h } from './escape.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { endpointArticle, searchTextOf } from './html-endpoint.js';
import { ignoreSnippet, noisyPlaces } from '../score/suggest.js';
import { classOf, type EndpointClass, rankByImpact } from '../score/rank.js';
import { type Cause, causesOf, fromTo } from '../score/causes.js';
import { describeCause, describeReach, type Ink } from './describe-cause.js';
import { causeMark, reviewLines } from './review-lines.js';
import type { Review } from '../review/types.js';
import { referenceOf } from './reference.js';

export interface HtmlReportOptions {
  checkName: string;
  /** What the curl of an example sends: what the replay left out, and which headers it added (names only). */
  reproduction: Reproduction;
  configPath?: string;
  /** The workflow run, linked from the page (a link, never a fetch). */
  runUrl?: string;
}

// The page must open quickly with thousands of endpoints: side-by-side diffs for the worst ones,
// both answers as text for the next, and past those the differences alone.
const SIDE_BY_SIDE_ENDPOINTS = 100;
const EXCERPT_ENDPOINTS = 1000;
const CLASSES: EndpointClass[] = ['breaking', 'changed', 'info', 'noise', 'clean'];
// Nothing may be fetched: the page is opened from a downloaded artifact and holds untrusted text.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The full report as one self-contained HTML file: every endpoint with filters by class and a
 * text search, per endpoint its real differences, an example side by side, noise and drift.
 * Every string from the results is escaped; the page loads nothing from anywhere.
 */
export function renderHtmlReport(results: GateResults, options: HtmlReportOptions): string {
  const ranked = rankByImpact(results.endpoints);
  const counts = new Map<EndpointClass, number>(CLASSES.map((c) => [c, 0]));
  for (const e of ranked) counts.set(classOf(e), counts.get(classOf(e))! + 1);
  const detailed = ranked.map((e, i) => ({ e, id: `ep-${i}` })).filter(({ e }) => e.places.length + e.noise.length > 0 || e.example || (e.drift?.length ?? 0) > 0);
  const articles = detailed.map(({ e, id }, i) =>
    endpointArticle(e, id, {
      target: results.target, reproduction: options.reproduction, reference: referenceOf(results),
      excerpts: i < SIDE_BY_SIDE_ENDPOINTS ? 'side-by-side' : i < EXCERPT_ENDPOINTS ? 'plain' : 'none',
    }));
  const withDetails = new Set(detailed.map(({ id }) => id));

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(`${options.checkName}: ${results.verdict}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${verdictHeader(results, options)}
${reviewBlock(results, options.configPath)}${causeList(causesOf(ranked), results.review)}
<nav class="filters" aria-label="Filter endpoints">
${CLASSES.map((c) => `<label><input type="checkbox" name="class" value="${c}" checked> <span class="badge ${c}">${c}</span> ${counts.get(c)}</label>`).join('\n')}
<input type="search" id="search" placeholder="Search endpoints and changed places" aria-label="Search endpoints">
<output><span id="shown">${ranked.length}</span> of ${plural(ranked.length, 'endpoint')} shown</output>
</nav>
<table id="endpoints">
<thead><tr><th>Class</th><th>Endpoint</th><th class="n">Requests</th><th class="n">Differing</th><th class="n">Breaking</th><th class="n">Noise cancelled</th><th>Main change</th></tr></thead>
<tbody>
${ranked.map((e, i) => endpointRow(e, `ep-${i}`, withDetails.has(`ep-${i}`))).join('\n')}
</tbody>
</table>
<p id="no-match" class="empty" hidden>No endpoint matches the filters.</p>
<section id="details">
${articles.join('\n')}
</section>
${noiseSummary(results, options)}
${driftSummary(results)}
${decodeIssues(results)}
${unsendableIssues(results)}
<footer>${h(options.checkName)} · ${h(results.startedAt)} – ${h(results.finishedAt)}${options.runUrl ? ` · <a href="${h(options.runUrl)}" rel="noreferrer">workflow run</a>` : ''}</footer>
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function verdictHeader(results: GateResults, options: HtmlReportOptions): string {
  const t = results.totals;
  const s = results.snapshot;
  // A word, not an emoji: the page is read on machines without an emoji font too.
  const word = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' }[results.verdict];
  const totals: [number, string][] = [
    [t.requests, 'requests replayed'], [t.compared, 'compared'], [t.differing, 'differing'], [t.breaking, 'breaking'],
    [t.changed, 'changed'], [t.info, 'info only'], [t.noiseCancelled, 'noise-cancelled'], [t.endpoints, 'endpoints'],
  ];
  return `<header class="verdict ${results.verdict}">
<h1><span class="verdict-word">${word}</span> ${h(options.checkName)}</h1>
<p class="reason">${h(results.reason)}</p>
<p class="meta">Snapshot <code>${h(s.name)}</code> (${s.read} read, ${s.selected} selected, ${s.skipped.method} skipped by method, ${s.skipped.budget} over budget, ${s.decodeErrors} undecodable${s.skipped.unsendable ? `, ${s.skipped.unsendable} not sendable as recorded` : ''}) replayed against <code>${h(results.target)}</code>, compared with ${referenceOf(results).url ? `the baseline <code>${h(referenceOf(results).url!)}</code>` : 'the recording'}, fail-on ${h(results.failOn)}${t.compared > 0 ? `, score ${results.score}/100` : ''}.</p>
<ul class="totals">${totals.map(([n, label]) => `<li><b>${n}</b>${label}</li>`).join('')}</ul>
</header>`;
}

/** A place as its cause would be named, from its first difference. */
function placeChange(place: EndpointStats['places'][number]) {
  const [from, to] = fromTo(place.example);
  return { kind: place.kind, pattern: place.pattern, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

const HTML_INK: Ink = { code: (text) => `<code>${h(text)}</code>`, text: h };
const MAX_CAUSES = 200;

/** The causes across endpoints, worst first, each naming its endpoints: read before any endpoint. */
function causeList(causes: readonly Cause[], review?: Review): string {
  if (causes.length === 0) return '';
  const items = causes.slice(0, MAX_CAUSES).map((c) =>
    `<li><span class="badge ${c.severity}">${h(c.severity)}</span> ${describeCause(c, HTML_INK)} ${describeReach(c, HTML_INK)}` +
    `${c.endpoints.length > 1 ? `: ${c.endpoints.slice(0, 20).map((e) => `<span class="mono">${h(e)}</span>`).join(', ')}${c.endpoints.length > 20 ? ` and ${c.endpoints.length - 20} more` : ''}` : ''}${causeMark(c, review, HTML_INK)}</li>`);
  const more = causes.length > MAX_CAUSES ? `<p class="empty">${causes.length - MAX_CAUSES} more causes in the JSON results.</p>` : '';
  const fingerprint = review ? `<p class="meta">Fingerprint of these changes: <code>${h(review.fingerprint)}</code> (what an acceptance is bound to).</p>` : '';
  return `<section class="global" id="causes"><h2>What changed: ${plural(causes.length, 'cause')}</h2><ul class="causes">${items.join('')}</ul>${more}${fingerprint}</section>`;
}

/** What the acceptance label did, what is new since, what is gone, stale expectations. */
function reviewBlock(results: GateResults, configPath = '.github/replay-gate.yml'): string {
  if (!results.review) return '';
  const r = reviewLines(results.review, HTML_INK, configPath);
  const list = (title: string, lines: string[]) => (lines.length > 0 ? `<h3>${h(title)}</h3><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>` : '');
  const body = r.notes.map((n) => `<p>${n}</p>`).join('') + list('New since the acceptance', r.fresh) + list('Accepted, no longer seen', r.gone) + list('Stale expectations', r.stale);
  return body ? `<section class="global" id="review"><h2>Review</h2>${body}</section>` : '';
}

function endpointRow(e: EndpointStats, id: string, linked: boolean): string {
  const cls = classOf(e);
  const name = linked ? `<a href="#${id}" class="mono">${h(e.endpoint)}</a>` : `<span class="mono">${h(e.endpoint)}</span>`;
  const place = e.places[0];
  // In the causes' words: `$[*].id` became a string, status 200 → 404.
  const main = place ? `${describeCause(placeChange(place), HTML_INK)} (${place.counts.differed}/${e.compared})` : '';
  return `<tr data-class="${cls}" data-search="${h(searchTextOf(e))}"><td><span class="badge ${cls}">${cls}</span></td><td>${name}</td>` +
    `<td class="n">${e.requests}</td><td class="n">${e.differing}</td><td class="n">${e.breaking}</td><td class="n">${e.noiseCancelled}</td><td>${main}</td></tr>`;
}

function noiseSummary(results: GateResults, options: HtmlReportOptions): string {
  const noisy = noisyPlaces(rankByImpact(results.endpoints));
  if (noisy.length === 0) return '';
  const snippet = ignoreSnippet(noisy);
  return `<section class="global" id="noise"><h2>Noise: ${plural(noisy.length, 'place')} that vary on their own</h2>
<p>Differences there were not counted.${snippet ? ` To stop comparing them at all, add this to <code>${h(options.configPath || '.github/replay-gate.yml')}</code>:` : ''}</p>
${snippet ? `<pre class="snippet">${h(snippet)}</pre>` : ''}</section>`;
}

function driftSummary(results: GateResults): string {
  const drifted = driftedPlaces(rankByImpact(results.endpoints));
  if (drifted.length === 0) return '';
  const rows = drifted.slice(0, 500).map(({ endpoint, drift }) =>
    `<tr><td class="mono">${h(endpoint)}</td><td class="mono">${h(drift.pattern)}</td><td>${h(describeKind(drift.kind, drift.pattern))}</td><td class="n">${drift.requests}</td></tr>`);
  return `<section class="global" id="drift"><h2>Drift: ${plural(drifted.length, 'place')} where the baseline differs from the recording</h2>
<p>The data or the environment moved since the recording; this pull request did not cause it, and it was not counted.</p>
<table><thead><tr><th>Endpoint</th><th>Place</th><th>Change</th><th class="n">Requests</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function decodeIssues(results: GateResults): string {
  const s = results.snapshot;
  if (s.decodeErrors === 0) return '';
  const items = s.decodeIssues.map((i) => `<li><code>${h(`${i.source} ${i.position}`)}</code>: ${h(i.message)}</li>`);
  return `<section class="global" id="decode"><h2>${plural(s.decodeErrors, 'snapshot entry').replace(/entrys$/, 'entries')} could not be decoded</h2><ul>${items.join('')}</ul></section>`;
}

function unsendableIssues(results: GateResults): string {
  const s = results.snapshot;
  const count = s.skipped.unsendable ?? 0;
  if (count === 0) return '';
  const items = (s.unsendableIssues ?? []).map((i) => `<li><code>${h(`${i.source} ${i.position}`)}</code>: ${h(i.message)}</li>`);
  const more = count > items.length ? `<p class="empty">The first ${items.length} are listed.</p>` : '';
  return `<section class="global" id="unsendable"><h2>${plural(count, 'recorded request')} could not be sent as recorded</h2>
<p>The HTTP client refuses them as they are (a control character in a header or the path, a header name that is no token, …): they were skipped, not compared, and do not count against the pull request.</p><ul>${items.join('')}</ul>${more}</section>`;
}
