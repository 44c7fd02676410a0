import { readFileSync } from 'node:fs';
import type { PullRequestTarget } from './types.js';

/**
 * Finds the commit and pull request to report on from the workflow's event: the PR head for
 * `pull_request`/`pull_request_target`, the triggering run's head for `workflow_run`, else GITHUB_SHA.
 */
export function reportTarget(env: NodeJS.ProcessEnv): PullRequestTarget | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request ?? payload.workflow_run?.pull_requests?.[0];
  const headSha: string | undefined = payload.pull_request?.head?.sha ?? payload.workflow_run?.head_sha ?? env.GITHUB_SHA;
  if (!headSha) return undefined;
  const target: PullRequestTarget = { owner, repo, headSha };
  const number = pr?.number ?? payload.issue?.number;
  if (typeof number === 'number') target.pullNumber = number;
  return target;
}
