// State kept by the GitHub stand-in and the JSON GitHub would render for it. The renderers fill
// every field the OpenAPI response schemas require, with values shaped like github.com's, so the
// action sees realistic answers and the stand-in's own answers pass the schema check.
import { createHash } from 'node:crypto';

export const WEB = 'https://github.com';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunState {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  external_id: string | null;
  details_url: string | null;
  /** Annotations accumulate over every create and update call, as on GitHub. */
  output: { title: string | null; summary: string | null; text: string | null; annotations: Annotation[] };
}

export interface IssueCommentState {
  id: number;
  /** null for a seeded comment that shows up in every repository. */
  repository: string | null;
  issue_number: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface PullSeed {
  head_sha: string;
  /** Who owns the head branch: a fork's owner; the base repository's owner by default. */
  head_owner?: string;
  base_sha?: string;
  head_ref?: string;
  base_ref?: string;
  title?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
  /** Label names on the pull request (see GitHubApi.label for who added them and when). */
  labels?: string[];
}

/** A role on the repository, as GitHub's collaborator permission endpoint names it. */
export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A label added to or removed from an issue or pull request: one of its issue events. */
export interface LabelEventState {
  id: number;
  issue_number: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  created_at: string;
}

export const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export const fakeSha = (seed: string): string => createHash('sha1').update(seed).digest('hex');

const nodeId = (prefix: string, id: number): string =>
  `${prefix}_${Buffer.from(`0:${id}`).toString('base64url')}`;

// GitHub's own app, the identity behind GITHUB_TOKEN.
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, app: 15368 };

export function isBot(login: string): boolean {
  return login.endsWith('[bot]');
}

function userId(login: string): number {
  if (login === ACTIONS_BOT.login) return ACTIONS_BOT.id;
  return 1000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 90_000_000);
}

export function userJson(api: string, login: string): Record<string, unknown> {
  const id = userId(login);
  const url = `${api}/users/${encodeURIComponent(login)}`;
  const bot = isBot(login);
  return {
    login,
    id,
    node_id: bot ? `BOT_${Buffer.from(`0:${id}`).toString('base64url')}` : nodeId('U', id),
    avatar_url: bot && login === ACTIONS_BOT.login
      ? `https://avatars.githubusercontent.com/in/${ACTIONS_BOT.app}?v=4`
      : `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: bot ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user as a personal access token sees it: the private view of the account. */
export function authenticatedUserJson(api: string, login: string): Record<string, unknown> {
  const stamp = '2020-01-01T00:00:00Z';
  return {
    ...userJson(api, login),
    user_view_type: 'private',
    name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null,
    twitter_username: null, notification_email: null,
    public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: stamp, updated_at: stamp,
    private_gists: 0, total_private_repos: 0, owned_private_repos: 0, disk_usage: 0, collaborators: 0,
    two_factor_authentication: true,
  };
}

function appJson(api: string): Record<string, unknown> {
  const stamp = '2018-07-30T09:30:17Z';
  return {
    id: ACTIONS_BOT.app,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    owner: userJson(api, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: stamp,
    updated_at: stamp,
    permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push'],
  };
}

export function checkRunJson(api: string, run: CheckRunState): Record<string, unknown> {
  const url = `${api}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CR', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url,
    html_url: `${WEB}/${run.owner}/${run.repo}/runs/${run.id}`,
    details_url: run.details_url ?? `${WEB}/${run.owner}/${run.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: 5_000_000_000 + (run.id % 1_000_000) },
    app: appJson(api),
    pull_requests: [],
  };
}

export function commentJson(
  api: string,
  owner: string,
  repo: string,
  comment: IssueCommentState,
): Record<string, unknown> {
  const repoApi = `${api}/repos/${owner}/${repo}`;
  const url = `${repoApi}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url,
    html_url: `${WEB}/${owner}/${repo}/pull/${comment.issue_number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(api, comment.user.login),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${repoApi}/issues/${comment.issue_number}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: comment.user.login === ACTIONS_BOT.login ? appJson(api) : null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0,
    },
  };
}

// Suffixes of the hypermedia URLs every repository object carries, straight from GitHub's answers.
const REPO_URLS: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}', assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}', branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}', comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}', compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}', contributors_url: '/contributors',
  deployments_url: '/deployments', downloads_url: '/downloads', events_url: '/events',
  forks_url: '/forks', git_commits_url: '/git/commits{/sha}', git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}', hooks_url: '/hooks', issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}', issues_url: '/issues{/number}', keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}', languages_url: '/languages', merges_url: '/merges',
  milestones_url: '/milestones{/number}', notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}', releases_url: '/releases{/id}', stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}', subscribers_url: '/subscribers', subscription_url: '/subscription',
  tags_url: '/tags', teams_url: '/teams', trees_url: '/git/trees{/sha}',
};

function repositoryJson(api: string, owner: string, repo: string): Record<string, unknown> {
  const url = `${api}/repos/${owner}/${repo}`;
  const id = userId(`${owner}/${repo}`);
  const stamp = '2024-01-01T00:00:00Z';
  return {
    id, node_id: nodeId('R', id), name: repo, full_name: `${owner}/${repo}`, private: false,
    owner: userJson(api, owner), html_url: `${WEB}/${owner}/${repo}`, description: null, fork: false, url,
    ...Object.fromEntries(Object.entries(REPO_URLS).map(([key, suffix]) => [key, `${url}${suffix}`])),
    git_url: `git://github.com/${owner}/${repo}.git`, ssh_url: `git@github.com:${owner}/${repo}.git`,
    clone_url: `${WEB}/${owner}/${repo}.git`, svn_url: `${WEB}/${owner}/${repo}`, mirror_url: null,
    homepage: null, language: 'TypeScript', forks: 0, forks_count: 0, stargazers_count: 0,
    watchers: 0, watchers_count: 0, size: 100, default_branch: 'main', open_issues: 1,
    open_issues_count: 1, is_template: false, topics: [], has_issues: true, has_projects: true,
    has_wiki: true, has_pages: false, has_downloads: true, archived: false, disabled: false,
    visibility: 'public', license: null, pushed_at: stamp, created_at: stamp, updated_at: stamp,
  };
}

export function pullJson(api: string, owner: string, repo: string, number: number, seed: PullSeed) {
  const repoApi = `${api}/repos/${owner}/${repo}`;
  const url = `${repoApi}/pulls/${number}`;
  const html = `${WEB}/${owner}/${repo}/pull/${number}`;
  const id = 2_000_000_000 + number;
  const stamp = '2024-01-02T00:00:00Z';
  const side = (ref: string, sha: string, sideOwner = owner) => ({
    label: `${sideOwner}:${ref}`, ref, sha, user: userJson(api, sideOwner), repo: repositoryJson(api, sideOwner, repo),
  });
  const link = (href: string) => ({ href });
  return {
    url, id, node_id: nodeId('PR', id), html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`,
    issue_url: `${repoApi}/issues/${number}`, commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`, review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${number}/comments`,
    statuses_url: `${repoApi}/statuses/${seed.head_sha}`, number, state: seed.state ?? 'open',
    locked: false, title: seed.title ?? `Pull request #${number}`, user: userJson(api, 'octocat'),
    body: null, labels: (seed.labels ?? []).map((name) => labelJson(api, owner, repo, name)), milestone: null, active_lock_reason: null, created_at: stamp,
    updated_at: stamp, closed_at: null, merged_at: null, merge_commit_sha: null, assignee: null,
    assignees: [], requested_reviewers: [], requested_teams: [],
    head: side(seed.head_ref ?? `feature-${number}`, seed.head_sha, seed.head_owner),
    base: side(seed.base_ref ?? 'main', seed.base_sha ?? fakeSha(`base-${number}`)),
    _links: {
      self: link(url), html: link(html), issue: link(`${repoApi}/issues/${number}`),
      comments: link(`${repoApi}/issues/${number}/comments`), review_comments: link(`${url}/comments`),
      review_comment: link(`${repoApi}/pulls/comments{/number}`), commits: link(`${url}/commits`),
      statuses: link(`${repoApi}/statuses/${seed.head_sha}`),
    },
    author_association: 'MEMBER', auto_merge: null, draft: seed.draft ?? false, merged: false,
    mergeable: true, rebaseable: true, mergeable_state: 'clean', merged_by: null, comments: 0,
    review_comments: 0, maintainer_can_modify: false, commits: 1, additions: 1, deletions: 0,
    changed_files: 1,
  };
}

// The permission field has four values; maintain reads as write and triage as read, with the
// precise role in role_name (GitHub's documented mapping).
const PERMISSION_OF: Record<RepositoryRole, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none' };

export function collaboratorPermissionJson(api: string, login: string, role: RepositoryRole): Record<string, unknown> {
  const can = (at: RepositoryRole[]) => at.includes(role);
  return {
    permission: PERMISSION_OF[role],
    role_name: role,
    user: {
      ...userJson(api, login),
      permissions: {
        pull: role !== 'none', triage: can(['admin', 'maintain', 'write', 'triage']), push: can(['admin', 'maintain', 'write']),
        maintain: can(['admin', 'maintain']), admin: role === 'admin',
      },
      role_name: role,
    },
  };
}

export function labelJson(api: string, owner: string, repo: string, name: string): Record<string, unknown> {
  const id = 3_000_000 + (createHash('sha1').update(name).digest().readUInt32BE(0) % 1_000_000);
  return {
    id, node_id: nodeId('LA', id), url: `${api}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name, description: null, color: 'ededed', default: false,
  };
}

export function labelEventJson(api: string, owner: string, repo: string, event: LabelEventState): Record<string, unknown> {
  return {
    id: event.id, node_id: nodeId('LE', event.id), url: `${api}/repos/${owner}/${repo}/issues/events/${event.id}`,
    actor: userJson(api, event.actor), event: event.event, commit_id: null, commit_url: null, created_at: event.created_at,
    performed_via_github_app: null, label: { name: event.label, color: 'ededed' },
  };
}
