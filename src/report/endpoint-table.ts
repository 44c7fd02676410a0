import type { EndpointStats } from '../score/types.js';
import { describeKind } from './describe-kind.js';
import { describeCause } from './describe-cause.js';
import { clip, escapeMarkdown, inlineCode } from './escape.js';

// Names and paths come from traffic: a 10 KB URL must not take a 10 KB cell.
export const NAME_CHARS = 200;

const MARK = { breaking: '❌', changed: '⚠️', clean: '✅' } as const;

/**
 * The endpoints table: one row per endpoint, already ranked by impact. `rows` keeps only the
 * first ones (to fit a size limit); the table then says how many it left out.
 */
export function endpointTable(endpoints: readonly EndpointStats[], rows = endpoints.length, limitNote?: string): string[] {
  const shown = endpoints.slice(0, Math.max(0, rows));
  const lines = shown.map((e) => {
    const mark = e.breaking > 0 ? MARK.breaking : e.differing > 0 ? MARK.changed : MARK.clean;
    return `| ${mark} ${cell(inlineCode(clip(e.endpoint, NAME_CHARS)))} | ${e.requests} | ${e.differing} | ${e.breaking} | ${e.noiseCancelled} | ${cell(mainChange(e))} |`;
  });
  const table = lines.length > 0
    ? ['| Endpoint | Requests | Differing | Breaking | Noise cancelled | Main change |', '|---|---:|---:|---:|---:|---|', ...lines]
    : [];
  const left = endpoints.length - shown.length;
  if (left > 0) {
    const differing = endpoints.slice(shown.length).filter((e) => e.differing > 0).length;
    const which = differing > 0 ? ` (${differing} of them differing)` : ' (none of them differing)';
    if (table.length > 0) table.push('');
    table.push(`_${left} more endpoint${left === 1 ? '' : 's'}${which} left out${limitNote ? ` to fit ${limitNote}` : ''}; the full report lists every endpoint._`);
  }
  return table;
}

/** GitHub ends a table cell at any unescaped pipe, even inside a code span. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function mainChange(endpoint: EndpointStats): string {
  const place = endpoint.places[0];
  if (!place) return '';
  const count = `(${place.counts.differed}/${endpoint.compared})`;
  const { expected, actual } = place.example;
  // A status or a media type is read as what it became: `200 → 404` says more than "status changed".
  if ((place.kind === 'status' || place.kind === 'content-type') && expected !== undefined && actual !== undefined) {
    const what = place.kind === 'status' ? 'status' : 'content type';
    return `${what} ${inlineCode(clip(`${expected} → ${actual}`, NAME_CHARS))} ${count}`;
  }
  // A type change says what the place became: `$[*].id` became a string.
  if (place.kind === 'type' && place.example.from !== undefined && place.example.to !== undefined) {
    return `${describeCause({ ...place.example, pattern: place.pattern }, { code: inlineCode, text: escapeMarkdown })} ${count}`;
  }
  return `${describeKind(place.kind, place.pattern)} ${inlineCode(clip(place.pattern, NAME_CHARS))} ${count}`;
}
