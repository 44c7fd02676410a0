// Reports that cannot be written or rendered still end in a completed check run and one clear
// line: RUNNER_TEMP under a regular file (ENOTDIR, whoever the user, root included), and a bug
// in rendering the report.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import test from 'ava';
import { PLAIN_REPRODUCTION } from '../../src/report/curl.js';
import type { GateResults } from '../../src/gate.js';
import { startCheckRun } from '../../src/github/check-run.js';
import { GitHubCalls } from '../../src/github/github-calls.js';
import { publishReports } from '../../src/github/publish.js';
import { startGitHubApi } from '../../stack/github-api.js';
import { runAction } from '../../stack/run-action.js';
import { itemsService, itemsSnapshot } from '../helpers/items.js';
import { endpointStats, fixture } from '../report-fixture.js';

test('RUNNER_TEMP that cannot hold the reports: the check run is still completed, the step fails with one line', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const service = await itemsService(t, { breaking: true });
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'replay-gate-temp-')), 'a-file');
  await writeFile(file, 'not a folder');
  const run = await runAction({
    env: { GITHUB_API_URL: github.url, RUNNER_TEMP: path.join(file, 'x') },
    inputs: { snapshot: 'traffic.ndjson', 'target-url': service.url, 'github-token': 'ghs_test', 'rate-limit': '0' },
    files: { 'traffic.ndjson': itemsSnapshot(6) },
  });
  t.is(run.exitCode, 1);
  t.notRegex(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  const lines = run.stdout.split('\n').filter((line) => line.includes('could not write its reports'));
  t.is(lines.length, 1, run.stdout);
  t.is(lines[0], `::error::replay-gate could not write its reports to ${path.join(file, 'x', 'replay-gate')}: ENOTDIR: not a directory, mkdir '${path.join(file, 'x', 'replay-gate')}'`);
  // The judgement stands, and everything rendered from memory is still there.
  t.is(run.outputs.verdict, 'fail');
  t.is(run.outputs['report-path'], '');
  t.regex(run.summary, /^## ❌ replay-gate: fail/);
  const [check] = [...github.checkRuns.values()];
  t.is(check!.status, 'completed');
  t.is(check!.conclusion, 'failure');
  t.is(github.comments.length, 1);
  t.deepEqual(github.violations(), []);
});

test('a bug rendering the report: the check run is completed anyway, with a plain summary, and the bug is logged', async (t) => {
  const api = await startGitHubApi();
  t.teardown(() => api.close());
  const client = getOctokit('ghs_test', { baseUrl: api.url });
  const target = { owner: 'acme', repo: 'shop', headSha: 'c0ffee'.padEnd(40, '0'), pullNumber: 42 };
  const lines: { level: string; message: string }[] = [];
  const sink = {
    info: (message: string) => void lines.push({ level: 'info', message }),
    warning: (message: string) => void lines.push({ level: 'warning', message }),
    error: (message: string) => void lines.push({ level: 'error', message }),
    notice: (message: string) => void lines.push({ level: 'notice', message }),
  };
  const calls = new GitHubCalls((line) => sink.info(line));
  const checkRunId = await startCheckRun(client, target, 'replay-gate');
  // An endpoint missing its places: nothing the engine makes, exactly what a bug would.
  const broken = { ...endpointStats('GET /api/x/{id}', { requests: 1, compared: 1, differing: 1, breaking: 1 }), places: undefined } as unknown as GateResults['endpoints'][number];
  const results: GateResults = { ...fixture(), endpoints: [broken] };
  await publishReports({
    results, conclusion: 'failure', checkName: 'replay-gate', configPath: '.github/replay-gate.yml', workspace: os.tmpdir(),
    reproduction: PLAIN_REPRODUCTION, comment: true, env: {}, github: { client, target, checkRunId }, calls,
    uploader: () => { throw new Error('not uploaded: there are no files'); }, sink, writeJobSummary: async () => {},
  });
  const run = api.checkRuns.get(checkRunId)!;
  t.is(run.status, 'completed');
  t.is(run.conclusion, 'failure');
  t.regex(run.output.summary!, /^## fail\n\n4 of 21 requests changed in breaking ways.*\n\nThe full summary could not be rendered \(an internal error\)\./);
  t.true(lines.some((l) => l.level === 'error' && l.message.startsWith('internal error rendering the check summary: TypeError')));
  t.true(lines.some((l) => l.level === 'warning' && l.message.startsWith('could not write the job summary')));
  t.deepEqual(api.violations(), []);
});
