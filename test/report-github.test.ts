// The reporting half against real local servers: the GitHub stand-in (every call checked against
// GitHub's OpenAPI description and limits) and the artifact service stand-in.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { getOctokit } from '@actions/github';
import test from 'ava';
import type { GateResults } from '../src/gate.js';
import { artifactName, uploadReports } from '../src/github/artifact-upload.js';
import { completeCheckRun, startCheckRun } from '../src/github/check-run.js';
import { reportTarget } from '../src/github/event.js';
import { findPullRequest } from '../src/github/find-pull-request.js';
import { GitHubCalls } from '../src/github/github-calls.js';
import { publishReports, type PublishOptions } from '../src/github/publish.js';
import type { AnnotationProperties } from '../src/github/workflow-annotations.js';
import type { CheckAnnotation } from '../src/report/annotations.js';
import { PLAIN_REPRODUCTION } from '../src/report/curl.js';
import { writeReports } from '../src/report/write-reports.js';
import { startArtifactService } from '../stack/artifact-service.js';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../stack/github-api.js';
import { endpointStats, exampleRequest, fixture, place } from './report-fixture.js';

const repo = { owner: 'acme', repo: 'shop' };
const HEAD = 'c0ffee'.padEnd(40, '0');

async function withApi(t: import('ava').ExecutionContext, options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const api = await startGitHubApi(options);
  t.teardown(() => api.close());
  return api;
}

/** Records what the gate would print through @actions/core. */
function recordingSink() {
  const lines: { level: 'info' | 'warning' | 'error' | 'notice'; message: string; properties?: AnnotationProperties }[] = [];
  return {
    lines,
    info: (message: string) => void lines.push({ level: 'info', message }),
    warning: (message: string, properties: AnnotationProperties) => void lines.push({ level: 'warning', message, properties }),
    error: (message: string, properties: AnnotationProperties) => void lines.push({ level: 'error', message, properties }),
    notice: (message: string, properties: AnnotationProperties) => void lines.push({ level: 'notice', message, properties }),
  };
}

/** `count` differing endpoints, each worth an annotation, with big examples. */
function manyDiffering(count: number): GateResults {
  const base = fixture();
  const endpoints = Array.from({ length: count }, (_, i) => endpointStats(`GET /api/thing-${i}/{id}`, {
    requests: 10, compared: 10, differing: 3, breaking: i % 2 ? 0 : 3, changed: i % 2 ? 3 : 0,
    places: [place('$.items[*].sku', i % 2 ? 'value' : 'removed', i % 2 ? 'changed' : 'breaking', 3)],
    noise: [place('$.at', 'value', 'changed', 2, 6)],
    example: exampleRequest({ id: `r-${i}`, url: `/api/thing-${i}/1`, differences: [{ kind: 'removed', path: '$.items[0].sku', pattern: '$.items[*].sku', severity: 'breaking', expected: '"A"' }],
      excerpts: { expected: `HTTP 200\n\n${'{"sku":"A"}\n'.repeat(3000)}`, actual: `HTTP 200\n\n${'{"sku":"B"}\n'.repeat(3000)}` } }),
  }));
  return { ...base, endpoints, totals: { ...base.totals, endpoints: count, endpointsDiffering: count } };
}

function annotationsOf(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'src/app.ts', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', title: `t${i}`, message: `m${i}`,
  }));
}

test('3,000 annotations go 50 per request, the conclusion and full summary with the last', async (t) => {
  const api = await withApi(t);
  const client = getOctokit('ghs_test', { baseUrl: api.url });
  const target = { ...repo, headSha: HEAD };
  const id = await startCheckRun(client, target, 'replay-gate');
  await completeCheckRun(client, target, id, 'failure', { title: 'fail: 3000', summary: '## full summary', annotations: annotationsOf(3000) });
  const updates = api.requests.filter((r) => r.operationId === 'checks/update');
  const sizes = updates.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length);
  t.log(`${updates.length} update requests; annotations per request: max ${Math.max(...sizes)}`);
  t.is(updates.length, 60);
  t.true(sizes.every((n) => n === 50));
  t.deepEqual(updates.slice(0, -1).map((r) => (r.body as { conclusion?: string }).conclusion), Array(59).fill(undefined));
  t.is((updates.at(-1)!.body as { conclusion: string }).conclusion, 'failure');
  t.is((updates.at(-1)!.body as { output: { summary: string } }).output.summary, '## full summary');
  const run = api.checkRuns.get(id)!;
  t.is(run.output.annotations.length, 3000);
  t.is(run.status, 'completed');
  t.deepEqual(api.violations(), []);
});

async function publishOptions(t: import('ava').ExecutionContext, api: GitHubApi, results: GateResults, over: Partial<PublishOptions> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-publish-'));
  // A checkout with a rules file: annotations land on files the repository has.
  await mkdir(path.join(dir, '.github'));
  await writeFile(path.join(dir, '.github', 'replay-gate.yml'), 'ignore: []\n');
  const files = await writeReports(results, dir, { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION });
  const client = getOctokit('ghs_test', { baseUrl: api.url });
  const target = { ...repo, headSha: HEAD, pullNumber: 42 };
  const sink = recordingSink();
  const calls = new GitHubCalls((line) => sink.info(line));
  const checkRunId = await calls.attempt('create the check run', 'checks: write', () => startCheckRun(client, target, 'replay-gate'));
  let summary = '';
  const options: PublishOptions = {
    results, conclusion: 'failure', checkName: 'replay-gate', configPath: '.github/replay-gate.yml', workspace: dir,
    reproduction: PLAIN_REPRODUCTION, comment: true, files, env: {}, runUrl: 'https://github.com/acme/shop/actions/runs/1',
    github: { client, target, ...(checkRunId !== undefined ? { checkRunId } : {}) }, calls,
    uploader: () => { throw new Error('no upload without ACTIONS_RUNTIME_TOKEN'); },
    sink, writeJobSummary: async (markdown) => void (summary = markdown),
    ...over,
  };
  t.truthy(files.html);
  return { options, sink, summary: () => summary };
}

test('5,000 differing endpoints: comment, check summary and annotations all within GitHub’s limits, per the stand-in', async (t) => {
  const api = await withApi(t);
  const { options, summary } = await publishOptions(t, api, manyDiffering(5000));
  await publishReports(options);
  const comment = api.comments[0]!.body;
  const run = [...api.checkRuns.values()][0]!;
  t.log(`comment ${comment.length} chars; check summary ${Buffer.byteLength(run.output.summary!)} bytes; job summary ${Buffer.byteLength(summary())} bytes; ${run.output.annotations.length} annotations in ${api.requests.filter((r) => r.operationId === 'checks/update').length} updates`);
  t.true(comment.length <= 65_536);
  t.true(Buffer.byteLength(run.output.summary!) <= 65_535);
  t.true(Buffer.byteLength(summary()) <= 1024 * 1024);
  t.is(run.output.annotations.length, 5000, 'one annotation per differing endpoint');
  t.is(run.conclusion, 'failure');
  t.true(api.requests.filter((r) => r.operationId === 'checks/update').every((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length <= 50));
  t.deepEqual(api.violations(), []);
});

test('a read-only token: workflow-command annotations instead, the job summary, and one line saying why', async (t) => {
  const api = await withApi(t, { deny: ['checks/create', 'checks/update', 'issues/create-comment', 'issues/update-comment'] });
  const { options, sink, summary } = await publishOptions(t, api, fixture());
  await publishReports(options);
  t.is(api.comments.length, 0);
  t.regex(summary(), /^## ❌ replay-gate: fail/);
  const why = sink.lines.filter((l) => /posted no/.test(l.message));
  t.is(why.length, 1);
  t.is(why[0]!.level, 'warning');
  t.regex(why[0]!.message, /^replay-gate posted no check run and no PR comment: the token may not write \(403\/403; pull requests from forks get a read-only token\)\. Grant "checks: write" and "pull-requests: write", or use the workflow_run recipe in the README/);
  const annotations = sink.lines.filter((l) => l.properties?.file);
  t.deepEqual(annotations.map((a) => [a.level, a.properties!.file, a.properties!.startLine, a.properties!.title]), [
    ['error', '.github/replay-gate.yml', 1, 'GET /api/orders/{id}: 4 breaking, 1 changed of 12 requests'],
    ['warning', '.github/replay-gate.yml', 1, 'GET /api/users/{id}: 0 breaking, 2 changed of 6 requests'],
  ]);
  // The line comes before the annotations, so GitHub's per-step cap never drops it.
  t.true(sink.lines.indexOf(why[0]!) < sink.lines.indexOf(annotations[0]!));
  t.deepEqual(api.violations(), []);
});

test('workflow-command annotations stop at 8 per level and say how many more there are', async (t) => {
  const api = await withApi(t, { deny: ['checks/create'] });
  const { options, sink } = await publishOptions(t, api, manyDiffering(30));
  await publishReports(options);
  const annotations = sink.lines.filter((l) => l.properties?.file);
  t.is(annotations.filter((a) => a.level === 'error').length, 8);
  t.is(annotations.filter((a) => a.level === 'warning').length, 8);
  t.true(sink.lines.some((l) => l.message === '14 more endpoints differ than GitHub shows annotations for; the job summary and the report list them all.'));
  t.is(api.comments.length, 1, 'the comment is still posted');
  t.regex(sink.lines.find((l) => /posted no/.test(l.message))!.message, /^replay-gate posted no check run: the token may not write \(403;/);
});

test('workflow_run events: the triggering head commit, its pull request, or the fork branch to look it up by', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-event-'));
  const event = async (payload: unknown) => {
    const file = path.join(dir, `${Math.random()}.json`);
    await writeFile(file, JSON.stringify(payload));
    return reportTarget({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_PATH: file, GITHUB_SHA: 'f'.repeat(40) });
  };
  const run = { head_sha: HEAD, head_branch: 'fix-orders', event: 'pull_request', head_repository: { owner: { login: 'forker' } } };
  t.deepEqual(await event({ workflow_run: { ...run, pull_requests: [{ number: 7, head: { sha: 'other' } }, { number: 9, head: { sha: HEAD } }] } }),
    { ...repo, headSha: HEAD, pullNumber: 9 });
  t.deepEqual(await event({ workflow_run: { ...run, pull_requests: [] } }), { ...repo, headSha: HEAD, headLabel: 'forker:fix-orders' });
  t.deepEqual(await event({ workflow_run: { ...run, event: 'push', pull_requests: [] } }), { ...repo, headSha: HEAD });
  t.deepEqual(await event({ pull_request: { number: 3, head: { sha: HEAD } } }), { ...repo, headSha: HEAD, pullNumber: 3 });
  t.deepEqual(await event({}), { ...repo, headSha: 'f'.repeat(40) });
  t.deepEqual(await event('not an object'), { ...repo, headSha: 'f'.repeat(40) });
});

test('a fork’s pull request is found by its head branch, at exactly the commit checked', async (t) => {
  const api = await withApi(t);
  const client = getOctokit('ghs_test', { baseUrl: api.url });
  api.seedPull(41, { head_sha: 'a'.repeat(40), head_owner: 'forker', head_ref: 'fix-orders' });
  api.seedPull(42, { head_sha: HEAD, head_owner: 'forker', head_ref: 'fix-orders' });
  api.seedPull(43, { head_sha: HEAD, head_ref: 'fix-orders' });
  t.is(await findPullRequest(client, { ...repo, headSha: HEAD, headLabel: 'forker:fix-orders' }), 42);
  t.is(await findPullRequest(client, { ...repo, headSha: 'b'.repeat(40), headLabel: 'forker:fix-orders' }), undefined);
  t.is(await findPullRequest(client, { ...repo, headSha: HEAD, pullNumber: 5 }), 5);
  t.deepEqual(api.requests.map((r) => [r.operationId, r.query.head]), [['pulls/list', 'forker:fix-orders'], ['pulls/list', 'forker:fix-orders']]);
  t.deepEqual(api.violations(), []);
});

// Serial: @actions/artifact reads ACTIONS_RESULTS_URL from process.env, which these two set.
test.serial('the reports upload as one artifact through @actions/artifact to a local artifact service', async (t) => {
  const service = await startArtifactService();
  t.teardown(() => service.close());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-artifact-'));
  const files = await writeReports(fixture(), dir, { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION });
  const env = { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: `${service.url}/`, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '77' };
  // @actions/artifact reads its settings from the process environment (this test file's own process).
  Object.assign(process.env, env);
  const sink = recordingSink();
  const uploaded = await uploadReports(() => new DefaultArtifactClient(), [files.json, files.html], {
    checkName: 'replay-gate', env, info: sink.info, warning: (line) => sink.warning(line, {}),
  });
  const stored = service.artifacts.get('replay-gate-report')!;
  t.deepEqual(uploaded, { id: stored.id, name: 'replay-gate-report', url: `https://github.com/acme/shop/actions/runs/77/artifacts/${stored.id}` });
  t.true(stored.finalized);
  // A zip names its entries in plain text: both reports are in it.
  t.true(stored.content.subarray(0, 2).toString() === 'PK');
  t.true(stored.content.includes('results.json') && stored.content.includes('report.html'));
  t.deepEqual(service.problems, []);
  t.true(sink.lines.some((l) => l.message.startsWith('Uploaded the reports as artifact "replay-gate-report": https://github.com/acme/shop/actions/runs/77/artifacts/')));
});

test.serial('without ACTIONS_RUNTIME_TOKEN the upload is skipped with a line; a failing upload is a warning, never a crash', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-artifact-'));
  const files = await writeReports(fixture(), dir, { checkName: 'replay-gate', reproduction: PLAIN_REPRODUCTION });
  const sink = recordingSink();
  const skipped = await uploadReports(() => { throw new Error('must not be called'); }, [files.json, files.html], {
    checkName: 'replay-gate', env: {}, info: sink.info, warning: (line) => sink.warning(line, {}),
  });
  t.is(skipped, undefined);
  t.deepEqual(sink.lines.map((l) => l.level), ['info']);
  t.regex(sink.lines[0]!.message, /^ACTIONS_RUNTIME_TOKEN is not set .*not uploaded\.$/);

  const service = await startArtifactService({ failCreate: 400 });
  t.teardown(() => service.close());
  const env = { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: `${service.url}/` };
  Object.assign(process.env, env);
  const failed = recordingSink();
  const result = await uploadReports(() => new DefaultArtifactClient(), [files.json, files.html], {
    checkName: 'a/b:c', env, info: failed.info, warning: (line) => failed.warning(line, {}),
  });
  t.is(result, undefined);
  t.regex(failed.lines.find((l) => l.level === 'warning')!.message, /^could not upload the reports as an artifact: .*artifact service refused the upload/);
  t.is(artifactName('a/b:c'), 'a-b-c-report');
  t.truthy(await readFile(files.html, 'utf8'));
});

test('a check run GitHub will not take annotations for is still concluded, and the annotations go to the log', async (t) => {
  const api = await withApi(t);
  const { options, sink } = await publishOptions(t, api, fixture());
  const client = options.github!.client;
  // GitHub answering 422 to the annotations (say, a path it rejects), and only to them.
  const update = (async (params: Parameters<typeof client.rest.checks.update>[0]) => {
    if (params?.output?.annotations?.length) throw Object.assign(new Error('Validation Failed'), { status: 422 });
    return client.rest.checks.update(params);
  }) as typeof client.rest.checks.update;
  const picky = { ...client, rest: { ...client.rest, checks: { ...client.rest.checks, update } } } as typeof client;
  await publishReports({ ...options, github: { ...options.github!, client: picky } });
  const run = [...api.checkRuns.values()][0]!;
  t.is(run.status, 'completed');
  t.is(run.conclusion, 'failure');
  t.is(run.output.annotations.length, 0);
  t.is(sink.lines.filter((l) => l.properties?.file).length, 2, 'the annotations as workflow commands instead');
  t.false(sink.lines.some((l) => /posted no/.test(l.message)));
  t.deepEqual(api.violations(), []);
});
