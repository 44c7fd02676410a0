/**
 * Cuts Markdown to fit a size limit at a line boundary (inside a line only when one line is most
 * of the text), closes a code fence and any `<details>`
 * left open, and says it was trimmed. `measure` is characters for comments and bytes for check
 * summaries and the job summary.
 */
export function fitMarkdown(text: string, limit: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= limit) return text;
  const note = '\n\n_…trimmed to fit GitHub’s size limit; the full report has everything._\n';
  let reserve = 16;
  // Each round gives the closing lines the room they turned out to need; the cut only shrinks,
  // so this ends once the cut is empty at the latest.
  for (let round = 0; round < 64; round++) {
    const budget = Math.max(0, limit - measure(note) - reserve);
    let cut = text.slice(0, Math.min(text.length, budget));
    while (cut.length > 0 && measure(cut) > budget) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    // At a line boundary, unless that would throw away most of the room (one giant line).
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > 0 && lastNewline >= cut.length / 2) cut = cut.slice(0, lastNewline);
    // A cut inside a line (no newline at all) must not split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    const closing = closingLines(cut);
    const fitted = `${cut}${closing}${note}`;
    if (measure(fitted) <= limit || budget === 0) return fitted;
    reserve += measure(fitted) - limit;
  }
  return note.trimStart();
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** What the kept text needs to end well: its open code fence closed, then its open `<details>`. */
function closingLines(text: string): string {
  const { fence, details } = openBlocks(text);
  return `${fence ? `\n${fence}` : ''}${details > 0 ? `\n\n${'</details>\n'.repeat(details).trimEnd()}` : ''}`;
}

/** The fence open at the end of the text, if any, and how many `<details>` outside code are open. */
export function openBlocks(text: string): { fence?: string; details: number } {
  let fence: string | undefined;
  let details = 0;
  for (const line of text.split('\n')) {
    const run = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = undefined;
      continue;
    }
    if (run) {
      fence = run;
      continue;
    }
    details += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    details = Math.max(0, details);
  }
  return fence ? { fence, details } : { details };
}
