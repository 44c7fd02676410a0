import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, loadRuleBook } from './config/load.js';
import { EMPTY_RULE_BOOK, type RuleBook } from './config/rule-book.js';
import { GateError, messageOf } from './errors.js';
import { errorResults, type GateResults, runGate } from './gate.js';
import type { ArtifactUploader } from './github/artifact-upload.js';
import { type Conclusion, startCheckRun } from './github/check-run.js';
import { reportTarget } from './github/event.js';
import { GitHubCalls } from './github/github-calls.js';
import { publishReports } from './github/publish.js';
import type { GitHubClient } from './github/types.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { reproductionOf } from './report/curl.js';
import { writeReports } from './report/write-reports.js';

export interface RunDeps {
  env?: NodeJS.ProcessEnv;
  /** The GitHub client; tests point it at a local API server. */
  github?: (token: string) => GitHubClient;
  /** The artifact client; by default @actions/artifact's, which needs ACTIONS_RUNTIME_TOKEN. */
  artifacts?: () => ArtifactUploader;
}

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
  const calls = new GitHubCalls((line) => core.info(line));
  const checkRunId = client && target
    ? await calls.attempt('create the check run', 'checks: write', () => startCheckRun(client, target, inputs.checkName, runUrl))
    : undefined;

  let results: GateResults;
  let rules: RuleBook | Error | undefined;
  try {
    rules = await loadRuleBook(inputs.config, inputs.gate.workspace, env).catch((error: unknown) => error as Error);
    if (!(rules instanceof Error)) for (const value of rules.requestHeaderValues) core.setSecret(value);
    results = rules instanceof Error
      ? failedBeforeStart(inputs, rules)
      : await runGate({ ...inputs.gate, rules }, { log: (line) => core.info(line) });
  } catch (error) {
    // A bug, not a user mistake: keep the stack in the log, still report verdict error.
    core.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    results = failedBeforeStart(inputs, error);
  }

  const configPath = inputs.config || DEFAULT_CONFIG_PATH;
  const reportDir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'replay-gate');
  const reproduction = reproductionOf(inputs.gate.headers, rules && !(rules instanceof Error) ? rules : EMPTY_RULE_BOOK);
  const files = await writeReports(results, reportDir, { checkName: inputs.checkName, reproduction, configPath, ...(runUrl ? { runUrl } : {}) });
  core.setOutput('verdict', results.verdict);
  core.setOutput('requests', results.totals.requests);
  core.setOutput('diffs', results.totals.differing);
  core.setOutput('breaking', results.totals.breaking);
  core.setOutput('score', results.score);
  core.setOutput('report-path', files.json);
  core.setOutput('html-report-path', files.html);

  const conclusion = conclusionOf(results, inputs.onError);
  await publishReports({
    results, conclusion, files, env, calls,
    checkName: inputs.checkName, configPath, workspace: inputs.gate.workspace, reproduction, comment: inputs.comment,
    ...(rules && !(rules instanceof Error) ? { sourceOf: rules.sourceOf } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(client ? { github: { client, ...(target ? { target } : {}), ...(checkRunId !== undefined ? { checkRunId } : {}) } } : {}),
    uploader: deps.artifacts ?? (() => new DefaultArtifactClient()),
    sink: {
      info: (line) => core.info(line),
      warning: (message, properties) => core.warning(message, properties),
      error: (message, properties) => core.error(message, properties),
      notice: (message, properties) => core.notice(message, properties),
    },
    writeJobSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
  });

  core.info(`Verdict: ${results.verdict}: ${results.reason}`);
  if (conclusion === 'failure') core.setFailed(`replay-gate ${results.verdict}: ${results.reason}`);
  else if (results.verdict === 'error') core.warning(`replay-gate could not judge: ${results.reason}`);
}

export function conclusionOf(results: GateResults, onError: 'fail' | 'neutral'): Conclusion {
  if (results.verdict === 'pass') return 'success';
  if (results.verdict === 'error' && onError === 'neutral') return 'neutral';
  return 'failure';
}

function failedBeforeStart(inputs: ActionInputs, error: unknown): GateResults {
  const what = error instanceof GateError ? '' : 'internal error: ';
  return errorResults(inputs.gate, `cannot judge: ${what}${messageOf(error)}`);
}
