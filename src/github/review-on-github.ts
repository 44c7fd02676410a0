import type { GateResults } from '../gate.js';
import { acceptanceRequest, type LabelEvent, type PermissionAnswer, reviewAcceptance } from '../review/acceptance.js';
import { decodeMetadata } from '../review/metadata.js';
import { commentMarker } from '../report/markdown.js';
import { findPullRequest } from './find-pull-request.js';
import { GitHubCalls } from './github-calls.js';
import { isWorkflowRun, pullRequestLabelEvent, workflowRunLabelEvent } from './review-event.js';
import { findStickyComment, tokenLogin } from './sticky-comment.js';
import type { GitHubClient, PullRequestTarget } from './types.js';

export interface GitHubReviewOptions {
  client: GitHubClient;
  target: PullRequestTarget;
  env: NodeJS.ProcessEnv;
  /** The accept-label input; empty turns acceptance off. */
  acceptLabel: string;
  checkName: string;
  log: (line: string) => void;
  now?: () => Date;
}

// Permissions that may accept; `role_name` also names custom and `maintain` roles.
const ACCEPTING = new Set(['admin', 'maintain', 'write']);

/**
 * The GitHub side of accepting by label: reads the event, the acceptance the gate's own previous
 * comment recorded and, when the label was just added, the sender's permission; the judgement is
 * review/acceptance.ts's. A call GitHub refuses costs the acceptance, never the run: the results
 * are then reviewed as if nothing were on record, and the log says why.
 */
export async function reviewOnGitHub(results: GateResults, options: GitHubReviewOptions): Promise<GateResults> {
  const { client, target, acceptLabel, log } = options;
  if (!acceptLabel) return results;
  const calls = new GitHubCalls(log);
  const workflowRun = isWorkflowRun(options.env);
  const direct = workflowRun ? undefined : pullRequestLabelEvent(options.env);
  if (!workflowRun && !direct) return results;
  const pullNumber = target.pullNumber ?? (target.headLabel ? await calls.attempt('find the pull request', 'pull-requests: read', () => findPullRequest(client, target)) : undefined);
  if (pullNumber === undefined) return results;
  const pull = { ...target, pullNumber };

  const previous = await calls.attempt('read the previous PR comment', 'pull-requests: read', async () => {
    const mine = await findStickyComment(client, pull, commentMarker(options.checkName), await tokenLogin(client));
    return { acceptance: mine ? decodeMetadata(mine.body)?.acceptance : undefined };
  });
  if (!previous) log('The acceptance on record could not be read; this run is judged as if there were none.');
  const event: LabelEvent | undefined = direct ?? await calls.attempt('read the pull request’s labels', 'pull-requests: read', () => workflowRunLabelEvent(client, pull, acceptLabel, previous?.acceptance));
  if (!event) return results;

  const requester = acceptanceRequest(event, acceptLabel);
  const permission = requester && results.verdict === 'fail' ? await permissionOf(client, target, requester) : undefined;
  const reviewed = reviewAcceptance({
    results, acceptLabel, event, headSha: target.headSha, now: (options.now?.() ?? new Date()).toISOString(),
    ...(previous?.acceptance ? { previous: previous.acceptance } : {}),
    ...(permission ? { permission } : {}),
  });
  const note = reviewed.review?.note;
  if (note?.kind === 'accepted' && note.now) log(`Accepted by @${note.by}: fingerprint ${reviewed.review!.fingerprint} recorded in the PR comment.`);
  if (note?.kind === 'denied') log(`Not accepted: @${note.by} added the label "${acceptLabel}", but ${note.why}.`);
  return { ...results, ...reviewed };
}

async function permissionOf(client: GitHubClient, target: PullRequestTarget, username: string): Promise<PermissionAnswer> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: target.owner, repo: target.repo, username });
    const role = (data as { role_name?: string }).role_name;
    const allowed = ACCEPTING.has(data.permission) || (role !== undefined && ACCEPTING.has(role));
    return { allowed, level: role && role !== data.permission ? `${data.permission} (${role})` : data.permission };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // 404: not a collaborator at all, the same as no permission.
    if (status === 404) return { allowed: false, level: 'none (not a collaborator)' };
    return { failed: typeof status === 'number' ? `GitHub answered ${status}` : (error as Error).message };
  }
}
