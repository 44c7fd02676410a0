import type { GitHubClient, PullRequestTarget } from './types.js';

// The GITHUB_TOKEN of a workflow acts as this app; it cannot call GET /user to learn its name.
export const ACTIONS_BOT = 'github-actions[bot]';

/** Who the token acts as: its user when GitHub says, else the Actions bot. */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * Creates the gate's comment, or updates it in place on re-runs. It is found by its hidden
 * marker *and* its author, so a comment quoting the marker can never be taken over.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: PullRequestTarget & { pullNumber: number },
  marker: string,
  body: string,
  login: string,
): Promise<{ id: number; url: string; created: boolean }> {
  const base = { owner: target.owner, repo: target.repo };
  const mine = await findStickyComment(client, target, marker, login);
  if (mine) {
    const { data } = await client.rest.issues.updateComment({ ...base, comment_id: mine.id, body });
    return { id: data.id, url: data.html_url, created: false };
  }
  const { data } = await client.rest.issues.createComment({ ...base, issue_number: target.pullNumber, body });
  return { id: data.id, url: data.html_url, created: true };
}

/** The gate's own comment: the first with the marker *and* written by the token's login. */
export async function findStickyComment(
  client: GitHubClient,
  target: PullRequestTarget & { pullNumber: number },
  marker: string,
  login: string,
): Promise<{ id: number; body: string } | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.pullNumber, per_page: 100 });
  const mine = comments.find((c) => c.user?.login === login && c.body?.includes(marker));
  return mine ? { id: mine.id, body: mine.body ?? '' } : undefined;
}
