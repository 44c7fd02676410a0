// Size limits: whatever the results hold, the comment stays within GitHub's 65,536 characters,
// the check summary within 65,535 bytes and the job summary within 1 MiB, losing examples first,
// then the rows of least impact, and saying so; Markdown stays well formed after any cut.
import test from 'ava';
import type { GateResults } from '../src/gate.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, fitReport, JOB_SUMMARY_LIMIT } from '../src/report/fit-report.js';
import { commentMarker } from '../src/report/markdown.js';
import { rankByImpact } from '../src/score/rank.js';
import { fitMarkdown, openBlocks, utf8Bytes } from '../src/report/trim.js';
import { endpointStats, exampleRequest, fixture, OPTIONS, place } from './report-fixture.js';

const MARKER = `${commentMarker('replay-gate')}\n`;

/** `count` endpoints, worst first, each with an example whose bodies are `bodyChars` long. */
function hugeResults(count: number, bodyChars: number, name = (i: number) => `GET /api/resource-${i}/{id}`): GateResults {
  // Backtick runs and closing tags in bodies: the fences around them must grow, and still fit.
  // The big strings are shared between endpoints: the test is about rendering, not about memory.
  const body = (seed: string) => `HTTP 200 application/json\n\n${`{"v":"${seed}","t":"\`\`\`\`</details>@team #1"}\n`.repeat(Math.ceil(bodyChars / 40))}`.slice(0, bodyChars);
  const [expected, actual] = [body('old'), body('new')];
  const long = ['x'.repeat(2000), 'y\n'.repeat(1000)] as const;
  const endpoints = Array.from({ length: count }, (_, i) => endpointStats(name(i), {
    requests: 20 + (i % 5), compared: 20, breaking: Math.max(0, 10 - Math.floor(i / 50)), changed: 2,
    differing: Math.max(0, 10 - Math.floor(i / 50)) + 2, noiseCancelled: i % 3,
    places: [place('$.items[*].sku', 'removed', 'breaking', 5), place('$.total', 'value', 'changed', 2), place(`$.f${i}`, 'type', 'changed', 1)],
    noise: [place('$.updatedAt', 'value', 'changed', 3, 9), place('header:etag', 'header', 'changed', 2, 8)],
    example: exampleRequest({
      id: `r-${i}`, url: `/api/resource-${i}/7?${'q=x&'.repeat(50)}`,
      differences: Array.from({ length: 45 }, (_, k) => ({
        kind: 'value' as const, path: `$.a${k}`, pattern: `$.a${k}`, severity: 'changed' as const, expected: long[0], actual: long[1],
      })),
      excerpts: { expected, actual },
    }),
  }));
  const base = fixture();
  const totals = { ...base.totals, endpoints: count, endpointsDiffering: count, requests: count * 20, compared: count * 20 };
  return { ...base, endpoints, totals, snapshot: { ...base.snapshot, endpoints: count } };
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\| (❌|⚠️|✅) /.test(line));
}

function wellFormed(t: import('ava').ExecutionContext, markdown: string): void {
  const open = openBlocks(markdown);
  t.is(open.fence, undefined, 'every code fence is closed');
  t.is(open.details, 0, 'every <details> is closed');
}

test('5,000 endpoints with 200 KB bodies: the comment fits 65,536 characters, examples first, then rows, and says so', (t) => {
  const results = hugeResults(5000, 200_000);
  const comment = fitReport(results, OPTIONS, COMMENT_LIMIT, MARKER);
  t.log(`comment: ${comment.length} characters, ${tableRows(comment).length} of 5000 rows, ${comment.match(/^### `/gm)?.length ?? 0} examples`);
  t.true(comment.length <= 65_536);
  t.true(comment.length > 60_000, 'the room is used, not wasted');
  t.true(comment.startsWith(`${MARKER}## ❌ replay-gate: fail\n`));
  t.is(comment.match(/^### `/gm), null, 'no worked example survives before rows are trimmed');
  const rows = tableRows(comment);
  t.true(rows.length > 100 && rows.length < 5000);
  // The rows kept are the ones of most impact, in order.
  const ranked = rankByImpact(results.endpoints).slice(0, rows.length).map((e) => e.endpoint);
  t.deepEqual(rows.map((row) => /`([^`]+)`/.exec(row)![1]), ranked);
  t.true(rows[0]!.startsWith('| ❌ `GET /api/resource-14/{id}` | 24 | 12 | 10 | 2 |'));
  t.regex(comment, new RegExp(`_${5000 - rows.length} more endpoints \\(\\d+ of them differing\\) left out to fit GitHub’s 65,536-character comment limit; the full report lists every endpoint\\._`));
  t.regex(comment, /_5 worked examples left out to fit GitHub’s 65,536-character comment limit; the full report has them\._/);
  t.true(comment.endsWith('[Full report](https://github.com/octo-org/shop/actions/runs/42): every endpoint, side-by-side diffs, the JSON results.\n'));
  wellFormed(t, comment);
});

test('worked examples are dropped one at a time before any endpoint row', (t) => {
  const results = hugeResults(40, 30_000);
  const comment = fitReport(results, OPTIONS, COMMENT_LIMIT, MARKER);
  const examples = comment.match(/^### `/gm)?.length ?? 0;
  t.log(`comment: ${comment.length} characters, 40 of 40 rows, ${examples} examples`);
  t.true(comment.length <= 65_536);
  t.is(tableRows(comment).length, 40);
  t.true(examples >= 1 && examples < 5, `${examples} examples`);
  t.regex(comment, new RegExp(`_${5 - examples} worked examples? left out to fit GitHub’s 65,536-character comment limit`));
  t.notRegex(comment, /more endpoints? .* left out/);
  // Each kept example is whole: its diff is capped at 30 differences, values at 300 characters.
  t.regex(comment, /! … 15 more differences in the full report\n```/);
  t.false(comment.includes('x'.repeat(301)));
  wellFormed(t, comment);
});

test('the check summary fits 65,535 bytes (and characters) with multi-byte endpoint names', (t) => {
  const results = hugeResults(3000, 50_000, (i) => `GET /api/prodüct-${i}/🙂/{id}`);
  const summary = fitReport(results, OPTIONS, CHECK_SUMMARY_LIMIT);
  t.log(`check summary: ${utf8Bytes(summary)} bytes, ${summary.length} UTF-16 units, ${tableRows(summary).length} of 3000 rows`);
  t.true(utf8Bytes(summary) <= 65_535);
  t.true(utf8Bytes(summary) > 60_000);
  t.true([...summary].length <= 65_535);
  t.regex(summary, /left out to fit GitHub’s 65,535-byte check summary limit/);
  t.notRegex(summary, /\p{Cs}/u, 'no lone surrogate');
  wellFormed(t, summary);
});

test('the job summary fits 1 MiB with 20,000 endpoints, and has the comment’s content when both fit', (t) => {
  const results = hugeResults(20_000, 10_000);
  const summary = fitReport(results, OPTIONS, JOB_SUMMARY_LIMIT);
  t.log(`job summary: ${utf8Bytes(summary)} bytes, ${tableRows(summary).length} of 20000 rows`);
  t.true(utf8Bytes(summary) <= 1024 * 1024);
  t.true(utf8Bytes(summary) > 1000 * 1024);
  t.regex(summary, /left out to fit GitHub’s 1 MiB job summary limit/);
  wellFormed(t, summary);

  const small = fixture();
  t.is(`${MARKER}${fitReport(small, OPTIONS, JOB_SUMMARY_LIMIT)}`, fitReport(small, OPTIONS, COMMENT_LIMIT, MARKER));
});

test('free text from the results is clipped, so a huge reason or name never crowds out the table', (t) => {
  const results = { ...fixture(), reason: `${'breaking '.repeat(40_000)}`, target: `https://${'t'.repeat(5000)}` };
  results.endpoints[0]!.endpoint = `GET /${'a/'.repeat(20_000)}`;
  results.snapshot.decodeIssues = Array.from({ length: 10 }, (_, i) => ({ source: 's', position: `line ${i}`, message: 'm'.repeat(70_000) }));
  const comment = fitReport(results, OPTIONS, COMMENT_LIMIT, MARKER);
  t.log(`comment: ${comment.length} characters`);
  t.true(comment.length < 20_000);
  t.is(tableRows(comment).length, 3);
  t.regex(comment, /\*\*(breaking ){100,}.*…\*\*/);
  wellFormed(t, comment);
});

test('when only cutting text can fit (a tiny limit), the cut is closed and marked trimmed', (t) => {
  for (const [limit, measure] of [[1400, (s: string) => s.length], [900, utf8Bytes], [400, utf8Bytes]] as const) {
    const text = fitReport(fixture(), OPTIONS, { limit, measure, name: 'a test limit' }, MARKER);
    t.log(`limit ${limit}: ${measure(text)}, ${tableRows(text).length} rows`);
    t.true(measure(text) <= limit, `${measure(text)} > ${limit}`);
    t.true(text.startsWith(`${MARKER}## ❌ replay-gate: fail`));
    t.regex(text, /left out to fit a test limit|_…trimmed to fit GitHub’s size limit/);
    wellFormed(t, text);
  }
  const one = fitMarkdown(`# T\n${'x'.repeat(10_000)}`, 1000);
  t.true(one.length <= 1000 && one.length > 800, 'one giant line is cut inside, not dropped whole');
});

test('fitMarkdown closes a <details> block the cut landed inside, after the open fence', (t) => {
  const text = `# T\n\n<details><summary>Both</summary>\n\n\`\`\`\n${'line\n'.repeat(500)}\`\`\`\n\n</details>\n`;
  const fitted = fitMarkdown(text, 800);
  t.true(fitted.length <= 800);
  t.regex(fitted, /\nline\n```\n\n<\/details>\n\n_…trimmed/);
  t.deepEqual(openBlocks(fitted), { details: 0 });
  // A <details> inside a code block is text, not a block to close.
  t.deepEqual(openBlocks('```\n<details>\n```\n'), { details: 0 });
  t.deepEqual(openBlocks('~~~\n```\n'), { fence: '~~~', details: 0 });
});
