import type { GateResults } from '../gate.js';
import { type CheckAnnotation, endpointAnnotations } from '../report/annotations.js';
import { checkTitle } from '../report/check-title.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, fitReport, JOB_SUMMARY_LIMIT } from '../report/fit-report.js';
import type { Reproduction } from '../report/curl.js';
import { commentMarker, type MarkdownOptions } from '../report/markdown.js';
import { locateSources, workflowFileOf } from '../report/source-locator.js';
import type { ReportFiles } from '../report/write-reports.js';
import { type ArtifactUploader, uploadReports } from './artifact-upload.js';
import { type Conclusion, completeCheckRun } from './check-run.js';
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
  files: ReportFiles;
  env: NodeJS.ProcessEnv;
  runUrl?: string;
  /** Absent without a token; `checkRunId` is absent when GitHub refused to create the check run. */
  github?: { client: GitHubClient; target?: PullRequestTarget; checkRunId?: number };
  calls: GitHubCalls;
  uploader: () => ArtifactUploader;
  sink: AnnotationSink;
  writeJobSummary: (markdown: string) => Promise<void>;
}

/**
 * Everything the gate reports after it has judged: the artifact, the job summary, the check run
 * with its annotations, the sticky comment. Each renders the results and nothing else, so what
 * the compare stage redacted stays out. Nothing here throws: a part GitHub refuses is replaced
 * where it can be (workflow-command annotations for check annotations) and explained in one line.
 */
export async function publishReports(options: PublishOptions): Promise<void> {
  const { results, sink, calls } = options;
  const artifact = await uploadReports(options.uploader, [options.files.json, options.files.html], {
    checkName: options.checkName, env: options.env, info: (line) => sink.info(line), warning: (line) => sink.warning(line, {}),
  });
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

  const differing = results.endpoints.filter((e) => e.differing > 0).map((e) => e.endpoint);
  const workflowPath = workflowFileOf(options.env);
  const locations = await locateSources(differing, {
    workspace: options.workspace, configPath: options.configPath,
    ...(options.sourceOf ? { sourceOf: options.sourceOf } : {}), ...(workflowPath ? { workflowPath } : {}),
  });
  const annotations = endpointAnnotations(results, locations, reportUrl);

  const { client, target, checkRunId } = options.github ?? {};
  const missing: string[] = [];
  let checkPosted = false;
  let annotationsPosted = false;
  if (client && target && checkRunId !== undefined) {
    const complete = (what: string, withAnnotations: CheckAnnotation[]) => calls.attempt(what, 'checks: write', async () => {
      await completeCheckRun(client, target, checkRunId, options.conclusion, {
        title: checkTitle(results),
        summary: fitReport(results, markdown, CHECK_SUMMARY_LIMIT),
        annotations: withAnnotations,
      });
      return true;
    });
    checkPosted = (await complete('complete the check run', annotations)) ?? false;
    annotationsPosted = checkPosted;
    // A run left in progress blocks the merge for good: when GitHub refused something other
    // than the permission (a bad annotation, an outage), conclude it once more without them.
    const refused = calls.refusals.at(-1);
    if (!checkPosted && refused && !isPermission(refused) && annotations.length > 0) {
      checkPosted = (await complete('complete the check run without annotations', [])) ?? false;
    }
  }
  if (!checkPosted) missing.push('check run');

  if (options.comment && client && target) {
    const refusalsBefore = calls.refusals.length;
    const pullNumber = target.pullNumber ?? (target.headLabel
      ? await calls.attempt('find the pull request', 'pull-requests: read', () => findPullRequest(client, target))
      : undefined);
    if (calls.refusals.length > refusalsBefore) missing.push('PR comment');
    else if (pullNumber !== undefined) {
      const marker = commentMarker(options.checkName);
      const body = fitReport(results, markdown, COMMENT_LIMIT, `${marker}\n`);
      const posted = await calls.attempt('post the PR comment', 'pull-requests: write', async () =>
        upsertStickyComment(client, { ...target, pullNumber }, marker, body, await tokenLogin(client)));
      if (posted) sink.info(`${posted.created ? 'Posted' : 'Updated'} the PR comment: ${posted.url}`);
      else missing.push('PR comment');
    } else sink.info('No pull request for this event: no PR comment to post.');
  } else if (options.comment && !client) missing.push('PR comment');

  // Said first, so GitHub's cap on a step's annotations never drops it.
  const why = client && !target ? undefined : whyNothingPosted(missing, calls.refusals, client !== undefined);
  if (why) sink.warning(why, {});
  if (!annotationsPosted && annotations.length > 0) emitWorkflowAnnotations(annotations, sink);
}
