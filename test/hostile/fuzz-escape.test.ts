// Property-based fuzzing of the escapers every untrusted string goes through: whatever the input,
// the output shows no invisible or bidi character, a code span or fence is never closed early,
// HTML text holds no raw markup, no line starts a workflow command, and no @mention pings.
import test from 'ava';
import fc from 'fast-check';
import { commandMessage, logLine } from '../../src/log-line.js';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, plainText } from '../../src/report/escape.js';
import { HOSTILE_INVISIBLES, strayInvisibles } from '../helpers/invisible.js';
import { workflowCommands } from '../helpers/workflow-commands.js';

const RUNS = { numRuns: 500, seed: 42 };
// Arbitrary strings, biased towards the characters each escaper has to get right.
const tricky = fc.constantFrom(
  ...HOSTILE_INVISIBLES, '\n', '\r', '\t', ' ', '`', '``', '```', '<', '>', '&', '"', "'", '@', '#', ':', '::', '##[', '[', ']',
  '\\', '|', '*', '_', '!', 'GH-', '1', 'a', '%', '\u00a0', '\u2003', '🙂', '\uD800', '\uDC00', 'é',
);
const text = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }), maxLength: 60 });

test('escapeMarkdown: no invisible, no line break, no raw markup, no mention or reference that links', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = escapeMarkdown(s);
    return strayInvisibles(out).length === 0
      && !/[\r\n]/.test(out)
      // Every markup character is escaped: preceded by an odd run of backslashes.
      && [...out.matchAll(/[<>`*_[\]|!&]/g)].every((m) => /(^|[^\\])(\\\\)*\\$/.test(out.slice(0, m.index)))
      && !/@(?!\u200b)/.test(out)
      && !/#(?!\u200b)\w/.test(out)
      && !/GH-\d/i.test(out);
  }), RUNS);
  t.pass();
});

test('inlineCode: the fence is longer than any backtick run inside, on one line, nothing invisible', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = inlineCode(s);
    const fence = /^`+/.exec(out)![0];
    const inner = out.slice(fence.length, out.length - fence.length);
    return out.endsWith(fence)
      && !inner.includes(fence)
      && !/[\r\n]/.test(out)
      && strayInvisibles(out).length === 0;
  }), RUNS);
  t.pass();
});

test('codeBlock: no line inside can close the fence; only line breaks and tabs are kept as they are', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = codeBlock(s, 'diff');
    const lines = out.split('\n');
    const fence = lines.at(-1)!;
    return /^`{3,}$/.test(fence)
      && lines[0] === `${fence}diff`
      && lines.slice(1, -1).every((line) => !line.includes(fence))
      && !out.includes('\r')
      && strayInvisibles(out, '\n\t').length === 0;
  }), RUNS);
  t.pass();
});

test('escapeHtml: no raw < > " \', every & starts an entity, nothing invisible', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = escapeHtml(s);
    return !/[<>"']/.test(out)
      && [...out.matchAll(/&/g)].every((m) => /^&#\d+;/.test(out.slice(m.index)))
      && strayInvisibles(out, '\n\t').length === 0;
  }), RUNS);
  t.pass();
});

test('plainText: one line, within its length, nothing invisible, no mention that pings', (t) => {
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 80 }), (s, max) => {
    const out = plainText(s, max);
    return [...out].length <= max
      && !/[\r\n]/.test(out)
      && strayInvisibles(out).length === 0
      && !/@(?!\u200b)[\w-]/.test(out);
  }), RUNS);
  t.pass();
});

test('logLine: one line the runner never reads as a command, nothing invisible, stable when applied twice', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = logLine(s);
    return !/[\r\n]/.test(out)
      && workflowCommands(out).length === 0
      && workflowCommands(`Verdict: fail: ${out}`).length === 0
      && strayInvisibles(out, '\t').length === 0
      && logLine(out) === out;
  }), RUNS);
  t.pass();
});

test('commandMessage: each of its lines, as the runner shows them, is no command either', (t) => {
  fc.assert(fc.property(text, (s) => {
    const out = commandMessage(s);
    return !out.includes('\r')
      && out.split('\n').every((line) => !line.includes('##['))
      && strayInvisibles(out, '\n\t').length === 0;
  }), RUNS);
  t.pass();
});
