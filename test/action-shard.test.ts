// Sharding end to end: the bundled action run as three matrix jobs (shard: i/3) and a merge job
// (mode: merge), each with its own runtime token for the artifact service stand-in, against
// s3rver, the sample service and the GitHub stand-in; then one unsharded run of the same
// snapshot. The merge job must report exactly what the unsharded run reports.
import { readFile } from 'node:fs/promises';
import test from 'ava';
import { startArtifactService, type ArtifactService } from '../stack/artifact-service.js';
import { startGitHubApi, type GitHubApi } from '../stack/github-api.js';
import { type ActionRun, runAction } from '../stack/run-action.js';
import type { LocalS3 } from '../stack/s3.js';
import { startSampleService, type SampleService } from '../stack/sample-service.js';
import { demoSnapshotInS3 } from './helpers/demo-snapshot.js';

const SHARDS = 3;
// The sample service stamps answers with the time and random ids: two asks within one millisecond
// agree, and whether a place varied then depends on the clock, in one unsharded run as in shards.
// Ignored here, so the noise every run sees is the same and the comparison below is exact.
const RULES = 'ignore:\n  paths: ["$.updatedAt", "$.meta", "$.views", "$.checkedAt", "$.requestId"]\n';
const SECRET = 'preview-s3cr3t-token';
let s3: LocalS3;
let service: SampleService;

test.before(async () => {
  s3 = await demoSnapshotInS3();
  service = await startSampleService('v2');
});

test.after.always(async () => {
  await service?.close();
  await s3?.close();
});

/** The run of one job: `job` picks its runtime token; `inputs` adds to what every job is given. */
function job(github: GitHubApi, artifacts: ArtifactService, jobNumber: number, inputs: Record<string, string>, target = service.url): Promise<ActionRun> {
  return runAction({
    env: { ...s3.credentials, GITHUB_API_URL: github.url, ACTIONS_RUNTIME_TOKEN: artifacts.jobToken(jobNumber), ACTIONS_RESULTS_URL: `${artifacts.url}/` },
    inputs: {
      snapshot: 's3://traffic/shop/', 'target-url': target, 's3-endpoint': s3.endpoint, 'aws-region': 'us-east-1',
      'github-token': 'ghs_test', headers: `x-preview-token: ${SECRET}`, 'max-requests': '60', ...inputs,
    },
    files: { '.github/replay-gate.yml': RULES },
  });
}

async function services(t: import('ava').ExecutionContext) {
  const github = await startGitHubApi();
  const artifacts = await startArtifactService();
  t.teardown(async () => {
    await github.close();
    await artifacts.close();
  });
  return { github, artifacts };
}

/**
 * Results apart from what a clock measured: when the run started and ended, response times, and
 * the time the service stamped on an answer an example shows.
 */
function withoutTimings(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'TIME');
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([key]) => !['startedAt', 'finishedAt', 'latency'].includes(key) && !/Ms$/.test(key))
    .map(([key, inner]) => [key, withoutTimings(inner)]));
}

async function resultsOf(run: ActionRun): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Record<string, unknown>;
}

/** A report as it reads apart from timings and the artifact's id (each run has its own service). */
function comparable(text: string): string {
  return (withoutTimings(text) as string).replace(/\/artifacts\/\d+/g, '/artifacts/ID').replace(/\b\d+(?:\.\d+)? ?ms\b/g, 'N ms');
}

async function runShards(github: GitHubApi, artifacts: ArtifactService, inputs: Record<string, string> = {}): Promise<ActionRun[]> {
  return Promise.all(Array.from({ length: SHARDS }, (_, i) => job(github, artifacts, i + 1, { shard: `${i + 1}/${SHARDS}`, ...inputs })));
}

test('three shards and a merge job report what one unsharded run reports: one check run, one comment, from the merge job', async (t) => {
  const sharded = await services(t);
  const shards = await runShards(sharded.github, sharded.artifacts);
  for (const [i, shard] of shards.entries()) {
    t.is(shard.exitCode, 0, shard.stdout);
    t.is(shard.outputs.verdict, '', 'a shard judges nothing');
    t.regex(shard.outputs['report-path']!, /replay-gate\/partial\.json$/);
    t.regex(shard.summary, new RegExp(`^replay-gate shard ${i + 1}/${SHARDS}: \\d+ requests replayed; the merge job judges all shards together\\.\\n$`));
    t.true(sharded.artifacts.artifacts.get(`replay-gate-shard-${i + 1}-of-${SHARDS}`)?.finalized);
    t.false(shard.stdout.replace(`::add-mask::${SECRET}`, '').includes(SECRET));
    t.false((await readFile(shard.outputs['report-path']!, 'utf8')).includes(SECRET));
  }
  t.is(shards.reduce((sum, s) => sum + Number(s.outputs.requests), 0), 60, 'the shards share the budget');
  t.is(sharded.github.checkRuns.size, 0, 'no shard posts a check run');
  t.is(sharded.github.comments.length, 0, 'no shard posts a comment');

  const merge = await job(sharded.github, sharded.artifacts, SHARDS + 1, { mode: 'merge' });
  const whole = await services(t);
  const unsharded = await job(whole.github, whole.artifacts, 1, {});

  t.is(merge.outputs.verdict, 'fail', merge.stdout);
  t.is(merge.exitCode, unsharded.exitCode);
  for (const name of ['verdict', 'requests', 'diffs', 'breaking', 'score']) t.is(merge.outputs[name], unsharded.outputs[name], name);
  t.deepEqual(withoutTimings(await resultsOf(merge)), withoutTimings(await resultsOf(unsharded)));

  t.is(sharded.github.checkRuns.size, 1);
  t.is(sharded.github.comments.length, 1);
  const [mergedCheck] = [...sharded.github.checkRuns.values()];
  const [wholeCheck] = [...whole.github.checkRuns.values()];
  t.is(mergedCheck!.conclusion, 'failure');
  t.is(mergedCheck!.conclusion, wholeCheck!.conclusion);
  t.is(mergedCheck!.output?.title, wholeCheck!.output?.title);
  t.is(comparable(mergedCheck!.output?.summary ?? ''), comparable(wholeCheck!.output?.summary ?? ''));
  t.is(comparable(sharded.github.comments[0]!.body), comparable(whole.github.comments[0]!.body));
  t.is(comparable(merge.summary), comparable(unsharded.summary));
  t.true(sharded.artifacts.artifacts.get('replay-gate-report')?.finalized, 'the merge job uploads the report');
  t.deepEqual(sharded.github.violations(), []);
  t.deepEqual(sharded.artifacts.problems, []);
  t.deepEqual(whole.artifacts.problems, []);
});

test('a shard whose artifact is gone, or that could not run, makes the merge an error naming it; no shard results at all is said so', async (t) => {
  const sharded = await services(t);
  await runShards(sharded.github, sharded.artifacts);
  sharded.artifacts.artifacts.delete(`replay-gate-shard-2-of-${SHARDS}`);
  const missing = await job(sharded.github, sharded.artifacts, SHARDS + 1, { mode: 'merge' });
  t.is(missing.outputs.verdict, 'error');
  t.is(missing.exitCode, 1);
  t.regex(missing.stdout, /shard 2\/3 is missing/);
  const [check] = [...sharded.github.checkRuns.values()];
  t.is(check?.conclusion, 'failure');
  t.regex(check?.output?.summary ?? '', /shard 2\/3 is missing/);

  // A shard against a deployment that is down judges nothing, and says so in its partial.
  const down = await services(t);
  const shards = await Promise.all([
    job(down.github, down.artifacts, 1, { shard: '1/2' }),
    job(down.github, down.artifacts, 2, { shard: '2/2' }, 'http://127.0.0.1:9'),
  ]);
  t.is(shards[0]!.exitCode, 0);
  t.is(shards[1]!.outputs.verdict, 'error');
  t.is(shards[1]!.exitCode, 1);
  t.regex(shards[1]!.summary, /^replay-gate shard 2\/2 could not judge: /);
  t.true(down.artifacts.artifacts.get('replay-gate-shard-2-of-2')?.finalized, 'a shard that could not judge still uploads its partial');
  const failed = await job(down.github, down.artifacts, 3, { mode: 'merge' });
  t.is(failed.outputs.verdict, 'error');
  t.regex(failed.stdout, /shard 2\/2 could not judge/);

  const none = await services(t);
  const empty = await job(none.github, none.artifacts, 1, { mode: 'merge', 'check-name': 'api-gate' });
  t.is(empty.outputs.verdict, 'error');
  t.regex(empty.stdout, /no shard results found for check api-gate in this workflow run/);
  t.is([...none.github.checkRuns.values()][0]?.conclusion, 'failure');
  for (const services of [sharded, down, none]) {
    t.deepEqual(services.github.violations(), []);
    t.deepEqual(services.artifacts.problems, []);
  }
});

test('a shard whose partial cannot be uploaded fails its step, saying the merge will miss it; without a runtime token it stays on disk', async (t) => {
  const github = await startGitHubApi();
  const refusing = await startArtifactService({ failCreate: 400 });
  t.teardown(async () => {
    await github.close();
    await refusing.close();
  });
  const refused = await job(github, refusing, 1, { shard: '1/2' });
  t.is(refused.exitCode, 1);
  t.regex(refused.stdout, /::error::replay-gate could not upload the partial result of shard 1\/2: the merge job will report this shard missing/);
  t.is(refused.outputs.verdict, '');
  t.regex(refused.outputs['report-path']!, /partial\.json$/);

  const local = await runAction({
    env: { ...s3.credentials },
    inputs: { snapshot: 's3://traffic/shop/', 'target-url': service.url, 's3-endpoint': s3.endpoint, 'aws-region': 'us-east-1', shard: '2/2', 'max-requests': '60' },
    files: { '.github/replay-gate.yml': RULES },
  });
  t.is(local.exitCode, 0, local.stdout);
  t.regex(local.stdout, /ACTIONS_RUNTIME_TOKEN is not set \(not running on GitHub Actions\): the partial result of shard 2\/2 stays at .*, not uploaded\./);
  t.is(github.checkRuns.size, 0);
});
