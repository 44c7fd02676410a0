// The reports end to end: the bundled action (dist/index.js) run as the runner runs it, against
// s3rver, the sample service, the GitHub stand-in and the artifact service stand-in.
import { readFile } from 'node:fs/promises';
import test from 'ava';
import { startArtifactService, type ArtifactService } from '../stack/artifact-service.js';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../stack/github-api.js';
import { type ActionRun, type ActionRunOptions, runAction } from '../stack/run-action.js';
import type { LocalS3 } from '../stack/s3.js';
import { startSampleService, type SampleService, type ServiceVersion } from '../stack/sample-service.js';
import { demoSnapshotInS3 } from './helpers/demo-snapshot.js';

let s3: LocalS3;
const services: SampleService[] = [];
const SECRET = 'preview-s3cr3t-token';

// The code of the service under test, as a checkout would hold it: annotations point into it.
const WORKSPACE = {
  'server.js': "const app = require('express')();\n\napp.get('/api/orders/:id', orders);\napp.get('/api/products', products);\n",
  'src/stock.js': '// stock\n'.repeat(20),
  '.github/replay-gate.yml': 'routes:\n  - match: "GET /api/stock/{id}"\n    source: "src/stock.js:12"\n',
};

test.before(async () => {
  s3 = await demoSnapshotInS3();
});

test.after.always(async () => {
  await Promise.all(services.map((s) => s.close()));
  await s3?.close();
});

async function setup(t: import('ava').ExecutionContext, version: ServiceVersion, options: GitHubApiOptions = {}) {
  const service = await startSampleService(version);
  services.push(service);
  const github = await startGitHubApi(options);
  const artifacts = await startArtifactService();
  t.teardown(async () => {
    await github.close();
    await artifacts.close();
  });
  return { service, github, artifacts };
}

async function gate(target: string, github: GitHubApi, artifacts: ArtifactService | undefined, extra: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runAction({
    ...extra,
    env: {
      ...s3.credentials, GITHUB_API_URL: github.url,
      ...(artifacts ? { ACTIONS_RUNTIME_TOKEN: artifacts.token, ACTIONS_RESULTS_URL: `${artifacts.url}/` } : {}),
      ...extra.env,
    },
    inputs: {
      snapshot: 's3://traffic/shop/', 'target-url': target, 's3-endpoint': s3.endpoint, 'aws-region': 'us-east-1',
      'github-token': 'ghs_test', headers: `x-preview-token: ${SECRET}`, ...extra.inputs,
    },
    files: { ...WORKSPACE, ...extra.files },
  });
}

/** Workflow commands the runner turns into annotations: `::error title=…,file=…,line=…::message`. */
function workflowAnnotations(stdout: string): { level: string; properties: Record<string, string> }[] {
  return [...stdout.matchAll(/^::(error|warning|notice) ([^:]*)::/gm)].map((m) => ({
    level: m[1]!,
    properties: Object.fromEntries(m[2]!.split(',').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k, decodeURIComponent(v.replace(/%2C/g, ','))])),
  }));
}

test('a fork PR with a read-only token: job summary, workflow-command annotations on the code, results uploaded, one line why', async (t) => {
  const { service, github, artifacts } = await setup(t, 'v2', { deny: ['checks/create', 'checks/update', 'issues/create-comment', 'issues/update-comment'] });
  const run = await gate(service.url, github, artifacts);
  t.is(run.outputs.verdict, 'fail', run.stdout);
  t.is(run.exitCode, 1);
  t.regex(run.summary, /^## ❌ replay-gate: fail\n/);
  t.regex(run.summary, /\| ❌ `GET \/api\/orders\/\{id\}` \|/);

  const annotations = workflowAnnotations(run.stdout).filter((a) => a.properties.file);
  t.deepEqual(annotations.map((a) => [a.level, a.properties.file, a.properties.line, a.properties.title?.replace(/:.*/, '')]).sort(), [
    ['error', 'server.js', '3', 'GET /api/orders/{id}'],
    ['error', 'src/stock.js', '12', 'GET /api/stock/{id}'],
  ]);
  const why = run.stdout.split('\n').filter((line) => line.includes('posted no'));
  t.deepEqual(why.length, 1);
  t.regex(why[0]!, /^::warning::replay-gate posted no check run and no PR comment: the token may not write \(403\/403; pull requests from forks get a read-only token\)/);

  const artifact = artifacts.artifacts.get('replay-gate-report');
  t.true(artifact?.finalized);
  t.true(artifact!.content.includes('report.html') && artifact!.content.includes('results.json'));
  t.deepEqual(artifacts.problems, []);
  t.regex(run.stdout, /Uploaded the reports as artifact "replay-gate-report": https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\/artifacts\/\d+/);
  t.is(github.comments.length, 0);
  t.is(github.checkRuns.size, 0);
  t.notRegex(run.stdout + run.stderr, /\n\s+at /);
  t.deepEqual(github.violations(), []);
});

test('a pull request: check annotations on the serving lines, the report link to the artifact, the HTML report as an output', async (t) => {
  const { service, github, artifacts } = await setup(t, 'v2');
  const run = await gate(service.url, github, artifacts);
  const check = [...github.checkRuns.values()][0]!;
  t.is(check.conclusion, 'failure');
  t.regex(check.output.title!, /^fail: \d+ breaking, \d+ differing of \d+ requests on 2 of \d+ endpoints/);
  t.deepEqual(check.output.annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title!.replace(/:.*/, '')]).sort(), [
    ['server.js', 3, 'failure', 'GET /api/orders/{id}'],
    ['src/stock.js', 12, 'failure', 'GET /api/stock/{id}'],
  ]);
  const id = artifacts.artifacts.get('replay-gate-report')!.id;
  const link = `[Full report](https://github.com/acme/shop/actions/runs/4242/artifacts/${id})`;
  t.true(github.comments[0]!.body.includes(link));
  t.true(check.output.summary!.includes(link));
  t.true(run.summary.includes(link));
  // The job summary has the comment's content, less the hidden marker and metadata (the fingerprint).
  const results = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as { fingerprint: string };
  t.is(`<!-- replay-gate:replay-gate -->\n${run.summary}\n<!-- replay-gate-metadata {"v":1,"fingerprint":"${results.fingerprint}"} -->\n`, github.comments[0]!.body);

  const html = await readFile(run.outputs['html-report-path']!, 'utf8');
  t.regex(html, /^<!doctype html>/);
  t.true(html.includes('GET /api/orders/{id}'));
  t.is(run.outputs['html-report-path']!.replace(/report\.html$/, 'results.json'), run.outputs['report-path']);
  const everything = [html, await readFile(run.outputs['report-path']!, 'utf8'), run.summary, run.stdout, JSON.stringify(github.requests)].join('\n');
  t.false(everything.replace(`::add-mask::${SECRET}`, '').includes(SECRET));
  t.deepEqual(github.violations(), []);
});

test('workflow_run from a fork: the check on the PR head commit, the comment on the PR found by its branch', async (t) => {
  const { service, github } = await setup(t, ['stock-500']);
  const headSha = '0123456789abcdef0123456789abcdef01234567';
  github.seedPull(77, { head_sha: headSha, head_owner: 'forker', head_ref: 'faster-stock' });
  const run = await gate(service.url, github, undefined, {
    eventName: 'workflow_run',
    event: {
      action: 'completed',
      workflow_run: { head_sha: headSha, head_branch: 'faster-stock', event: 'pull_request', pull_requests: [], head_repository: { owner: { login: 'forker' } } },
      repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    },
  });
  t.is(run.outputs.verdict, 'fail');
  const check = [...github.checkRuns.values()][0]!;
  t.is(check.head_sha, headSha);
  t.is((github.requests.find((r) => r.operationId === 'checks/create')!.body as { status: string }).status, 'in_progress');
  t.is(github.comments.length, 1);
  t.is(github.comments[0]!.issue_number, 77);
  t.regex(run.stdout, /ACTIONS_RUNTIME_TOKEN is not set .* not uploaded\./);
  t.deepEqual(github.violations(), []);
});

test('redacted values appear in no report: comment, check, annotations, summary, HTML, JSON or log', async (t) => {
  const { service, github, artifacts } = await setup(t, ['orders-customer-removed']);
  const config = `${WORKSPACE['.github/replay-gate.yml']}redact: ["$.customer.name", "$.items[*].sku"]\n`;
  const run = await gate(service.url, github, artifacts, { files: { '.github/replay-gate.yml': config } });
  t.is(run.outputs.verdict, 'fail', run.stdout);
  const check = [...github.checkRuns.values()][0]!;
  const everything = [
    github.comments[0]?.body, check.output.summary, check.output.title, JSON.stringify(check.output.annotations), run.summary,
    await readFile(run.outputs['html-report-path']!, 'utf8'), await readFile(run.outputs['report-path']!, 'utf8'), run.stdout, run.stderr,
  ].join('\n');
  t.notRegex(everything, /Customer \d/);
  t.notRegex(everything, /SKU-\d/);
  t.regex(github.comments[0]!.body, /\[redacted\]/);
});
