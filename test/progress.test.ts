// Progress: log lines a few seconds apart for Actions, a bar redrawn in place for a terminal.
import test from 'ava';
import { ProgressBar } from '../src/cli/progress-bar.js';
import { describeProgress, formatDuration, ProgressLog } from '../src/replay/progress.js';

test('a progress line says done/total, rate, failures, throttling and time left', (t) => {
  t.is(describeProgress({ done: 120, total: 1000, failures: 3, throttled: 2 }, 5000), 'Replayed 120/1000 requests (12%, 24.0/s, 3 failed, 2 throttled, about 37 s left)');
  t.is(describeProgress({ done: 10, total: 10, failures: 0, throttled: 0 }, 2000), 'Replayed 10/10 requests (100%, 5.0/s)');
  t.is(formatDuration(850), '850 ms');
  t.is(formatDuration(250_000), '4 min 10 s');
  t.is(formatDuration(120_000), '2 min');
});

test('log lines come at most every 5 s, and always at the end', (t) => {
  let now = 0;
  const lines: string[] = [];
  const log = new ProgressLog((line) => lines.push(line), () => now);
  for (let done = 1; done <= 100; done++) {
    now = done * 200; // 5 per second: 20 s in all
    log.update({ done, total: 100, failures: 0, throttled: 0 });
  }
  t.deepEqual(lines.map((l) => l.split(' ')[1]), ['25/100', '50/100', '75/100', '100/100']);
});

test('the bar redraws in place, clears the rest of the line, fits the terminal, and ends its line', (t) => {
  let now = 0;
  const out: string[] = [];
  const bar = new ProgressBar({ write: (s: string) => out.push(s), columns: 60 }, () => now);
  now = 1000;
  bar.update({ done: 5, total: 10, failures: 1, throttled: 0 });
  now = 1050; // too soon to redraw
  bar.update({ done: 6, total: 10, failures: 1, throttled: 0 });
  now = 2000;
  bar.update({ done: 10, total: 10, failures: 1, throttled: 0 });
  bar.finish();
  t.is(out.length, 3);
  t.true(out[0]!.startsWith('\r[████████████░░░░░░░░░░░░] Replayed 5/10'));
  t.true(out[0]!.endsWith('\u001b[K'));
  t.true(out.slice(0, 2).every((s) => s.replace('\u001b[K', '').length - 1 <= 59));
  t.is(out[2], '\n');
});
