// The merge job's side of the artifacts: shards (each its own job, with its own runtime token)
// upload through @actions/artifact to the local artifact service, and the merge job lists and
// downloads them through the same client, as on GitHub.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import test from 'ava';
import { downloadPartials } from '../src/github/artifact-download.js';
import { MAX_PARTIAL_BYTES, PARTIAL_FILE } from '../src/partial-file.js';
import { artifactName } from '../src/github/artifact-upload.js';
import { emptyPartial } from '../src/partial.js';
import { startArtifactService, type ArtifactService } from '../stack/artifact-service.js';

/** The partial a shard that judged nothing uploads: a real one, as JSON. */
function partial(index: number, count = 3): string {
  return JSON.stringify(emptyPartial({ snapshot: 'shop/2026-11-24.ndjson.gz', targetUrl: 'https://pr-42.preview.example.com', failOn: 'breaking' }, { index, count }));
}

/** Uploads `content` as `partial.json` in artifact `name`, from job `job` of the run. */
async function uploadAs(service: ArtifactService, job: number, name: string, content: string, file = PARTIAL_FILE): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-shard-'));
  await writeFile(path.join(dir, file), content);
  // @actions/artifact reads its settings from the process environment (this test file's own process).
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: service.jobToken(job), ACTIONS_RESULTS_URL: `${service.url}/` });
  await new DefaultArtifactClient().uploadArtifact(name, [path.join(dir, file)], dir);
}

// Serial: @actions/artifact reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from process.env.
test.serial('the merge job finds every shard of its check uploaded by other jobs, and says what is wrong with each that is not readable', async (t) => {
  const service = await startArtifactService();
  t.teardown(() => service.close());
  const [first, second] = [partial(1), partial(2)];
  await uploadAs(service, 2, 'replay-gate-shard-2-of-3', second);
  await uploadAs(service, 3, 'replay-gate-shard-1-of-3', first);
  await uploadAs(service, 4, 'replay-gate-shard-3-of-3', '{"kind": "replay-gate-partial", "tally": ');
  await uploadAs(service, 5, 'replay-gate-shard-4-of-4', '{}', 'other.json');
  await uploadAs(service, 10, 'replay-gate-shard-1-of-5', partial(2));
  await uploadAs(service, 11, 'replay-gate-shard-2-of-5', JSON.stringify({ ...JSON.parse(partial(2, 5)), version: 2 }));
  await uploadAs(service, 12, 'replay-gate-shard-3-of-5', JSON.stringify({ ...JSON.parse(partial(3, 5)), tally: [] }));
  await uploadAs(service, 13, 'replay-gate-shard-4-of-5', '[1, 2]');
  // Not shards of this check: another check's, this check's report, a name that only starts alike.
  await uploadAs(service, 6, 'api-gate-shard-1-of-3', partial(1));
  await uploadAs(service, 7, 'replay-gate-report', '{}');
  await uploadAs(service, 8, 'replay-gate-shard-1-of-3-old', partial(1));

  const env = { ACTIONS_RUNTIME_TOKEN: service.jobToken(9), ACTIONS_RESULTS_URL: `${service.url}/` };
  Object.assign(process.env, env);
  const lines: string[] = [];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-merge-'));
  const found = await downloadPartials(() => new DefaultArtifactClient(), { checkName: 'replay-gate', dir, env, info: (line) => lines.push(line) });
  t.deepEqual(found.map((f) => f.artifact), [
    'replay-gate-shard-1-of-3', 'replay-gate-shard-2-of-3', 'replay-gate-shard-3-of-3', 'replay-gate-shard-4-of-4',
    'replay-gate-shard-1-of-5', 'replay-gate-shard-2-of-5', 'replay-gate-shard-3-of-5', 'replay-gate-shard-4-of-5',
  ]);
  t.deepEqual(found[0], { artifact: 'replay-gate-shard-1-of-3', shard: { index: 1, count: 3 }, partial: JSON.parse(first) });
  t.deepEqual(found[1], { artifact: 'replay-gate-shard-2-of-3', shard: { index: 2, count: 3 }, partial: JSON.parse(second) });
  t.regex((found[2] as { problem: string }).problem, /^its partial\.json: not JSON \(/);
  t.is((found[3] as { problem: string }).problem, 'its artifact holds no partial.json');
  t.deepEqual(found.slice(4).map((f) => 'problem' in f && f.problem), [
    'its partial.json is the partial result of 2/3, not of the shard its name says',
    'its partial.json: a version 2 partial; this replay-gate reads version 1',
    'its partial.json: its "tally" is not a version 1 tally',
    'its partial.json: not a replay-gate partial (not a JSON object)',
  ]);
  t.true(lines.some((l) => l.startsWith('Found 8 shard results for check replay-gate: replay-gate-shard-1-of-3, ')));
  t.deepEqual(service.problems, []);
});

test.serial('a check name with characters artifact names refuse finds the shards it uploaded under the sanitised name', async (t) => {
  const service = await startArtifactService();
  t.teardown(() => service.close());
  const uploaded = partial(1, 1);
  await uploadAs(service, 2, artifactName('api/v2: gate', 'shard-1-of-1'), uploaded);
  const env = { ACTIONS_RUNTIME_TOKEN: service.jobToken(3), ACTIONS_RESULTS_URL: `${service.url}/` };
  Object.assign(process.env, env);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-merge-'));
  const found = await downloadPartials(() => new DefaultArtifactClient(), { checkName: 'api/v2: gate', dir, env, info: () => {} });
  t.deepEqual(found, [{ artifact: 'api-v2- gate-shard-1-of-1', shard: { index: 1, count: 1 }, partial: JSON.parse(uploaded) }]);
  t.deepEqual(service.problems, []);
});

test('no runtime token: the merge job says it must run on GitHub Actions; a failing list or download is named', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-merge-'));
  const never = () => { throw new Error('must not be called'); };
  await t.throwsAsync(downloadPartials(never, { checkName: 'replay-gate', dir, env: {}, info: () => {} }), { message: /ACTIONS_RUNTIME_TOKEN is not set/ });
  const env = { ACTIONS_RUNTIME_TOKEN: 'x' };
  const down = { listArtifacts: () => Promise.reject(new Error('503 Service Unavailable\nretry later')), downloadArtifact: never };
  await t.throwsAsync(downloadPartials(() => down, { checkName: 'replay-gate', dir, env, info: () => {} }), { message: "could not list this workflow run's artifacts: 503 Service Unavailable" });
  const listed = {
    listArtifacts: async () => ({ artifacts: [{ id: 1, name: 'replay-gate-shard-1-of-2', size: 10 }, { id: 2, name: 'replay-gate-shard-2-of-2', size: MAX_PARTIAL_BYTES + 1 }] }),
    downloadArtifact: () => Promise.reject(new Error('Unable to download and extract artifact: 404')),
  };
  const found = await downloadPartials(() => listed, { checkName: 'replay-gate', dir, env, info: () => {} });
  t.deepEqual(found.map((f) => 'problem' in f && f.problem), [
    'its artifact could not be downloaded: Unable to download and extract artifact: 404',
    `its artifact is ${MAX_PARTIAL_BYTES + 1} bytes, more than a partial result can be (${MAX_PARTIAL_BYTES})`,
  ]);
});
