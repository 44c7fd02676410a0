/**
 * Cuts Markdown to fit a size limit at a line boundary, closes a code fence left open, and says
 * it was trimmed. `measure` is characters for comments and bytes for check summaries.
 */
export function fitMarkdown(text: string, limit: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= limit) return text;
  const note = '\n\n_…trimmed to fit GitHub’s size limit; the full report has everything._\n';
  const budget = limit - measure(note) - 16;
  let cut = text.slice(0, Math.min(text.length, budget));
  while (measure(cut) > budget) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  const open = openFence(cut);
  return `${cut}${open ? `\n${open}` : ''}${note}`;
}

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The fence that is open at the end of the text, if any. */
function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (!open) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return open;
}
