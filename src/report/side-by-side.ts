import { type Change, diffLines, diffWordsWithSpace } from 'diff';

/** One row of a side-by-side diff; a side is absent where the other side has extra lines. */
export interface DiffRow {
  kind: 'same' | 'changed' | 'removed' | 'added' | 'skipped';
  left?: { line: number; parts: DiffPart[] };
  right?: { line: number; parts: DiffPart[] };
  /** For `skipped`: how many unchanged lines the row stands for. */
  skipped?: number;
  /** For `skipped`: those lines, for the page to unfold on a click. */
  folded?: DiffRow[];
}

/** A piece of a line; `marked` when it is what changed within a changed line. */
export interface DiffPart {
  text: string;
  marked: boolean;
}

const CONTEXT = 3;
// Bounds on the work: excerpts are a few KB, but a results file could hold anything. Line diffs
// cost (lines × edits), so both are capped; past them the two sides show as one replaced block.
const MAX_LINES = 200;
const MAX_EDIT_LENGTH = 150;
const MAX_WORD_DIFF_CHARS = 600;

/**
 * The two answers line by line, side by side: changed lines paired up with what changed within
 * them marked, unchanged runs longer than the context folded into one row.
 */
export function sideBySide(fullExpected: string, fullActual: string): DiffRow[] {
  const [expected, actual] = [firstLines(fullExpected), firstLines(fullActual)];
  const found = diffLines(expected, actual, { maxEditLength: MAX_EDIT_LENGTH });
  // Past the edit bound the answers have little in common: one replaced block, no word marks.
  const changes: Change[] = found ?? [
    { value: expected, removed: true, added: false, count: 0 },
    { value: actual, added: true, removed: false, count: 0 },
  ];
  const rows: DiffRow[] = [];
  let left = 1;
  let right = 1;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const lines = linesOf(change.value);
    if (!change.added && !change.removed) {
      for (const text of lines) rows.push({ kind: 'same', left: { line: left++, parts: plain(text) }, right: { line: right++, parts: plain(text) } });
      continue;
    }
    const next = changes[i + 1];
    const removed = change.removed ? lines : [];
    const added = change.added ? lines : next?.added ? linesOf(next.value) : [];
    if (change.removed && next?.added) i++;
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const before = removed[k];
      const after = added[k];
      if (before !== undefined && after !== undefined) {
        const [l, r] = found ? wordParts(before, after) : [plain(before, true), plain(after, true)];
        rows.push({ kind: 'changed', left: { line: left++, parts: l }, right: { line: right++, parts: r } });
      } else if (before !== undefined) rows.push({ kind: 'removed', left: { line: left++, parts: plain(before, true) } });
      else rows.push({ kind: 'added', right: { line: right++, parts: plain(after!, true) } });
    }
  }
  return fold(rows);
}

function firstLines(text: string): string {
  const lines = text.split('\n');
  return lines.length <= MAX_LINES ? text : `${lines.slice(0, MAX_LINES).join('\n')}\n… ${lines.length - MAX_LINES} more lines in the JSON results\n`;
}

function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function plain(text: string, marked = false): DiffPart[] {
  return [{ text, marked }];
}

function wordParts(before: string, after: string): [DiffPart[], DiffPart[]] {
  if (before.length > MAX_WORD_DIFF_CHARS || after.length > MAX_WORD_DIFF_CHARS) return [plain(before, true), plain(after, true)];
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (!change.added) left.push({ text: change.value, marked: change.removed });
    if (!change.removed) right.push({ text: change.value, marked: change.added });
  }
  return [left, right];
}

/** Keeps CONTEXT unchanged lines around each change and folds the rest. */
function fold(rows: DiffRow[]): DiffRow[] {
  const near = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.kind === 'same') return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(rows.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const out: DiffRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.kind !== 'same' || near[i]) {
      out.push(rows[i]!);
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j]!.kind === 'same' && !near[j]) j++;
    // Folding one line saves nothing: show it.
    if (j - i === 1) out.push(rows[i]!);
    else out.push({ kind: 'skipped', skipped: j - i, folded: rows.slice(i, j) });
    i = j - 1;
  }
  return out;
}
