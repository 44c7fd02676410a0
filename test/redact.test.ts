// Redaction: values the rules file names never reach a report, though they are still compared.
import test from 'ava';
import { readFile } from 'node:fs/promises';
import { compareOutcome } from '../src/compare/compare-exchange.js';
import { Redactor, REDACTED } from '../src/compare/redact.js';
import { DEFAULT_RULES } from '../src/compare/types.js';
import type { ReplayOutcome } from '../src/replay/types.js';
import { startGitHubApi } from '../stack/github-api.js';
import { demoTraffic, recordTraffic } from '../stack/record.js';
import { runAction } from '../stack/run-action.js';
import { startSampleService } from '../stack/sample-service.js';
import { json, text } from './corpus/answers.js';

const redactor = new Redactor(['$.customer.email', '$..token', 'header:x-api-key', 'query:secret']);

function outcome(recorded: ReturnType<typeof json>, candidate: ReturnType<typeof json>, url = '/orders/1'): ReplayOutcome {
  return {
    selected: { endpoint: 'GET /orders/{id}', exchange: { id: 'r1', request: { method: 'GET', url, headers: { 'x-api-key': 'k-123', accept: 'json' }, body: null } } },
    recorded,
    candidate: [{ response: candidate }, { response: candidate }],
  };
}

function rendered(o: ReplayOutcome) {
  const comparison = compareOutcome(o, { rules: DEFAULT_RULES, redactor });
  comparison.materialise?.();
  return comparison;
}

test('a changed redacted value is still a difference, shown as [redacted]', (t) => {
  const c = rendered(outcome(json({ customer: { email: 'ann@example.com' } }), json({ customer: { email: 'bob@example.com' } })));
  t.is(c.differences.length, 1);
  t.like(c.differences[0], { path: '$.customer.email', expected: JSON.stringify(REDACTED), actual: JSON.stringify(REDACTED) });
  t.false(JSON.stringify(c).includes('@example.com'));
});

test('a removed object holding a redacted field renders without it; nested tokens at any depth too', (t) => {
  const c = rendered(outcome(json({ customer: { id: 7, email: 'ann@example.com' }, auth: { deep: { token: 'tok-999' } } }), json({})));
  t.deepEqual(c.differences.map((d) => d.path), ['$.customer', '$.auth']);
  t.regex(c.differences[0]!.expected!, /"id":7/);
  const everything = JSON.stringify(c);
  t.false(everything.includes('ann@example.com'));
  t.false(everything.includes('tok-999'));
  t.true(c.excerpts!.expected.includes(REDACTED));
});

test('redacted query parameters and headers are masked in what is kept of the request', (t) => {
  const c = rendered(outcome(json({ a: 1 }), json({ a: 2 }), '/orders/1?secret=s3cr3t&page=2'));
  t.is(c.url, '/orders/1?secret=%5Bredacted%5D&page=2');
  t.is(c.requestHeaders['x-api-key'], REDACTED);
  t.is(c.requestHeaders.accept, 'json');
});

test('text bodies are not shown at all while redaction is on', (t) => {
  const c = rendered(outcome(text('<p>ann@example.com</p>'), text('<p>bob@example.com</p>')));
  t.is(c.differences.length, 1);
  t.false(JSON.stringify(c).includes('@example.com'));
});

test('end to end: a redacted field never appears in the comment, summary, JSON results or logs', async (t) => {
  const github = await startGitHubApi();
  const v1 = await startSampleService('v1');
  const lines = await recordTraffic(v1.url, demoTraffic().filter((item) => item.path.startsWith('/api/orders/')));
  await v1.close();
  const target = await startSampleService(['orders-customer-removed']);
  t.teardown(async () => {
    await target.close();
    await github.close();
  });
  const run = await runAction({
    env: { GITHUB_API_URL: github.url },
    inputs: { snapshot: 'traffic.ndjson', 'target-url': target.url, 'github-token': 'ghs_test', config: 'rules.yml' },
    files: { 'traffic.ndjson': lines.join('\n'), 'rules.yml': 'redact: ["$.customer.name"]\n' },
  });
  t.is(run.outputs.verdict, 'fail', run.stdout);
  const results = await readFile(run.outputs['report-path']!, 'utf8');
  const everything = [run.stdout, run.stderr, run.summary, results, ...github.comments.map((c) => c.body), JSON.stringify(github.requests)].join('\n');
  t.true(everything.includes(REDACTED));
  t.false(/Customer \d/.test(everything), 'a customer name leaked');
});
