import type { EndpointStats, VariantStats } from '../score/types.js';
import { describeCause, type Ink } from './describe-cause.js';
import { cell, NAME_CHARS } from './endpoint-table.js';
import { clip, escapeMarkdown, inlineCode } from './escape.js';
import { appendAll } from '../append-all.js';

const MAX_ENDPOINTS = 5;
const MAX_ROWS = 10;

/** Endpoints whose requests split by query parameters and where some of them differ: worth telling apart. */
export function withVariants(ranked: readonly EndpointStats[]): EndpointStats[] {
  return ranked.filter((e) => (e.variants?.length ?? 0) > 1 && e.variants!.some((v) => v.differing > 0));
}

/** `?_page,_limit`, `(no query)`, or `(other parameters)` for what is past the bound. */
export function variantName(variant: VariantStats): string {
  if (variant.other) return '(other parameters)';
  return variant.params.length === 0 ? '(no query)' : `?${variant.params.join(',')}`;
}

/** What the variant's example shows first: its worst difference, in a reviewer's words. */
export function variantChange(variant: VariantStats, ink: Ink): string | undefined {
  const d = variant.example?.differences.find((x) => x.severity === 'breaking') ?? variant.example?.differences[0];
  return d ? describeCause(d, ink) : undefined;
}

/** Per endpoint, its requests by query-parameter names, each differing one with an example URL. */
export function variantSection(ranked: readonly EndpointStats[]): string[] {
  const endpoints = withVariants(ranked);
  if (endpoints.length === 0) return [];
  const out = ['### By query parameters', ''];
  for (const e of endpoints.slice(0, MAX_ENDPOINTS)) {
    const variants = e.variants!;
    out.push(`${inlineCode(clip(e.endpoint, NAME_CHARS))}:`, '', '| Query | Requests | Differing | Breaking | Example |', '|---|---:|---:|---:|---|');
    appendAll(out, variants.slice(0, MAX_ROWS).map((v) => {
      const change = variantChange(v, { code: inlineCode, text: escapeMarkdown });
      const url = v.example ? inlineCode(clip(`${v.example.method} ${v.example.url}`, 300)) : '';
      const example = url && change ? `${url}: ${change}` : url;
      return `| ${cell(inlineCode(clip(variantName(v), NAME_CHARS)))} | ${v.requests} | ${v.differing} | ${v.breaking} | ${cell(example)} |`;
    }));
    if (variants.length > MAX_ROWS) out.push('', `_${variants.length - MAX_ROWS} more variants in the full report._`);
    out.push('');
  }
  if (endpoints.length > MAX_ENDPOINTS) out.push(`_${endpoints.length - MAX_ENDPOINTS} more endpoints with query variants in the full report._`, '');
  return out.slice(0, -1);
}
