import type { GitHubClient, PullRequestTarget } from './types.js';

/**
 * The pull request of a `workflow_run` from a fork, which GitHub does not name in the event:
 * the open pull request whose head is that fork's branch at exactly the commit checked. A
 * branch that has moved on since, or matches nothing, leaves the target without one.
 */
export async function findPullRequest(client: GitHubClient, target: PullRequestTarget): Promise<number | undefined> {
  if (target.pullNumber !== undefined || !target.headLabel) return target.pullNumber;
  const { data } = await client.rest.pulls.list({ owner: target.owner, repo: target.repo, state: 'open', head: target.headLabel, per_page: 100 });
  return data.find((pull) => pull.head.sha === target.headSha)?.number;
}
