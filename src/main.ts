import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { type Cancellation, cancelOnSignals } from './cancel-on-signals.js';
import { DEFAULT_CONFIG_PATH, loadRuleBook } from './config/load.js';
import { EMPTY_RULE_BOOK, type RuleBook } from './config/rule-book.js';
import { GateError, messageOf } from './errors.js';
import { errorResults, type GateResults, runGate, tallyGate } from './gate.js';
import { emptyPartial, type GatePartial, judgePartials } from './partial.js';
import { writePartial } from './partial-file.js';
import { type Shard, shardName } from './shard.js';
import { type ArtifactDownloader, downloadPartials, shardArtifactSuffix } from './github/artifact-download.js';
import { type ArtifactUploader, uploadReports } from './github/artifact-upload.js';
import { type Conclusion, startCheckRun } from './github/check-run.js';
import { reportTarget } from './github/event.js';
import { reviewOnGitHub } from './github/review-on-github.js';
import { GitHubCalls } from './github/github-calls.js';
import { CREATE_CHECK_RUN, publishReports } from './github/publish.js';
import { GITHUB_RETRY, retryRequests } from './github/request-retry.js';
import type { GitHubClient } from './github/types.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { escapedLog } from './log-line.js';
import { reproductionOf } from './report/curl.js';
import { clip, escapeMarkdown } from './report/escape.js';
import { type ReportFiles, writeReports } from './report/write-reports.js';

// Every line the action logs passes here, none through @actions/core directly: data in it (URLs,
// S3 keys, header names, a server's error text) can never form a workflow command.
const log = escapedLog(core);

export interface RunDeps {
  env?: NodeJS.ProcessEnv;
  /** The GitHub client; tests point it at a local API server. */
  github?: (token: string) => GitHubClient;
  /** The artifact client; by default @actions/artifact's, which needs ACTIONS_RUNTIME_TOKEN. */
  artifacts?: () => ArtifactUploader & ArtifactDownloader;
  /** What stops the run; by default SIGINT and SIGTERM sent to this process, as the runner cancels. */
  cancellation?: Cancellation;
}

/**
 * The composition root: reads inputs, runs the gate, and reports to GitHub. The only place that
 * touches @actions/core and installs signal handlers; nothing here throws, and outputs and the
 * job summary are written even when GitHub refuses the check run or the comment, and when the
 * job is cancelled. Says whether it was, so the entry point ends the process at once.
 */
export async function run(deps: RunDeps = {}): Promise<{ cancelled: boolean }> {
  const cancellation = deps.cancellation ?? cancelOnSignals(process, {
    onSignal: (signal, count) => log.info(count === 1
      ? `${signal}: the job is cancelled; stopping the replay, then reporting what was judged.`
      : `${signal}: completing the check run now, without the artifact and the PR comment.`),
  });
  try {
    await gateAndReport(deps, cancellation);
  } catch (error) {
    // A bug past every guard: a failed step that shows the stack, never an unhandled rejection.
    log.setFailed(`replay-gate internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    if (!deps.cancellation) cancellation.dispose();
  }
  return { cancelled: cancellation.stop.aborted };
}

async function gateAndReport(deps: RunDeps, cancellation: Cancellation): Promise<void> {
  const env = deps.env ?? process.env;
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name), env.GITHUB_WORKSPACE ?? process.cwd());
  } catch (error) {
    core.setOutput('verdict', 'error');
    log.setFailed(messageOf(error));
    return;
  }
  for (const value of Object.values(inputs.gate.headers)) if (value) core.setSecret(value);
  if (inputs.shard) return replayShard(inputs, inputs.shard, deps, env, cancellation);

  const target = reportTarget(env);
  const client = inputs.githubToken ? (deps.github ?? await octokitFactory(env))(inputs.githubToken) : undefined;
  if (client) {
    retryRequests(client, { ...GITHUB_RETRY, timeoutMs: githubTimeoutMs(env), log: (line) => log.info(line), hurry: cancellation.hurry });
  }
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const calls = new GitHubCalls((line) => log.info(line));
  const checkRunId = client && target
    ? await calls.attempt(CREATE_CHECK_RUN, 'checks: write', () => startCheckRun(client, target, inputs.checkName, runUrl))
    : undefined;

  let results: GateResults;
  let rules: RuleBook | Error | undefined;
  try {
    rules = await loadRuleBook(inputs.config, inputs.gate.workspace, env).catch((error: unknown) => error as Error);
    if (!(rules instanceof Error)) for (const value of rules.requestHeaderValues) core.setSecret(value);
    results = rules instanceof Error
      ? failedBeforeStart(inputs, rules)
      : inputs.mode === 'merge'
        ? await mergeShards(inputs, rules, deps, env)
        : await runGate({ ...inputs.gate, rules }, { log: (line) => log.info(line), signal: cancellation.stop });
  } catch (error) {
    // A bug, not a user mistake: keep the stack in the log, still report verdict error.
    log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    results = failedBeforeStart(inputs, error);
  }

  // A reviewer's label may accept what the run found (review/acceptance.ts); before any report.
  if (client && target) {
    results = await reviewOnGitHub(results, { client, target, env, acceptLabel: inputs.acceptLabel, checkName: inputs.checkName, log: (line) => log.info(line) });
  }

  const configPath = inputs.config || DEFAULT_CONFIG_PATH;
  const reportDir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'replay-gate');
  const reproduction = reproductionOf(inputs.gate.headers, rules && !(rules instanceof Error) ? rules : EMPTY_RULE_BOOK);
  let files: ReportFiles | undefined;
  let reportFailure: string | undefined;
  try {
    files = await writeReports(results, reportDir, { checkName: inputs.checkName, reproduction, configPath, ...(runUrl ? { runUrl } : {}) });
  } catch (error) {
    // A full disk or an unwritable RUNNER_TEMP: the judgement stands and is still reported
    // (job summary, check run, comment); the step fails, as report-path has nothing to give.
    reportFailure = `replay-gate could not write its reports to ${reportDir}: ${messageOf(error)}`;
  }
  core.setOutput('verdict', results.verdict);
  core.setOutput('requests', results.totals.requests);
  core.setOutput('diffs', results.totals.differing);
  core.setOutput('breaking', results.totals.breaking);
  core.setOutput('score', results.score);
  core.setOutput('accepted', results.verdict === 'pass' && results.review?.acceptance !== undefined && results.review.units.some((u) => u.state === 'accepted'));
  core.setOutput('report-path', files?.json ?? '');
  core.setOutput('html-report-path', files?.html ?? '');

  const conclusion = conclusionOf(results, inputs.onError);
  await publishReports({
    results, conclusion, env, calls, hurry: cancellation.hurry,
    ...(files ? { files } : {}),
    checkName: inputs.checkName, configPath, workspace: inputs.gate.workspace, reproduction, comment: inputs.comment,
    ...(rules && !(rules instanceof Error) ? { sourceOf: rules.sourceOf } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(client ? { github: { client, ...(target ? { target } : {}), ...(checkRunId !== undefined ? { checkRunId } : {}) } } : {}),
    uploader: deps.artifacts ?? lazyArtifactClient,
    sink: log,
    writeJobSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
  });

  log.info(`Verdict: ${results.verdict}: ${results.reason}`);
  if (reportFailure) log.setFailed(reportFailure);
  if (conclusion === 'cancelled') log.setFailed(`replay-gate ${results.reason}`);
  else if (conclusion === 'failure') log.setFailed(`replay-gate ${results.verdict}: ${results.reason}`);
  else if (results.verdict === 'error') log.warning(`replay-gate could not judge: ${results.reason}`);
}

/**
 * One job of a matrix: replays its shard, writes the partial result and uploads it for the merge
 * job, and posts nothing to the pull request (the merge job posts the one check and comment). A
 * shard that could not judge uploads its partial all the same, with the error, so the merge names
 * it; its step fails as an unsharded run would (or warns, with on-error: neutral).
 */
async function replayShard(inputs: ActionInputs, shard: Shard, deps: RunDeps, env: NodeJS.ProcessEnv, cancellation: Cancellation): Promise<void> {
  const options = { ...inputs.gate, shard };
  let partial: GatePartial;
  try {
    const rules = await loadRuleBook(inputs.config, inputs.gate.workspace, env);
    for (const value of rules.requestHeaderValues) core.setSecret(value);
    partial = await tallyGate({ ...options, rules }, { log: (line) => log.info(line), signal: cancellation.stop });
  } catch (error) {
    if (!(error instanceof GateError)) log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const what = error instanceof GateError ? '' : 'internal error: ';
    partial = { ...emptyPartial(options, shard), error: `cannot judge: ${what}${messageOf(error)}` };
  }
  const of = `shard ${shardName(shard)}`;
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'replay-gate');
  const file = await writePartial(dir, partial).catch((error: unknown) => {
    log.setFailed(`replay-gate could not write the partial result of ${of} to ${dir}: ${messageOf(error)}`);
    return undefined;
  });
  const uploaded = file !== undefined && !cancellation.hurry.aborted && await uploadReports(deps.artifacts ?? lazyArtifactClient, [file], {
    checkName: inputs.checkName, env, info: (line) => log.info(line), warning: (line) => log.warning(line),
    artifact: { suffix: shardArtifactSuffix(shard), holds: `the partial result of ${of}` },
  });
  const replayed = partial.judged;
  const why = partial.error?.replace(/^cannot judge: /, '');
  core.setOutput('verdict', partial.error ? 'error' : '');
  core.setOutput('requests', replayed);
  for (const name of ['diffs', 'breaking', 'score', 'html-report-path']) core.setOutput(name, '');
  core.setOutput('report-path', file ?? '');
  const line = why !== undefined
    ? `replay-gate ${of} could not judge: ${why}`
    : `replay-gate ${of}: ${replayed} requests replayed${partial.cancelled ? ' before the job was cancelled' : ''}; the merge job judges all shards together.`;
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(`${escapeMarkdown(clip(line, 1000))}\n`).write().catch((error: unknown) => log.warning(`could not write the job summary: ${messageOf(error)}`));
  }
  if (why === undefined) log.info(line);
  if (file !== undefined && env.ACTIONS_RUNTIME_TOKEN && !uploaded) {
    log.setFailed(`replay-gate could not upload the partial result of ${of}: the merge job will report this shard missing`);
  } else if (partial.cancelled) log.setFailed(`replay-gate ${of} was cancelled`);
  else if (why !== undefined && inputs.onError === 'fail') log.setFailed(line);
  else if (why !== undefined) log.warning(line);
}

/**
 * The merge job: this workflow run's partial results of the check, judged together. Whatever is
 * wrong with one (not downloadable, not readable) makes the verdict an error naming the shard;
 * which shards are missing, and whether the rest agree, judgePartials says.
 */
async function mergeShards(inputs: ActionInputs, rules: RuleBook, deps: RunDeps, env: NodeJS.ProcessEnv): Promise<GateResults> {
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'replay-gate-shards');
  const found = await downloadPartials(deps.artifacts ?? lazyArtifactClient, { checkName: inputs.checkName, dir, env, info: (line) => log.info(line) });
  if (found.length === 0) return errorResults(inputs.gate, `cannot judge: no shard results found for check ${inputs.checkName} in this workflow run`);
  const unreadable = found.filter((f) => 'problem' in f);
  if (unreadable.length > 0) {
    const named = unreadable.map((f) => `shard ${shardName(f.shard)} (artifact ${f.artifact}): ${'problem' in f ? f.problem : ''}`);
    return errorResults(inputs.gate, `cannot judge: ${named.join('; ')}`);
  }
  return judgePartials(found.flatMap((f) => ('partial' in f ? [f.partial] : [])), { failOn: inputs.gate.failOn, rules });
}

// The Octokit and artifact clients are loaded when used, not at start: a run without a token, or
// with nothing to upload, never parses them (dist/ is split at these imports).
async function octokitFactory(env: NodeJS.ProcessEnv): Promise<(token: string) => GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  return (token) => getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}

function lazyArtifactClient(): ArtifactUploader & ArtifactDownloader {
  const client = async () => new (await import('@actions/artifact')).DefaultArtifactClient();
  return {
    uploadArtifact: async (name, files, rootDirectory, options) => (await client()).uploadArtifact(name, files, rootDirectory, options),
    listArtifacts: async (options) => (await client()).listArtifacts(options),
    downloadArtifact: async (id, options) => (await client()).downloadArtifact(id, options),
  };
}

export function conclusionOf(results: GateResults, onError: 'fail' | 'neutral'): Conclusion {
  if (results.cancelled) return 'cancelled';
  if (results.verdict === 'pass') return 'success';
  if (results.verdict === 'error' && onError === 'neutral') return 'neutral';
  return 'failure';
}

/** REPLAY_GATE_GITHUB_TIMEOUT_MS: how long one GitHub API request may take (a slow proxy, GHES). */
function githubTimeoutMs(env: NodeJS.ProcessEnv): number {
  const text = env.REPLAY_GATE_GITHUB_TIMEOUT_MS?.trim();
  if (!text) return GITHUB_RETRY.timeoutMs;
  const ms = Number(text);
  if (Number.isInteger(ms) && ms > 0) return ms;
  log.warning(`REPLAY_GATE_GITHUB_TIMEOUT_MS="${text}" is not a whole number of milliseconds; GitHub API requests time out after ${GITHUB_RETRY.timeoutMs} ms`);
  return GITHUB_RETRY.timeoutMs;
}

function failedBeforeStart(inputs: ActionInputs, error: unknown): GateResults {
  const what = error instanceof GateError ? '' : 'internal error: ';
  return errorResults(inputs.gate, `cannot judge: ${what}${messageOf(error)}`);
}
