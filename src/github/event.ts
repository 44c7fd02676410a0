import { readFileSync } from 'node:fs';
import type { PullRequestTarget } from './types.js';

/**
 * Finds the commit and pull request to report on from the workflow's event: the PR head for
 * `pull_request`/`pull_request_target`; for `workflow_run` (the fork-safe recipe) the triggering
 * run's head commit and its pull request, or, when GitHub leaves `pull_requests` empty as it
 * does for forks, the head branch to look the pull request up by; else GITHUB_SHA.
 */
export function reportTarget(env: NodeJS.ProcessEnv): PullRequestTarget | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const run = payload.workflow_run;
  if (run && typeof run.head_sha === 'string') return workflowRunTarget(owner, repo, run);

  const headSha: string | undefined = payload.pull_request?.head?.sha ?? env.GITHUB_SHA;
  if (!headSha) return undefined;
  const target: PullRequestTarget = { owner, repo, headSha };
  const number = payload.pull_request?.number ?? payload.issue?.number;
  if (typeof number === 'number') target.pullNumber = number;
  return target;
}

function workflowRunTarget(owner: string, repo: string, run: Record<string, any>): PullRequestTarget {
  const target: PullRequestTarget = { owner, repo, headSha: run.head_sha };
  const pulls: Record<string, any>[] = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  // A commit can be the head of several pull requests; the one whose head is this commit is ours.
  const pull = pulls.find((p) => p?.head?.sha === run.head_sha) ?? pulls[0];
  if (typeof pull?.number === 'number') target.pullNumber = pull.number;
  else if (/^pull_request/.test(String(run.event)) && run.head_branch && run.head_repository?.owner?.login) {
    target.headLabel = `${run.head_repository.owner.login}:${run.head_branch}`;
  }
  return target;
}

function readPayload(file: string | undefined): Record<string, any> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, any>) : {};
  } catch {
    return {};
  }
}
