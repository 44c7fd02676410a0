// Bidi controls and other invisible characters from a snapshot or a response show as escapes
// (`\u202E`) on every surface, so a value cannot pass for another one in a diff: the comment's
// Markdown, the HTML report, the check run's title and annotations.
import test from 'ava';
import type { GateResults } from '../../src/gate.js';
import { endpointAnnotations } from '../../src/report/annotations.js';
import { checkTitle } from '../../src/report/check-title.js';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, plainText } from '../../src/report/escape.js';
import { renderHtmlReport } from '../../src/report/html-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { SourceLocation } from '../../src/report/source-locator.js';
import { HOSTILE_INVISIBLES, strayInvisibles } from '../helpers/invisible.js';
import { exampleRequest, fixture, OPTIONS } from '../report-fixture.js';

const ALL = HOSTILE_INVISIBLES.join('');

/** The fixture with every string a snapshot or a response could set carrying every invisible. */
function hostileResults(): GateResults {
  const results = fixture();
  const orders = results.endpoints[0]!;
  orders.endpoint = `GET /api/\u202egnp.exe/{id}${ALL}`;
  orders.places[0]!.pattern = `$.items[*].s\u200bku${ALL}`;
  orders.example = exampleRequest({
    id: `r-\u2066${ALL}`, url: `/api/orders/981?name=\u202eadmin${ALL}`,
    requestHeaders: { accept: `application/json${ALL}` },
    differences: [
      { kind: 'value', path: `$.owner${ALL}`, pattern: '$.owner', severity: 'changed', expected: `"alice${ALL}"`, actual: `"al\u200bice"` },
    ],
    excerpts: { expected: `HTTP 200 application/json\n\n{"owner": "alice${ALL}"}`, actual: 'HTTP 200 application/json\n\n{"owner": "al\u200bice"}' },
  });
  results.reason = `4 of 21 requests changed in breaking ways, on 1 endpoint: ${orders.endpoint}`;
  results.snapshot.name = `s3://traffic/\u202eevil${ALL}.ndjson`;
  results.snapshot.decodeIssues = [{ source: `prod${ALL}.ndjson`, position: 'line 7', message: `not JSON: ${ALL}` }];
  return results;
}

test('each escaper writes invisibles out and keeps its own zero-width spaces after @ and #', (t) => {
  t.is(escapeMarkdown('@admin #12 GH-3 \u200b\u202e'), '@\u200badmin \\#\u200b12 GH\u200b-3 \\\\u200B\\\\u202E');
  t.is(plainText('@admin #12 \u200b\u202e', 100), '@\u200badmin #\u200b12 \\u200B\\u202E');
  t.is(inlineCode('a\u202eb'), '`a\\u202Eb`');
  t.is(codeBlock('line\u202e\n\tnext\r\nlast\rcr'), '```\nline\\u202E\n\tnext\nlast\\rcr\n```');
  t.is(escapeHtml('<b>\u202e</b>\n\t'), '&#60;b&#62;\\u202E&#60;/b&#62;\n\t');
  for (const [render, keep] of [[escapeMarkdown, ''], [(s: string) => plainText(s, 10_000), ''], [inlineCode, ''], [codeBlock, '\n'], [escapeHtml, '\n\t']] as const) {
    t.deepEqual(strayInvisibles(render(`@a #1 ${ALL}`), keep), [], String(render.name));
  }
});

test('the comment Markdown shows every invisible as an escape', (t) => {
  const markdown = renderMarkdown(hostileResults(), OPTIONS);
  t.deepEqual(strayInvisibles(markdown, '\n'), []);
  t.regex(markdown, /`GET \/api\/\\u202Egnp\.exe\/\{id\}\\u202E\\u202A/);
  // The diff of an example: a zero-width space cannot make "alice" and "al​ice" look the same.
  t.regex(markdown, /^\+ \$\.owner\\u202E.*: "al\\u200Bice"$/m);
  t.regex(markdown, /"owner": "alice\\u202E/);
});

test('the HTML report shows every invisible as an escape, in the side-by-side diff too', (t) => {
  const html = renderHtmlReport(hostileResults(), { checkName: 'replay-gate', reproduction: OPTIONS.reproduction });
  t.deepEqual(strayInvisibles(html, '\n\t'), []);
  t.regex(html, /<h2 class="mono">GET \/api\/\\u202Egnp\.exe\/\{id\}/);
  t.regex(html, /<td class="r">\{&#34;owner&#34;: &#34;(<mark>)?al(<\/mark>)?\\u200B(<mark>)?ice/);
});

test('the check title and annotations show every invisible as an escape', (t) => {
  const results = hostileResults();
  const locations = new Map<string, SourceLocation>([[results.endpoints[0]!.endpoint, { path: 'src/orders.ts', line: 3, how: 'workspace search' }]]);
  const [annotation] = endpointAnnotations(results, locations);
  t.truthy(annotation);
  for (const text of [annotation!.title, annotation!.message, annotation!.raw_details ?? '']) t.deepEqual(strayInvisibles(text, '\n'), [], text);
  t.regex(annotation!.title, /^GET \/api\/\\u202Egnp\.exe/);
  const title = checkTitle({ ...results, verdict: 'error', reason: `cannot judge: target unhealthy: \u202elast error${ALL}` });
  t.deepEqual(strayInvisibles(title), []);
  t.regex(title, /^error: cannot judge: target unhealthy: \\u202Elast error/);
});
