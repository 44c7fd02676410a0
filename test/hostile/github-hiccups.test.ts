// GitHub having a bad minute: 5xx answers, rate limits (429, the secondary limit's 403, a used-up
// primary limit), and requests that hang. The retry policy against the stand-in in-process with
// a fake clock (what it waits, how often it asks), then the bundled action run as the runner runs it.
import { getOctokit } from '@actions/github';
import test, { type ExecutionContext } from 'ava';
import { GitHubUnavailableError } from '../../src/github/api-failure.js';
import { GitHubCalls, isPermission } from '../../src/github/github-calls.js';
import { GITHUB_RETRY, retryRequests, type RetryPolicy } from '../../src/github/request-retry.js';
import type { Clock } from '../../src/replay/clock.js';
import { startGitHubApi, type GitHubApi } from '../../stack/github-api.js';
import { type ActionRunOptions, runAction } from '../../stack/run-action.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { itemsService, itemsSnapshot } from '../helpers/items.js';

const repo = { owner: 'acme', repo: 'shop' };
const sha = 'c0ffee'.padEnd(40, '0');

async function withApi(t: ExecutionContext): Promise<GitHubApi> {
  const api = await startGitHubApi();
  t.teardown(() => api.close());
  return api;
}

function client(api: GitHubApi, policy: Partial<RetryPolicy> = {}) {
  const octokit = getOctokit('ghs_test', { baseUrl: api.url });
  const lines: string[] = [];
  // GitHub's rate-limit reset is in real epoch seconds: the fake clock starts at the real now.
  const clock = new FakeClock(Date.now());
  retryRequests(octokit, { ...GITHUB_RETRY, clock, log: (line) => lines.push(line), ...policy });
  return { octokit, lines, clock };
}

const statuses = (api: GitHubApi, operationId: string) => api.requests.filter((r) => r.operationId === operationId).map((r) => r.status);

async function checkRun(octokit: ReturnType<typeof getOctokit>): Promise<number> {
  const { data } = await octokit.rest.checks.create({ ...repo, name: 'replay-gate', head_sha: sha, status: 'in_progress' });
  return data.id;
}

test('the stand-in plays faults in the order injected, for the calls they name, and knows its operations', async (t) => {
  const api = await withApi(t);
  const octokit = getOctokit('ghs_test', { baseUrl: api.url });
  api.inject({ kind: 'server-error', status: 500 }, { operationId: 'checks/update' });
  api.inject({ kind: 'primary-rate-limit', resetInSeconds: 60 }, { times: 2 });
  const status = (call: Promise<unknown>) => call.then(() => 200, (error: { status: number }) => error.status);
  t.is(await status(octokit.rest.checks.create({ ...repo, name: 'g', head_sha: sha })), 403);
  t.is(await status(octokit.rest.checks.update({ ...repo, check_run_id: 1, status: 'in_progress' })), 500);
  t.is(await status(octokit.rest.issues.listComments({ ...repo, issue_number: 1 })), 403);
  t.is(await status(octokit.rest.checks.create({ ...repo, name: 'g', head_sha: sha })), 200);
  t.is(api.requests[0]!.fault, 'primary-rate-limit');
  t.is(api.checkRuns.size, 1, 'a fault changes nothing');
  t.throws(() => api.inject({ kind: 'hang', ms: 1 }, { operationId: 'checks/delete' }), { message: /^no operation checks\/delete in / });
  t.deepEqual(api.violations(), []);
});

test('a 5xx is tried again after 1, 2 and 4 s, then given up on with one line', async (t) => {
  const api = await withApi(t);
  const { octokit, clock } = client(api);
  const id = await checkRun(octokit);
  api.inject({ kind: 'server-error', status: 502 }, { times: 4, operationId: 'checks/update' });
  const error = await t.throwsAsync(octokit.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: 'success' }), { instanceOf: GitHubUnavailableError });
  t.deepEqual(statuses(api, 'checks/update'), [502, 502, 502, 502]);
  t.deepEqual(clock.sleeps, [1000, 2000, 4000]);
  t.is(error.message, 'GitHub answered 502: Bad Gateway (4 tries over 7 s)');
  t.deepEqual(api.violations(), []);
});

test('429 with retry-after is waited for as long as it says', async (t) => {
  const api = await withApi(t);
  const { octokit, clock, lines } = client(api);
  api.inject({ kind: 'too-many-requests', retryAfterSeconds: 7 });
  await checkRun(octokit);
  t.deepEqual(statuses(api, 'checks/create'), [429, 201]);
  t.deepEqual(clock.sleeps, [7000]);
  t.deepEqual(lines, ['GitHub: POST /repos/{owner}/{repo}/check-runs: rate-limited by GitHub (429): Too Many Requests; trying again in 7 s (try 2 of 4)']);
});

test('a secondary rate limit is tried again, and when it persists the failure is never read as a permission', async (t) => {
  const api = await withApi(t);
  const { octokit, clock } = client(api);
  api.inject({ kind: 'secondary-rate-limit' }, { times: 10 });
  const lines: string[] = [];
  const calls = new GitHubCalls((line) => lines.push(line), () => clock.epochMs());
  t.is(await calls.attempt('create the check run', 'checks: write', () => checkRun(octokit)), undefined);
  // Without retry-after, 10 s and 20 s: 40 s more would pass the minute.
  t.deepEqual(clock.sleeps, [10_000, 20_000]);
  t.deepEqual(statuses(api, 'checks/create'), [403, 403, 403]);
  t.is(calls.refusals[0]!.kind, 'secondary-rate-limit');
  t.false(isPermission(calls.refusals[0]!));
  t.regex(lines[0]!, /^could not create the check run: rate-limited by GitHub \(403\): You have exceeded a secondary rate limit\. .*; waiting 40 s more would pass the 60 s one call may wait$/);
  t.notRegex(lines[0]!, /grant|permission/i);
});

test('a used-up rate limit that resets in an hour is not waited for: the call fails at once, saying until when', async (t) => {
  const api = await withApi(t);
  const { octokit, clock } = client(api);
  api.inject({ kind: 'primary-rate-limit', resetInSeconds: 3600 });
  const error = await t.throwsAsync(checkRun(octokit), { instanceOf: GitHubUnavailableError });
  t.deepEqual(statuses(api, 'checks/create'), [403]);
  t.deepEqual(clock.sleeps, []);
  t.regex(error.message, /^the token's API rate limit is used up \(403\) until \d{4}-\d\d-\d\dT[\d:.]+Z; waiting 60 min more would pass the 60 s one call may wait$/);
  t.is(error.failure.kind, 'rate-limit');
});

test('a rate limit that resets within the budget is waited for until the reset', async (t) => {
  const api = await withApi(t);
  const { octokit, clock } = client(api);
  api.inject({ kind: 'primary-rate-limit', status: 429, resetInSeconds: 20 });
  await checkRun(octokit);
  t.deepEqual(statuses(api, 'checks/create'), [429, 201]);
  t.is(clock.sleeps.length, 1);
  // Until the reset, in whole seconds, and one more for the two clocks.
  t.true(clock.sleeps[0]! >= 19_000 && clock.sleeps[0]! <= 22_000, String(clock.sleeps[0]));
});

test('a plain 403 or 404 is GitHub saying no: asked once, read as a permission', async (t) => {
  const api = await startGitHubApi({ deny: ['checks/create'] });
  t.teardown(() => api.close());
  const { octokit, clock } = client(api);
  const calls = new GitHubCalls(() => {});
  await calls.attempt('create the check run', 'checks: write', () => checkRun(octokit));
  t.deepEqual(statuses(api, 'checks/create'), [403]);
  t.deepEqual(clock.sleeps, []);
  t.true(isPermission(calls.refusals[0]!));
});

test('a hung request times out and is asked again; a hung POST is not sent twice', async (t) => {
  const api = await withApi(t);
  const { octokit, lines } = client(api, { timeoutMs: 300 });
  const id = await checkRun(octokit);
  api.inject({ kind: 'hang', ms: 30_000 }, { operationId: 'checks/update' });
  await octokit.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: 'success' });
  t.deepEqual(statuses(api, 'checks/update'), [0, 200]);
  t.is(api.checkRuns.get(id)!.status, 'completed');
  t.regex(lines[0]!, /^GitHub: PATCH \/repos\/\{owner\}\/\{repo\}\/check-runs\/\{check_run_id\}: could not reach GitHub: no answer within 0\.3 s; trying again in 1 s/);

  api.inject({ kind: 'hang', ms: 30_000 }, { operationId: 'checks/create' });
  const error = await t.throwsAsync(checkRun(octokit), { instanceOf: GitHubUnavailableError });
  t.is(error.message, 'could not reach GitHub: no answer within 0.3 s (not sent again: GitHub may have done it)');
  t.deepEqual(statuses(api, 'checks/create'), [201, 0]);
});

test('hurried (the runner is about to kill the job): a wait ends at once and the call is made once more', async (t) => {
  const api = await withApi(t);
  const hurry = new AbortController();
  let sleeping: () => void = () => {};
  const asleep = new Promise<void>((resolve) => (sleeping = resolve));
  // A clock whose waits never end by themselves.
  const stuck: Clock = { now: () => 0, epochMs: () => Date.now(), sleep: () => (sleeping(), new Promise<void>(() => {})) };
  const { octokit } = client(api, { clock: stuck, hurry: hurry.signal });
  const id = await checkRun(octokit);
  api.inject({ kind: 'server-error', status: 503 }, { operationId: 'checks/update' });
  const update = octokit.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: 'cancelled' });
  await asleep;
  hurry.abort();
  await update;
  t.deepEqual(statuses(api, 'checks/update'), [503, 200]);
  t.is(api.checkRuns.get(id)!.conclusion, 'cancelled');
  t.deepEqual(api.violations(), []);
});

test('hurried: a request in flight is abandoned and made again at once', async (t) => {
  const api = await withApi(t);
  const hurry = new AbortController();
  const { octokit } = client(api, { hurry: hurry.signal });
  const id = await checkRun(octokit);
  api.inject({ kind: 'hang', ms: 60_000 }, { operationId: 'checks/update' });
  const update = octokit.rest.checks.update({ ...repo, check_run_id: id, status: 'completed', conclusion: 'cancelled' });
  while (!api.requests.some((r) => r.operationId === 'checks/update')) await new Promise((resolve) => setTimeout(resolve, 10));
  hurry.abort();
  await update;
  t.deepEqual(statuses(api, 'checks/update'), [0, 200]);
  t.is(api.checkRuns.get(id)!.status, 'completed');
});

// ---- The bundled action, against a small local service and the stand-in.

async function gate(t: ExecutionContext, github: GitHubApi, extra: Partial<ActionRunOptions> = {}) {
  const service = await itemsService(t);
  const run = await runAction({
    ...extra,
    env: { GITHUB_API_URL: github.url, ...extra.env },
    inputs: { snapshot: 'traffic.ndjson', 'target-url': service.url, 'github-token': 'ghs_test', 'rate-limit': '0', ...extra.inputs },
    files: { 'traffic.ndjson': itemsSnapshot(6), ...extra.files },
  });
  t.notRegex(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

test('the action: a 502 on creating and on completing the check run, each tried again: one check run, completed', async (t) => {
  const github = await withApi(t);
  github.inject({ kind: 'server-error', status: 502 }, { operationId: 'checks/create' });
  github.inject({ kind: 'server-error', status: 502 }, { operationId: 'checks/update' });
  const run = await gate(t, github);
  t.is(run.outputs.verdict, 'pass', run.stdout);
  t.deepEqual(statuses(github, 'checks/create'), [502, 201]);
  t.deepEqual(statuses(github, 'checks/update'), [502, 200]);
  t.is(github.checkRuns.size, 1);
  const [check] = [...github.checkRuns.values()];
  t.is(check!.status, 'completed');
  t.is(check!.conclusion, 'success');
  t.regex(run.stdout, /GitHub: POST \/repos\/\{owner\}\/\{repo\}\/check-runs: GitHub answered 502: Bad Gateway; trying again in 1 s \(try 2 of 4\)/);
  t.is(github.comments.length, 1);
  t.deepEqual(github.violations(), []);
});

test('the action: 429 with retry-after on completing the check is waited for as said, then completed', async (t) => {
  const github = await withApi(t);
  github.inject({ kind: 'too-many-requests', retryAfterSeconds: 2 }, { operationId: 'checks/update' });
  const run = await gate(t, github);
  t.deepEqual(statuses(github, 'checks/update'), [429, 200]);
  t.regex(run.stdout, /check-runs\/\{check_run_id\}: rate-limited by GitHub \(429\): Too Many Requests; trying again in 2 s/);
  t.is([...github.checkRuns.values()][0]!.conclusion, 'success');
});

test('the action: a secondary rate limit is tried again; when it persists, the one line says so and not "permission"', async (t) => {
  const github = await withApi(t);
  github.inject({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { operationId: 'checks/update', times: 4 });
  const run = await gate(t, github);
  t.deepEqual(statuses(github, 'checks/update'), [403, 403, 403, 403]);
  t.is([...github.checkRuns.values()][0]!.status, 'in_progress');
  const why = run.stdout.split('\n').filter((line) => line.includes('posted no'));
  t.is(why.length, 1);
  t.regex(why[0]!, /^::warning::replay-gate posted no check run: could not complete the check run: rate-limited by GitHub \(403\): You have exceeded a secondary rate limit\. .*\(4 tries over \d+(\.\d)? s\)/);
  t.notRegex(run.stdout, /grant|permission|may not write/i);
  t.is(github.comments.length, 1, 'the comment is another route: posted');

  // Once: tried again after the second it asks, and completed.
  const again = await withApi(t);
  again.inject({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { operationId: 'checks/update' });
  await gate(t, again);
  t.deepEqual(statuses(again, 'checks/update'), [403, 200]);
  t.is([...again.checkRuns.values()][0]!.conclusion, 'success');
});

test('the action: a hung completion times out and is completed by the next try', async (t) => {
  const github = await withApi(t);
  github.inject({ kind: 'hang', ms: 60_000 }, { operationId: 'checks/update' });
  const run = await gate(t, github, { env: { REPLAY_GATE_GITHUB_TIMEOUT_MS: '1000' } });
  t.deepEqual(statuses(github, 'checks/update'), [0, 200]);
  t.regex(run.stdout, /could not reach GitHub: no answer within 1 s; trying again in 1 s/);
  t.is([...github.checkRuns.values()][0]!.conclusion, 'success');
  t.deepEqual(github.violations(), []);
});

test('the action: a check run GitHub could not create at the start is created, completed, at the end', async (t) => {
  const github = await withApi(t);
  github.inject({ kind: 'primary-rate-limit', resetInSeconds: 3600 }, { operationId: 'checks/create' });
  const run = await gate(t, github, { inputs: { 'on-error': 'neutral' } });
  t.deepEqual(statuses(github, 'checks/create'), [403, 201]);
  t.regex(run.stdout, /could not create the check run: the token's API rate limit is used up \(403\) until \S+; waiting 60 min more would pass the 60 s one call may wait/);
  t.notRegex(run.stdout, /grant|permission/i);
  const created = github.requests.filter((r) => r.operationId === 'checks/create').at(-1)!.body as { status: string; conclusion: string };
  t.is(created.status, 'completed');
  t.is(created.conclusion, 'success');
  t.is(statuses(github, 'checks/update').length, 0, 'created complete: no update needed');
  t.is(github.checkRuns.size, 1);
  t.is([...github.checkRuns.values()][0]!.status, 'completed');
  t.false(run.stdout.includes('posted no'));
  t.deepEqual(github.violations(), []);
});
