/**
 * Text from snapshots and responses is untrusted: it must render as the text it is, never as
 * markup, a mention that pings someone, or a reference that links an issue.
 */
export function escapeMarkdown(text: string): string {
  // `&` too: an entity such as `&commat;` or `&num;` would render as the very character escaped here.
  // GitHub links `#12` and `GH-12` after Markdown is parsed, so a backslash alone does not stop
  // a cross-reference on someone's issue: a zero-width space between the two does.
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\w)/g, '#\u200b')
    .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * Untrusted text for places GitHub shows as plain text (check run title, annotation title and
 * message): no control characters, no mention that pings, no issue reference, bounded length.
 */
export function plainText(text: string, max: number, { oneLine = true } = {}): string {
  const clean = text
    .replace(oneLine ? /[\r\n\t]+/g : /\r\n?|\t/g, (m) => (m === '\t' || oneLine ? ' ' : '\n'))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b');
  return clip(clean, max);
}

/** An inline code span that no backtick in the text can close early. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so the body cannot end it. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** At most `max` characters (code points), ending in `…` when cut; a surrogate pair is never split. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
