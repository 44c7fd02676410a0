import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadRuleBook } from './config/load.js';
import { GateError, messageOf } from './errors.js';
import { type GateResults, runGate } from './gate.js';
import { type CheckAnnotation, type Conclusion, completeCheckRun, startCheckRun } from './github/check-run.js';
import { reportTarget } from './github/event.js';
import { tokenLogin, upsertStickyComment } from './github/sticky-comment.js';
import type { GitHubClient, PullRequestTarget } from './github/types.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { commentMarker, renderMarkdown } from './report/markdown.js';
import { fitMarkdown, utf8Bytes } from './report/trim.js';

export interface RunDeps {
  env?: NodeJS.ProcessEnv;
  /** The GitHub client; tests point it at a local API server. */
  github?: (token: string) => GitHubClient;
}

const COMMENT_LIMIT = 65_536;
const CHECK_SUMMARY_LIMIT = 65_535;
const JOB_SUMMARY_LIMIT = 1024 * 1024;

/**
 * The composition root: reads inputs, runs the gate, and reports to GitHub. The only place that
 * touches @actions/core; nothing here throws, and outputs and the job summary are written even
 * when GitHub refuses the check run or the comment.
 */
export async function run(deps: RunDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name), env.GITHUB_WORKSPACE ?? process.cwd());
  } catch (error) {
    core.setOutput('verdict', 'error');
    core.setFailed(messageOf(error));
    return;
  }
  for (const value of Object.values(inputs.gate.headers)) if (value) core.setSecret(value);

  const target = reportTarget(env);
  const client = inputs.githubToken
    ? (deps.github ?? ((token) => getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })))(inputs.githubToken)
    : undefined;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const checkRunId = client && target
    ? await github('create the check run', 'checks: write', () => startCheckRun(client, target, inputs.checkName, runUrl))
    : undefined;

  let results: GateResults;
  try {
    const rules = await loadRuleBook(inputs.config, inputs.gate.workspace).catch((error: unknown) => error as Error);
    results = rules instanceof Error
      ? failedBeforeStart(inputs, rules)
      : await runGate({ ...inputs.gate, rules }, { log: (line) => core.info(line) });
  } catch (error) {
    // A bug, not a user mistake: keep the stack in the log, still report verdict error.
    core.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    results = failedBeforeStart(inputs, error);
  }

  const reportPath = path.join(env.RUNNER_TEMP || os.tmpdir(), 'replay-gate', 'results.json');
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, JSON.stringify(results, null, 2));

  const markdown = renderMarkdown(results, { checkName: inputs.checkName, secretHeaders: inputs.gate.headers });
  core.setOutput('verdict', results.verdict);
  core.setOutput('requests', results.totals.requests);
  core.setOutput('diffs', results.totals.differing);
  core.setOutput('breaking', results.totals.breaking);
  core.setOutput('score', results.score);
  core.setOutput('report-path', reportPath);
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(fitMarkdown(markdown, JOB_SUMMARY_LIMIT, utf8Bytes)).write();
  }

  const conclusion = conclusionOf(results, inputs.onError);
  if (client && target && checkRunId !== undefined) {
    await github('complete the check run', 'checks: write', () =>
      completeCheckRun(client, target, checkRunId, conclusion, {
        title: checkTitle(results),
        summary: fitMarkdown(markdown, CHECK_SUMMARY_LIMIT, utf8Bytes),
        annotations: annotations(results, inputs.config || DEFAULT_CONFIG_PATH),
      }),
    );
  }
  if (client && target?.pullNumber !== undefined && inputs.comment) {
    const pr = target as PullRequestTarget & { pullNumber: number };
    const marker = commentMarker(inputs.checkName);
    const body = fitMarkdown(`${marker}\n${markdown}`, COMMENT_LIMIT);
    const posted = await github('post the PR comment', 'pull-requests: write', async () =>
      upsertStickyComment(client, pr, marker, body, await tokenLogin(client)),
    );
    if (posted) core.info(`${posted.created ? 'Posted' : 'Updated'} the PR comment: ${posted.url}`);
  } else if (inputs.comment && !target?.pullNumber) {
    core.info('Not a pull request event: no PR comment to post.');
  }

  core.info(`Verdict: ${results.verdict}: ${results.reason}`);
  if (conclusion === 'failure') core.setFailed(`replay-gate ${results.verdict}: ${results.reason}`);
  else if (results.verdict === 'error') core.warning(`replay-gate could not judge: ${results.reason}`);
}

export function conclusionOf(results: GateResults, onError: 'fail' | 'neutral'): Conclusion {
  if (results.verdict === 'pass') return 'success';
  if (results.verdict === 'error' && onError === 'neutral') return 'neutral';
  return 'failure';
}

function checkTitle(results: GateResults): string {
  const t = results.totals;
  if (results.verdict === 'error') return `error: ${results.reason}`.slice(0, 200);
  return `${results.verdict}: ${t.breaking} breaking, ${t.differing} differing of ${t.compared} requests`;
}

function annotations(results: GateResults, configPath: string): CheckAnnotation[] {
  return results.endpoints
    .filter((e) => e.differing > 0)
    .map((e) => ({
      path: configPath,
      start_line: 1,
      end_line: 1,
      annotation_level: e.breaking > 0 ? 'failure' : 'warning',
      title: `${e.endpoint}: ${e.breaking} breaking, ${e.changed} changed of ${e.compared} requests`.slice(0, 255),
      message: e.places.slice(0, 5).map((p) => `${p.kind} at ${p.pattern} on ${p.counts.differed} requests`).join('\n'),
    }));
}

/** Runs one GitHub call; a refusal is logged as one line with the permission to grant. */
async function github<T>(what: string, permission: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 403 || status === 404 ? `; grant "${permission}" in the workflow's permissions (fork PRs get a read-only token)` : '';
    core.warning(`could not ${what}: ${status ? `${status} ` : ''}${messageOf(error)}${hint}`);
    return undefined;
  }
}

function failedBeforeStart(inputs: ActionInputs, error: unknown): GateResults {
  const now = new Date().toISOString();
  const what = error instanceof GateError ? '' : 'internal error: ';
  return {
    version: 1, verdict: 'error', reason: `cannot judge: ${what}${messageOf(error)}`, failOn: inputs.gate.failOn,
    target: inputs.gate.targetUrl,
    snapshot: { name: inputs.gate.snapshot, decodeErrors: 0, decodeIssues: [], read: 0, selected: 0, skipped: { method: 0, budget: 0 }, endpoints: 0 },
    score: 0,
    totals: { endpoints: 0, endpointsDiffering: 0, endpointsBreaking: 0, requests: 0, compared: 0, differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0 },
    endpoints: [], startedAt: now, finishedAt: now,
  };
}

