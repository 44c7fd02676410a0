import { visible } from './visible.js';

/**
 * Text from snapshots and responses is untrusted: it must render as the text it is, never as
 * markup, a mention that pings someone, or a reference that links an issue, and every invisible
 * or bidi character in it shows as an escape (see visible.ts). Data is made visible first; only
 * then are this file's own zero-width spaces added, so they are the only invisible characters left.
 */
export function escapeMarkdown(text: string): string {
  // `&` too: an entity such as `&commat;` or `&num;` would render as the very character escaped here.
  // GitHub links `#12` and `GH-12` after Markdown is parsed, so a backslash alone does not stop
  // a cross-reference on someone's issue: a zero-width space between the two does.
  return visible(text.replace(/\r?\n|\r/g, ' '))
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\w)/g, '#\u200b')
    .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`);
}

/**
 * Untrusted text for places GitHub shows as plain text (check run title, annotation title and
 * message): controls and invisibles written out, no mention that pings, no issue reference,
 * bounded length.
 */
export function plainText(text: string, max: number, { oneLine = true } = {}): string {
  const laidOut = text.replace(oneLine ? /[\r\n\t]+/g : /\r\n?|\t/g, (m) => (m === '\t' || oneLine ? ' ' : '\n'));
  const clean = visible(laidOut, oneLine ? '' : '\n')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b');
  return clip(clean, max);
}

/** An inline code span that no backtick in the text can close early. */
export function inlineCode(text: string): string {
  const flat = visible(text.replace(/\r?\n|\r/g, ' '));
  const longest = longestRun(flat, 0);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** The longest run of backticks in `text`, at least `floor`: a text may hold any number of runs. */
function longestRun(text: string, floor: number): number {
  let longest = floor;
  for (const run of text.matchAll(/`+/g)) if (run[0].length > longest) longest = run[0].length;
  return longest;
}

/** A fenced block whose fence is longer than any backtick run inside, so the body cannot end it. */
export function codeBlock(text: string, language = ''): string {
  // A lone CR ends a line in Markdown too: it is written out, as is every other control.
  const body = visible(text.replace(/\r\n/g, '\n'), '\n\t');
  const longest = longestRun(body, 2);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}`;
}

export function escapeHtml(text: string): string {
  return visible(text.replace(/\r\n/g, '\n'), '\n\t').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** At most `max` characters (code points), ending in `…` when cut; a surrogate pair is never split. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
