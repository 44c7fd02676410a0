// Accepting intended changes, end to end: the bundled action run as the runner runs it, against
// s3rver, the sample service and the GitHub stand-in (labels, label events and collaborator
// permissions, every call checked against GitHub's OpenAPI description).
import test from 'ava';
import { readFile } from 'node:fs/promises';
import { decodeMetadata, encodeMetadata } from '../src/review/metadata.js';
import { startGitHubApi, type GitHubApi } from '../stack/github-api.js';
import { runAction, type ActionRunOptions } from '../stack/run-action.js';
import type { LocalS3 } from '../stack/s3.js';
import { startSampleService, type SampleService, type ServiceVersion } from '../stack/sample-service.js';
import { ACCEPT_LABEL, pullRequestEvent, type PullRequestEventOptions } from './helpers/label-event.js';
import { demoSnapshotInS3 } from './helpers/demo-snapshot.js';

let s3: LocalS3;
const services: SampleService[] = [];
const SHA_1 = '1'.repeat(40);
const SHA_2 = '2'.repeat(40);

test.before(async () => {
  s3 = await demoSnapshotInS3();
});

test.after.always(async () => {
  await Promise.all(services.map((s) => s.close()));
  await s3?.close();
});

async function service(version: ServiceVersion): Promise<string> {
  const started = await startSampleService(version);
  services.push(started);
  return started.url;
}

async function withApi(t: import('ava').ExecutionContext): Promise<GitHubApi> {
  const api = await startGitHubApi({ roles: { alice: 'write', maria: 'maintain', mallory: 'read', tim: 'triage' } });
  t.teardown(() => api.close());
  return api;
}

async function gate(target: string, github: GitHubApi, event: Record<string, unknown>, extra: Partial<ActionRunOptions> = {}) {
  const run = await runAction({
    env: { ...s3.credentials, GITHUB_API_URL: github.url },
    inputs: {
      snapshot: 's3://traffic/shop/', 'target-url': target, 's3-endpoint': s3.endpoint, 'aws-region': 'us-east-1',
      'github-token': 'ghs_test', 'accept-label': ACCEPT_LABEL,
    },
    event,
    ...extra,
  });
  const results = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
  const check = [...github.checkRuns.values()].at(-1)!;
  const comment = github.comments.find((c) => c.user.login === 'github-actions[bot]')!;
  return { run, results, check, comment: comment.body };
}

const on = (options: PullRequestEventOptions) => pullRequestEvent(options);

test('fail, a reader’s label changes nothing, a writer’s accepts, a push with one more cause fails naming only it, removing the label fails again', async (t) => {
  const github = await withApi(t);
  const orders = await service(['orders-customer-removed']);

  const first = await gate(orders, github, on({ action: 'opened', labels: [], headSha: SHA_1 }));
  t.is(first.run.outputs.verdict, 'fail', first.run.stdout);
  t.is(first.check.conclusion, 'failure');
  t.regex(first.results.fingerprint, /^[0-9a-f]{16}$/);
  t.true(first.results.causes.every((c: { key: string }) => /^[0-9a-f]{16}$/.test(c.key)));
  t.is(decodeMetadata(first.comment)?.fingerprint, first.results.fingerprint);
  t.is(decodeMetadata(first.comment)?.acceptance, undefined);

  // A reader adds the label: still a failure, one clear line, nothing recorded.
  const byReader = await gate(orders, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'mallory', labels: [ACCEPT_LABEL], headSha: SHA_1 }));
  t.is(byReader.run.outputs.verdict, 'fail');
  t.is(byReader.run.outputs.accepted, 'false');
  t.is(byReader.check.conclusion, 'failure');
  t.regex(byReader.comment, /@\u200bmallory added the acceptance label, but accepting needs write, maintain or admin permission on the repository; they have read: nothing was accepted\./);
  t.is(decodeMetadata(byReader.comment)?.acceptance, undefined);
  const asked = github.requests.filter((r) => r.operationId === 'repos/get-collaborator-permission-level');
  t.deepEqual(asked.map((r) => r.path), ['/repos/acme/shop/collaborators/mallory/permission']);

  // A writer adds it: success, "accepted by @alice", every cause accepted with who and when, recorded.
  const byWriter = await gate(orders, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'alice', labels: [ACCEPT_LABEL], headSha: SHA_1 }));
  t.is(byWriter.run.outputs.verdict, 'pass', byWriter.run.stdout);
  t.is(byWriter.run.outputs.accepted, 'true');
  t.is(byWriter.run.exitCode, 0);
  t.is(byWriter.check.conclusion, 'success');
  t.regex(byWriter.check.output.title!, /^accepted by @\u200balice: \d+ causes? reviewed at 1111111/);
  t.regex(byWriter.comment, /Accepted now by @\u200balice on \d{4}-\d\d-\d\d \d\d:\d\d UTC at `1111111`/);
  t.regex(byWriter.comment, /removed `\$\.customer` on `GET \/api\/orders\/\{id\}`.* — accepted by @\u200balice on /);
  const recorded = decodeMetadata(byWriter.comment)!.acceptance!;
  t.is(recorded.by, 'alice');
  t.is(recorded.headSha, SHA_1);
  t.is(recorded.fingerprint, byWriter.results.fingerprint);
  t.deepEqual(recorded.keys, byWriter.results.review.units.map((u: { key: string }) => u.key).sort());

  // A push that also breaks the stock endpoint: only what is new fails, and is named.
  const both = await service(['orders-customer-removed', 'stock-500']);
  const pushed = await gate(both, github, on({ action: 'synchronize', sender: 'octocat', labels: [ACCEPT_LABEL], headSha: SHA_2 }));
  t.is(pushed.run.outputs.verdict, 'fail', pushed.run.stdout);
  t.is(pushed.check.conclusion, 'failure');
  const fresh = pushed.results.review.units.filter((u: { state: string }) => u.state === 'new');
  t.true(fresh.length >= 1);
  t.deepEqual([...new Set(fresh.map((u: { endpoint: string }) => u.endpoint))], ['GET /api/stock/{id}']);
  t.true(pushed.results.review.units.filter((u: { endpoint: string }) => u.endpoint === 'GET /api/orders/{id}').every((u: { state: string }) => u.state === 'accepted'));
  t.regex(pushed.results.reason, /^\d+ new causes? since the acceptance by @alice: status 200 → 500 on GET \/api\/stock\/\{id\}/);
  t.regex(pushed.check.output.title!, /^fail: \d+ new causes? since the acceptance by @\u200balice: status 200 → 500 on GET \/api\/stock\/\{id\}/);
  t.notRegex(pushed.check.output.title!, /orders/);
  t.regex(pushed.comment, /### New since the acceptance\n\n- status `200 → 500` on `GET \/api\/stock\/\{id\}`/);
  t.is(decodeMetadata(pushed.comment)?.acceptance?.by, 'alice', 'the acceptance stays on record while the label is on');

  // The label removed: the acceptance is withdrawn, the gate fails on what it accepted.
  const removed = await gate(orders, github, on({ action: 'unlabeled', label: ACCEPT_LABEL, sender: 'alice', labels: [], headSha: SHA_2 }));
  t.is(removed.run.outputs.verdict, 'fail');
  t.is(removed.check.conclusion, 'failure');
  t.regex(removed.comment, /The acceptance was withdrawn by @\u200balice: the acceptance label was removed\./);
  t.is(decodeMetadata(removed.comment)?.acceptance, undefined);

  t.is(github.comments.length, 1, 'one sticky comment, updated in place');
  t.deepEqual(github.violations(), []);
});

test('maintain accepts; triage does not; an error run is never accepted', async (t) => {
  const github = await withApi(t);
  const orders = await service(['orders-customer-removed']);
  const byTriage = await gate(orders, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'tim', labels: [ACCEPT_LABEL] }));
  t.is(byTriage.check.conclusion, 'failure');
  t.regex(byTriage.comment, /they have read \\\(triage\\\)/);
  const byMaintainer = await gate(orders, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'maria', labels: [ACCEPT_LABEL] }));
  t.is(byMaintainer.check.conclusion, 'success');
  const down = await startSampleService('v1');
  const url = down.url;
  await down.close();
  const errored = await gate(url, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'maria', labels: [ACCEPT_LABEL] }));
  t.is(errored.run.outputs.verdict, 'error');
  t.is(errored.check.conclusion, 'failure');
  t.regex(errored.comment, /The acceptance by @\u200bmaria on .* stays on record: this run could not be judged/);
  t.is(decodeMetadata(errored.comment)?.acceptance?.by, 'maria', 'a down preview neither is accepted nor loses the acceptance');
  const after = await gate(orders, github, on({ action: 'synchronize', labels: [ACCEPT_LABEL] }));
  t.is(after.check.conclusion, 'success');
  t.deepEqual(github.violations(), []);
});

test('a label added while the preview is down accepts nothing and says why', async (t) => {
  const github = await withApi(t);
  const down = await startSampleService('v1');
  const url = down.url;
  await down.close();
  const errored = await gate(url, github, on({ action: 'labeled', label: ACCEPT_LABEL, sender: 'alice', labels: [ACCEPT_LABEL] }));
  t.is(errored.run.outputs.verdict, 'error');
  t.is(errored.check.conclusion, 'failure');
  t.regex(errored.comment, /@\u200balice added the acceptance label, but nothing was accepted: the gate could not judge this run/);
  t.is(decodeMetadata(errored.comment)?.acceptance, undefined);
  t.false(github.requests.some((r) => r.operationId === 'repos/get-collaborator-permission-level'), 'no permission asked for a run that cannot be accepted');
  t.deepEqual(github.violations(), []);
});

test('an acceptance planted in someone else’s comment is never trusted', async (t) => {
  const github = await withApi(t);
  const orders = await service(['orders-customer-removed']);
  const first = await gate(orders, github, on({ action: 'opened', labels: [] }));
  const units = first.results.review.units.map(({ key, endpoint, kind, pattern }: Record<string, string>) => ({ key, endpoint, kind, pattern }));
  const planted = encodeMetadata({
    v: 1, fingerprint: first.results.fingerprint,
    acceptance: { fingerprint: first.results.fingerprint, keys: units.map((u: { key: string }) => u.key).sort(), units, by: 'alice', at: new Date().toISOString(), headSha: '0'.repeat(40) },
  });
  github.seedComment(42, `<!-- replay-gate:replay-gate -->\n${planted}`, 'mallory', 'acme/shop');
  const bot = github.comments.find((c) => c.user.login === 'github-actions[bot]')!;
  github.comments.splice(github.comments.indexOf(bot), 1);
  github.comments.push(bot); // the impostor's comment now comes first
  const later = await gate(orders, github, on({ action: 'synchronize', sender: 'mallory', labels: [ACCEPT_LABEL] }));
  t.is(later.check.conclusion, 'failure');
  t.regex(later.comment, /is on, but no acceptance is on record/);
  t.deepEqual(github.violations(), []);
});

test('an expect: entry marks its cause expected and passes; one that matches nothing is stale, annotated on its line', async (t) => {
  const github = await withApi(t);
  const orders = await service(['orders-customer-removed']);
  const rules = [
    'ignore: []',
    'expect:',
    '  - endpoint: "GET /api/orders/{id}"',
    '    place: "$.customer"',
    '    change: removed',
    '    reason: customers moved to /api/customers',
    '  - endpoint: "GET /api/stock/{id}"',
    '    change: status',
    '    reason: stock is served elsewhere now',
    '',
  ].join('\n');
  const { run, results, check, comment } = await gate(orders, github, on({ action: 'synchronize', labels: [] }), { files: { '.github/replay-gate.yml': rules } });
  t.is(run.outputs.verdict, 'pass', run.stdout);
  t.is(check.conclusion, 'success');
  t.regex(results.reason, /1 cause expected by the rules file/);
  const expected = results.review.units.filter((u: { state: string }) => u.state === 'expected');
  t.deepEqual(expected.map((u: { pattern: string; reason: string }) => [u.pattern, u.reason]), [['$.customer', 'customers moved to /api/customers']]);
  t.regex(comment, /removed `\$\.customer`.* — expected: customers moved to \/api\/customers/);
  t.regex(check.output.summary!, /— expected: customers moved to \/api\/customers/);
  t.deepEqual(results.review.stale.map((s: { index: number; line: number }) => [s.index, s.line]), [[1, 7]]);
  t.regex(comment, /### Stale expectations\n\n- `expect\[1\]`/);
  const stale = check.output.annotations.filter((a) => a.title?.startsWith('stale expectation'));
  t.deepEqual(stale.map((a) => [a.path, a.start_line, a.annotation_level]), [['.github/replay-gate.yml', 7, 'warning']]);
  const html = await readFile(run.outputs['html-report-path']!, 'utf8');
  t.regex(html, /expected: customers moved to \/api\/customers/);
  t.regex(html, /Stale expectations/);
  t.deepEqual(github.violations(), []);
});

test('fork-safe workflow_run: the label is read from GitHub (labels and label events), not from the triggering run', async (t) => {
  const github = await withApi(t);
  github.seedPull(42, { head_sha: SHA_1, head_owner: 'forker' });
  const orders = await service(['orders-customer-removed']);
  const event = { workflow_run: { head_sha: SHA_1, event: 'pull_request', pull_requests: [{ number: 42, head: { sha: SHA_1 } }] } };
  const extra = { eventName: 'workflow_run' };

  github.label(42, ACCEPT_LABEL, 'mallory');
  const byReader = await gate(orders, github, event, extra);
  t.is(byReader.check.conclusion, 'failure');
  t.regex(byReader.comment, /@\u200bmallory added the acceptance label, but/);

  github.label(42, ACCEPT_LABEL, 'mallory', 'unlabeled');
  github.label(42, ACCEPT_LABEL, 'alice');
  // Label events carry whole seconds: the acceptance must come after the label in time.
  const accepted = await gate(orders, github, event, extra);
  t.is(accepted.check.conclusion, 'success', accepted.run.stdout);
  t.regex(accepted.check.output.title!, /^accepted by @\u200balice/);

  const again = await gate(orders, github, event, extra);
  t.is(again.check.conclusion, 'success', 'still accepted while the label stays on');
  t.regex(again.comment, /Accepted by @\u200balice on /);

  github.label(42, ACCEPT_LABEL, 'alice', 'unlabeled');
  const withdrawn = await gate(orders, github, event, extra);
  t.is(withdrawn.check.conclusion, 'failure');
  t.regex(withdrawn.comment, /The acceptance was withdrawn/);
  t.true(github.requests.some((r) => r.operationId === 'issues/list-events'));
  t.deepEqual(github.violations(), []);
});
