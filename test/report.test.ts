import test from 'ava';
import type { GateResults } from '../src/gate.js';
import type { SourceLocation } from '../src/report/source-locator.js';
import { endpointAnnotations } from '../src/report/annotations.js';
import { checkTitle } from '../src/report/check-title.js';
import { curlCommand, PLAIN_REPRODUCTION } from '../src/report/curl.js';
import { DEFAULT_CREDENTIAL_POLICY } from '../src/secrets/credential-policy.js';
import { parseRuleBook } from '../src/config/load.js';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, plainText } from '../src/report/escape.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, fitReport, JOB_SUMMARY_LIMIT } from '../src/report/fit-report.js';
import { commentMarker, renderMarkdown } from '../src/report/markdown.js';
import { ignoreSnippet } from '../src/score/suggest.js';
import { fitMarkdown, utf8Bytes } from '../src/report/trim.js';
import { endpointStats, exampleRequest, fixture, matchesGolden, OPTIONS, place } from './report-fixture.js';

// --- escaping ---------------------------------------------------------------------------------

test('escapeMarkdown neutralises mentions, references, HTML and markup', (t) => {
  t.is(escapeMarkdown('@octocat'), '@\u200boctocat');
  // A zero-width space after # too: GitHub links references after Markdown is parsed.
  t.is(escapeMarkdown('fixes #123 and GH-7'), 'fixes \\#\u200b123 and GH\u200b-7');
  t.is(escapeMarkdown('<script>x</script>'), '\\<script\\>x\\</script\\>');
  t.is(escapeMarkdown('*bold* a|b [link](x)'), '\\*bold\\* a\\|b \\[link\\]\\(x\\)');
  t.is(escapeMarkdown('two\r\nlines\n'), 'two lines ');
  // Named entities would render as the very characters escaped above.
  t.is(escapeMarkdown('&commat;octocat &num;123 &lt;b&gt;'), '\\&commat;octocat \\&num;123 \\&lt;b\\&gt;');
});

test('inlineCode cannot be closed by backticks in the text', (t) => {
  t.is(inlineCode('plain'), '`plain`');
  t.is(inlineCode('a ``` b'), '````a ``` b````');
  t.is(inlineCode('`x`'), '`` `x` ``');
  t.is(inlineCode('two\nlines'), '`two lines`');
});

test('codeBlock fences are longer than any backtick run in the text', (t) => {
  t.is(codeBlock('x', 'diff'), '```diff\nx\n```');
  t.is(codeBlock('before\n```\nafter'), '````\nbefore\n```\nafter\n````');
  t.is(codeBlock('`````'), '``````\n`````\n``````');
});

test('escapeHtml escapes every character that could open markup or an attribute', (t) => {
  t.is(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62;');
});

// --- fitting ----------------------------------------------------------------------------------

/** Every endpoint of the results located at `where`. */
function locatedAt(results: GateResults, where: SourceLocation): Map<string, SourceLocation> {
  return new Map(results.endpoints.map((e) => [e.endpoint, where]));
}

const NOTE = '_…trimmed to fit GitHub’s size limit; the full report has everything._\n';

test('fitMarkdown leaves text under the limit unchanged', (t) => {
  const text = 'line\n'.repeat(10);
  t.is(fitMarkdown(text, text.length), text);
});

test('fitMarkdown trims at a line boundary and says so', (t) => {
  const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`).join('\n');
  const fitted = fitMarkdown(text, 2000);
  t.true(fitted.length <= 2000);
  t.true(fitted.length > 1800);
  t.true(fitted.endsWith(`\n\n${NOTE}`));
  const kept = fitted.slice(0, -(NOTE.length + 2));
  t.true(text.startsWith(`${kept}\n`));
});

test('fitMarkdown closes a code fence the cut left open', (t) => {
  const text = `# Title\n\n\`\`\`diff\n${'- $.a: 1\n+ $.a: 2\n'.repeat(300)}\`\`\`\n`;
  const fitted = fitMarkdown(text, 1500);
  t.true(fitted.length <= 1500);
  t.regex(fitted, /\n\+ \$\.a: 2\n```\n\n_…trimmed/);
  const closed = '```\n```\n';
  t.true(fitMarkdown(`${closed}${'after\n'.repeat(400)}`, 500).indexOf('```', 8) === -1);
});

test('fitMarkdown stays within the limit when the open fence is long', (t) => {
  const fence = '`'.repeat(60);
  const fitted = fitMarkdown(`intro\n${fence}\n${'x\n'.repeat(1000)}${fence}\n`, 1000);
  t.true(fitted.length <= 1000, `${fitted.length} characters`);
  t.regex(fitted, new RegExp(`\\nx\\n${fence}\\n\\n_…trimmed`));
});

test('fitMarkdown measures bytes on multi-byte text', (t) => {
  const text = `${'héllo wörld 🙂 ✓ '.repeat(6)}\n`.repeat(300);
  for (const limit of [1000, 4096, 30_000]) {
    const fitted = fitMarkdown(text, limit, utf8Bytes);
    t.true(utf8Bytes(fitted) <= limit, `${utf8Bytes(fitted)} > ${limit}`);
    t.true(utf8Bytes(fitted) > limit * 0.7);
    t.true(fitted.endsWith(NOTE));
    t.notRegex(fitted, /\p{Cs}/u, "no lone surrogate");
  }
});

// --- curl -------------------------------------------------------------------------------------

test('curlCommand masks configured headers and drops credentials', (t) => {
  t.is(
    curlCommand(exampleRequest(), 'https://pr-7.preview.example/', DEFAULT_CREDENTIAL_POLICY, ['x-preview-token']),
    "curl -sS -i -H 'accept: application/json' -H 'x-preview-token: ***' 'https://pr-7.preview.example/api/orders/7?q=1'",
  );
});

test('curlCommand shell-quotes single quotes, methods and line breaks', (t) => {
  const command = curlCommand(exampleRequest({ method: 'DELETE', url: "/it's?x=$(id)", requestHeaders: { 'x-note': "a'b\nc" } }), 'http://t', DEFAULT_CREDENTIAL_POLICY, []);
  t.is(command, `curl -sS -i -X 'DELETE' -H 'x-note: a'\\''b c' 'http://t/it'\\''s?x=$(id)'`);
});

// --- rendering --------------------------------------------------------------------------------

test('renderMarkdown puts the verdict first, then endpoints, examples, noise and decode issues', (t) => {
  const markdown = renderMarkdown(fixture(), OPTIONS);
  const lines = markdown.split('\n');
  t.is(lines[0], '## ❌ replay-gate: fail');
  t.is(lines[2], '**4 of 21 requests changed in breaking ways, on 1 endpoint: GET /api/orders/\\{id\\}**');
  t.regex(markdown, /Replayed 21 requests from `s3:\/\/traffic\/prod\/2026-11-20\.ndjson\.gz` against `https:\/\/pr-7\.preview\.example`, compared with the recording \(23 read, 2 skipped by method, 2 undecodable entries\)\. Score \*\*66\.7\*\*\/100\./);
  t.deepEqual(lines.filter((l) => /^\| (❌|⚠️|✅) /.test(l)), [
    '| ❌ `GET /api/orders/{id}` | 12 | 5 | 4 | 3 | field removed `$.items[*].sku` (4/12) |',
    '| ⚠️ `GET /api/users/{id}` | 6 | 2 | 0 | 0 | header changed `header:cache-control` (2/6) |',
    '| ✅ `GET /health` | 3 | 0 | 0 | 0 |  |',
  ]);
  t.true(markdown.includes('```diff\n- $.items[0].sku: "A-1"\n- $.total: 10\n+ $.total: 12\n```'));
  t.true(markdown.includes("```sh\ncurl -sS -i -H 'accept: application/json' -H 'x-preview-token: ***' 'https://pr-7.preview.example/api/orders/981?expand=items'\n```"));
  t.false(/ci-secret|session=abc|Bearer prod|recorded'/.test(markdown));
  t.true(markdown.includes('### Noise cancelled\n\n1 place varied between two answers of the same side, so differences there were not counted. To stop comparing it at all, add this to `.github/replay-gate.yml`:\n\n```yaml\nroutes:\n  - match: "GET /api/orders/{id}"\n    ignore:\n      - "$.updatedAt"\n```'));
  t.regex(markdown, /<details><summary>Where the noise is \(1 place\)<\/summary>\n\n\| Endpoint \| Place \| Differed \| Varied by itself \|\n\|---\|---\|---:\|---:\|\n\| `GET \/api\/orders\/\{id\}` \| `\$\.updatedAt` \| 7 \| 12 \|/);
  t.regex(markdown, /<details><summary>2 snapshot entries could not be decoded<\/summary>\n\n- line 7: not JSON: Unexpected token \\}\n- line 19: request\.url is missing\n\n<\/details>/);
  t.true(markdown.endsWith('[Full report](https://github.com/octo-org/shop/actions/runs/42): every endpoint, side-by-side diffs, the JSON results.\n'));
  t.true(markdown.indexOf('### `GET /api/orders/{id}`') < markdown.indexOf('### `GET /api/users/{id}`'));
});

test('renderMarkdown shows at most `examples` worked examples and no empty sections', (t) => {
  const markdown = renderMarkdown(fixture(), { ...OPTIONS, examples: 1 });
  t.is(markdown.match(/^### `/gm)?.length, 1);
  const clean = { ...fixture(), snapshot: { ...fixture().snapshot, decodeErrors: 0, decodeIssues: [] }, endpoints: [endpointStats('GET /health', { requests: 3, compared: 3 })] };
  const quiet = renderMarkdown(clean, { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION });
  t.false(quiet.includes('<details>'));
  t.false(quiet.includes('```'));
});

/** The text outside fenced blocks and code spans: where Markdown and HTML would take effect. */
function outsideCode(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const run = /^(`{3,})/.exec(line)?.[1];
    if (fence) {
      if (run && run.length >= fence.length && line.trim() === run) fence = undefined;
    } else if (run) fence = run;
    else kept.push(line.replace(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, ''));
  }
  if (fence) throw new Error('a code fence is never closed');
  return kept.join('\n');
}

test('untrusted names, paths and values cannot break out of their code or cells', (t) => {
  const hostile = '/a|b/`x`/```/@octocat/</details><script>alert(1)</script>/#12';
  const results = fixture();
  const [orders] = results.endpoints;
  orders!.endpoint = `GET ${hostile}`;
  orders!.places = [place(`$["|@admin\`"]`, 'value', 'changed', 3)];
  orders!.noise = [place(`$["</details>@team|"]`, 'value', 'changed', 1, 2)];
  orders!.drift = [{ pattern: '$["|#9 @x`"]', kind: 'value', requests: 1, example: { kind: 'value', path: '$.x', pattern: '$.x', severity: 'changed' } }];
  orders!.example!.url = hostile;
  orders!.example!.id = 'r-`1`</details>';
  orders!.example!.differences = [{ kind: 'value', path: '$.note', pattern: '$.note', severity: 'changed', expected: '"```\\n</details>"', actual: '"@octocat"' }];
  orders!.example!.excerpts = { expected: 'HTTP 200 text/html\n\n```\n</details>\n@octocat', actual: 'HTTP 200\n\n````\n<script>' };
  results.reason = `4 of 21 requests changed in breaking ways, on 1 endpoint: GET ${hostile}`;
  results.snapshot.decodeIssues = [{ source: 's', position: 'line 1', message: '@octocat closed #12 </details> | `x` [y](z)' }];

  const markdown = renderMarkdown(results, OPTIONS);
  const outside = outsideCode(markdown);
  t.notRegex(outside, /@(?!\u200b)/);
  t.notRegex(outside, /(?<!\\)<script/);
  t.notRegex(outside, /(?<!\\)#12/);
  t.notRegex(outside, /(?<!\\)\[y\]/);
  t.is(outside.match(/(?<!\\)<\/details>/g)?.length, outside.match(/<details>/g)?.length);
  const unescapedPipes = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;
  t.deepEqual(markdown.split('\n').filter((l) => l.startsWith('| ❌')).map(unescapedPipes), [7]);
  // The noise row, then both endpoints' drift rows.
  t.deepEqual(markdown.split('\n').filter((l) => l.startsWith('| `')).map(unescapedPipes), [5, 5, 5]);
  // The hostile text is still there to read, inside code.
  t.true(markdown.includes('</details><script>alert(1)</script>/#12'));
  t.true(markdown.includes('````\nHTTP 200 text/html\n\n```\n</details>\n@octocat\n````'));
});

test('commentMarker is a hidden HTML comment that the check name cannot close', (t) => {
  t.is(commentMarker('replay-gate'), '<!-- replay-gate:replay-gate -->');
  t.is(commentMarker('a-->b'), '<!-- replay-gate:ab -->');
  t.true(renderMarkdown(fixture(), OPTIONS).startsWith('## '));
});

// --- golden files -----------------------------------------------------------------------------

// The three renderings of the fixed results set, each fitted to its own GitHub limit exactly as
// publish.ts fits them (the fixture fits all three, so they differ only by the comment's marker).
test('the sticky comment matches test/__outputs__/comment.md (UPDATE_GOLDEN=1 rewrites it)', (t) => {
  matchesGolden(t, 'comment.md', fitReport(fixture(), OPTIONS, COMMENT_LIMIT, `${commentMarker(OPTIONS.checkName)}\n`));
});

test('the check run summary matches test/__outputs__/check-summary.md', (t) => {
  matchesGolden(t, 'check-summary.md', fitReport(fixture(), OPTIONS, CHECK_SUMMARY_LIMIT));
});

test('the job summary matches test/__outputs__/job-summary.md and has the same content as the comment', (t) => {
  const summary = fitReport(fixture(), OPTIONS, JOB_SUMMARY_LIMIT);
  matchesGolden(t, 'job-summary.md', summary);
  t.is(`${commentMarker(OPTIONS.checkName)}\n${summary}`, fitReport(fixture(), OPTIONS, COMMENT_LIMIT, `${commentMarker(OPTIONS.checkName)}\n`));
});

test('the check title and annotations match test/__outputs__/check-run.json', (t) => {
  const results = fixture();
  const locations = locatedAt(results, { path: '.github/replay-gate.yml', line: 1, how: 'config file' });
  locations.set('GET /api/orders/{id}', { path: 'src/routes/orders.ts', line: 42, how: 'workspace search' });
  const annotations = endpointAnnotations(results, locations, OPTIONS.reportUrl);
  matchesGolden(t, 'check-run.json', `${JSON.stringify({ title: checkTitle(results), annotations }, null, 2)}\n`);
});

// --- plain-text places and the noise snippet ----------------------------------------------------

test('plainText makes untrusted text safe for titles and messages GitHub shows as text', (t) => {
  // Bidi and control characters are written out, not dropped: a reader sees that they were there.
  t.is(plainText('GET /a\n@admin #12\t\u202eevil\u0007', 100), 'GET /a @\u200badmin #\u200b12 \\u202Eevil\\u0007');
  t.is(plainText('line one\r\nline two', 100, { oneLine: false }), 'line one\nline two');
  t.is(plainText('🙂'.repeat(300), 255), `${'🙂'.repeat(254)}…`);
  t.notRegex(plainText('🙂'.repeat(300), 255), /\p{Cs}/u);
});

test('annotations and the check title carry hostile names as inert plain text, levels following fail-on', (t) => {
  const results = fixture();
  results.endpoints[0]!.endpoint = 'GET /@octocat/#7/\n::error::x';
  results.endpoints[0]!.places = [place('$["@team\n"]', 'value', 'changed', 3)];
  const fallback = locatedAt(results, { path: '.github/replay-gate.yml', line: 1, how: 'config file' });
  const [orders, users] = endpointAnnotations(results, fallback);
  t.is(orders!.title, 'GET /@\u200boctocat/#\u200b7/ ::error::x: 4 breaking, 1 changed of 12 requests');
  t.notRegex(orders!.message, /@(?!\u200b)/);
  t.is([orders!.annotation_level, users!.annotation_level].join(), 'failure,warning');
  t.is(endpointAnnotations({ ...results, failOn: 'changed' }, fallback).map((a) => a.annotation_level).join(), 'failure,failure');
  t.is(endpointAnnotations({ ...results, failOn: 'never' }, fallback).map((a) => a.annotation_level).join(), 'warning,warning');
  t.is(checkTitle({ ...results, verdict: 'error', reason: `cannot judge: @x #1\n${'y'.repeat(500)}` }).length, 200);
  t.regex(checkTitle({ ...results, verdict: 'error', reason: 'cannot judge: @x #1\nz' }), /^error: cannot judge: @\u200bx #\u200b1 z$/);
});

test('a list element that comes or goes is named an element, a field a field', (t) => {
  const results = fixture();
  results.endpoints[0]!.places = [
    place('$.items[*]', 'removed', 'changed', 2), place('$.items[*]', 'added', 'changed', 2),
    place('$.items[*].sku', 'removed', 'breaking', 1), place('$["a b"]', 'removed', 'breaking', 1),
  ];
  const table = renderMarkdown(results, OPTIONS);
  t.regex(table, /element removed `\$\.items\[\*\]` \(2\/12\)/);
  const [orders] = endpointAnnotations(results, locatedAt(results, { path: '.github/replay-gate.yml', line: 1, how: 'config file' }));
  t.deepEqual(orders!.message.split('\n').filter((line) => line.startsWith('- ')), [
    '- element removed at $.items[*] on 2 of 12 requests (changed)',
    '- element added at $.items[*] on 2 of 12 requests (changed)',
    '- field removed at $.items[*].sku on 1 of 12 requests (breaking)',
    '- field removed at $["a b"] on 1 of 12 requests (breaking)',
  ]);
});

test('the noise snippet is YAML the rules file accepts, and it ignores exactly the noisy places', (t) => {
  const noisy = [
    { endpoint: 'GET /api/orders/{id}', place: place('$.updatedAt', 'value', 'changed', 7, 12) },
    { endpoint: 'GET /api/orders/{id}', place: place('header:etag', 'header', 'changed', 2, 5) },
    { endpoint: 'GET /api/orders/{id}', place: place('status', 'status', 'changed', 1, 2) },
    { endpoint: 'GET /api/odd/{id}', place: place('$["naïve key 🙂"]', 'value', 'changed', 1, 2) },
    // A line separator in a bracketed key is escaped, so the pasted YAML still reads back.
    { endpoint: 'GET /api/odd/{id}', place: place('$["a\u2028b"]', 'value', 'changed', 1, 2) },
  ];
  const snippet = ignoreSnippet(noisy)!;
  t.is(snippet, [
    'routes:',
    '  - match: "GET /api/orders/{id}"',
    '    ignore:',
    '      - "$.updatedAt"',
    '      - "header:etag"',
    '  - match: "GET /api/odd/{id}"',
    '    ignore:',
    '      - "$[\\"na\\u00efve key \\U0001f642\\"]"',
    '      - "$[\\"a\\u2028b\\"]"',
  ].join('\n'));
  const rules = parseRuleBook(snippet, 'snippet.yml');
  t.deepEqual(rules.routes.map((r) => r.name), ['GET /api/orders/{id}', 'GET /api/odd/{id}']);
  const orders = rules.rulesFor('GET /api/orders/{id}');
  t.true(orders.ignore.some((p) => p.test('$.updatedAt')));
  t.true(orders.ignore.some((p) => p.test('header:etag')));
  t.false(orders.ignore.some((p) => p.test('$.total')));
  t.deepEqual(rules.rulesFor('GET /api/odd/{id}').ignore.map((p) => p.source), ['$["naïve key 🙂"]', '$["a\u2028b"]']);
  t.true(rules.rulesFor('GET /api/odd/{id}').ignore[1]!.test('$["a\u2028b"]'));
  t.true(rules.rulesFor('GET /api/odd/{id}').ignore[0]!.test('$["naïve key 🙂"]'));
  t.is(ignoreSnippet([{ endpoint: 'GET /x', place: place('status', 'status', 'changed', 1, 2) }]), undefined);
});

test('the main change of a status or media type says what it became', (t) => {
  const results = fixture();
  results.endpoints[0]!.places = [{ ...place('status', 'status', 'breaking', 4), example: { kind: 'status', path: 'status', pattern: 'status', severity: 'breaking', expected: '200', actual: '404' } }];
  results.endpoints[1]!.places = [{
    ...place('header:content-type', 'content-type', 'breaking', 2),
    example: { kind: 'content-type', path: 'header:content-type', pattern: 'header:content-type', severity: 'breaking', expected: 'application/json', actual: 'text/`html`' },
  }];
  const markdown = renderMarkdown(results, OPTIONS);
  t.regex(markdown, /\| status `200 → 404` \(4\/12\) \|/);
  t.regex(markdown, /\| content type `` application\/json → text\/`html` `` \(2\/6\) \|/);
});
