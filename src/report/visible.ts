// Characters that show as nothing, or move the text around them, rather than as themselves:
// controls (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates, LRM/RLM/ALM,
// zero-width space and joiners, word joiner, BOM, tag characters, …), line and paragraph
// separators, and the Hangul fillers, which are letters that render blank.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a snapshot or a response with every invisible or reordering character written out as
 * an escape (`\u202E`, `\u200B`, `\n`, `\u{E0041}`), so a value cannot look like another one in a
 * diff, a log line or a title. `keep` lists the characters the caller lays out itself (a code
 * block keeps its line breaks and tabs).
 */
export function visible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (c) => (keep.includes(c) ? c : escapeOf(c)));
}

function escapeOf(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
