import type { Difference } from '../compare/types.js';
import type { EndpointStats, PlaceStats } from '../score/types.js';
import { curlCommand, type Reproduction } from './curl.js';
import { describeKind } from './describe-kind.js';
import { type DriftedPlace, driftedPlaces } from './drift-section.js';
import { escapeHtml as h } from './escape.js';
import type { ReferenceLabel } from './reference.js';
import { variantChange, variantName } from './variant-section.js';
import { classOf } from '../score/rank.js';
import { type DiffPart, type DiffRow, sideBySide } from './side-by-side.js';

const MAX_PLACES = 200;
const MAX_DIFFERENCES = 200;
// The page must stay a size a browser opens: excerpts are a few KB from the compare stage, but a
// results file could hold anything. Side-by-side examples keep more than the plain ones after them.
const EXCERPT_CHARS = { sideBySide: 20_000, plain: 1_500 };

export interface EndpointHtmlOptions {
  target: string;
  reference: ReferenceLabel;
  reproduction: Reproduction;
  /** How the example's two answers are shown: less past the worst endpoints, to keep the page light. */
  excerpts: 'side-by-side' | 'plain' | 'none';
}

/** What the filters search in: the endpoint, the places that changed, the examples' URLs. */
export function searchTextOf(endpoint: EndpointStats): string {
  const variantUrls = (endpoint.variants ?? []).slice(0, 20).map((v) => v.example?.url ?? '');
  return [endpoint.endpoint, ...endpoint.places.map((p) => p.pattern), endpoint.example?.url ?? '', ...variantUrls].join(' ').toLowerCase().slice(0, 2000);
}

/** One endpoint in full: counts, real places, an example side by side, noise and drift apart. */
export function endpointArticle(endpoint: EndpointStats, id: string, options: EndpointHtmlOptions): string {
  const cls = classOf(endpoint);
  const drift = driftedPlaces([endpoint]);
  const parts = [
    `<article class="endpoint" id="${id}" data-class="${cls}" data-search="${h(searchTextOf(endpoint))}">`,
    `<header><span class="badge ${cls}">${cls}</span><h2 class="mono">${h(endpoint.endpoint)}</h2>`,
    `<span class="counts">${endpoint.requests} requests · ${endpoint.compared} compared · ${endpoint.differing} differing · ${endpoint.breaking} breaking · ${endpoint.changed} changed · ${endpoint.info} info only · ${endpoint.noiseCancelled} noise-cancelled${typeof endpoint.drifted === 'number' ? ` · ${endpoint.drifted} drifted` : ''}</span></header>`,
  ];
  const latency = endpoint.latency;
  if (latency?.reference) {
    parts.push(`<p class="counts">Response time p50 ${latency.reference.p50} → ${latency.candidate.p50} ms, p95 ${latency.reference.p95} → ${latency.candidate.p95} ms against the ${latency.referenceKind === 'baseline' ? 'baseline' : 'recording'}${latency.regression ? ' <span class="badge breaking">slower</span>' : ''}</p>`);
  }
  if (endpoint.places.length > 0) parts.push('<h3>Real differences</h3>', placesTable(endpoint.places, endpoint.compared));
  if (endpoint.example) parts.push(exampleHtml(endpoint, options));
  if ((endpoint.variants?.length ?? 0) > 1) parts.push('<h3>By query parameters</h3>', variantsTable(endpoint));
  if (endpoint.noise.length > 0) {
    parts.push('<h3>Noise (varies on its own; not counted)</h3>', placesTable(endpoint.noise, endpoint.compared, true));
  }
  if (drift.length > 0) parts.push('<h3>Drift (the baseline differs from the recording; not counted)</h3>', driftTable(drift));
  parts.push('</article>');
  return parts.join('\n');
}

function placesTable(places: readonly PlaceStats[], compared: number, noise = false): string {
  const rows = places.slice(0, MAX_PLACES).map((p) =>
    `<tr><td class="mono">${h(p.pattern)}</td><td>${h(describeKind(p.kind, p.pattern))}</td><td>${h(p.severity)}</td>` +
    `<td class="n">${p.counts.differed}/${compared}</td><td class="n">${p.counts.varied}</td><td class="mono">${h(exampleValues(p.example))}</td></tr>`);
  const more = places.length > MAX_PLACES ? `<p class="empty">${places.length - MAX_PLACES} more places in the JSON results.</p>` : '';
  return `<table class="places${noise ? ' noise' : ''}"><thead><tr><th>Place</th><th>Change</th><th>Severity</th><th class="n">Differed</th><th class="n">Varied by itself</th><th>First seen</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

function driftTable(drift: readonly DriftedPlace[]): string {
  const rows = drift.slice(0, MAX_PLACES).map(({ drift: d }) =>
    `<tr><td class="mono">${h(d.pattern)}</td><td>${h(describeKind(d.kind, d.pattern))}</td><td class="n">${d.requests}</td><td class="mono">${h(exampleValues(d.example))}</td></tr>`);
  return `<table class="drift"><thead><tr><th>Place</th><th>Change</th><th class="n">Requests</th><th>First seen</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The endpoint's requests by query-parameter names, each differing one with its example URL. */
function variantsTable(endpoint: EndpointStats): string {
  const rows = endpoint.variants!.map((v) => {
    const change = variantChange(v, { code: (text) => `<code>${h(text)}</code>`, text: h });
    const example = v.example ? `<span class="mono">${h(`${v.example.method} ${v.example.url}`)}</span>${change ? `: ${change}` : ''}` : '';
    return `<tr><td class="mono">${h(variantName(v))}</td><td class="n">${v.requests}</td><td class="n">${v.differing}</td><td class="n">${v.breaking}</td><td>${example}</td></tr>`;
  });
  return `<table class="variants"><thead><tr><th>Query</th><th class="n">Requests</th><th class="n">Differing</th><th class="n">Breaking</th><th>Example</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function exampleValues(d: Difference): string {
  if (d.expected === undefined && d.actual === undefined) return '';
  return `${d.expected ?? '(absent)'} → ${d.actual ?? '(absent)'}`;
}

function exampleHtml(endpoint: EndpointStats, options: EndpointHtmlOptions): string {
  const example = endpoint.example!;
  const differences = example.differences.slice(0, MAX_DIFFERENCES).map((d) =>
    `<tr><td class="mono">${h(d.path)}</td><td>${h(describeKind(d.kind, d.pattern))}</td><td>${h(d.severity)}</td><td class="mono">${h(d.expected ?? '')}</td><td class="mono">${h(d.actual ?? '')}</td></tr>`);
  const parts = [
    `<h3>Example <span class="mono">${h(`${example.method} ${example.url}`)}</span> <span class="counts">(recorded ${h(example.id)}; ${h(options.reference.diffLabel)})</span></h3>`,
    `<table class="differences"><thead><tr><th>Path</th><th>Change</th><th>Severity</th><th>${options.reference.side === 'baseline' ? 'Baseline' : 'Recording'}</th><th>Candidate</th></tr></thead><tbody>${differences.join('')}</tbody></table>`,
    `<h3>Reproduce against the preview</h3><pre class="curl">${h(curlCommand(example, options.target, options.reproduction.credentials, options.reproduction.addedHeaders(endpoint.endpoint)))}</pre>`,
  ];
  if (example.excerpts && options.excerpts === 'side-by-side') {
    const [expected, actual] = [example.excerpts.expected, example.excerpts.actual].map((text) => bounded(text, EXCERPT_CHARS.sideBySide));
    parts.push('<h3>Responses side by side</h3>', diffTable(sideBySide(expected!, actual!), noiseKeys(endpoint), options.reference));
  } else if (example.excerpts && options.excerpts === 'plain') {
    const [expected, actual] = [example.excerpts.expected, example.excerpts.actual].map((text) => bounded(text, EXCERPT_CHARS.plain));
    parts.push('<h3>Responses</h3>', `<pre>${h(expected!)}</pre>`, `<pre>${h(actual!)}</pre>`);
  } else if (example.excerpts) {
    parts.push('<p class="empty">Both responses are in the JSON results.</p>');
  }
  return parts.join('\n');
}

/**
 * The keys whose lines in the side-by-side show noise, not a real change: the last key of each
 * noise place, unless a real difference of the example ends in the same key. A line is told by
 * its `"key":`, so this marks what the reader sees (a cancelled timestamp) without re-parsing.
 */
function noiseKeys(endpoint: EndpointStats): Set<string> {
  const lastKey = (pattern: string) => /(?:\.|\[")([^.[\]"]+)"?\]?$/.exec(pattern)?.[1];
  const real = new Set(endpoint.example?.differences.map((d) => lastKey(d.path)) ?? []);
  return new Set(endpoint.noise.map((p) => lastKey(p.pattern)).filter((k): k is string => k !== undefined && !real.has(k)));
}

function diffTable(rows: readonly DiffRow[], noise: ReadonlySet<string>, reference: ReferenceLabel): string {
  const row = (r: DiffRow, folded = false): string => {
    const side = (s: DiffRow['left'], cls: string) =>
      s ? `<td class="ln">${s.line}</td><td class="${cls}">${partsHtml(s.parts)}</td>` : `<td class="ln"></td><td class="${cls}"></td>`;
    const key = r.kind === 'changed' ? /^\s*"([^"]+)":/.exec(r.left?.parts.map((p) => p.text).join('') ?? '')?.[1] : undefined;
    const isNoise = key !== undefined && noise.has(key);
    return `<tr class="${isNoise ? 'changed noise' : r.kind}"${isNoise ? ' title="Noise: varies on its own; not counted"' : ''}${folded ? ' data-folded hidden' : ''}>${side(r.left, 'l')}${side(r.right, 'r')}</tr>`;
  };
  // Folded lines are in the page, hidden: the button before them unfolds them (html-assets.ts).
  const body = rows.map((r) => r.kind === 'skipped'
    ? `<tr class="skipped"><td colspan="4"><button type="button" class="unfold" aria-expanded="false">⋯ ${r.skipped} unchanged lines</button></td></tr>${(r.folded ?? []).map((f) => row(f, true)).join('')}`
    : row(r));
  return `<table class="diff"><colgroup><col class="ln"><col><col class="ln"><col></colgroup>` +
    `<thead><tr><th colspan="2">${reference.side === 'baseline' ? 'Baseline' : 'Recording'}</th><th colspan="2">Candidate (this PR)</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function partsHtml(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.marked ? `<mark>${h(p.text)}</mark>` : h(p.text))).join('');
}

function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}\n… ${text.length - max} more characters in the JSON results`;
}
