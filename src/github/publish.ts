import type { GateResults } from '../gate.js';
import { type CheckAnnotation, endpointAnnotations } from '../report/annotations.js';
import { checkTitle } from '../report/check-title.js';
import { staleAnnotations } from '../report/stale-annotations.js';
import { plainText } from '../report/escape.js';
import { commentBody } from '../report/comment-body.js';
import { CHECK_SUMMARY_LIMIT, fitReport, JOB_SUMMARY_LIMIT } from '../report/fit-report.js';
import type { Reproduction } from '../report/curl.js';
import { commentMarker, type MarkdownOptions } from '../report/markdown.js';
import { locateSources, workflowFileOf } from '../report/source-locator.js';
import type { ReportFiles } from '../report/write-reports.js';
import { type ArtifactUploader, type UploadedArtifact, uploadReports } from './artifact-upload.js';
import { type CheckOutput, type Conclusion, completeCheckRun, createCompletedCheckRun } from './check-run.js';
import { findPullRequest } from './find-pull-request.js';
import { type GitHubCalls, isPermission, whyNothingPosted } from './github-calls.js';
import { tokenLogin, upsertStickyComment } from './sticky-comment.js';
import type { GitHubClient, PullRequestTarget } from './types.js';
import { type AnnotationSink, emitWorkflowAnnotations } from './workflow-annotations.js';

export interface PublishOptions {
  results: GateResults;
  conclusion: Conclusion;
  checkName: string;
  /** The rules file, relative to the workspace. */
  configPath: string;
  workspace: string;
  reproduction: Reproduction;
  comment: boolean;
  /** `routes[].source` from the rules file, when it loaded. */
  sourceOf?: (endpoint: string) => string | undefined;
  /** Absent when the reports could not be written: then nothing is uploaded. */
  files?: ReportFiles;
  env: NodeJS.ProcessEnv;
  runUrl?: string;
  /** Absent without a token; `checkRunId` is absent when GitHub refused to create the check run. */
  github?: { client: GitHubClient; target?: PullRequestTarget; checkRunId?: number };
  calls: GitHubCalls;
  uploader: () => ArtifactUploader;
  sink: AnnotationSink;
  writeJobSummary: (markdown: string) => Promise<void>;
  /**
   * Aborted when the runner is about to kill the job (its second signal): the artifact upload
   * and the comment are skipped (an upload under way is left behind) and the check run is
   * completed at once, with its first 50 annotations.
   */
  hurry?: AbortSignal;
}

/** What the failed first attempt is recorded as, so publishing knows to create the check run itself. */
export const CREATE_CHECK_RUN = 'create the check run';
const ANNOTATIONS_IN_A_HURRY = 50;

/**
 * Everything the gate reports after it has judged: the artifact, the job summary, the check run
 * with its annotations, the sticky comment. Each renders the results and nothing else, so what
 * the compare stage redacted stays out. Nothing here throws: a part GitHub refuses is replaced
 * where it can be (workflow-command annotations for check annotations) and explained in one line,
 * and a check run once created is always completed, whatever fails on the way.
 */
export async function publishReports(options: PublishOptions): Promise<void> {
  const { results, sink, calls } = options;
  const hurried = () => options.hurry?.aborted === true;
  const artifact = await uploadArtifact(options);
  const reportUrl = artifact?.url ?? options.runUrl;
  const markdown: MarkdownOptions = {
    checkName: options.checkName, reproduction: options.reproduction, configPath: options.configPath,
    ...(reportUrl ? { reportUrl } : {}),
  };
  try {
    await options.writeJobSummary(fitReport(results, markdown, JOB_SUMMARY_LIMIT));
  } catch (error) {
    sink.warning(`could not write the job summary: ${(error as Error).message}`, {});
  }

  const annotations = await annotationsOf(options, reportUrl);
  const { client, target, checkRunId } = options.github ?? {};
  const missing: string[] = [];
  let checkPosted = false;
  let annotationsPosted = false;
  const createFailed = calls.refusals.find((r) => r.what === CREATE_CHECK_RUN);
  // Created at the start, or, when GitHub was down or slow then (not when it said no), now.
  if (client && target && (checkRunId !== undefined || (createFailed && !isPermission(createFailed)))) {
    const summary = checkSummary(results, markdown, sink);
    const complete = (what: string, withAnnotations: CheckAnnotation[]) => calls.attempt(what, 'checks: write', async () => {
      const output: CheckOutput = { title: checkTitle(results), summary, annotations: withAnnotations };
      if (checkRunId !== undefined) await completeCheckRun(client, target, checkRunId, options.conclusion, output);
      else await createCompletedCheckRun(client, target, options.checkName, options.conclusion, output, options.runUrl);
      return true;
    });
    const sent = hurried() ? annotations.slice(0, ANNOTATIONS_IN_A_HURRY) : annotations;
    checkPosted = (await complete(checkRunId !== undefined ? 'complete the check run' : 'create the completed check run', sent)) ?? false;
    annotationsPosted = checkPosted && sent.length === annotations.length;
    // A run left in progress blocks the merge for good: when GitHub refused something other
    // than the permission (a bad annotation, an outage), conclude it once more without them.
    const refused = calls.refusals.at(-1);
    if (!checkPosted && refused && !isPermission(refused) && annotations.length > 0) {
      checkPosted = (await complete('complete the check run without annotations', [])) ?? false;
    }
  }
  if (!checkPosted) missing.push('check run');

  if (options.comment && client && target && hurried()) {
    sink.info('No PR comment: the run is being cancelled, and the check run came first.');
  } else if (options.comment && client && target) {
    const refusalsBefore = calls.refusals.length;
    const pullNumber = target.pullNumber ?? (target.headLabel
      ? await calls.attempt('find the pull request', 'pull-requests: read', () => findPullRequest(client, target))
      : undefined);
    if (calls.refusals.length > refusalsBefore) missing.push('PR comment');
    else if (pullNumber !== undefined) {
      const marker = commentMarker(options.checkName);
      const posted = await calls.attempt('post the PR comment', 'pull-requests: write', async () => {
        const body = commentBody(results, markdown, marker);
        return upsertStickyComment(client, { ...target, pullNumber }, marker, body, await tokenLogin(client));
      });
      if (posted) sink.info(`${posted.created ? 'Posted' : 'Updated'} the PR comment: ${posted.url}`);
      else missing.push('PR comment');
    } else sink.info('No pull request for this event: no PR comment to post.');
  } else if (options.comment && !client) missing.push('PR comment');

  // Said first, so GitHub's cap on a step's annotations never drops it.
  const why = client && !target ? undefined : whyNothingPosted(missing, calls.refusals, client !== undefined);
  if (why) sink.warning(why, {});
  if (!annotationsPosted && annotations.length > 0) emitWorkflowAnnotations(annotations, sink);
}

/** The artifact, unless there are no reports or the runner is about to kill the job. */
async function uploadArtifact(options: PublishOptions): Promise<UploadedArtifact | undefined> {
  const { files, sink, hurry } = options;
  if (!files) {
    sink.info('No artifact: the reports could not be written.');
    return undefined;
  }
  if (hurry?.aborted) {
    sink.info(`No artifact: the run is being cancelled; the reports are at ${files.json}`);
    return undefined;
  }
  const upload = uploadReports(options.uploader, [files.json, files.html], {
    checkName: options.checkName, env: options.env, info: (line) => sink.info(line), warning: (line) => sink.warning(line, {}),
  });
  if (!hurry) return upload;
  let leaveBehind = () => {};
  const hurried = new Promise<undefined>((resolve) => {
    leaveBehind = () => {
      sink.info(`The artifact upload is left behind: the run is being cancelled; the reports are at ${files.json}`);
      resolve(undefined);
    };
    hurry.addEventListener('abort', leaveBehind, { once: true });
  });
  try {
    return await Promise.race([upload, hurried]);
  } finally {
    hurry.removeEventListener('abort', leaveBehind);
  }
}

/** One annotation per differing endpoint; a failure to place them costs the annotations, not the check. */
async function annotationsOf(options: PublishOptions, reportUrl: string | undefined): Promise<CheckAnnotation[]> {
  try {
    const differing = options.results.endpoints.filter((e) => e.differing > 0).map((e) => e.endpoint);
    const workflowPath = workflowFileOf(options.env);
    // Searching the code can take a while; in a hurry, the annotations go on the rules file (or
    // the workflow file) without reading the code.
    const locations = await locateSources(differing, {
      workspace: options.workspace, configPath: options.configPath,
      ...(options.sourceOf ? { sourceOf: options.sourceOf } : {}), ...(workflowPath ? { workflowPath } : {}),
      ...(options.hurry?.aborted ? { limits: { files: 0 } } : {}),
    });
    return [...endpointAnnotations(options.results, locations, reportUrl), ...staleAnnotations(options.results, options.configPath)];
  } catch (error) {
    options.sink.error(`internal error placing the annotations: ${(error as Error).stack ?? String(error)}`, {});
    return [];
  }
}

/** The check run's summary; should rendering fail (a bug), a plain one, so the run still completes. */
function checkSummary(results: GateResults, markdown: MarkdownOptions, sink: AnnotationSink): string {
  try {
    return fitReport(results, markdown, CHECK_SUMMARY_LIMIT);
  } catch (error) {
    sink.error(`internal error rendering the check summary: ${(error as Error).stack ?? String(error)}`, {});
    const link = markdown.reportUrl ? ` The [run](${markdown.reportUrl.replace(/[()\s<>]/g, encodeURIComponent)}) has the rest.` : '';
    return `## ${results.verdict}\n\n${plainText(results.reason, 1000)}\n\nThe full summary could not be rendered (an internal error).${link}\n`;
  }
}
