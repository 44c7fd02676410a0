// Text bodies are diffed by lines only up to MAX_TEXT_EDITS lines changed; past it, each side
// is summarised by line count and hash, so one comparison is bounded in work.
import test from 'ava';
import { createHash } from 'node:crypto';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { MAX_TEXT_EDITS, TOO_MANY_EDITS } from '../../src/compare/text-diff.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import type { ObservedResponse } from '../../src/replay/types.js';

const text = (body: string): ObservedResponse => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from(body) });
const lines = (count: number, tag: string) => Array.from({ length: count }, (_, i) => `row ${i} ${tag}\n`).join('');
const sha = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

test('20,000 changed lines fall back to a line count and hash of each side, with a note', (t) => {
  const a = lines(20_000, 'old');
  const b = lines(20_001, 'new');
  const { differences } = compareResponses(text(a), text(b), DEFAULT_RULES, 'GET');
  t.deepEqual(differences, [{
    kind: 'text', path: 'body', pattern: 'body', severity: 'changed',
    expected: `20000 lines, sha256 ${sha(a)}…`,
    actual: `20001 lines, sha256 ${sha(b)}… (${TOO_MANY_EDITS})`,
  }]);
  // The same inputs, the same answer: a bound on edits, not on time.
  t.deepEqual(compareResponses(text(a), text(b), DEFAULT_RULES, 'GET').differences, differences);
});

test('large texts that differ by a few lines are still diffed by line', (t) => {
  const a = lines(200_000, 'same');
  const b = a.replace('row 1000 same\n', 'row 1000 changed\n').replace('row 150000 same\n', '');
  const { differences } = compareResponses(text(a), text(b), DEFAULT_RULES, 'GET');
  t.deepEqual(differences.map((d) => [d.expected, d.actual]), [['2 line(s) removed', '1 line(s) added']]);
});

test('exactly the bound of changed lines is diffed; one more falls back', (t) => {
  const rows = Array.from({ length: MAX_TEXT_EDITS }, (_, i) => `row ${i}\n`);
  const changing = (count: number) => rows.map((row, i) => (i < count ? row.replace('row', 'ROW') : row)).join('');
  // Each changed line is one removed and one added.
  const within = compareResponses(text(rows.join('')), text(changing(MAX_TEXT_EDITS / 2)), DEFAULT_RULES, 'GET');
  t.deepEqual(within.differences.map((d) => [d.expected, d.actual]), [[`${MAX_TEXT_EDITS / 2} line(s) removed`, `${MAX_TEXT_EDITS / 2} line(s) added`]]);
  const past = compareResponses(text(rows.join('')), text(changing(MAX_TEXT_EDITS / 2 + 1)), DEFAULT_RULES, 'GET');
  t.true(past.differences[0]!.actual!.endsWith(`(${TOO_MANY_EDITS})`));
});
