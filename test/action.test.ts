// End-to-end: the bundled action (dist/index.js) run as the Actions runner runs it, against
// s3rver, the sample service and the GitHub stand-in, all real servers on loopback.
import test from 'ava';
import { readFile } from 'node:fs/promises';
import { CALIBRATION_REQUESTS, PAIR_EVERY } from '../src/compare/adaptive-asking.js';
import { startGitHubApi, type GitHubApi } from '../stack/github-api.js';
import { demoTraffic, ndjsonGzip, recordTraffic } from '../stack/record.js';
import { runAction, HEAD_SHA, WORKFLOW_FILE, type ActionRunOptions } from '../stack/run-action.js';
import { startS3, type LocalS3 } from '../stack/s3.js';
import { startSampleService, type SampleService, type ServiceVersion } from '../stack/sample-service.js';

let s3: LocalS3;
let snapshotLines: string[];
const services: SampleService[] = [];

test.before(async () => {
  s3 = await startS3(['traffic']);
  const v1 = await startSampleService('v1');
  snapshotLines = await recordTraffic(v1.url, demoTraffic());
  await v1.close();
  await s3.put('traffic', 'shop/2026-11-23.ndjson.gz', ndjsonGzip(snapshotLines.slice(0, 5)));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // S3 LastModified has 1 s resolution
  await s3.put('traffic', 'shop/2026-11-24.ndjson.gz', ndjsonGzip(snapshotLines));
});

test.after.always(async () => {
  await Promise.all(services.map((s) => s.close()));
  await s3?.close();
});

async function service(version: ServiceVersion): Promise<SampleService> {
  const started = await startSampleService(version);
  services.push(started);
  return started;
}

async function gate(target: string, github: GitHubApi, inputs: Record<string, string> = {}, extra: Partial<ActionRunOptions> = {}) {
  return runAction({
    env: { ...s3.credentials, GITHUB_API_URL: github.url },
    inputs: {
      snapshot: 's3://traffic/shop/',
      'target-url': target,
      's3-endpoint': s3.endpoint,
      'aws-region': 'us-east-1',
      'github-token': 'ghs_test',
      ...inputs,
    },
    ...extra,
  });
}

async function resultsOf(run: { outputs: Record<string, string> }) {
  return JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
}

function breakingEndpoints(results: { endpoints: { endpoint: string; breaking: number }[] }): string[] {
  return results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
}

test('a release without regressions passes, with a success check and a sticky comment', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const target = await service('v1');
  const run = await gate(target.url, github);
  t.is(run.outputs.verdict, 'pass', run.stdout);
  t.is(run.exitCode, 0);
  t.is(run.outputs.breaking, '0');
  t.is(run.outputs.diffs, '0');
  t.is(Number(run.outputs.requests), snapshotLines.length - 3); // the three POSTs are skipped
  const [check] = [...github.checkRuns.values()];
  t.is(check?.head_sha, HEAD_SHA);
  t.is(check?.status, 'completed');
  t.is(check?.conclusion, 'success');
  t.is(github.comments.length, 1);
  t.regex(github.comments[0]!.body, /^<!-- replay-gate:replay-gate -->\n## ✅ replay-gate: pass/);
  t.regex(run.summary, /replay-gate: pass/);
  t.deepEqual(github.violations(), []);
  // The check run was opened in_progress before the replay started.
  const create = github.requests.find((r) => r.operationId === 'checks/create');
  t.is((create?.body as { status: string }).status, 'in_progress');
});

for (const [regression, endpoint] of [
  ['orders-customer-removed', 'GET /api/orders/{id}'],
  ['stock-500', 'GET /api/stock/{id}'],
] as const) {
  test(`the seeded regression ${regression} fails the gate on ${endpoint} alone`, async (t) => {
    const github = await startGitHubApi();
    t.teardown(() => github.close());
    const target = await service([regression]);
    const run = await gate(target.url, github);
    t.is(run.outputs.verdict, 'fail', run.stdout);
    t.is(run.exitCode, 1);
    const results = await resultsOf(run);
    t.deepEqual(breakingEndpoints(results), [endpoint]);
    t.regex(results.reason, new RegExp(endpoint.replace(/[{}]/g, '\\$&')));
    t.is([...github.checkRuns.values()][0]?.conclusion, 'failure');
    const annotations = [...github.checkRuns.values()][0]!.output.annotations;
    t.true(annotations.length >= 1);
    // No rules file and no route literal in the workspace: the workflow file, which exists, not a rules file that does not.
    t.deepEqual([...new Set(annotations.map((a) => a.path))], [WORKFLOW_FILE]);
    t.regex(github.comments[0]!.body, /## ❌ replay-gate: fail/);
    t.deepEqual(github.violations(), []);
  });
}

test('a re-run updates the sticky comment in place and never takes over a comment by someone else', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const impostor = github.seedComment(42, '<!-- replay-gate:replay-gate -->\nquoted by a human', 'octocat');
  const target = await service('v2');
  await gate(target.url, github);
  await gate(target.url, github);
  const mine = github.comments.filter((c) => c.user.login === 'github-actions[bot]');
  t.is(mine.length, 1);
  t.is(github.requests.filter((r) => r.operationId === 'issues/create-comment').length, 1);
  t.is(github.requests.filter((r) => r.operationId === 'issues/update-comment').length, 1);
  t.is(github.comments.find((c) => c.id === impostor.id)?.body, impostor.body);
  t.deepEqual(github.violations(), []);
});

test('a read-only token still leaves the outputs, the job summary and the verdict, and says why', async (t) => {
  const github = await startGitHubApi({ deny: ['checks/create', 'checks/update', 'issues/create-comment', 'issues/list-comments'] });
  t.teardown(() => github.close());
  const target = await service('v2');
  const run = await gate(target.url, github);
  t.is(run.outputs.verdict, 'fail');
  t.truthy(run.outputs['report-path']);
  t.regex(run.summary, /replay-gate: fail/);
  t.regex(run.stdout, /could not create the check run: 403 .*checks: write/);
  t.regex(run.stdout, /could not post the PR comment: 403 .*pull-requests: write/);
  t.is(github.comments.length, 0);
  t.notRegex(run.stdout + run.stderr, /\n\s+at /); // no stack trace
});

test('a target that refuses connections is an error, never a pass; on-error: neutral makes it neutral', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const down = await service('v1');
  await down.close();
  const run = await gate(down.url, github);
  t.is(run.outputs.verdict, 'error');
  t.is(run.exitCode, 1);
  t.regex(run.stdout, /::error::replay-gate error: cannot judge: target http:\/\/127\.0\.0\.1:\d+ is unreachable: all \d+ requests failed \(connect ECONNREFUSED/);
  t.is([...github.checkRuns.values()][0]?.conclusion, 'failure');
  t.notRegex(run.stdout + run.stderr, /\n\s+at /);

  const neutral = await gate(down.url, github, { 'on-error': 'neutral' });
  t.is(neutral.outputs.verdict, 'error');
  t.is(neutral.exitCode, 0);
  t.is([...github.checkRuns.values()][1]?.conclusion, 'neutral');
});

test('a missing snapshot is an error with one clear line', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const target = await service('v1');
  const run = await gate(target.url, github, { snapshot: 's3://traffic/shop/nope.ndjson' });
  t.is(run.outputs.verdict, 'error');
  t.regex(run.stdout, /::error::replay-gate error: cannot judge: snapshot s3:\/\/traffic\/shop\/nope\.ndjson does not exist/);
  t.is(target.hits.length, 0);
});

test('bad inputs fail in one line that says what to fix', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'target-url': '' }, /::error::input "target-url" is required/],
    [{ 'fail-on': 'sometimes' }, /::error::input "fail-on" must be one of breaking, changed, never; got "sometimes"/],
    [{ 'max-requests': '-3' }, /::error::input "max-requests" must be a whole number from 1/],
    [{ 'target-url': 'ftp://x' }, /::error::replay-gate error: cannot judge: "ftp:\/\/x" must be an http:\/\/ or https:\/\/ URL/],
    [{ headers: 'no colon here' }, /::error::input "headers" line 1 must read "Name: value"/],
  ];
  for (const [inputs, expected] of cases) {
    const run = await gate('http://127.0.0.1:9', github, inputs);
    t.regex(run.stdout, expected);
    t.is(run.exitCode, 1);
    t.is(run.outputs.verdict, 'error');
    t.notRegex(run.stdout + run.stderr, /\n\s+at /);
  }
});

test('only allowed methods reach the target, always at its origin, without production credentials', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const target = await service('v1');
  const run = await gate(target.url, github, { headers: 'x-preview-token: s3cr3t-value\nx-team: checkout' });
  t.is(run.outputs.verdict, 'pass');
  t.true(target.hits.length > 0);
  t.false(target.hits.some((hit) => hit.method === 'POST'));
  for (const hit of target.hits) {
    t.is(hit.headers.cookie, undefined);
    t.is(hit.headers.authorization, undefined);
    t.is(hit.headers['x-preview-token'], 's3cr3t-value');
    t.is(hit.headers.host, new URL(target.url).host);
  }
  const everything = run.summary + JSON.stringify(github.requests) + (await readFile(run.outputs['report-path']!, 'utf8'));
  t.false(everything.includes('s3cr3t-value'));
  t.regex(run.stdout, /::add-mask::s3cr3t-value/);
});

test('a snapshot from the workspace, plain NDJSON with a broken line, is read and the line reported', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const target = await service('v1');
  const lines = [...snapshotLines.slice(0, 10), '{"request": "oops"}', ...snapshotLines.slice(10, 20)];
  const run = await gate(target.url, github, { snapshot: 'traffic.ndjson' }, { files: { 'traffic.ndjson': lines.join('\n') } });
  t.is(run.outputs.verdict, 'pass', run.stdout);
  const results = await resultsOf(run);
  t.is(results.snapshot.decodeErrors, 1);
  t.is(results.snapshot.decodeIssues[0].position, 'line 11');
  t.regex(github.comments[0]!.body, /line 11: &quot;request&quot; must be a JSON object|line 11: "request" must be a JSON object/);
});

test('with a baseline, data drift since the recording passes and is reported as drift, while a real regression still fails', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const baseline = await service(['stock-level-moved']);
  const driftOnly = await service(['stock-level-moved']);
  const run = await gate(driftOnly.url, github, { 'baseline-url': baseline.url, 'fail-on': 'changed' });
  t.is(run.outputs.verdict, 'pass', run.stdout);
  const results = await resultsOf(run);
  const stock = results.endpoints.find((e: { endpoint: string }) => e.endpoint === 'GET /api/stock/{id}');
  t.is(stock.differing, 0);
  t.true(stock.drifted > 0);
  t.deepEqual(stock.drift.map((d: { pattern: string }) => d.pattern), ['$.available']);
  // Adaptive asking: an endpoint's first CALIBRATION_REQUESTS requests ask the baseline twice and
  // the candidate once; later ones ask each once where the baseline told something (the stock
  // endpoint drifts), and the candidate alone where it answered as recorded on an endpoint
  // where the baseline never told anything (orders), once that endpoint's calibration was
  // learnt: exchanges started while it was in flight still ask the baseline. A confirmation
  // asks each side once more, which leaves the difference as it is.
  type Counted = { requests: number; drifted: number; places: unknown[]; noise: unknown[] };
  const endpoints = results.endpoints as Counted[];
  // An endpoint where something varies on its own (products: a timestamp) pairs one later
  // request in PAIR_EVERY, once that is known.
  const later = (e: Counted) => Math.max(e.requests - CALIBRATION_REQUESTS, 0);
  const calibrating = endpoints.reduce((sum, e) => sum + Math.min(e.requests, CALIBRATION_REQUESTS), 0);
  const pairedLater = endpoints.reduce((sum, e) => sum + (e.noise.length > 0 ? Math.ceil(later(e) / PAIR_EVERY) : 0), 0);
  const skippable = endpoints.reduce((sum, e) => sum + (e.drifted === 0 && e.places.length === 0 && e.noise.length === 0 ? later(e) : 0), 0);
  const extra = baseline.hits.length - driftOnly.hits.length;
  const [low, high] = [calibrating - skippable, calibrating + pairedLater];
  t.true(extra <= high && extra >= low, `${extra} not within [${low}, ${high}]`);
  t.true(driftOnly.hits.length >= Number(run.outputs.requests));

  const broken = await service(['stock-level-moved', 'orders-customer-removed']);
  const failing = await gate(broken.url, github, { 'baseline-url': baseline.url });
  t.is(failing.outputs.verdict, 'fail');
  const failed = await resultsOf(failing);
  t.deepEqual(breakingEndpoints(failed), ['GET /api/orders/{id}']);
  t.is(failed.endpoints.find((e: { endpoint: string }) => e.endpoint === 'GET /api/stock/{id}').differing, 0);
});

test('without a baseline, the same data drift is a change (not breaking): it passes fail-on breaking, fails fail-on changed', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const moved = await service(['stock-level-moved']);
  const lenient = await gate(moved.url, github);
  t.is(lenient.outputs.verdict, 'pass');
  t.true(Number(lenient.outputs.diffs) > 0);
  const strict = await gate(moved.url, github, { 'fail-on': 'changed' });
  t.is(strict.outputs.verdict, 'fail');
});
